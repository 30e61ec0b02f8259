"""The map scene: items for one map, rebuilt from the shared layout whenever the model changes.

The scene reads the model but never writes it: gestures become intent signals that the window
turns into undoable commands.
"""

from bisect import bisect_left
from collections.abc import Generator, Iterator
from itertools import islice

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from journeydesigner.canvas.editor import CardEditor
from journeydesigner.canvas.items import CardItem, CurveItem, HeaderItem, LaneLayer, OpsItem, curve_pieces
from journeydesigner.canvas.keyboard import handle_key
from journeydesigner.document import Document
from journeydesigner.imagedecode import decode_image
from journeydesigner.layout import style as S
from journeydesigner.layout.cardbox import CardBox
from journeydesigner.layout.curve import Point, Segment
from journeydesigner.layout.map_layout import (
    NAME_TOP,
    MapLayout,
    Relayout,
    lay_out_lane_aside,
    layout_map,
    measure_points,
    relayout_cells,
)
from journeydesigner.layout.mapdraw import (
    corner_ops,
    header_grid_ops,
    lane_curve_ops,
    lane_grid_ops,
    lane_header_ops,
    persona_strip,
    stage_badges,
    stage_description_ops,
    stage_header_ops,
)
from journeydesigner.layout.ops import Curve
from journeydesigner.layout.wrap import use_project_language
from journeydesigner.model import CardBase, JourneyMap, Kind
from journeydesigner.model.cellindex import cell_index
from journeydesigner.model.journey import MAX_STAGE_WIDTH, MIN_STAGE_WIDTH

DRAG_THRESHOLD = 4.0
MARGIN = 40.0
# A map this big shows before it is all laid out and has all its card items (issue 15: the window's first
# paint): the lanes that start in the first screenful (the map opens at 100 % on its top left; a maximised
# full-HD window's view is ≈1,300 × 800) are laid out at once and their cards there get items; then, while the
# event loop runs, the rest of their cards' items in chunks of a few milliseconds, row by row from the top, and
# the other lanes one at a time (laid out by relayout_cells, as an edit would), so all is there ≈0.5 s later.
# Reading ``layout`` or ``card_items`` completes it at once, so whatever looks cards up (find, the outline,
# selection, exports, tests) sees the whole map; so does any change to the document.
DEFER_CARDS_FROM = 1500
# A step a millisecond after the last: a timer of 0 ms ran two steps in one turn of the event loop now and then,
# before a waiting input event or timer (a 20-27 ms stall at 20,000 cards where a step is ~10 ms).
DEFERRED_STEP_MS = 1
DEFERRED_START_MS = 200  # when no view paints the scene (a presentation being set up, a test): start anyway
FIRST_SCREEN = QRectF(0, 0, 2000, 1200)
CARDS_PER_CHUNK = 100  # card items made per idle turn: 4-8 ms at 20,000 cards (300 took 18-25, 150 up to 17)
POINTS_PER_CHUNK = 100  # emotion points measured and drawn per idle turn: about 5 ms
CURVES_PER_CHUNK = 200  # curve segment items made per idle turn: about 5 ms


# An edit that moves more cards than this places those far from every view when idle (see place_pending).
DEFER_FROM = 256
PLACE_AT_ONCE = 300  # cards placed per idle turn: about 2-3 ms
PLACE_AFTER_MS = 40  # after the edit's own repaint, and out of the way of the next keystroke
LAYER_MARGIN = 16.0  # above and below a lane layer's rectangle: selection outlines stay inside it
LAYER_SIDE = 200.0  # left and right of it: an emotion label at the map's edge may stand out of the last stage


def _curve_item(layer: LaneLayer, piece: tuple[Curve, Point, Segment]) -> CurveItem:
    """A curve segment's item, drawn before it joins its lane's layer (and with it the scene and its index)."""
    item = CurveItem()
    item.set_piece(*piece)
    item.setParentItem(layer)
    return item


def _box_bottom(box: CardBox) -> float:
    return box.y + box.h


def _meets(area: tuple[float, float, float, float], x: float, y: float, w: float, h: float) -> bool:
    return x < area[2] and x + w > area[0] and y < area[3] and y + h > area[1]


def _spans(area: tuple[float, float, float, float], y: float, h: float) -> bool:
    """A lane (the whole width of the map) from ``y`` down ``h`` meets ``area``."""
    return y < area[3] and y + h > area[1]


class MapScene(QGraphicsScene):
    cardsMoved = Signal(list, str, str, int, object)  # card ids, lane id, stage id, index, new score or None
    cardCreateRequested = Signal(str, str, int, str, object)  # lane id, stage id, index, kind, feeling or None
    cardTextCommitted = Signal(str, str)  # card id, new title
    axisMoved = Signal(str, str, int)  # "stages"/"lanes", id, new index
    stageResized = Signal(str, float)  # stage id, new width
    headerRenamed = Signal(str, str, str)  # axis, id, new name (typed in place)
    currentCellChanged = Signal()
    axisSelected = Signal(str, str)  # a stage or lane header was clicked
    axisCleared = Signal()  # the header selection ended (a click elsewhere)
    mapRectChanged = Signal(QRectF)  # what an editing view scrolls over: the map and a margin

    def __init__(self, doc: Document, map_id: str, parent: QObject | None = None) -> None:
        """``parent``: the window or presentation showing it, so that the scene's C++ side is deleted with
        theirs and never by Python's collector (see ``dispose``)."""
        super().__init__(parent)
        self.doc = doc
        self.map_id = map_id
        self.markers = True  # job badges and flags on the stage headers and cards: the editor's analysis aid
        self._language = doc.project.meta.language  # the project's language the layout hyphenates by
        use_project_language(self._language)
        big = len(self.jmap.cards) >= DEFER_CARDS_FROM
        self._layout = layout_map(self.jmap, doc.project.personas, FIRST_SCREEN.bottom() if big else None)
        # Lanes laid out without their cards, to be laid out after the first paint (see DEFER_CARDS_FROM).
        self._lane_cells_done = 0  # cells of the first deferred lane laid out so far
        self._measuring: tuple[str, list[CardBase]] | None = None  # an emotion lane's points still to measure
        # An emotion lane being laid out aside, a stage's points a step (see lay_out_lane_aside).
        self._aside: tuple[str, Generator[None, None, Relayout]] | None = None
        self._deferred_lanes = [lane.lane_id for lane in self._layout.lanes
                                if big and lane.y >= FIRST_SCREEN.bottom()]
        self._expected_h = self._expected_height()
        self._card_items: dict[str, CardItem] = {}
        self._deferred: dict[str, None] = {}  # cards whose items are still to be made, in the order they will be
        self._deferred_timer = QTimer(self)
        self._deferred_timer.timeout.connect(self._continue_deferred)
        self._items_later = False  # cards placed now without an item get one in a later chunk
        self.lane_layers: dict[str, LaneLayer] = {}
        self.headers: dict[tuple[str, str], HeaderItem] = {}
        self._header_looks: dict[tuple[str, str], tuple] = {}  # what each header's ops were made for
        self.grid = OpsItem()  # the paper above the lanes; each lane's paper and grid is in lane_grids
        self.grid.setZValue(-10)
        self.addItem(self.grid)
        self.lane_grids: dict[str, OpsItem] = {}
        self._grid_looks: dict[str, tuple] = {}  # what each lane's grid item was drawn for
        self.lane_curves: dict[str, list[CurveItem]] = {}  # each emotion lane's curve segments, in its layer
        # A lane laid out after the first paint: its curve's segments, whose items are made a chunk at a time
        # (None: the curve is still to be cut into them).
        self._curves_later: dict[str, list[tuple[Curve, Point, Segment]] | None] = {}
        self.corner = OpsItem()
        self.corner.setZValue(40)
        self.addItem(self.corner)
        self.indicator = QGraphicsLineItem()
        self.indicator.setPen(QPen(QColor("#228BE6"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.indicator.setZValue(50)
        self.indicator.hide()
        self.addItem(self.indicator)
        self.target_cell = QGraphicsRectItem()
        self.target_cell.setPen(QPen(QColor("#228BE6"), 1.5, Qt.PenStyle.DashLine))
        self.target_cell.setBrush(QColor(34, 139, 230, 20))
        self.target_cell.setZValue(-5)
        self.target_cell.hide()
        self.addItem(self.target_cell)
        self.frozen = QPointF(0, 0)
        self.current_cell: tuple[str, str] | None = None
        self.editor: CardEditor | None = None
        self._pixmaps: dict[str, QPixmap] = {}
        self._drag_from: QPointF | None = None
        self._dragging = False
        self._moving: list[str] = []
        # The drop slot drawn last (None: outside the grid; (): none drawn since the drag began).
        self._shown_target: tuple[str, str, int, int | None] | tuple[()] | None = ()
        self._builds = 0
        self._resize_guide = QGraphicsLineItem()
        self._resize_guide.setPen(QPen(QColor("#228BE6"), 2, Qt.PenStyle.DashLine))
        self._resize_guide.setZValue(60)
        self._resize_guide.hide()
        self.addItem(self._resize_guide)
        self.selected_axis: tuple[str, str] | None = None
        self.focus_persona: str | None = None
        self._faded: str | None = None  # the persona whose focus the cards last showed
        self._pending: set[str] = set()  # cards far off screen whose new place waits for an idle moment
        self._pending_lanes: set[str] = set()  # lane layers likewise
        self.map_rect = QRectF()
        self._placer = QTimer(self)
        self._placer.setSingleShot(True)
        self._placer.timeout.connect(self._place_some)
        self.rebuild()
        doc.changed.connect(self._on_changed)
        self._shown_selected: set[CardItem] = set()  # the cards last drawn with a selection outline
        self.selectionChanged.connect(self._repaint_selection)
        self.selectionChanged.connect(self._show_current_cell)
        self._attached = True
        self._disposed = False

    def detach(self) -> None:
        """Stop following the document (the window is about to drop this scene)."""
        if self._attached:
            self._attached = False
            self.doc.changed.disconnect(self._on_changed)

    def dispose(self) -> None:
        """Stop following the document and delete every item now, and the scene at the next turn of the loop.

        The scene and its items form reference cycles (the item dictionaries); left to Python's collector, they
        are destroyed in an arbitrary order, and a scene's C++ destructor then deletes items whose wrappers the
        same pass is tearing down, which crashes.
        """
        if self._disposed:
            return
        self._disposed = True
        self.detach()
        self._placer.stop()
        self._pending.clear()
        self._pending_lanes.clear()
        self.editor = None
        self._deferred_timer.stop()
        self._deferred.clear()
        self._deferred_lanes.clear()
        self._aside = None
        self._curves_later.clear()
        self._card_items.clear()
        self._shown_selected.clear()
        self.lane_layers.clear()
        self.headers.clear()
        self.lane_grids.clear()
        self.lane_curves.clear()
        self.clear()
        self.deleteLater()

    # ---- model -> items -------------------------------------------------------------------------
    @property
    def jmap(self) -> JourneyMap:
        return self.doc.project.map(self.map_id)

    def _on_changed(self, map_id: object) -> None:
        # An edit is laid out on the layout as far as the first paint's idle-time work has got; the lanes still to
        # come are laid out after it as before. Completing them first froze the first edits after opening a
        # 20,000-card map for 2.9 s.
        if (map_id is None or map_id == self.map_id) and any(m.id == self.map_id for m in self.doc.project.maps):
            aspect = self.doc.changed_aspect if map_id is None else None
            if aspect == "meta" and self.doc.project.meta.language != self._language:
                self.rebuild()  # the project's language: its long words are hyphenated anew
                return
            if aspect in ("meta", "persona_details"):
                return  # the project's title and dates, a persona's goals or quote: nothing the map shows
            if aspect == "personas":  # their names and colours show on the emotion curves and in the corner
                self._redraw_personas()
            elif aspect == "jobs":  # the badges of the cards that serve jobs, and of the stages
                self.rebuild(set(), cards={card.id for card in self.jmap.cards if card.job_ids})
            else:
                self.rebuild(self.doc.changed_cells if map_id == self.map_id else None, edited=self.doc.changed_cards)

    def pixmap(self, asset: str) -> QPixmap | None:
        if asset not in self._pixmaps:
            data = self.doc.project.assets.get(asset)
            self._pixmaps[asset] = QPixmap.fromImage(decode_image(data)) if data else QPixmap()
        return self._pixmaps[asset]

    def rebuild(self, cells: set[tuple[str, str]] | None = None, corner: bool = False,
                cards: set[str] | None = None, edited: set[str] | None = None, relaid: Relayout | None = None
                ) -> None:
        """Bring the items up to date with the model. With ``cells`` (the only cells whose cards changed), only
        those cells are laid out again and only the cards that moved are touched, with ``cards`` too; otherwise
        the whole map. ``corner``: the persona strip in the corner changed. ``edited``: of the cards in ``cells``,
        those whose content changed (Document.changed_cards), for the layout to measure only those again.
        ``relaid``: ``cells`` were laid out already (a lane laid out aside), and this is what changed."""
        self._builds += 1
        jmap = self.jmap
        header_h = self._layout.header_h
        self._language = self.doc.project.meta.language
        use_project_language(self._language)  # another window's project may hyphenate otherwise
        if relaid is None:
            self._aside = None  # the layout changes under a lane laid out aside: it starts again
        delta = relaid if relaid is not None else relayout_cells(
            self._layout, jmap, self.doc.project.personas, cells, edited) if cells is not None else None
        if delta is None:
            if self._builds > 1:  # the first build draws the layout the constructor has just made
                self._layout = layout_map(jmap, self.doc.project.personas)
                self._deferred_lanes, self._lane_cells_done = [], 0  # all laid out now, and placed below
            changed = set(self._layout.cards) | set(self._card_items)
            if self._builds == 1 and len(jmap.cards) >= DEFER_CARDS_FROM:
                changed = self._defer_beyond_first_screen(changed)
        else:
            # The cards whose box changed, and those edited (a job linked shows as a badge, not in the box); the
            # others kept their box and place in their lane. Without word of what was edited: every card laid out.
            changed = (delta.card_ids if edited is None else delta.new_boxes | edited) | (cards or set())
        layout = self._layout
        if self.current_cell and self.current_cell not in layout.cells:
            self.current_cell = None  # its stage or lane is gone; items removed below signal selection changes
        self._place_cards(changed)
        self._set_headers(jmap)
        self._set_grid()
        if delta is None:
            self._set_curves()
        elif delta.curves:  # the emotion lanes laid out again; the others' curves moved with their layers
            self._set_curves({lane_id for lane_id, _stage in cells or ()})
        if delta is None or corner or layout.header_h != header_h:
            strip = persona_strip(self.doc.project, jmap)
            self.corner.set_ops(QRectF(0, 0, S.LANE_HEADER_W, layout.header_h),
                                corner_ops(jmap.name, strip, layout.header_h))
        self._apply_focus(None if delta is None else changed)
        self._set_map_rect(QRectF(0, 0, layout.width + MARGIN, layout.height + MARGIN))
        self.set_frozen_offset(self.frozen)
        self._show_current_cell()
        self._looks = self._persona_looks()  # what the emotion curves and the corner were drawn with

    def _set_grid(self) -> None:
        layout = self._layout
        self.grid.set_ops(QRectF(0, 0, layout.width, layout.header_h), header_grid_ops(layout))
        edges = (layout.width, layout.scale, *(stage.x + stage.w for stage in layout.stages))
        wanted = set()
        for lane in layout.lanes:
            wanted.add(lane.lane_id)
            item = self.lane_grids.get(lane.lane_id)
            if item is None:
                item = self.lane_grids[lane.lane_id] = OpsItem()
                self.addItem(item)
            if item.y() != lane.y and lane.lane_id not in self._pending_lanes:  # far off: moves with its cards
                item.setY(lane.y)
            look = (lane.index, lane.kind, lane.h, lane.plot_top - lane.y, edges)
            if self._grid_looks.get(lane.lane_id) != look:  # most edits change one lane's height, if any
                self._grid_looks[lane.lane_id] = look
                item.setZValue(-10 - lane.index / 1000)  # a lane's bottom line lies half over the next lane's paper
                item.set_ops(QRectF(0, 0, layout.width, lane.h), lane_grid_ops(layout, lane))
        for lane_id in [k for k in self.lane_grids if k not in wanted]:
            self._grid_looks.pop(lane_id, None)
            self.removeItem(self.lane_grids.pop(lane_id))

    def _set_map_rect(self, rect: QRectF) -> None:
        """The views scroll over the map (``map_rect``, via mapRectChanged); the scene's own rectangle, which
        bounds Qt's item index, grows only in steps of a quarter. Qt rebuilds the whole index when it changes:
        a card that made a lane one line taller cost 37 ms of repaint at 20,000 cards for that alone."""
        if rect == self.map_rect:
            return
        self.map_rect = rect
        bounds = self.sceneRect()
        # While a big map's lanes are still being laid out, as high as they will make it: grown in steps as they
        # came, the index was rebuilt a dozen times, 100-200 ms each at 20,000 cards.
        height = max(rect.height(), self._expected_h) if self._deferred_lanes else rect.height()
        if (self._builds <= 1 or rect.width() > bounds.width() or rect.height() > bounds.height()
                or rect.width() * height < bounds.width() * bounds.height() / 4):
            self.setSceneRect(QRectF(0, 0, rect.width() * 1.25, height * 1.25))
        self.mapRectChanged.emit(rect)

    def _expected_height(self) -> float:
        """About how high the map will be once the lanes left for later are laid out: their fullest cells'
        cards at the mean height of the cards laid out so far (an emotion lane's points are plotted, not
        stacked: its height as now, doubled)."""
        if not self._deferred_lanes:
            return 0.0
        boxes = self._layout.cards.values()
        pitch = (sum(box.h for box in boxes) / len(boxes) if boxes else 60.0) + S.CARD_GAP
        index = cell_index(self.jmap)
        extra = 0.0
        for lane_id in self._deferred_lanes:
            lane = self._layout.lane_box(lane_id)
            if lane.kind is Kind.EMOTION:
                extra += lane.h
            else:
                extra += max((len(index.cell((lane_id, s.stage_id))) for s in self._layout.stages), default=0) * pitch
        return self._layout.height + extra

    def _persona_looks(self) -> dict[str, tuple[str, str]]:
        return {p.id: (p.name, p.color) for p in self.doc.project.personas}

    def _redraw_personas(self) -> None:
        """Lay out again the emotion lanes with points of a persona whose name or colour changed, and the corner
        if the map is for it: at 20,000 cards, not the 2,000 points of a lane the persona has none in."""
        looks = self._persona_looks()
        changed = {pid for pid in looks.keys() | self._looks.keys() if looks.get(pid) != self._looks.get(pid)}
        index = cell_index(self.jmap)
        stages = [stage.stage_id for stage in self._layout.stages]  # (every lane and stage, laid out or not)
        lanes = [lane.lane_id for lane in self._layout.lanes if lane.kind is Kind.EMOTION and any(
            getattr(card, "persona_id", None) in changed for s in stages for card in index.cell((lane.lane_id, s)))]
        corner = not changed.isdisjoint(self.jmap.persona_ids)
        self.rebuild({(lane, s) for lane in lanes for s in stages}, corner=corner)

    @property
    def layout(self) -> MapLayout:
        """The whole map's layout; lanes a big map's first paint left for later are laid out now."""
        if self._deferred_lanes:
            self.complete_now()
        return self._layout

    @property
    def shown_layout(self) -> MapLayout:
        """The layout as far as it is done. A big map's first screenful is laid out before its first paint and
        the rest follows in idle time, top down; where its lanes are not laid out yet they show no cards. So what
        the user sees and points at is laid out, and asking about it need not complete the rest (``layout``),
        which at 20,000 cards froze a click in the first seconds for 2.9 s."""
        return self._layout

    @property
    def map_width(self) -> float:
        """The map's width, known before its lanes are all laid out (the stages are)."""
        return self._layout.width

    @property
    def card_items(self) -> dict[str, CardItem]:
        """Every card's item, by card id; what a big map's first paint left for later is made now."""
        if self._deferred or self._deferred_lanes:
            self.complete_now()
        return self._card_items

    @property
    def made_card_items(self) -> dict[str, CardItem]:
        """The card items made so far, without making the deferred ones: enough to reset a look that new items
        start with (no highlight, opaque)."""
        return self._card_items

    def complete_now(self) -> None:
        """Lay out and make now whatever a big map's first paint left for later."""
        self._deferred_timer.stop()
        if self._deferred_lanes:
            lanes, self._deferred_lanes, self._lane_cells_done = self._deferred_lanes, [], 0
            self.rebuild({(lane, stage.stage_id) for lane in lanes for stage in self._layout.stages})
        if self._deferred:
            self._make_items(set(self._deferred))
        while self._curves_later:
            self._make_curves(None)

    @property
    def items_complete(self) -> bool:
        """Whether the whole map is laid out and every card and curve segment has its item (the idle-time work
        is done)."""
        return not self._deferred and not self._deferred_lanes and not self._curves_later

    def _defer_beyond_first_screen(self, card_ids: set[str]) -> set[str]:
        """The cards of the first screenful, to be made now; the others are made later, from the top."""
        boxes = self._layout.cards
        now = {cid for cid in card_ids if (box := boxes.get(cid)) is not None
               and box.x < FIRST_SCREEN.right() and box.y < FIRST_SCREEN.bottom()}
        later = sorted((cid for cid in card_ids if cid not in now and cid in boxes),
                       key=lambda cid: (boxes[cid].y, boxes[cid].x))
        self._deferred = dict.fromkeys(later)
        if later or self._deferred_lanes:
            self._deferred_timer.start(DEFERRED_START_MS)  # at once after the first paint (drawBackground)
        return now

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """The first paint is done with what it needs: what it left for later goes on from the next turn."""
        super().drawBackground(painter, rect)
        if self._deferred_timer.interval() != DEFERRED_STEP_MS and self._deferred_timer.isActive():
            self._deferred_timer.start(DEFERRED_STEP_MS)

    def _continue_deferred(self) -> None:
        """One step of what the first paint left for later, short enough for input and painting to go on in
        between: a chunk of card items, else the next lane (laid out as an edit of its cells would be)."""
        if self._curves_later:
            self._make_curves(CURVES_PER_CHUNK)
        elif self._deferred:
            self._make_items(set(islice(self._deferred, CARDS_PER_CHUNK)))
        elif self._deferred_lanes and (points := self._points_to_measure()):
            # An emotion lane's labels, before it is laid out.
            measure_points(self._layout, points[-POINTS_PER_CHUNK:], self.doc.project.personas)
            del points[-POINTS_PER_CHUNK:]
        elif self._deferred_lanes:
            lane = self._deferred_lanes[0]
            stages = [stage.stage_id for stage in self._layout.stages]
            # A cell a step, not a lane: a lane of the 20,000-card map is 2,000 cards, 30 ms of laying out. An
            # emotion lane is laid out whole whatever the cell (its curve spans it): aside, a stage's points a
            # step, its labels measured in the steps before; then put in the layout in one step.
            whole = self._layout.lane_box(lane).kind is Kind.EMOTION
            relaid = self._lay_out_aside(lane) if whole else None
            if not whole or relaid is not None:
                at, self._lane_cells_done = self._lane_cells_done, len(stages) if whole else self._lane_cells_done + 1
                if self._lane_cells_done >= len(stages):
                    self._deferred_lanes.pop(0)
                    self._lane_cells_done = 0
                self._items_later = True  # the cell's card items: in the next steps' chunks
                try:
                    self.rebuild({(lane, stages[at])} if at < len(stages) else set(), relaid=relaid)
                finally:
                    self._items_later = False
        if self.items_complete:
            self._deferred_timer.stop()
        elif self._deferred_timer.interval() != DEFERRED_STEP_MS:
            self._deferred_timer.start(DEFERRED_STEP_MS)  # no paint came first: go on at once

    def _lay_out_aside(self, lane: str) -> Relayout | None:
        """A step of laying out the emotion lane aside; what changed when it is done and in the layout."""
        if self._aside is None or self._aside[0] != lane:
            self._aside = (lane, lay_out_lane_aside(self._layout, self.jmap, self.doc.project.personas, lane))
        try:
            next(self._aside[1])
        except StopIteration as done:
            self._aside = None
            return done.value
        return None

    def _points_to_measure(self) -> list[CardBase]:
        """The points of the next deferred lane still to be measured, if it is an emotion lane (else empty)."""
        lane = self._deferred_lanes[0]
        if self._measuring is None or self._measuring[0] != lane:
            points: list[CardBase] = []
            if self._layout.lane_box(lane).kind is Kind.EMOTION and not self._lane_cells_done:
                index = cell_index(self.jmap)
                points = [card for stage in self._layout.stages for card in index.cell((lane, stage.stage_id))]
            self._measuring = (lane, points)
        return self._measuring[1]

    def _make_items(self, card_ids: set[str]) -> None:
        self._place_cards(card_ids)
        self._apply_focus(card_ids)

    def _place_cards(self, card_ids: set[str]) -> None:
        """Cards live in one layer item per lane, placed relative to the lane's top: when a lane grows, the
        lanes below move as one item each instead of thousands of cards."""
        if self._deferred:  # made now, with the layout of now
            for cid in card_ids:
                self._deferred.pop(cid, None)
        boxes = self._layout.cards
        lanes = {lane.lane_id: lane for lane in self._layout.lanes}
        live = self._live_area() if len(card_ids) > DEFER_FROM or len(boxes) > DEFER_FROM else None
        moved_near = False  # a lane moved into reach: cards an earlier edit left pending in it may now show
        for lane in self._layout.lanes:
            layer = self._lane_layer(lane.lane_id)
            left = min(-LAYER_SIDE, lane.reach[0] - LAYER_MARGIN)  # an emotion label may reach further
            right = max(self._layout.width + LAYER_SIDE, lane.reach[1] + LAYER_MARGIN)
            area = QRectF(left, -LAYER_MARGIN, right - left, lane.h + 2 * LAYER_MARGIN)
            layer.set_area(area)  # also after a drag had widened it
            if layer.y() != lane.y:
                if live is not None and not (_spans(live, lane.y, lane.h) or _spans(live, layer.y(), lane.h)):
                    self._pending_lanes.add(lane.lane_id)  # far off: moved, with its parts, when idle
                else:  # with its paper, grid and header, which a lane left pending by an earlier edit kept back
                    self._move_lane(lane.lane_id, lane.y)
                    moved_near = live is not None
        jobs = {j.id: j.motivation or j.situation or j.outcome for j in self.doc.project.jobs}
        linked: dict[str, list[str]] = {}  # the cards' job badges, for the cards being placed
        if self.markers and jobs:
            for card in self._cards_among(card_ids):
                if card.job_ids:
                    linked[card.id] = [jobs[j] for j in card.job_ids if j in jobs]
        if len(card_ids) <= DEFER_FROM:
            live = None
        for cid in card_ids:
            box = boxes.get(cid)
            item = self._card_items.get(cid)
            if box is None:
                if item is not None:
                    item.repaint()
                    self.removeItem(self._card_items.pop(cid))
                continue
            layer = self.lane_layers[box.lane_id]
            if item is None and self._items_later:
                self._deferred[cid] = None
                continue
            x, y = box.x, box.top  # in its lane, as in its layer
            settled = True
            if item is None:
                item = self._card_items[cid] = CardItem(cid)
                # Placed before it joins the scene: Qt's index then takes it once, where it is. Placed after, its
                # move and new size each updated the index (at 20,000 cards 0.4 ms a card: 172 ms for 200 cards).
                item.place(x, y, box.w, box.h, box.ops, True)
            if item.layer is not layer:
                item.move_into(layer)
                settled = False
            x0, y0 = item.at
            if settled and live is not None and (x0 != x or y0 != y):
                # Far from every view, where it was and where it goes (in the scene: both below the lane's top
                # as it is now): placed when idle. Inline: a few hundred cards an edit.
                lane_y = lanes[box.lane_id].y
                near = x < live[2] and x + box.w > live[0] and lane_y + y < live[3] and lane_y + y + box.h > live[1]
                if not near and not (x0 < live[2] and x0 + box.w > live[0] and lane_y + y0 < live[3]
                                     and lane_y + y0 + box.h > live[1]):
                    self._pending.add(cid)
                    if cid in linked or item.jobs:
                        item.set_jobs(linked.get(cid, []))
                    continue
            item.place(x, y, box.w, box.h, box.ops, not settled)
            if cid in linked or item.jobs:
                item.set_jobs(linked.get(cid, []))
        self._repaint_layers()
        if self._pending or self._pending_lanes:
            self._placer.start(PLACE_AFTER_MS)
        for lane_id in [k for k in self.lane_layers if k not in lanes]:
            for curve in self.lane_curves.pop(lane_id, []):
                self.removeItem(curve)
            self.removeItem(self.lane_layers.pop(lane_id))  # its cards were removed or moved out above
        if moved_near and self._pending:
            self.place_pending(near=True)

    def _cards_in(self, lane_id: str, rect: QRectF) -> Iterator[CardItem]:
        """The card items of a lane whose boxes meet ``rect`` (scene coordinates), found in the layout: a cell's
        stacked boxes go down the cell, so a bisection finds the first one in view. An emotion lane's markers
        sit at their scores (and may stand out of their stage): all of its cells in reach are tested."""
        layout, items = self._layout, self._card_items
        left, top, right, bottom = rect.left() - 3, rect.top() - 3, rect.right() + 3, rect.bottom() + 3
        lane = next((box for box in layout.lanes if box.lane_id == lane_id), None)
        if lane is None:
            return
        plotted = lane.kind is Kind.EMOTION
        reach = LAYER_SIDE if plotted else 0.0
        for stage in layout.stages:
            if stage.x - reach > right or stage.x + stage.w + reach < left:
                continue
            boxes = layout.cell_boxes.get((lane_id, stage.stage_id), ())
            start = 0 if plotted else bisect_left(boxes, top, key=_box_bottom)
            for box in islice(boxes, start, None):
                if box.y > bottom and not plotted:
                    break
                if (box.y <= bottom and box.y + box.h >= top and box.x <= right and box.x + box.w >= left
                        and (item := items.get(box.card_id)) is not None):
                    yield item

    def _repaint_layers(self) -> None:
        for layer in self.lane_layers.values():
            layer.repaint_marked()

    def _live_area(self) -> tuple[float, float, float, float] | None:
        """What the views show, with a view's size around it on every side, in scene coordinates; None without
        a view (everything is placed at once)."""
        areas = [view.mapToScene(view.viewport().rect()).boundingRect() for view in self.views()]
        if not areas:
            return None
        left, top = min(a.left() - a.width() for a in areas), min(a.top() - a.height() for a in areas)
        return left, top, max(a.right() + a.width() for a in areas), max(a.bottom() + a.height() for a in areas)

    def place_pending(self, limit: int | None = None, near: bool = False) -> None:
        """Put the cards and lanes that edits moved far off screen where they belong: all of them; with ``near``,
        those a view can now reach (MapView calls this after it scrolls, zooms or resizes); with ``limit``, one
        lane or that many cards (an idle turn).

        An edit in a cell of 2,000 cards moves every card below it, and a lane that grows moves the lanes below
        it: each moved item costs a call and Qt's bookkeeping of what to repaint (before lane layers stood in for
        their cards in Qt's index, an index update each too: 25 ms, and 60 ms of repaint, for a card added at
        20,000 cards). Only what is near a view moves at once."""
        if not (self._pending or self._pending_lanes):
            return
        area = self._live_area() if near else None
        lanes = {lane.lane_id: lane for lane in self._layout.lanes}
        for lane_id in list(self._pending_lanes):
            lane, layer = lanes.get(lane_id), self.lane_layers.get(lane_id)
            if lane is None or layer is None:
                self._pending_lanes.discard(lane_id)
            elif area is None or _spans(area, lane.y, lane.h) or _spans(area, layer.y(), lane.h):
                self._move_lane(lane_id, lane.y)
                if limit is not None:
                    self._placer.start(0)
                    return
        boxes = self._layout.cards
        todo = list(self._pending) if limit is None else [self._pending.pop() for _ in
                                                            range(min(limit, len(self._pending)))]
        for cid in todo:
            box, item = boxes.get(cid), self._card_items.get(cid)
            if box is None or item is None:
                self._pending.discard(cid)
                continue
            y = box.y - lanes[box.lane_id].y
            if area is not None and not (_meets(area, box.x, box.y, box.w, box.h) or _meets(
                    area, item.at[0], self.lane_layers[box.lane_id].y() + item.at[1], box.w, box.h)):
                continue
            self._pending.discard(cid)
            item.place(box.x, y, box.w, box.h, box.ops)
        self._repaint_layers()
        if limit is not None and (self._pending or self._pending_lanes):
            self._placer.start(0)

    def _move_lane(self, lane_id: str, y: float) -> None:
        """A lane's layer (its cards and curves), its paper-and-grid item and its header go to ``y`` together."""
        self._pending_lanes.discard(lane_id)
        for item in (self.lane_layers.get(lane_id), self.lane_grids.get(lane_id), self.headers.get(("lanes", lane_id))):
            if item is not None and item.y() != y:
                item.setY(y)

    def _place_some(self) -> None:
        self.place_pending(PLACE_AT_ONCE)

    def _lane_layer(self, lane_id: str) -> LaneLayer:
        layer = self.lane_layers.get(lane_id)
        if layer is None:
            layer = self.lane_layers[lane_id] = LaneLayer(lambda rect: self._cards_in(lane_id, rect))
            # (its rectangle is set by _place_cards)
            self.addItem(layer)
        return layer

    def _set_headers(self, jmap: JourneyMap) -> None:
        layout = self._layout
        descriptions = {s.id: s.description for s in jmap.stages}
        badges = stage_badges(self.doc.project, jmap) if self.markers else {}
        wanted: set[tuple[str, str]] = set()
        # A header's ops are made again only when what they show changed (most edits change none: 20 headers'
        # ops were 0.5-1 ms of every edit); the project's language hyphenates their words.
        for stage in layout.stages:
            key = ("stages", stage.stage_id)
            description = descriptions[stage.stage_id]
            look: tuple = (stage.name, description, stage.w, stage.index, badges.get(stage.stage_id),
                           layout.header_h, self._language)
            ops = None
            if self._header_looks.get(key) != look or key not in self.headers:
                ops = stage_header_ops(stage, stage.index + 1, badges.get(stage.stage_id), layout.header_h)
                ops += stage_description_ops(stage, description)
            self._header(key, look, stage.index, QRectF(0, 0, stage.w, layout.header_h), ops, stage.x, None)
            if ops is not None:
                self.headers[key].setToolTip(description)  # the whole text
            wanted.add(key)
        for lane in layout.lanes:
            key = ("lanes", lane.lane_id)
            curves = tuple((c.label, c.color) for c in layout.emotion_lines.get(lane.lane_id, ()))
            look = (lane.name, lane.kind, lane.h, lane.plot_top - lane.y, lane.plot_bottom - lane.y, curves,
                    layout.scale, self._language)
            ops = lane_header_ops(layout, lane) if self._header_looks.get(key) != look or key not in self.headers \
                else None
            y = None if lane.lane_id in self._pending_lanes else lane.y  # far off: moves with its cards
            self._header(key, look, lane.index, QRectF(0, 0, S.LANE_HEADER_W, lane.h), ops, None, y)
            wanted.add(key)
        for key in [k for k in self.headers if k not in wanted]:
            self._header_looks.pop(key, None)
            self.removeItem(self.headers.pop(key))

    def _header(self, key: tuple[str, str], look: tuple, index: int, rect: QRectF, ops: list | None,
                x: float | None, y: float | None) -> None:
        """``ops``: None when ``look`` is what the header shows already."""
        item = self.headers.get(key)
        if item is None:
            item = self.headers[key] = HeaderItem(self, *key)
            self.addItem(item)
        if ops is not None:
            self._header_looks[key] = look
            item.set_ops(rect, ops)
        item.stack(index)
        item.setPos(x if x is not None else item.x(), y if y is not None else item.y())

    def set_focus_persona(self, persona_id: str | None) -> None:
        """Highlight one persona's cards and emotion curve; the rest fade."""
        self.focus_persona = persona_id
        self._set_curves()
        self._apply_focus()

    @property
    def curve_items(self) -> list[CurveItem]:
        """Every curve segment's item, lane by lane from the top (what a big map left for later made first)."""
        if self._deferred_lanes or self._curves_later:
            self.complete_now()
        return [item for lane in self._layout.lanes for item in self.lane_curves.get(lane.lane_id, [])]

    def _make_curves(self, limit: int | None) -> None:
        """Items for up to ``limit`` (None: all) of the next lane's curve segments left for later."""
        lane_id, pieces = next(iter(self._curves_later.items()))
        if pieces is None:
            pieces = self._curves_later[lane_id] = self._curve_pieces(lane_id)
        items = self.lane_curves.setdefault(lane_id, [])
        layer = self._lane_layer(lane_id)
        end = None if limit is None else len(items) + limit
        items += [_curve_item(layer, piece) for piece in pieces[len(items):end]]
        if len(items) == len(pieces):
            del self._curves_later[lane_id]

    def _set_curves(self, lanes: set[str] | None = None) -> None:
        """One item per curve segment, so the scene's index draws only the segments in view. Each lies in its
        lane's layer, in the lane's coordinates: when a lane above grows, the curves move with their lane instead
        of every segment being made again (2,000 of them in the synthetic map's lane). Only ``lanes`` (all: None)
        are cut again, and of those only the segments that changed are drawn anew: the items that show the same
        segments at the start and at the end stay, and those between are reused, made or removed (a point
        added or removed shifts the segments after it by one: 800 items were drawn anew for that)."""
        for lane in self._layout.lanes:
            if lanes is not None and lane.lane_id not in lanes:
                continue
            items = self.lane_curves.setdefault(lane.lane_id, [])
            self._curves_later.pop(lane.lane_id, None)  # cut again here: the items made so far are diffed below
            if self._items_later and not items:
                self._curves_later[lane.lane_id] = None  # a lane laid out after the first paint: in later steps
                continue
            new = self._curve_pieces(lane.lane_id)
            same = min(len(items), len(new))
            head = 0
            while head < same and items[head].shows(*new[head]):
                head += 1
            tail = 0
            while tail < same - head and items[-1 - tail].shows(*new[-1 - tail]):
                tail += 1
            old_middle, new_middle = items[head:len(items) - tail], new[head:len(new) - tail]
            for item in old_middle[len(new_middle):]:
                self.removeItem(item)
            middle = old_middle[:len(new_middle)]
            for item, piece in zip(middle, new_middle, strict=False):  # the items reused; the rest made below
                item.set_piece(*piece)
            if len(middle) < len(new_middle):
                layer = self._lane_layer(lane.lane_id)
                middle += [_curve_item(layer, piece) for piece in new_middle[len(middle):]]
            items[head:len(items) - tail] = middle

    def _curve_pieces(self, lane_id: str) -> list[tuple[Curve, Point, Segment]]:
        """The lane's curves cut into the segments that get an item each."""
        curves = lane_curve_ops(self._layout.emotion_lines.get(lane_id, []), self.focus_persona, True)
        return [(curve, start, segment) for curve in curves for start, segment in curve_pieces(curve)]

    def _apply_focus(self, only: set[str] | None = None) -> None:
        pid = self.focus_persona
        if pid is None and self._faded is None:
            return  # nothing faded, and new items start opaque: no need to touch 20,000 items per edit
        self._faded = pid
        for card in self.jmap.cards if only is None else self._cards_among(only):
            item = self._card_items.get(card.id)
            if item is not None:
                linked = pid is None or pid in card.persona_ids or getattr(card, "persona_id", None) == pid
                item.set_faded(1.0 if linked else 0.25)

    def _cards_among(self, card_ids: set[str]) -> Iterator[CardBase]:
        """The map's cards with these ids, in no particular order: an edit touches a few of 20,000 cards, found
        by the map's card index."""
        by_id = cell_index(self.jmap).by_id
        return (by_id[i] for i in card_ids if i in by_id)

    def set_frozen_offset(self, offset: QPointF) -> None:
        """Keep stage headers at the top and lane headers at the left of the visible area."""
        self.frozen = QPointF(max(0.0, offset.x()), max(0.0, offset.y()))
        for (axis, _id), item in self.headers.items():
            if axis == "stages":
                item.setY(self.frozen.y())
            else:
                item.setX(self.frozen.x())
        self.corner.setPos(self.frozen)

    # ---- selection and the current cell -------------------------------------------------------
    def selected_card_ids(self) -> list[str]:
        """Selected cards in model order (the order a paste or a move keeps)."""
        selected = {i.card_id for i in self.selectedItems() if isinstance(i, CardItem)}
        if len(selected) < 2:  # asked several times per event: no walk over 20,000 cards for one card's order
            return list(selected)
        return [c.id for c in self.jmap.cards if c.id in selected]

    def select_cards(self, card_ids: list[str], ensure_visible: bool = True) -> None:
        items = [item for cid in card_ids if (item := self._item_of(cid)) is not None]
        if set(items) != set(self.selectedItems()):  # a drop reselects the cards it moved: nothing to tell
            self.blockSignals(True)  # one selectionChanged, not one for the clearing and one per card
            try:
                self.clearSelection()
                for item in items:
                    item.setSelected(True)
            finally:
                self.blockSignals(False)
            self.selectionChanged.emit()
        if card_ids and (box := self._layout.cards.get(card_ids[-1])):  # (laid out: _item_of made its item)
            self.set_current_cell((box.lane_id, box.stage_id))
            if ensure_visible:
                self.reveal(QRectF(box.x, box.y, box.w, box.h))

    def _item_of(self, card_id: str) -> CardItem | None:
        """The card's item, made now if the first paint left it for later; a card in a lane not laid out yet
        completes the map (a find or the outline reaching far ahead of the idle-time work)."""
        if (item := self._card_items.get(card_id)) is None and card_id in self._deferred:
            self._make_items({card_id})
        elif item is None and self._deferred_lanes:
            self.complete_now()
        return self._card_items.get(card_id)

    def reveal(self, rect: QRectF) -> None:
        """Scroll so ``rect`` shows clear of the frozen stage row and lane column: ensureVisible alone counts the
        area under them as visible, and a card in the first lane stayed hidden behind the stage headers."""
        clear = rect.adjusted(-S.LANE_HEADER_W - 20, -self._layout.header_h - 20, 20, 20)
        for view in self.views():
            view.ensureVisible(clear, 40, 40)

    def _repaint_selection(self) -> None:
        """The cards selected or deselected are drawn again by their layers (see LaneLayer)."""
        if self._disposed:
            return  # clear() is deleting the items
        selected = {item for item in self.selectedItems() if isinstance(item, CardItem)}
        changed = selected ^ self._shown_selected
        self._shown_selected = selected
        if len(changed) > DEFER_FROM:  # all cards selected or deselected: their lanes, not 20,000 cards one by one
            for layer in self.lane_layers.values():
                layer.cards.update()
            return
        for item in changed:
            if item.scene() is self:
                item.repaint()

    def set_current_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.current_cell:
            self.current_cell = cell
            self.currentCellChanged.emit()
        self._show_current_cell()

    def _show_current_cell(self) -> None:
        cell = self.current_cell
        if cell is None or self.selected_card_ids() or self._dragging:
            if not self._dragging:
                self.target_cell.hide()
            return
        self.target_cell.setRect(self._cell_rect(self._layout, *cell))  # also while lanes are still laid out
        self.target_cell.show()

    def cell_rect(self, lane_id: str, stage_id: str) -> QRectF:
        return self._cell_rect(self.layout, lane_id, stage_id)

    def shown_cell_rect(self, lane_id: str, stage_id: str) -> QRectF:
        """The cell's rectangle as it shows now (``shown_layout``)."""
        return self._cell_rect(self._layout, lane_id, stage_id)

    @staticmethod
    def _cell_rect(layout: MapLayout, lane_id: str, stage_id: str) -> QRectF:
        lane = layout.lane_box(lane_id)
        stage = layout.stage_box(stage_id)
        return QRectF(stage.x, lane.y, stage.w, lane.h)

    def select_axis_item(self, axis: str, item_id: str) -> None:
        self.clearSelection()
        self.selected_axis = (axis, item_id)
        self.axisSelected.emit(axis, item_id)

    def header_rect(self, axis: str, item_id: str) -> QRectF:
        """Where a header's name is drawn, in scene coordinates (headers stay at the visible edge)."""
        if axis == "stages":
            stage = self._layout.stage_box(item_id)
            lines = max(1, len(stage.name_lines))
            return QRectF(stage.x + 12 - S.CARD_PAD, self.frozen.y() + NAME_TOP - 5, stage.w - 24 + 2 * S.CARD_PAD,
                          lines * S.STAGE_NAME[2] + 10)
        lane = self._layout.lane_box(item_id)
        return QRectF(self.frozen.x() + 14 - S.CARD_PAD, lane.y + 8, S.LANE_HEADER_W - 28 + 2 * S.CARD_PAD, 50)

    def edit_header(self, axis: str, item_id: str) -> None:
        """Rename a stage or lane in place, as a card's text is edited: Enter keeps, Esc cancels."""
        items = self.jmap.stages if axis == "stages" else self.jmap.lanes
        current = next((i for i in items if i.id == item_id), None)
        if current is None:
            return
        if self.editor is not None:
            self.editor.commit()
        self.select_axis_item(axis, item_id)
        rect = self.header_rect(axis, item_id)
        for view in self.views():
            view.ensureVisible(rect, 40, 40)
        rect = self.header_rect(axis, item_id)  # scrolling moves the frozen headers
        font = S.STAGE_NAME if axis == "stages" else S.LANE_NAME
        self.editor = CardEditor(current.name, rect, font, single_line=True)
        self.editor.committed.connect(lambda text: self._header_done(axis, item_id, text))
        self.editor.cancelled.connect(lambda: self._header_done(axis, item_id, None))
        self.addItem(self.editor)
        self.editor.start()

    def _header_done(self, axis: str, item_id: str, name: str | None) -> None:
        self._close_editor()
        items = self.jmap.stages if axis == "stages" else self.jmap.lanes
        current = next((i for i in items if i.id == item_id), None)
        if name and current is not None and name != current.name:
            self.headerRenamed.emit(axis, item_id, name)

    # ---- card drag and drop ---------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.editor is not None and self.itemAt(event.scenePos(), self._view_transform()) is not self.editor:
            self.editor.commit()
        super().mousePressEvent(event)
        item = self.itemAt(event.scenePos(), self._view_transform())
        shown = self.shown_layout  # what the user pointed at is laid out: a press need not wait for the rest
        cell = shown.cell_at(event.scenePos().x(), event.scenePos().y())
        if not isinstance(item, HeaderItem | CardEditor) and self.selected_axis is not None:
            self.selected_axis = None  # F2 and Enter act on the cell or card clicked, not on a header clicked before
            self.axisCleared.emit()
        if isinstance(item, CardItem) and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.scenePos()
            box = shown.cards.get(item.card_id)  # (a card has an item once its cell is laid out)
            if box:
                self.set_current_cell((box.lane_id, box.stage_id))
        elif cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current_cell(cell)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if self._drag_from is None:
            return
        if not self._dragging and (event.scenePos() - self._drag_from).manhattanLength() > DRAG_THRESHOLD:
            self._dragging = True
            self._moving = self.selected_card_ids()
            self._shown_target = ()
            self._lift_moving(True)
            self.target_cell.hide()
        if self._dragging:
            self._cover_dragged()
            self._show_drop(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        dragging, self._dragging, self._drag_from = self._dragging, False, None
        self._lift_moving(False)
        self.indicator.hide()
        self.target_cell.hide()
        if not dragging:
            self._show_current_cell()
            return
        ids = self.selected_card_ids()
        target = self.drop_target(event.scenePos(), ids)
        if target is None or not ids:
            self.rebuild()  # dropped outside the grid: everything snaps back
            return
        lane_id, stage_id, index, score = target
        builds = self._builds
        self.cardsMoved.emit(ids, lane_id, stage_id, index, score)
        if self._builds == builds:
            self.rebuild()  # nothing changed in the model, but the items must go back to their slots

    def _lift_moving(self, on: bool) -> None:
        """Dragged cards pass over the other lanes' cards and draw themselves wherever they go: their layers rise,
        and grow to cover where the cards go (_cover_dragged); the drop's rebuild gives each layer its lane back.
        (They draw from their pixmaps as at rest: a Qt item cache on top of those only copied each card once
        more.)"""
        for cid in self._moving:
            if (item := self._card_items.get(cid)) and (layer := item.parentItem()) is not None:
                item.lift(on)
                layer.setZValue(11 if on else 10)

    def _cover_dragged(self) -> None:
        """A layer holds its children inside its rectangle (Qt draws and finds them through it): it grows, by a
        view's size at a time, where a dragged card goes beyond it. A card dragged within its lane changes
        nothing, so its drop repaints what the edit changed, not the whole view (the layer had been made as big
        as the view at every drag, and given its lane back at the drop)."""
        live = self._live_area()
        step = max(live[2] - live[0], live[3] - live[1]) / 3 if live is not None else 400.0
        for cid in self._moving:
            item = self._card_items.get(cid)
            layer = item.layer if item is not None else None
            if item is None or layer is None or item.parentItem() is not layer:
                continue
            drawn = item.mapRectToParent(item.boundingRect()).adjusted(-LAYER_MARGIN, -LAYER_MARGIN, LAYER_MARGIN,
                                                                         LAYER_MARGIN)
            if not layer.rect().contains(drawn):
                layer.set_area(layer.rect().united(drawn.adjusted(-step, -step, step, step)), dragging=True)

    def drop_target(self, pos: QPointF, ids: list[str]) -> tuple[str, str, int, int | None] | None:
        cell = self._pointed_cell(pos)
        if cell is None:
            return None
        layout = self._layout
        lane_id, stage_id = cell
        lane = layout.lane_box(lane_id)
        moving = frozenset(ids)
        if lane.kind is Kind.EMOTION and pos.y() >= lane.plot_top - 20:
            others = [c for c in layout.cells.get(cell, []) if c not in moving]
            index = sum(1 for c in others if layout.cards[c].x + layout.cards[c].w / 2 < pos.x())
            emotion = len(ids) == 1 and layout.cards[ids[0]].kind is Kind.EMOTION
            return lane_id, stage_id, index, layout.score_at(lane, pos.y()) if emotion else None
        return lane_id, stage_id, layout.insertion_index(lane_id, stage_id, pos.y(), moving), None

    def _pointed_cell(self, pos: QPointF) -> tuple[str, str] | None:
        """The cell at ``pos``, its lane laid out (``shown_layout``): a lane the user reaches before the idle-time
        work did is laid out now, a lane (not the whole map) at a time."""
        cell = self._layout.cell_at(pos.x(), pos.y())
        if cell is not None and cell[0] in self._deferred_lanes:
            lane = cell[0]
            first = self._lane_cells_done if lane == self._deferred_lanes[0] else 0
            if first:
                self._lane_cells_done = 0
            self._deferred_lanes.remove(lane)
            self.rebuild({(lane, stage.stage_id) for stage in self._layout.stages[first:]})
            cell = self._layout.cell_at(pos.x(), pos.y())
        return cell

    def _show_drop(self, pos: QPointF) -> None:
        ids = self._moving
        target = self.drop_target(pos, ids)
        if target == self._shown_target:
            return  # most mouse moves stay over the same slot: nothing to redraw
        self._shown_target = target
        if target is None:
            self.indicator.hide()
            self.target_cell.hide()
            return
        lane_id, stage_id, index, score = target
        layout = self._layout  # (drop_target laid its lane out)
        rect = self.shown_cell_rect(lane_id, stage_id)
        self.target_cell.setRect(rect)
        self.target_cell.show()
        if score is not None:
            lane = layout.lane_box(lane_id)
            y = layout.score_y(lane, score)
        else:
            y = layout.drop_line_y(lane_id, stage_id, index, frozenset(ids))
        self.indicator.setLine(rect.left() + S.CELL_PAD, y, rect.right() - S.CELL_PAD, y)
        self.indicator.show()

    # ---- headers: reorder and resize -----------------------------------------------------------
    def drag_header(self, item: HeaderItem, pos: QPointF, delta: QPointF) -> None:
        if item.axis == "stages":
            stage = self._layout.stage_box(item.item_id)
            item.setX(stage.x + delta.x())
        else:
            lane = self._layout.lane_box(item.item_id)
            item.setY(lane.y + delta.y())

    def drop_header(self, item: HeaderItem, pos: QPointF) -> None:
        if item.axis == "stages":
            boxes = self._layout.stages
            index = sum(1 for s in boxes if s.stage_id != item.item_id and s.x + s.w / 2 < pos.x())
            current = self._layout.stage_box(item.item_id).index
        else:
            lanes = self._layout.lanes
            index = sum(1 for ln in lanes if ln.lane_id != item.item_id and ln.y + ln.h / 2 < pos.y())
            current = self._layout.lane_box(item.item_id).index
        if index != current:
            self.axisMoved.emit(item.axis, item.item_id, index)
        self.rebuild()

    def drag_stage_edge(self, stage_id: str, dx: float) -> None:
        stage = self._layout.stage_box(stage_id)
        edge = stage.x + self._clamp_width(stage.w + dx)
        self._resize_guide.setLine(edge, 0, edge, self._layout.height)
        self._resize_guide.show()

    def finish_stage_resize(self, stage_id: str, dx: float) -> None:
        self._resize_guide.hide()
        stage = self._layout.stage_box(stage_id)
        width = self._clamp_width(stage.w + dx)
        if abs(width - stage.w) >= 1:
            self.stageResized.emit(stage_id, width)

    @staticmethod
    def _clamp_width(width: float) -> float:
        return float(round(max(MIN_STAGE_WIDTH, min(MAX_STAGE_WIDTH, width))))

    # ---- creating and editing in place ----------------------------------------------------------
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.scenePos(), self._view_transform())
        if isinstance(item, CardItem):
            self.edit_card(item.card_id)
            return
        if isinstance(item, HeaderItem):
            super().mouseDoubleClickEvent(event)
            return
        self.create_at(event.scenePos())

    def create_at(self, pos: QPointF, kind: str | None = None, insert: bool = False) -> None:
        """A new card where the user pointed: on the emotion curve at the feeling of that height, elsewhere at
        the end of the cell (or, for a drop, ``insert``, between the cards it landed between)."""
        cell = self._pointed_cell(pos)
        if cell is None:
            return
        layout = self._layout
        self.set_current_cell(cell)
        lane = layout.lane_box(cell[0])
        kind = kind or lane.kind.value
        if kind == Kind.EMOTION.value and lane.kind is Kind.EMOTION and pos.y() >= lane.plot_top - 20:
            boxes = [layout.cards[c] for c in layout.cells.get(cell, [])]
            index = sum(1 for b in boxes if b.x + b.w / 2 < pos.x())
            self.request_create(cell, index, kind, layout.score_at(lane, pos.y()))
        else:
            self.request_create(cell, layout.insertion_index(cell[0], cell[1], pos.y()) if insert else None, kind)

    def request_create(self, cell: tuple[str, str], index: int | None = None, kind: str | None = None,
                       score: int | None = None) -> None:
        lane = self._layout.lane_box(cell[0])
        count = len(cell_index(self.jmap).cell(cell))  # the model's: the cell may not be laid out yet
        self.cardCreateRequested.emit(cell[0], cell[1], count if index is None else index, kind or lane.kind.value,
                                      score)

    def edit_card(self, card_id: str) -> None:
        box = self._layout.cards.get(card_id) or self.layout.cards.get(card_id)  # (laid out if it shows)
        if box is None:
            return
        if self.editor is not None:
            self.editor.commit()
        card = self.jmap.card(card_id)
        self.select_cards([card_id])
        self.editor = CardEditor(card.title, QRectF(box.x, box.y, box.w, box.h))
        self.editor.committed.connect(lambda text, cid=card_id: self._editor_done(cid, text))
        self.editor.cancelled.connect(lambda: self._editor_done(card_id, None))
        self.addItem(self.editor)
        self.editor.start()

    def _editor_done(self, card_id: str, text: str | None) -> None:
        self._close_editor()
        if text is not None and card_id in self._card_items and text != self.jmap.card(card_id).title:
            self.cardTextCommitted.emit(card_id, text)

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.removeItem(editor)
            editor.deleteLater()
        for view in self.views():
            view.setFocus()

    # ---- keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.editor is not None:
            super().keyPressEvent(event)
            return
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def _view_transform(self) -> QTransform:
        views = self.views()
        return views[0].transform() if views else QTransform()
