"""Graphics items that draw layout ops: cards, stage and lane headers, the grid with the emotion curves."""

from collections.abc import Callable, Iterable, Iterator
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
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesigner.i18n import tr
from journeydesigner.layout import style as S
from journeydesigner.layout.curve import Point, Segment
from journeydesigner.layout.ops import Box, Curve, Op, sketch
from journeydesigner.qtdraw import (
    Step,
    compile_ops,
    curve_path,
    curve_pen,
    fill_brush,
    outline_pen,
    run_steps,
)

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
# A card at rest has no contents for Qt: its lane's layer draws it (see LaneLayer); it still takes clicks and drags.
_CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
               | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
_LAYER_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
                | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
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
        if ops is not self._ops or self._w != w or self._h != h:
            self.set_ops(QRectF(0, 0, w, h), ops)

    def _set_rect(self, rect: QRectF) -> None:
        self._rect = rect
        # Kept in Python: read at every paint, and for each card an edit places.
        self._left, self._top, self._w, self._h = rect.x() - 3, rect.y() - 3, rect.width(), rect.height()
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
            self._look_changed()

    def _look_changed(self) -> None:
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
        self.lifted = False  # being dragged: it draws itself, over everything, and its layer leaves it out
        self.faded = 1.0  # its opacity, kept here: read for every card its layer draws
        # Its layer and position in it, kept here too: read for every card an edit places (a call into Qt each
        # for 400 cards a drop). Only the scene moves a card, but for Qt during a drag (see lift).
        self.layer: LaneLayer | None = None
        self.at = (0.0, 0.0)
        self.jobs = 0  # linked jobs, shown as a small badge in the corner
        self._tip = ""
        self.setFlags(_CARD_FLAGS)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)

    def repaint(self) -> None:
        """Qt repaints nothing for an item without contents: its layer repaints where it is drawn."""
        if self.layer is not None:
            x, y = self.at
            self.layer.cards.update(*self._drawn(x, y, self._w, self._h))

    def _drawn(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """Where a card of this size at (``x``, ``y``) in its layer draws: its box and the selection outline's
        three pixels around it."""
        return x + self._left, y + self._top, w + 6, h + 6

    def move_into(self, layer: "LaneLayer") -> None:
        """Into another lane's layer (or its first), keeping its position in the layer until placed."""
        self.repaint()
        self.setParentItem(layer)
        self.layer = layer

    def place(self, x: float, y: float, w: float, h: float, ops: list[Op], new: bool = False) -> None:
        """Put the card at (``x``, ``y``) in its layer with this box and look. The layer is told where it was
        (unless ``new`` there) and where it goes, to repaint both at its next ``repaint_marked``: one update for
        the few hundred cards an edit moves, not two each."""
        at, layer = self.at, self.layer
        moved = at[0] != x or at[1] != y or new
        width, height = self._w, self._h
        if (moved or width != w or height != h) and layer is not None:  # a card made shorter: its old bottom too
            if not new:
                layer.mark(*self._drawn(at[0], at[1], width, height))
            if moved:
                self.setPos(x, y)
                self.at = (x, y)
            layer.mark(*self._drawn(x, y, w, h))
        self.set_box(w, h, ops)

    def _look_changed(self) -> None:
        if self.lifted:
            self.update()
        else:
            self.repaint()

    def set_faded(self, opacity: float) -> None:
        """Seen through (a filter, a persona in focus): drawn by its layer at this opacity."""
        if opacity != self.faded:
            self.faded = opacity
            self.setOpacity(opacity)
            self.repaint()

    def lift(self, on: bool) -> None:
        """A dragged card draws itself, so that it follows the mouse; at rest its layer draws it."""
        if on != self.lifted:
            self.repaint()
            self.lifted = on
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not on)
            self.at = (self.x(), self.y())  # where the drag left it
            self.repaint()

    def set_jobs(self, jobs: list[str]) -> None:
        """The jobs this card serves (their "I want to…" lines): a badge on the card, the lines in its tooltip."""
        if not jobs and not self.jobs and not self._tip:
            return  # most cards serve no job: nothing to compare, at 400 cards moved per drop
        if len(jobs) != self.jobs:
            self.jobs = len(jobs)
            self._look_changed()
        tip = "\n".join(tr("Job: {job}").format(job=job) for job in jobs)
        if tip != self._tip:  # kept here: asking Qt for the tooltip cost a call per card on every full relayout
            self._tip = tip
            self.setToolTip(tip)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self._look_changed()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.draw(painter, option, widget)  # lifted; at rest its layer calls draw

    def draw(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None) -> None:
        """The card in the painter's coordinates: from its pixmap on screen, op by op elsewhere; its job badge and
        its selection or find highlight over it."""
        t = painter.worldTransform()
        scale = t.m11()
        if (widget is not None and scale >= LOD_SKETCH and scale == t.m22() and not (t.m12() or t.m21())
                and self._area * scale * scale < MAX_PIXMAP_AREA):
            ratio = widget.devicePixelRatioF()
            painter.setWorldTransform(_DEVICE)
            self.blit(painter, t.dx() * ratio, t.dy() * ratio, scale * ratio, ratio)
            painter.setWorldTransform(t)
            level = 2
        else:
            level = self.level_of(option, painter)
            run_steps(painter, self._steps(level, painter))
        self.draw_marks(painter, level)

    def draw_marks(self, painter: QPainter, level: int = 2) -> None:
        """The job badge and the selection or find outline, over the card, in its coordinates."""
        if self.jobs and level == 2:
            self._paint_job_badge(painter)
        if self.highlighted or self.isSelected():
            pen = QPen(SELECTION if self.isSelected() else HIGHLIGHT, 2.5 if self.isSelected() else 3.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7)

    def blit(self, painter: QPainter, x: float, y: float, pixels: float, ratio: float) -> None:
        """Draw the card at full detail from its pixmap at this zoom (``pixels`` device pixels per unit), its
        origin at device pixel (``x``, ``y``), on a painter set to device coordinates; render it first if need
        be. Cards that shift after an edit, and the rest of a repainted region, then cost a blit instead of a
        rounded box and its lines of text each (a repaint of 128 cards at 20,000 took 14 ms, 7 ms so). Only on
        screen: ``paint`` is given a widget only by a view painting its viewport, with Qt's raster engine; exports
        and prints draw the scene without one and stay vector. The pixmap sits on whole device pixels, which
        moves a card by less than half a pixel."""
        if self._key_at != (self._look, pixels, ratio):  # the ratio too: the pixmap's size is in its logical pixels
            self._key_at = (self._look, pixels, ratio)
            self._key = f"jd{self._look}@{pixels:.6g}x{ratio:.6g}"
        pixmap: QPixmap | None = QPixmapCache.find(self._key)  # type: ignore[call-overload]  # PySide6: it or None
        if pixmap is None:
            pixmap = self._render(painter, self.boundingRect(), pixels / ratio, ratio)
            QPixmapCache.insert(self._key, pixmap)
        left, top = round(x + self._left * pixels), round(y + self._top * pixels)
        if ratio == 1.0:
            painter.drawPixmap(left, top, pixmap)  # whole pixels: Qt copies rows without a transform
        else:
            painter.drawPixmap(QPointF(left / ratio, top / ratio), pixmap)

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


class LaneLayer(QGraphicsRectItem):
    """One lane's cards and emotion curve, as child items placed relative to the lane's top: when a lane grows,
    the lanes below move as one item each instead of thousands of cards.

    Its cards are drawn by one child item (LaneCards), in one paint call for what a view exposes. The cards are
    items without contents, there for clicks, drags, selection and tooltips, and cost Qt nothing when their lane
    moves. Whatever changes a card's look asks its layer to repaint it (CardItem.repaint). Its rectangle, set by
    the scene, holds all its children, so Qt indexes the layer alone: a card or a lane that moves is one index
    update. The layer itself draws nothing, so that a drag can widen that rectangle (a dragged card leaves its
    lane) without Qt repainting all it covers, the whole view, at the drag's start and at the drop.
    """

    def __init__(self, cards_in: "Callable[[QRectF], Iterable[CardItem]]") -> None:
        """``cards_in``: the layer's card items whose boxes meet a rectangle of the scene, found by the scene in
        its layout (a query of Qt's index walked all 2,000 children of a lane and made a Python object of each
        item found: a third of the paint)."""
        super().__init__()
        self.setPen(_NO_PEN)
        self.setFlags(_LAYER_FLAGS)
        self.setZValue(10)
        self.cards = LaneCards(self, cards_in)
        self._marked: list[float] = []  # left, top, right, bottom of what cards placed since the last repaint

    def set_area(self, rect: QRectF, dragging: bool = False) -> None:
        """What its children may cover (while ``dragging``, the dragged cards' reach); where its cards are drawn."""
        if rect != self.rect():
            self.setRect(rect)
        if not dragging and rect != self.cards.rect():
            self.cards.setRect(rect)

    def mark(self, x: float, y: float, w: float, h: float) -> None:
        m = self._marked
        if not m:
            self._marked = [x, y, x + w, y + h]
            return
        if x < m[0]:
            m[0] = x
        if y < m[1]:
            m[1] = y
        if x + w > m[2]:
            m[2] = x + w
        if y + h > m[3]:
            m[3] = y + h

    def repaint_marked(self) -> None:
        if m := self._marked:
            self._marked = []
            self.cards.update(m[0], m[1], m[2] - m[0], m[3] - m[1])


class LaneCards(QGraphicsRectItem):
    """Draws a lane's cards at rest, over its curves and under the dragged cards: Qt and PySide spent 10-20 µs
    calling each card's own paint (a repaint of 145 cards after an edit at 20,000 cards: 4.5 ms)."""

    def __init__(self, layer: LaneLayer, cards_in: "Callable[[QRectF], Iterable[CardItem]]") -> None:
        super().__init__(layer)
        self.cards_in = cards_in
        self.setPen(_NO_PEN)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t, opacity = painter.worldTransform(), painter.opacity()
        if option.levelOfDetailFromTransform(t) < LOD_BOXES:
            self._paint_boxes(painter, option, t, opacity)
            return
        scale = t.m11()
        # On screen at a plain zoom (not an export, a print or a presentation's turn), the cards are copied from
        # their pixmaps with the painter in device pixels: per card a few calls, not a transform each.
        blits = widget is not None and scale >= LOD_SKETCH and scale == t.m22() and not (t.m12() or t.m21())
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        pixels, x0, y0 = scale * ratio, t.dx() * ratio, t.dy() * ratio
        largest = MAX_PIXMAP_AREA / (scale * scale) if scale else 0.0
        device = False
        for item in self.cards_in(self.mapRectToScene(option.exposedRect)):
            if item.lifted:
                continue
            x, y = item.at  # where it is in the layer (lifted cards, which Qt moves, draw themselves)
            if item.faded != 1.0:
                painter.setOpacity(opacity * item.faded)
            if blits and item._area < largest:
                if not device:
                    painter.setWorldTransform(_DEVICE)
                    device = True
                item.blit(painter, x0 + x * pixels, y0 + y * pixels, pixels, ratio)
                if item.jobs or item.highlighted or item.isSelected():
                    painter.setWorldTransform(QTransform.fromTranslate(x, y) * t)
                    item.draw_marks(painter)
                    painter.setWorldTransform(_DEVICE)
            else:
                painter.setWorldTransform(QTransform.fromTranslate(x, y) * t)
                device = False
                item.draw(painter, option, widget)
            if item.faded != 1.0:
                painter.setOpacity(opacity)
        painter.setWorldTransform(t)

    def _paint_boxes(self, painter: QPainter, option: QStyleOptionGraphicsItem, t: QTransform,
                     opacity: float) -> None:
        """So far off that a card is its coloured box (a fitted 5,000-card map: under 12 %, where a corner's
        rounding is under a pixel): the boxes of one colour in one call, not a card at a time."""
        groups: dict[tuple[str | None, str | None, float, float], list[QRectF]] = {}
        marked, others = [], []
        for item in self.cards_in(self.mapRectToScene(option.exposedRect)):
            box = item._ops[0] if item._ops else None
            if item.lifted:
                continue
            if not isinstance(box, Box):  # an emotion point's first op is its marker's line
                others.append(item)
                continue
            x, y = item.at
            groups.setdefault((box.fill, box.stroke, box.stroke_width, item.faded), []).append(
                QRectF(x + box.x, y + box.y, box.w, box.h))
            if item.highlighted or item.isSelected():
                marked.append(item)
        for (fill, stroke, width, faded), rects in groups.items():
            painter.setOpacity(opacity * faded)
            painter.setPen(outline_pen(stroke, width))
            painter.setBrush(fill_brush(fill))
            painter.drawRects(rects)
        painter.setOpacity(opacity)
        for item in marked:
            painter.setWorldTransform(QTransform.fromTranslate(*item.at) * t)
            item.draw_marks(painter, 0)
        for item in others:
            painter.setWorldTransform(QTransform.fromTranslate(*item.at) * t)
            painter.setOpacity(opacity * item.faded)
            item.draw(painter, option, None)
        painter.setOpacity(opacity)
        painter.setWorldTransform(t)


class RaisedCards(QGraphicsRectItem):
    """Cards drawn again above other items (a presentation's shades): a card's Z value orders it only among its
    lane layer's children, never above an item outside the layer, and its layer draws it anyway."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self.setZValue(z)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # what is exposed: see paint
        self.cards: list[CardItem] = []

    def set_cards(self, cards: list[CardItem]) -> None:
        self.cards = cards
        area = QRectF()
        for card in cards:
            area = area.united(card.sceneBoundingRect())
        self.setRect(area)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t, opacity = painter.worldTransform(), painter.opacity()
        exposed = option.exposedRect  # a stage of a big map has thousands of cards: those in the repainted part
        for card in self.cards:
            if card.scene() is self.scene() and card.sceneBoundingRect().intersects(exposed):
                painter.setWorldTransform(card.sceneTransform() * t)
                painter.setOpacity(opacity * card.faded)
                card.draw(painter, option, widget)
        painter.setWorldTransform(t)
        painter.setOpacity(opacity)


class HeaderItem(OpsItem):
    """A stage or lane header: drag to reorder; a stage's right edge drags to resize."""

    def __init__(self, scene: "MapScene", axis: str, item_id: str) -> None:
        super().__init__()
        self.map_scene = scene
        self.axis = axis  # "stages" or "lanes"
        self.item_id = item_id
        self.setAcceptHoverEvents(True)
        self.rest_z = 30.0 if axis == "stages" else 20.0
        self.setZValue(self.rest_z)
        self._press: QPointF | None = None
        self._press_at = QPointF()
        self._mode = ""

    def stack(self, index: int) -> None:
        """Headers stack in their axis's order, as a map opened anew stacks them: a header's border lies half over
        the next one, and a header put back by an undo or moved by a drag was otherwise stacked last."""
        z = (30.0 if self.axis == "stages" else 20.0) + index / 1000
        if z != self.rest_z:
            self.rest_z = z
            if self._press is None:  # not being dragged
                self.setZValue(z)

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
        self.setZValue(self.rest_z)
        if mode == "move":
            self.map_scene.drop_header(self, event.scenePos())
        elif mode == "resize":
            self.map_scene.finish_stage_resize(self.item_id, (event.scenePos() - self._press_at).x())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self._on_edge(event.pos()):
            self.map_scene.edit_header(self.axis, self.item_id)


class CurveItem(QGraphicsPathItem):
    """One Bézier segment of an emotion curve, in its lane's layer, under the cards the layer draws. Qt paints it
    itself, without a call into Python: a lane moved by an edit repaints the segments in view, 400 of them in
    the 20,000-card map's view (an item drawing its ops cost 20-50 µs each, most of a drop's repaint)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._ops: list[Curve] = []

    def rect(self) -> QRectF:
        """The segment's control points' rectangle, widened by the line's width."""
        if not self._ops:
            return QRectF()
        piece = self._ops[0]
        xs = [piece.start[0]] + [p[0] for segment in piece.segments for p in segment]
        ys = [piece.start[1]] + [p[1] for segment in piece.segments for p in segment]
        pad = piece.width
        return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)

    def shows(self, curve: Curve, start: Point, segment: Segment) -> bool:
        piece = self._ops[0] if self._ops else None
        return (piece is not None and piece.segments[0] == segment and piece.start == start
                and piece.color == curve.color and piece.width == curve.width)

    def set_piece(self, curve: Curve, start: Point, segment: Segment) -> None:
        """The segment of ``curve`` from ``start``, drawn anew only when it changed."""
        if not self.shows(curve, start, segment):
            piece = Curve(start, (segment,), curve.color, curve.width)
            self._ops = [piece]
            self.setPen(curve_pen(piece))
            self.setPath(curve_path(piece))


def curve_pieces(curve: Curve) -> Iterator[tuple[Point, Segment]]:
    """A curve cut into its Bézier segments, each with the point it starts from: an item each, so that Qt draws
    only the segments in view."""
    start = curve.start
    for segment in curve.segments:
        yield start, segment
        start = segment[2]
