"""Graphics items that draw layout ops: cards, stage and lane headers, the grid with the emotion curves."""

from itertools import count
from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPixmapCache,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesigner.canvas.qtpaint import Step, compile_ops, run_steps
from journeydesigner.i18n import tr
from journeydesigner.layout import style as S
from journeydesigner.layout.ops import Curve, Op, sketch

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import MapScene

LOD_SKETCH = 0.4
LOD_BOXES = 0.12
SELECTION = QColor("#228BE6")
HIGHLIGHT = QColor("#FCC419")
JOB_BADGE = QColor(S.JOB_COLOR)  # a card that serves a job to be done
RESIZE_GRIP = 6.0
# Built once: an enum OR or a QPen made per item cost 2-3 µs each, times 20,000 cards when a map opens.
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
# A card's look, rendered once per zoom into a pixmap kept in QPixmapCache (least recently used go first).
# Room for a few screens of cards at a high device pixel ratio; Qt's own 10 MB is less than one such screen.
CARD_CACHE_KB = 64 * 1024
# A card larger than this on screen (in logical pixels: a tall card with a photo, zoomed in) is drawn directly: its
# pixmap would be mostly off screen, and too big for the cache, so rendered again at every paint.
MAX_PIXMAP_AREA = 1200 * 900
_LOOKS = count(1)  # a new number whenever an item's ops change: old pixmaps are simply never asked for again
_DEVICE = QTransform()


class OpsItem(QGraphicsRectItem):
    """Paints a list of ops in local coordinates inside ``rect``.

    A QGraphicsRectItem, not a bare QGraphicsItem, so that its bounding rectangle is answered in C++: Qt asks
    for it for every child when a parent moves and for every item an index update touches, and a Python
    override cost 2 µs a call (17,000 calls when one lane of 5,000 cards grew).
    """

    def __init__(self, rect: QRectF | None = None, ops: list[Op] | None = None) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self._rect = QRectF()
        self._set_rect(rect or QRectF())
        self._ops: list[Op] = ops or []
        self._sketch: list[Op] | None = None
        self._compiled: dict[tuple[int, int], list[Step]] = {}
        self._look = next(_LOOKS)
        self._key_at: tuple[int, float, float] = (0, 0.0, 0.0)  # the look, zoom and pixel ratio _key names
        self._key = ""

    def set_box(self, w: float, h: float, ops: list[Op]) -> None:
        """set_ops for a box at the local origin, skipped when nothing changed: a relayout of 20,000 cards
        otherwise builds and compares 20,000 rectangles to move the few cards an edit touched."""
        if ops is not self._ops or self._rect.width() != w or self._rect.height() != h:
            self.set_ops(QRectF(0, 0, w, h), ops)

    def _set_rect(self, rect: QRectF) -> None:
        self._rect = rect
        self._left, self._top = rect.x() - 3, rect.y() - 3  # kept in Python: read at every paint
        self._area = (rect.width() + 6) * (rect.height() + 6)
        self.setRect(rect.adjusted(-3, -3, 3, 3))  # room for the selection outline

    def set_ops(self, rect: QRectF, ops: list[Op]) -> None:
        if rect != self._rect:
            self._set_rect(rect)
            self._look = next(_LOOKS)
        if ops is not self._ops and ops != self._ops:
            self._ops = ops
            self._sketch = None
            self._compiled.clear()
            self._look = next(_LOOKS)
            self.update()

    def ops_for(self, level: int) -> list[Op]:
        """Full detail, a sketch (text as grey bars, as design tools draw far-off text), or the box alone."""
        if level == 2:
            return self._ops
        if level == 0:
            return self._ops[:1]  # a card's first op is its box: at this distance, colour is all one sees
        if self._sketch is None:
            self._sketch = sketch(self._ops)
        return self._sketch

    def steps_for(self, option: QStyleOptionGraphicsItem, painter: QPainter) -> list[Step]:
        """Painter calls for this level of detail. Full detail is compiled once and kept until the ops change
        (it is what zooming and scrolling repaint); the far-off sketches are cheap enough to build each time."""
        return self._steps(self.level_of(option, painter), painter)

    def _steps(self, level: int, painter: QPainter) -> list[Step]:
        dpi = painter.device().logicalDpiY() if painter.device() else 96
        pixmaps = getattr(self.scene(), "pixmap", None)  # a MapScene's image cache; none outside one
        if level < 2:
            return compile_ops(self.ops_for(level), dpi, pixmaps)
        steps = self._compiled.get((level, dpi))
        if steps is None:
            steps = self._compiled[(level, dpi)] = compile_ops(self.ops_for(level), dpi, pixmaps)
        return steps

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)  # hits land on the drawn rectangle, not on the outline's margin
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        run_steps(painter, self.steps_for(option, painter))

    def level_of(self, option: QStyleOptionGraphicsItem, painter: QPainter) -> int:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        return 2 if lod >= LOD_SKETCH else 0 if lod < LOD_BOXES else 1


class CardItem(OpsItem):
    def __init__(self, card_id: str) -> None:
        super().__init__()
        self.card_id = card_id
        self.highlighted = False
        self.jobs = 0  # linked jobs, shown as a small badge in the corner
        self._tip = ""
        self.setFlags(_CARD_FLAGS)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)


    def set_jobs(self, jobs: list[str]) -> None:
        """The jobs this card serves (their "I want to…" lines): a badge on the card, the lines in its tooltip."""
        if not jobs and not self.jobs and not self._tip:
            return  # most cards serve no job: nothing to compare, at 400 cards moved per drop
        if len(jobs) != self.jobs:
            self.jobs = len(jobs)
            self.update()
        tip = "\n".join(tr("Job: {job}").format(job=job) for job in jobs)
        if tip != self._tip:  # kept here: asking Qt for the tooltip cost a call per card on every full relayout
            self._tip = tip
            self.setToolTip(tip)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        scale = t.m11()
        if (widget is not None and scale >= LOD_SKETCH and scale == t.m22() and not (t.m12() or t.m21())
                and self._area * scale * scale < MAX_PIXMAP_AREA):
            self._blit(painter, t, scale * widget.devicePixelRatioF(), widget.devicePixelRatioF())
            level = 2
        else:
            level = self.level_of(option, painter)
            run_steps(painter, self._steps(level, painter))
        if self.jobs and level == 2:
            self._paint_job_badge(painter)
        if self.highlighted or self.isSelected():
            pen = QPen(SELECTION if self.isSelected() else HIGHLIGHT, 2.5 if self.isSelected() else 3.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7)

    def _blit(self, painter: QPainter, t: QTransform, pixels: float, ratio: float) -> None:
        """Draw the card at full detail from its pixmap at this zoom (``pixels`` device pixels per unit),
        rendering it first if need be. Cards that shift after an edit, and the rest of a repainted region, then
        cost a blit instead of a rounded box and its lines of text each (a repaint of 128 cards at 20,000 took
        14 ms, 7 ms so). Only on screen: ``paint`` is given a widget only by a view painting its viewport, with
        Qt's raster engine; exports and prints draw the scene without one and stay vector. The pixmap sits on
        whole device pixels, which moves a card by less than half a pixel."""
        if self._key_at != (self._look, pixels, ratio):  # the ratio too: the pixmap's size is in its logical pixels
            self._key_at = (self._look, pixels, ratio)
            self._key = f"jd{self._look}@{pixels:.6g}x{ratio:.6g}"
        pixmap: QPixmap | None = QPixmapCache.find(self._key)  # type: ignore[call-overload]  # PySide6: it or None
        if pixmap is None:
            pixmap = self._render(painter, self.boundingRect(), pixels / ratio, ratio)
            QPixmapCache.insert(self._key, pixmap)
        x, y = round(t.dx() * ratio + self._left * pixels), round(t.dy() * ratio + self._top * pixels)
        painter.setWorldTransform(_DEVICE)
        if ratio == 1.0:
            painter.drawPixmap(x, y, pixmap)  # whole pixels: Qt copies rows without a transform
        else:
            painter.drawPixmap(QPointF(x / ratio, y / ratio), pixmap)
        painter.setWorldTransform(t)

    def _render(self, painter: QPainter, box: QRectF, scale: float, ratio: float) -> QPixmap:
        if QPixmapCache.cacheLimit() < CARD_CACHE_KB:
            QPixmapCache.setCacheLimit(CARD_CACHE_KB)
        pixmap = QPixmap(ceil(box.width() * scale * ratio) + 1, ceil(box.height() * scale * ratio) + 1)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        target = QPainter(pixmap)
        target.setRenderHints(painter.renderHints())
        target.scale(scale, scale)
        target.translate(-box.x(), -box.y())
        run_steps(target, self._steps(2, painter))
        target.end()
        return pixmap

    def _paint_job_badge(self, painter: QPainter) -> None:
        label = "J" if self.jobs == 1 else f"J{self.jobs}"
        font = QFont(painter.font())
        font.setPixelSize(8)
        font.setBold(True)
        painter.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(label) + 8
        badge = QRectF(self._rect.right() - width - 4, self._rect.bottom() - 15, width, 11)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(JOB_BADGE)
        painter.drawRoundedRect(badge, 5.5, 5.5)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

    @staticmethod
    def _shift_as_ctrl(event: QGraphicsSceneMouseEvent) -> None:
        """Shift adds to the selection as Ctrl does (Qt's items only know Ctrl)."""
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._shift_as_ctrl(event)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._shift_as_ctrl(event)
        super().mouseReleaseEvent(event)


class HeaderItem(OpsItem):
    """A stage or lane header: drag to reorder; a stage's right edge drags to resize."""

    def __init__(self, scene: "MapScene", axis: str, item_id: str) -> None:
        super().__init__()
        self.map_scene = scene
        self.axis = axis  # "stages" or "lanes"
        self.item_id = item_id
        self.setAcceptHoverEvents(True)
        self.setZValue(30 if axis == "stages" else 20)
        self._press: QPointF | None = None
        self._press_at = QPointF()
        self._mode = ""

    def _on_edge(self, pos: QPointF) -> bool:
        return self.axis == "stages" and pos.x() >= self._rect.right() - RESIZE_GRIP

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self._on_edge(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        self._mode = "resize" if self._on_edge(event.pos()) else "pending"
        self.map_scene.select_axis_item(self.axis, self.item_id)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if self._mode == "pending" and max(abs(delta.x()), abs(delta.y())) > 4:
            self._mode = "move"
            self.setZValue(self.zValue() + 5)
            self.setOpacity(0.85)
            QGraphicsItem.setCursor(self, QCursor(Qt.CursorShape.ClosedHandCursor))
        if self._mode == "move":
            self.map_scene.drag_header(self, event.scenePos(), delta)
        elif self._mode == "resize":
            self.map_scene.drag_stage_edge(self.item_id, delta.x())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        self._press_at = self._press
        mode, self._press, self._mode = self._mode, None, ""
        self.setOpacity(1.0)
        self.setZValue(30 if self.axis == "stages" else 20)
        if mode == "move":
            self.map_scene.drop_header(self, event.scenePos())
        elif mode == "resize":
            self.map_scene.finish_stage_resize(self.item_id, (event.scenePos() - self._press_at).x())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self._on_edge(event.pos()):
            self.map_scene.edit_header(self.axis, self.item_id)


def curve_pieces(op: Op) -> list[tuple[QRectF, Curve]]:
    """A curve cut into its Bézier segments, each with the rectangle that holds it (control points included)."""
    if not isinstance(op, Curve):
        return []
    pieces = []
    start = op.start
    pad = op.width
    for segment in op.segments:
        xs = [start[0]] + [p[0] for p in segment]
        ys = [start[1]] + [p[1] for p in segment]
        rect = QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)
        pieces.append((rect, Curve(start, (segment,), op.color, op.width)))
        start = segment[2]
    return pieces
