"""Edit benchmark: each edit a user makes, from the input event to the repainted view, in the real window,
beside bare Qt doing the same number of items' worth of work (one item changed, the view repainted).

Run: python tests/perf/bench_edit.py [--sizes 5000 20000] [--repeats 3]
Each figure is the median of several edits in one process; each (size, variant) is its own process.
Each edit ends when the event loop is idle again: Qt has painted what the edit made dirty (the offscreen platform
paints like a screen does), so the figure is what a user waits for between the key or the mouse and the picture.
"""

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.harness import parse_args, run_one, table

FIGURES = [("keystroke_ms", "inspector Title keystroke (ms)"), ("drop_ms", "drop a card in another stage (ms)"),
           ("undo_ms", "undo (ms)"), ("redo_ms", "redo (ms)"), ("add_ms", "add a card (Insert) (ms)"),
           ("delete_ms", "delete a card (ms)"), ("rename_ms", "rename a stage (ms)"),
           ("persona_ms", "persona name keystroke (ms)"), ("job_ms", "job keystroke (ms)"),
           ("opening_ms", "worst stall while the map completes after opening (ms)"),
           ("idle_ms", "worst idle stall over 3 s (ms)")]


def timed(app: object, action: Callable[[], None], times: int = 7) -> float:
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        app.processEvents()  # type: ignore[attr-defined]  # handles what the edit posted and paints it
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def idle_stall(app: object, seconds: float = 3.0, until: Callable[[], bool] | None = None) -> float:
    """The longest gap between two 1 ms timer ticks while the user does nothing (the collector's timer runs; with
    ``until``, the idle-time work of a map just opened goes on until it says it is done)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock, worst, last = QElapsedTimer(), [0.0], [0.0]
    clock.start()
    loop = QEventLoop()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        worst[0] = max(worst[0], now - last[0])
        last[0] = now
        if until is not None and until():
            loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    return worst[0]


def measure(variant: str, size: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.perf.bigmaps import big_project

    app = QApplication.instance() or QApplication([])
    project = big_project(size)
    if variant == "bare":
        return measure_bare(app, project)
    from journeydesigner.app.collector import collect_garbage_between_events
    from journeydesigner.app.main import paint_on_one_thread
    from journeydesigner.app.window import MainWindow
    from journeydesigner.commands import EditFields, Target
    from journeydesigner.document import Document
    from journeydesigner.model import Job, Persona

    project.personas.append(Persona(id="persona-bench", name="Maya"))  # type: ignore[attr-defined]
    project.jobs.append(Job(id="job-bench", situation="When I ride to work"))  # type: ignore[attr-defined]
    paint_on_one_thread()  # as make_app does
    collect_garbage_between_events(app)
    window = MainWindow(Document(project))
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):  # the first paint: a big map's first screenful; the rest is laid out and made when idle
        app.processEvents()
    view, scene, doc = window.view, window.scene, window.doc
    opening = idle_stall(app, 30.0, lambda: scene.items_complete)
    assert scene.items_complete, "the idle-time work after opening did not end"
    viewport = view.viewport()
    jmap = project.maps[0]
    card = jmap.cards[11]
    scene.select_cards([card.id])
    app.processEvents()
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    editors = [w for kind in (QPlainTextEdit, QTextEdit) for w in window.inspector.findChildren(kind)
               if w.isVisibleTo(window)]
    field = editors[0]
    field.setFocus()
    keystroke = timed(app, lambda: QTest.keyClick(field, Qt.Key.Key_A))

    def mouse(kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    drops = []
    for i in range(5):
        view.setFocus()
        target = jmap.cards[30 + i]
        box = scene.layout.cards[target.id]
        view.centerOn(box.x, box.y)
        app.processEvents()
        start = QPointF(view.mapFromScene(QPointF(box.x + 20, box.y + 8)))
        other = scene.layout.stage_box(jmap.stages[1 if target.stage_id == jmap.stages[0].id else 0].id)
        end = QPointF(view.mapFromScene(QPointF(other.x + 30, box.y + 8)))
        mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        for step in range(1, 6):
            mouse(QEvent.Type.MouseMove, start + (end - start) * (step / 5), Qt.MouseButton.LeftButton)
        app.processEvents()
        t = time.perf_counter()
        mouse(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
        app.processEvents()
        drops.append((time.perf_counter() - t) * 1000)
    undo = timed(app, window.act_undo.trigger, 5)
    redo = timed(app, window.act_redo.trigger, 5)
    view.setFocus()
    scene.select_cards([jmap.cards[50].id])
    add = timed(app, lambda: (QTest.keyClick(viewport, Qt.Key.Key_Insert),
                                                 QTest.keyClick(QApplication.focusWidget() or viewport,
                                                                Qt.Key.Key_Escape)), 5)

    def delete_one() -> None:
        view.setFocus()
        scene.select_cards([jmap.cards[60].id], ensure_visible=False)
        QTest.keyClick(viewport, Qt.Key.Key_Delete)

    delete = timed(app, delete_one, 5)
    stage = jmap.stages[2]
    names = iter(range(100))
    rename = timed(app, lambda: doc.push(
        EditFields(doc, Target("stages", stage.id, jmap.id), {"name": f"Stage {next(names)}"})), 5)
    persona = timed(app, lambda: doc.push(
        EditFields(doc, Target("personas", "persona-bench"), {"name": f"Maya {next(names)}"})), 5)
    job = timed(app, lambda: doc.push(
        EditFields(doc, Target("jobs", "job-bench"), {"situation": f"When I ride {next(names)}"})), 5)
    assert doc.undo_stack.count() > 10, "the edits did not reach the undo stack"
    return {"keystroke_ms": keystroke, "drop_ms": statistics.median(drops), "undo_ms": undo, "redo_ms": redo,
            "add_ms": add, "delete_ms": delete, "rename_ms": rename, "persona_ms": persona, "job_ms": job,
            "opening_ms": opening, "idle_ms": idle_stall(app)}


def measure_bare(app: object, project: object) -> dict[str, float]:
    """The same number of plain items; every 'edit' changes one item's rectangle and text, then repaints."""
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    from journeydesigner.layout.map_layout import layout_map

    jmap = project.maps[0]  # type: ignore[attr-defined]
    boxes = layout_map(jmap).cards
    scene = QGraphicsScene()
    items = []
    for box in boxes.values():
        rect = QGraphicsRectItem(0, 0, box.w, box.h)
        rect.setPos(box.x, box.y)
        text = QGraphicsSimpleTextItem("card", rect)
        scene.addItem(rect)
        items.append((rect, text))
    view = QGraphicsView(scene)
    view.resize(1600, 1000)
    view.show()
    for _ in range(3):  # its first paint; then what a window does idle in the same time as ours completes a map
        app.processEvents()  # type: ignore[attr-defined]
    opening = idle_stall(app, 2.0)
    counter = iter(range(10_000))

    def edit() -> None:
        rect, text = items[11]
        n = next(counter)
        rect.setRect(0, 0, 100 + n % 2, 40)
        text.setText(f"card {n}")

    figure = timed(app, edit)
    return {key: figure for key, _label in FIGURES[:-2]} | {"opening_ms": opening, "idle_ms": idle_stall(app)}


def main() -> None:
    args = parse_args(__doc__ or "", measure)
    if args is None:
        return
    print("\n".join(table(args.sizes, FIGURES, lambda v, n: run_one(__file__, v, n, args.repeats))))


def _leave_now() -> None:
    """A measuring child prints its line and goes: tearing down 20,000 items measures nothing."""
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
    if "--one" in sys.argv:
        _leave_now()
