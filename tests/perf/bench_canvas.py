"""Canvas benchmark: open-to-first-paint, drag, zoom and memory, beside a bare-Qt baseline.

Run: python tests/perf/bench_canvas.py [--sizes 500 5000 20000] [--out docs/performance.md]
Each (size, variant) runs in its own process so memory figures do not mix.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.harness import parse_args, rss_mib, run_one, table


def measure(variant: str, size: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QPointF, QRect, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from tests.perf.bigmaps import big_project

    app = QApplication.instance() or QApplication([])
    project = big_project(size)
    before = rss_mib()
    t0 = time.perf_counter()
    if variant == "app":
        from journeydesigner.app.controller import EditController
        from journeydesigner.app.main import paint_on_one_thread
        from journeydesigner.canvas.scene import MapScene
        from journeydesigner.canvas.view import MapView
        from journeydesigner.document import Document

        paint_on_one_thread()  # as make_app does
        doc = Document(project)
        scene = MapScene(doc, project.maps[0].id)
        view = MapView()
        view.setScene(scene)
        controller = EditController(doc, scene, lambda _message: None)  # a drop pushes a real command
        first = scene.layout.cards["card-0"]
        grab_point = QPointF(first.x + 20, first.y + 10)
    else:
        from PySide6.QtWidgets import (
            QGraphicsItem,
            QGraphicsRectItem,
            QGraphicsScene,
            QGraphicsSimpleTextItem,
            QGraphicsView,
        )

        from journeydesigner.layout.map_layout import layout_map

        titles = {c.id: c.title for c in project.maps[0].cards}
        boxes = layout_map(project.maps[0]).cards  # same places as the app, so the view shows as many items
        scene = QGraphicsScene()
        for box in boxes.values():
            rect = QGraphicsRectItem(0, 0, box.w, box.h)
            rect.setPos(box.x, box.y)
            flags = QGraphicsItem.GraphicsItemFlag
            rect.setFlags(flags.ItemIsMovable | flags.ItemIsSelectable)
            QGraphicsSimpleTextItem(titles[box.card_id], rect).setPos(8, 8)
            scene.addItem(rect)
        view = QGraphicsView(scene)
        first = boxes["card-0"]
        grab_point = QPointF(first.x + 20, first.y + 10)
    view.resize(1600, 1000)
    view.show()
    view.viewport().repaint()
    app.processEvents()
    open_s = time.perf_counter() - t0
    memory = rss_mib() - before

    viewport = view.viewport()

    def mouse(kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    start = QPointF(view.mapFromScene(grab_point))
    mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    grabbed = scene.mouseGrabberItem()
    extras = [scene.indicator, scene.target_cell] if variant == "app" else []

    shown: dict[int, QRect] = {}

    def dirty() -> QRect:
        """What Qt repaints on screen after a move: the dragged card, and the drop feedback where it changed."""
        rect = view.mapFromScene(grabbed.sceneBoundingRect()).boundingRect()
        for number, item in enumerate(extras):
            now = view.mapFromScene(item.sceneBoundingRect()).boundingRect() if item.isVisible() else QRect()
            if now != shown.get(number, QRect()):
                rect = rect.united(now).united(shown.get(number, QRect()))
                shown[number] = now
        return rect.adjusted(-4, -4, 4, 4)

    drag_times = []
    for i in range(1, 41):
        t = time.perf_counter()
        before = dirty()
        mouse(QEvent.Type.MouseMove, start + QPointF(i * 6, i * 4), Qt.MouseButton.LeftButton)
        viewport.repaint(before.united(dirty()))  # offscreen Qt never paints by itself: repaint what changed
        drag_times.append(time.perf_counter() - t)
    t = time.perf_counter()
    mouse(QEvent.Type.MouseButtonRelease, start + QPointF(240, 160), Qt.MouseButton.NoButton)
    viewport.repaint()
    drop_s = time.perf_counter() - t
    if variant == "app":
        assert doc.undo_stack.count() == 1 and controller, "the drop did not move the card"

    zoom_times = []
    for i in range(20):
        t = time.perf_counter()
        factor = 0.8 if i % 2 == 0 else 1.25
        view.scale(factor, factor)
        viewport.repaint()
        zoom_times.append(time.perf_counter() - t)
    t = time.perf_counter()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    viewport.repaint()
    fit_s = time.perf_counter() - t
    return {
        "open_ms": open_s * 1000,
        "fit_ms": fit_s * 1000,
        "drag_ms": statistics.median(drag_times) * 1000,
        "zoom_ms": statistics.median(zoom_times) * 1000,
        "drop_ms": drop_s * 1000,
        "memory_mib": memory,
    }


def main() -> None:
    args = parse_args(__doc__ or "", measure)
    if args is None:
        return
    figures = [("open_ms", "open to first paint (ms)"), ("drag_ms", "drag, per mouse move (ms)"),
               ("zoom_ms", "zoom step (ms)"), ("fit_ms", "fit whole map + repaint (ms)"),
               ("memory_mib", "memory (MiB)"), ("drop_ms", "drop: command, relayout, repaint (ms)")]
    print("\n".join(table(args.sizes, figures, lambda v, n: run_one(__file__, v, n, args.repeats))))


if __name__ == "__main__":
    main()
