"""The one layout computation: a journey map to rectangles, lines of text and curve points.

The canvas, the PDF and the PNG all draw from a MapLayout, so they agree on every line break.
"""

from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator
from operator import attrgetter, ne
from typing import Any, TypeVar

from msgspec import Struct, field, structs

from journeydesigner.i18n import on_words_changed
from journeydesigner.layout import style as S
from journeydesigner.layout.cardbox import CardBox, emotion_chip, regular_card
from journeydesigner.layout.curve import smooth_segments
from journeydesigner.layout.fonts import text_width
from journeydesigner.layout.ops import Dot, Line, Op, translated
from journeydesigner.layout.wrap import on_language_changed, wrap
from journeydesigner.model.cards import CardBase, EmotionCard
from journeydesigner.model.cellindex import cell_index
from journeydesigner.model.journey import JourneyMap, Stage
from journeydesigner.model.kinds import Kind
from journeydesigner.model.people import Persona


class StageBox(Struct):
    stage_id: str
    index: int
    name: str
    x: float
    w: float
    name_lines: tuple[str, ...] = ()  # the name and description wrapped to the stage's width, never cut
    desc_lines: tuple[str, ...] = ()
    description: str = ""


NAME_TOP, DESC_GAP, HEADER_PAD = 30.0, 1.0, 9.0


def stage_header_height(stage: StageBox) -> float:
    """Number, name lines, description lines: the header row is as tall as its tallest stage needs."""
    name_leading, desc_leading = S.STAGE_NAME[2], S.STAGE_DESC[2]
    desc_top = NAME_TOP + max(1, len(stage.name_lines)) * name_leading + DESC_GAP
    return desc_top + len(stage.desc_lines) * desc_leading + HEADER_PAD


class LaneBox(Struct):
    lane_id: str
    index: int
    name: str
    kind: Kind
    y: float
    h: float
    plot_top: float = 0.0  # emotion lanes: where the plotted band starts
    plot_bottom: float = 0.0
    # Emotion lanes: the left and right ends of their labels, which a crowded lane centres on their dots, so a long
    # one near the map's edge may stand out of it (the canvas's lane layer must cover them).
    reach: tuple[float, float] = (0.0, 0.0)


class EmotionLine:
    """One curve of an emotion lane (a persona's, or that of the points without one), left to right. Its points
    are kept below its lane's top (``below``), like the cards' boxes, so a lane that moves moves its curves without
    a point touched (2,000 in the synthetic map's lane); ``points`` gives them on the map."""

    __slots__ = ("_at", "_points", "below", "card_ids", "color", "label", "lane", "persona_id")

    def __init__(self, persona_id: str | None, color: str, lane: "LaneBox", label: str = "") -> None:
        self.persona_id, self.color, self.lane, self.label = persona_id, color, lane, label
        self.below: list[tuple[float, float]] = []
        self.card_ids: list[str] = []
        self._at: float | None = None  # the lane's top that ``_points`` were made for
        self._points: list[tuple[float, float]] = []

    @property
    def points(self) -> list[tuple[float, float]]:
        top = self.lane.y
        if self._at != top:
            self._points, self._at = [(x, y + top) for x, y in self.below], top
        return self._points

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EmotionLine) and (self.persona_id, self.color, self.points, self.card_ids,
                                                   self.label) == (other.persona_id, other.color, other.points,
                                                                   other.card_ids, other.label)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return f"EmotionLine({self.persona_id!r}, {self.color!r}, {len(self.below)} points, {self.label!r})"


class MapLayout(Struct):
    width: float
    height: float
    stages: list[StageBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    cells: dict[tuple[str, str], list[str]]
    emotion_lines: dict[str, list[EmotionLine]] = field(default_factory=dict)  # lane id -> lines
    stacked: dict[tuple[str, str], float] = field(default_factory=dict)  # cell -> height of its stacked cards
    # cell -> its cards' boxes, in order: a cell laid out again keeps those above its first change as they are.
    cell_boxes: dict[tuple[str, str], list[CardBox]] = field(default_factory=dict)
    # emotion lane id -> its points, kept by stage: an edit of a crowded lane plots again only the stages it changed
    plots: dict[str, "_LanePlot"] = field(default_factory=dict)
    scale: tuple[int, int] = (-3, 3)
    header_h: float = S.STAGE_HEADER_H  # the stage header row: taller when a name or description needs it

    def lane_box(self, lane_id: str) -> LaneBox:
        return next(ln for ln in self.lanes if ln.lane_id == lane_id)

    def stage_box(self, stage_id: str) -> StageBox:
        return next(s for s in self.stages if s.stage_id == stage_id)

    def stage_at(self, x: float) -> StageBox | None:
        return next((s for s in self.stages if s.x <= x < s.x + s.w), None)

    def lane_at(self, y: float) -> LaneBox | None:
        return next((ln for ln in self.lanes if ln.y <= y < ln.y + ln.h), None)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(lane id, stage id) under a point of the map, or None outside the grid."""
        stage, lane = self.stage_at(x), self.lane_at(y)
        return (lane.lane_id, stage.stage_id) if stage and lane else None

    def insertion_index(self, lane_id: str, stage_id: str, y: float, ignore: frozenset[str] = frozenset()) -> int:
        """Where a card dropped at height ``y`` goes among the cell's other cards."""
        others = [cid for cid in self.cells.get((lane_id, stage_id), []) if cid not in ignore]
        for i, cid in enumerate(others):
            box = self.cards[cid]
            if y < box.y + box.h / 2:
                return i
        return len(others)

    def drop_line_y(self, lane_id: str, stage_id: str, index: int, ignore: frozenset[str] = frozenset()) -> float:
        """The y of the drop indicator shown before the card at ``index``."""
        others = [cid for cid in self.cells.get((lane_id, stage_id), []) if cid not in ignore]
        lane = self.lane_box(lane_id)
        if not others:
            return lane.y + S.CELL_PAD / 2
        if index < len(others):
            return self.cards[others[index]].y - S.CARD_GAP / 2
        last = self.cards[others[-1]]
        return last.y + last.h + S.CARD_GAP / 2

    def score_y(self, lane: LaneBox, score: float) -> float:
        return lane.y + self.score_below(lane, score)

    def score_below(self, lane: LaneBox, score: float) -> float:
        """Where ``score`` is plotted, below the lane's top. Reckoned from the lane's top, it is the same to the
        last bit wherever the lane lies: a lane moved by edits above it is drawn as the same map opened anew
        draws it (reckoned from the page's top, the labels' and curves' places differed in their last bits,
        and a glyph at a pixel's edge was drawn a pixel off)."""
        low, high = self.scale
        bottom = lane.plot_bottom - lane.y
        return bottom - (score - low) / (high - low) * (bottom - (lane.plot_top - lane.y))

    def score_at(self, lane: LaneBox, y: float) -> int:
        low, high = self.scale
        span = lane.plot_bottom - lane.plot_top
        score = round(low + (lane.plot_bottom - y) / span * (high - low)) if span else 0
        return max(low, min(high, score))


def layout_map(jmap: JourneyMap, personas: list[Persona] | None = None, cards_until: float | None = None) -> MapLayout:
    """The whole map's layout. ``cards_until``: lanes that start at or below this y are laid out without their
    cards, for ``relayout_cells`` to lay out later (a big map's first paint needs only its first screenful)."""
    stages, x = [], S.LANE_HEADER_W
    header_h = S.STAGE_HEADER_H
    for i, stage in enumerate(jmap.stages):
        box = StageBox(stage.id, i, stage.name, x, stage.width)
        _wrap_header(box, stage)
        stages.append(box)
        header_h = max(header_h, stage_header_height(box))
        x += stage.width
    stage_by_id = {s.stage_id: s for s in stages}
    lane_ids = {lane.id for lane in jmap.lanes}
    cells: dict[tuple[str, str], list[CardBase]] = defaultdict(list)
    for card in jmap.cards:
        if card.lane_id in lane_ids and card.stage_id in stage_by_id:
            cells[(card.lane_id, card.stage_id)].append(card)

    result = MapLayout(x, 0.0, stages, [], {}, {}, scale=(jmap.emotion_scale.minimum, jmap.emotion_scale.maximum),
                       header_h=header_h)
    looks = _Looks(personas)
    y = header_h
    for li, lane in enumerate(jmap.lanes):
        lane_box = LaneBox(lane.id, li, lane.name, lane.kind, y, 0.0)
        now = cards_until is None or y < cards_until
        _lay_lane(result, lane_box, {s.stage_id: cells.get((lane.id, s.stage_id), []) if now else [] for s in stages},
                  looks)
        result.lanes.append(lane_box)
        y += lane_box.h
    result.height = y
    return result


def _wrap_header(box: StageBox, stage: Stage) -> None:
    inner = stage.width - 24
    box.name, box.description = stage.name, stage.description
    box.name_lines = wrap(stage.name, *S.STAGE_NAME[:2], inner)
    box.desc_lines = wrap(stage.description, *S.STAGE_DESC[:2], inner) if stage.description.strip() else ()


class _Looks:
    """What emotion points take from the personas: their colours and names."""

    __slots__ = ("colors", "names")

    def __init__(self, personas: list[Persona] | None) -> None:
        self.colors = {p.id: p.color for p in personas or []}
        self.names = {p.id: p.name for p in personas or []}


def _lay_lane(result: MapLayout, box: LaneBox, by_stage: dict[str, list[CardBase]], looks: _Looks) -> None:
    """Lay out every cell of one lane (its top ``box.y`` is set); sets the lane's height."""
    for _stage in _lane_steps(result, box, by_stage, looks):
        pass


def _lane_steps(result: MapLayout, box: LaneBox, by_stage: dict[str, list[CardBase]], looks: _Looks
                ) -> Iterator[None]:
    """``_lay_lane``, pausing after each stage's emotion points are marked (``lay_out_lane_aside``)."""
    plotted: dict[str, list[EmotionCard]] = {}
    for stage in result.stages:
        plotted[stage.stage_id] = _stack_flow(result, box, stage, by_stage.get(stage.stage_id, []))
    _size_lane(result, box, len({c.persona_id for cards in plotted.values() for c in cards}))
    if box.kind is Kind.EMOTION:
        yield from _plot_emotions(result, box, plotted, looks.colors, looks.names)
    cards = result.cards
    for stage in result.stages:
        key = (box.lane_id, stage.stage_id)
        result.cell_boxes[key] = [cards[card_id] for card_id in result.cells[key]]


def _stack_flow(result: MapLayout, box: LaneBox, stage: StageBox, cell: list[CardBase]) -> list[EmotionCard]:
    """Stack a cell's cards, but for the points of an emotion lane, which are returned."""
    emotion = box.kind is Kind.EMOTION
    flow = [c for c in cell if not isinstance(c, EmotionCard)] if emotion else cell
    result.stacked[(box.lane_id, stage.stage_id)] = _stack(result, box, stage, flow)
    result.cells[(box.lane_id, stage.stage_id)] = [c.id for c in cell]
    return [c for c in cell if isinstance(c, EmotionCard)] if emotion else []


def _size_lane(result: MapLayout, box: LaneBox, curves: int = 0) -> None:
    stacked = max((result.stacked.get((box.lane_id, s.stage_id), 0.0) for s in result.stages), default=0.0)
    if box.kind is Kind.EMOTION:
        room = 34 + 24 * max(0, curves - 2)  # more curves, more labels: more room above and below the plot
        box.plot_top = box.y + max(stacked, S.CELL_PAD) + room
        box.plot_bottom = box.plot_top + S.EMOTION_PLOT_H
        box.h = box.plot_bottom + room - box.y
    else:
        box.h = max(S.MIN_LANE_H, stacked + S.CELL_PAD)


class Relayout(Struct):
    """What an incremental relayout changed, for a view to update only that."""

    card_ids: set[str]  # cards whose box is new, resized, moved within or between lanes, or gone
    lanes_moved: bool  # a lane changed height: the lanes below it moved (their cards with them), and the map's height
    curves: bool  # an emotion lane was laid out again: its curves changed (a lane that only moved keeps them)
    # Of ``card_ids``, exactly those whose box changed within its lane (place, size, look, cell or index in it),
    # appeared or went: the others kept their box, and their place in their lane (a card below the first change
    # of a cell is among these only if it moved). A view re-places these alone.
    new_boxes: set[str] = field(default_factory=set)


def relayout_cells(layout: MapLayout, jmap: JourneyMap, personas: list[Persona] | None,
                   cells: set[tuple[str, str]], edited: set[str] | None = None) -> Relayout | None:
    """Lay out again only ``cells`` (lane id, stage id) of ``layout``, in place, and shift the lanes below a
    lane that grew or shrank; None when the grid itself changed and only ``layout_map`` will do.

    A cell's cards depend only on its stage's width and its lane's top, so the rest of the map keeps its
    boxes: an edit at 20,000 cards re-measures a cell, not the map. Within a cell, the cards above the first
    change keep their boxes and those below it are moved, not measured again. ``edited``: the ids of the cards
    whose content may have changed (a card that only moved, was added or removed is found by its id); None when
    unknown, and every card of ``cells`` is compared with its box.
    """
    if ([s.stage_id for s in layout.stages] != [s.id for s in jmap.stages]
            or [s.w for s in layout.stages] != [s.width for s in jmap.stages]
            or [(b.lane_id, b.kind) for b in layout.lanes] != [(b.id, b.kind) for b in jmap.lanes]
            or layout.scale != (jmap.emotion_scale.minimum, jmap.emotion_scale.maximum)):
        return None
    header_dy = _relayout_headers(layout, jmap)
    lanes = {box.lane_id: box for box in layout.lanes}
    stages = {box.stage_id: box for box in layout.stages}
    cells = {cell for cell in cells if cell[0] in lanes and cell[1] in stages}
    touched_lanes = {lane_id for lane_id, _ in cells}
    emotion_lanes = {lane_id for lane_id in touched_lanes if lanes[lane_id].kind is Kind.EMOTION}
    index = cell_index(jmap)
    by_cell: dict[tuple[str, str], list[CardBase]] = {cell: list(index.cell(cell)) for cell in cells}
    before: set[str] = set()  # the cards of ``cells`` before, and after
    for cell in cells:
        before.update(layout.cells.get(cell, ()))
    new_boxes: set[str] = set()
    looks = _Looks(personas)
    shift = 0.0
    for box in layout.lanes:
        if shift:
            _shift_lane(layout, box, shift)
        if box.lane_id not in touched_lanes:
            continue
        old_h = box.h
        if box.lane_id in emotion_lanes:
            if not _replot(layout, box, by_cell, {s for lane_id, s in cells if lane_id == box.lane_id}, edited,
                           looks, new_boxes):  # a curve spans its lane: all of it
                for cell in [(box.lane_id, stage_id) for stage_id in stages if (box.lane_id, stage_id) not in cells]:
                    cells.add(cell)
                    by_cell[cell] = list(index.cell(cell))
                    before.update(layout.cells.get(cell, ()))
                _lay_lane(layout, box, {s: by_cell[(box.lane_id, s)] for s in stages}, looks)
                for stage_id in stages:
                    new_boxes.update(layout.cells[(box.lane_id, stage_id)])
        else:
            for stage_id, stage in stages.items():
                if (box.lane_id, stage_id) in cells:
                    layout.stacked[(box.lane_id, stage_id)] = _restack(
                        layout, box, stage, by_cell[(box.lane_id, stage_id)], edited, new_boxes)
            _size_lane(layout, box)
        shift += box.h - old_h
    after: set[str] = set()
    for cell in cells:
        after.update(layout.cells[cell])
    for card_id in before - after:
        layout.cards.pop(card_id, None)
    new_boxes |= before ^ after
    layout.height += shift
    moved = bool(shift or header_dy)
    return Relayout(before | after, moved, bool(emotion_lanes), new_boxes)


def lay_out_lane_aside(layout: MapLayout, jmap: JourneyMap, personas: list[Persona] | None, lane_id: str
                       ) -> Generator[None, None, Relayout]:
    """``relayout_cells`` of a whole lane, a stage's emotion points at a time: the lane is laid out aside, on a
    copy of its box, pausing after each stage (``next``), and put in ``layout`` at the end (the generator's
    return value is the Relayout). Between the steps ``layout`` is as it was, so the steps may be spread over
    idle time: the 20,000-card map's emotion lane (2,000 points, 15-25 ms in one go) is laid out after the
    first paint in steps of a few milliseconds. ``layout``, ``jmap`` and ``personas`` must not change meanwhile:
    a change means starting again."""
    real = layout.lane_box(lane_id)
    lane = structs.replace(real)
    aside = MapLayout(layout.width, 0.0, layout.stages, [lane], {}, {}, scale=layout.scale, header_h=layout.header_h)
    index = cell_index(jmap)
    yield from _lane_steps(aside, lane, {s.stage_id: list(index.cell((lane_id, s.stage_id))) for s in layout.stages},
                           _Looks(personas))
    before = {card_id for stage in layout.stages for card_id in layout.cells.get((lane_id, stage.stage_id), ())}
    old_h = real.h
    real.h, real.plot_top, real.plot_bottom, real.reach = lane.h, lane.plot_top, lane.plot_bottom, lane.reach
    for box in aside.cards.values():
        box.lane = real
    for line in aside.emotion_lines.get(lane_id, []):
        line.lane = real
    for part in ("cards", "cells", "stacked", "cell_boxes", "emotion_lines", "plots"):  # the lane's, by key
        getattr(layout, part).update(getattr(aside, part))
    after = set(aside.cards)
    for card_id in before - after:
        layout.cards.pop(card_id, None)
    shift = real.h - old_h
    if shift:
        at = next(i for i, other in enumerate(layout.lanes) if other is real)
        for below in layout.lanes[at + 1:]:
            _shift_lane(layout, below, shift)
        layout.height += shift
    changed = before | after  # every box of the lane is new, and those gone
    return Relayout(changed, bool(shift), real.kind is Kind.EMOTION, set(changed))


def _restack(layout: MapLayout, lane: LaneBox, stage: StageBox, cards: list[CardBase], edited: set[str] | None,
             new_boxes: set[str]) -> float:
    """``_stack`` for a cell laid out before. With ``edited``, the cards above the first one whose id or content
    changed keep their boxes, untouched, and so do the cards below the last change (the same cards in the same
    order as before), moved by as much as the change moved them: only what lies between is measured again, and a
    card there that kept its content keeps its box too. Adds to ``new_boxes`` the ids whose box changed; returns
    the height used below the lane's top."""
    lane_id, stage_id = lane.lane_id, stage.stage_id
    key = (lane_id, stage_id)
    old_ids, old_boxes = layout.cells.get(key, []), layout.cell_boxes.get(key, [])
    ids = [card.id for card in cards]
    first, tail, kept = 0, 0, {}  # tail: how many cards at the end are as they were; kept: the others' boxes
    if edited is not None:
        first = min(len(ids), len(old_ids))
        if ids[:first] != old_ids[:first]:
            first = list(map(ne, ids, old_ids)).index(True)
        tail = min(len(ids), len(old_ids)) - first
        if ids[len(ids) - tail:] != old_ids[len(old_ids) - tail:]:
            tail = list(map(ne, reversed(ids), reversed(old_ids))).index(True)
        if edited:
            hits = list(map(edited.__contains__, ids))
            if True in hits:
                first = min(first, hits.index(True))
                tail = min(tail, hits[::-1].index(True))
        kept = {box.card_id: box for box in old_boxes[first:len(old_boxes) - tail]}
    if first:
        last = old_boxes[first - 1]
        y = last.top + last.h + S.CARD_GAP
    else:
        y = S.CELL_PAD
    boxes = old_boxes[:first]
    width, gap, x = stage.w - 2 * S.CELL_PAD, S.CARD_GAP, stage.x + S.CELL_PAD
    cards_by_id = layout.cards
    for at in range(first, len(cards) - tail):
        card = cards[at]
        card_id = card.id
        box = kept.get(card_id)
        if box is not None and card_id not in edited:  # type: ignore[operator]  # kept is empty without edited
            if box.top != y or box.index != at:
                box.top, box.index = y, at
                new_boxes.add(card_id)
        else:
            height, ops = _card_content(card, width)
            box = cards_by_id.get(card_id)
            if (box is None or box.ops is not ops or box.h != height or box.top != y or box.index != at
                    or box.lane is not lane or box.stage_id != stage_id):
                box = cards_by_id[card_id] = CardBox(card_id, card.kind_enum, lane_id, stage_id, at, x, y, width,
                                                     height, ops, lane)
                new_boxes.add(card_id)
        boxes.append(box)
        y += box.h + gap
    if tail:
        rest = old_boxes[len(old_boxes) - tail:]
        dy, di = y - rest[0].top, len(ids) - len(old_ids)
        if dy or di:
            for box in rest:
                box.top += dy
                box.index += di
            new_boxes.update(ids[len(ids) - tail:])
        boxes += rest
        y = rest[-1].top + rest[-1].h + gap
    layout.cells[key] = ids
    layout.cell_boxes[key] = boxes
    return y - (gap if cards else 0)


def _relayout_headers(layout: MapLayout, jmap: JourneyMap) -> float:
    """Wrap again the stage headers whose name or description changed and rename lanes; when the header row
    changes height, every lane moves by as much, which is returned."""
    wrapped = False
    for box, stage in zip(layout.stages, jmap.stages, strict=True):
        if box.name != stage.name or box.description != stage.description:
            _wrap_header(box, stage)
            wrapped = True
    for lane_box, lane in zip(layout.lanes, jmap.lanes, strict=True):
        lane_box.name = lane.name
    if not wrapped:
        return 0.0
    header_h = max([S.STAGE_HEADER_H] + [stage_header_height(box) for box in layout.stages])
    dy = header_h - layout.header_h
    if dy:
        layout.header_h = header_h
        for lane_box in layout.lanes:
            _shift_lane(layout, lane_box, dy)
        layout.height += dy
    return dy


def _shift_lane(layout: MapLayout, box: LaneBox, dy: float) -> None:
    """Move a lane below a resized one. Its cards' boxes and its curves are kept relative to its top, so they
    move with it and are not reported as changed (a view moves the lane)."""
    box.y += dy
    if box.kind is Kind.EMOTION:
        box.plot_top += dy
        box.plot_bottom += dy


_LOOKS = ("kind", "title", "body", "color", "image", "channel", "score", "severity", "owner", "status", "metric",
          "value", "target", "unit")
_getters: dict[type, Callable[[CardBase], tuple]] = {}
_memo: dict[tuple, Any] = {}  # what ``make`` returned for the key
_T = TypeVar("_T")
_MEMO_LIMIT = 100_000


def _memoised(key: tuple, make: Callable[..., _T], *args: object) -> _T:
    """Card boxes by content: a relayout after an edit re-measures only the cards that changed."""
    found = _memo.get(key)
    if found is None:
        if len(_memo) >= _MEMO_LIMIT:
            _memo.clear()
        found = _memo[key] = make(*args)
    return found


def forget_card_looks() -> None:
    """After a change of language: the memoised card boxes hold translated labels."""
    _memo.clear()


on_words_changed(forget_card_looks)
on_language_changed(forget_card_looks)  # and after a change of hyphenation language: they hold wrapped lines


def _content_key(card: CardBase, width: float) -> tuple:
    """Everything that changes a card's look; its place does not, so a moved card keeps its key."""
    getter = _getters.get(type(card))
    if getter is None:
        getter = _getters[type(card)] = attrgetter(*(n for n in _LOOKS if n in type(card).model_fields))
    return (width, tuple(card.tags), getter(card))


def _card_content(card: CardBase, width: float) -> tuple[float, list[Op]]:
    return _memoised(_content_key(card, width), regular_card, card, width)


def _stack(result: MapLayout, lane: LaneBox, stage: StageBox, cards: list[CardBase]) -> float:
    """Place cards top-down in a cell; returns the height used below the lane's top."""
    lane_id, y = lane.lane_id, S.CELL_PAD  # below the lane's top
    width = stage.w - 2 * S.CELL_PAD
    for index, card in enumerate(cards):
        height, ops = _card_content(card, width)
        result.cards[card.id] = CardBox(card.id, card.kind_enum, lane_id, stage.stage_id, index,
                                        stage.x + S.CELL_PAD, y, width, height, ops, lane)
        y += height + S.CARD_GAP
    return y - (S.CARD_GAP if cards else 0)


class _StagePlot(Struct):
    """The points of one stage of an emotion lane, below the lane's top, in order; and by curve."""

    ids: list[str]
    points: list[tuple[float, float, str, str | None]]  # x, y below the lane's top, colour, persona
    segments: dict[str | None, tuple[str, list[tuple[float, float]], list[str]]]  # persona -> colour, points, ids
    reach: tuple[float, float] = (0.0, 0.0)  # the left and right ends of the stage's labels
    offsets: list[float] = field(default_factory=list)  # how far left of its dot each point's box starts


class _LanePlot(Struct):
    crowded: bool
    stacked: float  # the lane's tallest stack of cards that are not points, and its number of curves: these two
    curves: int  # place the plotted band, so while they stay, the stages an edit did not change stay as they are
    stages: dict[str, _StagePlot]


def _plot_emotions(result: MapLayout, lane: LaneBox, plotted: dict[str, list[EmotionCard]],
                   persona_colors: dict[str, str], persona_names: dict[str, str]) -> Iterator[None]:
    """Plot an emotion lane's points and draw their curves, pausing after each stage's points are marked."""
    plots = {stage.stage_id: _place_points(result, lane, stage, plotted.get(stage.stage_id, []), persona_colors)
             for stage in result.stages}
    lines = _curves(result, lane, plots, persona_names)
    # Placing avoids collisions for the few curves a map is read for; a crowded lane (a synthetic or imported map
    # with dozens of points a stage) takes the plain place below or above each dot, in linear time.
    crowded = sum(len(plot.ids) for plot in plots.values()) > 8 * max(1, len(result.stages))
    placer = None
    if not crowded:
        placer = LabelPlacer((S.LANE_HEADER_W, lane.y + 2, result.width, lane.y + lane.h - 2))
        for line in lines:
            placer.add_curve(line.points)
        for plot in plots.values():
            for px, py, _color, _persona in plot.points:
                placer.add_dot(px, py + lane.y)
    for stage in result.stages:
        cards = plotted.get(stage.stage_id, [])
        _mark_points(result, lane, stage, cards, plots[stage.stage_id], range(len(cards)), placer, None)
        yield
    _reach(lane, plots)
    stacked = max((result.stacked.get((lane.lane_id, s.stage_id), 0.0) for s in result.stages), default=0.0)
    result.plots[lane.lane_id] = _LanePlot(crowded, stacked, len(lines), plots)


def _place_points(result: MapLayout, lane: LaneBox, stage: StageBox, cards: list[EmotionCard],
                  persona_colors: dict[str, str], plot: _StagePlot | None = None,
                  which: Iterable[int] | None = None) -> _StagePlot:
    """Where each point of a stage goes, spread evenly over its width, and its colour; with ``plot``, only the
    points at ``which`` of it are placed again."""
    low, high = result.scale
    if plot is None:
        plot = _StagePlot([card.id for card in cards], [(0.0, 0.0, "", None)] * len(cards), {},
                          offsets=[0.0] * len(cards))
    whole = which is None
    x, slot = stage.x, stage.w / len(cards) if cards else 0.0
    heights: dict[int, float] = {}  # score -> y below the lane's top
    points = plot.points
    for index in range(len(cards)) if which is None else which:
        card = cards[index]
        score = card.score
        py = heights.get(score)
        if py is None:
            py = heights[score] = result.score_below(lane, max(low, min(high, score)))
        px = x + slot * (index + 0.5)
        point = (px, py, _point_color(card, persona_colors), card.persona_id)
        if not whole and point[2:] == points[index][2:]:  # the same curve and colour: only where it is
            _color, below, ids = plot.segments[card.persona_id]
            below[ids.index(card.id)] = (px, py)
        else:
            whole = True
        points[index] = point
    if whole:
        _segment(plot)
    return plot


def _point_color(card: EmotionCard, persona_colors: dict[str, str]) -> str:
    """A point's colour: its own, else its persona's, else the emotion lane's."""
    return card.color or persona_colors.get(card.persona_id or "", _EMOTION_ACCENT)


_EMOTION_ACCENT = S.KIND_STYLES[Kind.EMOTION].accent


def _segment(plot: _StagePlot) -> None:
    """A stage's points by curve: a curve's colour is that of its first point."""
    segments: dict[str | None, tuple[str, list[tuple[float, float]], list[str]]] = {}
    for card_id, (px, py, color, persona) in zip(plot.ids, plot.points, strict=True):
        segment = segments.get(persona)
        if segment is None:
            segment = segments[persona] = (color, [], [])
        segment[1].append((px, py))
        segment[2].append(card_id)
    plot.segments = segments


def _curves(result: MapLayout, lane: LaneBox, plots: dict[str, _StagePlot],
            persona_names: dict[str, str]) -> list[EmotionLine]:
    """The lane's curves, each joined from its stages' segments, left to right."""
    lines: dict[str | None, EmotionLine] = {}
    for stage in result.stages:
        for persona, (color, below, ids) in plots[stage.stage_id].segments.items():
            line = lines.get(persona)
            if line is None:
                line = lines[persona] = EmotionLine(persona, color, lane, persona_names.get(persona or "", ""))
            line.below += below
            line.card_ids += ids
    result.emotion_lines[lane.lane_id] = list(lines.values())
    return result.emotion_lines[lane.lane_id]


def _mark_points(result: MapLayout, lane: LaneBox, stage: StageBox, cards: list[EmotionCard], plot: _StagePlot,
                 which: Iterable[int], placer: "LabelPlacer | None", new_boxes: set[str] | None) -> None:
    """The boxes of the points at ``which`` of a stage: a dot and its label, placed by ``placer`` or, in a
    crowded lane (None), below or above the dot. With ``new_boxes``, a box equal to the card's box is kept, and
    the others' ids are added."""
    top = lane.y
    mid = ((lane.plot_top - top) + (lane.plot_bottom - top)) / 2  # below the lane's top, as the points are
    boxes, points, offsets = result.cards, plot.points, plot.offsets
    lane_id, stage_id, emotion = lane.lane_id, stage.stage_id, Kind.EMOTION
    for index in which:
        card = cards[index]
        card_id = card.id
        px, below, color, _persona = points[index]
        # Memoised like the cards: the width and height depend only on the label, and a crowded lane's stage is
        # laid out again whole when one of its points changes (2,000 points: 150 ms of measuring words).
        if placer is None:
            box_x, box_y, box_w, box_h, local = _crowded_marker(card, color, below <= mid)
        else:
            chip_w, chip_h = _chip_size(card)
            dx, dy = placer.place(px, below + top, chip_w, chip_h)
            box_x, box_y, box_w, box_h, local = _marker(card, chip_w, color, dx, dy)
        offsets[index] = box_x
        if (new_boxes is None or (old := boxes.get(card_id)) is None or old.ops is not local
                or old.x != px + box_x or old.top != below + box_y or old.index != index or old.lane is not lane
                or old.stage_id != stage_id or old.w != box_w or old.h != box_h):
            boxes[card_id] = CardBox(card_id, emotion, lane_id, stage_id, index, px + box_x, below + box_y, box_w,
                                     box_h, local, lane)
            if new_boxes is not None:
                new_boxes.add(card_id)
    stage_boxes = [boxes[card_id] for card_id in plot.ids]
    plot.reach = (min([b.x for b in stage_boxes], default=0.0), max([b.x + b.w for b in stage_boxes], default=0.0))


def _reach(lane: LaneBox, plots: dict[str, _StagePlot]) -> None:
    lane.reach = (min([0.0, *(p.reach[0] for p in plots.values())]), max([0.0, *(p.reach[1] for p in plots.values())]))


def _slide(layout: MapLayout, old: _StagePlot, plot: _StagePlot, edited: set[str], new_boxes: set[str]) -> list[int]:
    """In a stage whose points were added, removed or reordered, a point that kept its words, score and colour
    only moves sideways (the stage's slots widen or narrow): its box moves with it, its label is not looked up
    again. Returns the indices of the other points."""
    was = {card_id: at for at, card_id in enumerate(old.ids)}
    which = []
    boxes = layout.cards
    for index, card_id in enumerate(plot.ids):
        at = was.get(card_id)
        if at is None or card_id in edited:
            which.append(index)
            continue
        then, now = old.points[at], plot.points[index]
        if then[1] != now[1] or then[2] != now[2] or then[3] != now[3]:  # another score, colour or curve
            which.append(index)
            continue
        box = boxes[card_id]
        plot.offsets[index] = old.offsets[at]
        x = plot.points[index][0] + old.offsets[at]
        if box.x != x or box.index != index:
            box.x, box.index = x, index
            new_boxes.add(card_id)
    return which


def _replot(layout: MapLayout, lane: LaneBox, by_cell: dict[tuple[str, str], list[CardBase]], changed: set[str],
            edited: set[str] | None, looks: _Looks, new_boxes: set[str]) -> bool:
    """Plot again only the ``changed`` stages of a crowded emotion lane (2,000 points at 20,000 cards), as long as
    its plotted band stays where it was; False when the lane needs laying out whole."""
    state = layout.plots.get(lane.lane_id)
    if state is None or not state.crowded or set(state.stages) != {s.stage_id for s in layout.stages}:
        return False
    stages = [stage for stage in layout.stages if stage.stage_id in changed]
    points: dict[str, list[EmotionCard]] = {}
    for stage in stages:  # the cards that are not points stack above the band: they are few, if any
        cell = by_cell[(lane.lane_id, stage.stage_id)]
        points[stage.stage_id] = _stack_flow(layout, lane, stage, cell)
        new_boxes.update(card.id for card in cell if not isinstance(card, EmotionCard))
    count = sum(len(p.ids) for sid, p in state.stages.items() if sid not in changed) + sum(map(len, points.values()))
    personas = {persona for sid, p in state.stages.items() if sid not in changed for persona in p.segments}
    personas.update(card.persona_id for cards in points.values() for card in cards)
    stacked = max((layout.stacked.get((lane.lane_id, s.stage_id), 0.0) for s in layout.stages), default=0.0)
    if count <= 8 * max(1, len(layout.stages)) or len(personas) != state.curves or stacked != state.stacked:
        return False  # no longer crowded, or the band moves (and every point with it)
    for stage in stages:
        cards, plot = points[stage.stage_id], state.stages[stage.stage_id]
        if edited is not None and plot.ids == [card.id for card in cards]:  # only edited points: the rest stay
            which = [i for i, card_id in enumerate(plot.ids) if card_id in edited]
            if which:
                _place_points(layout, lane, stage, cards, looks.colors, plot, which)
        else:
            old, plot = plot, _place_points(layout, lane, stage, cards, looks.colors)
            state.stages[stage.stage_id] = plot
            which = list(range(len(cards))) if edited is None else _slide(layout, old, plot, edited, new_boxes)
        _mark_points(layout, lane, stage, cards, plot, which, None, new_boxes)
        key = (lane.lane_id, stage.stage_id)
        layout.cell_boxes[key] = [layout.cards[card_id] for card_id in layout.cells[key]]
    _curves(layout, lane, state.stages, looks.names)
    _reach(lane, state.stages)
    return True


def measure_points(layout: MapLayout, cards: Iterable[CardBase], personas: list[Persona] | None) -> None:
    """Measure and draw the labels of these emotion points as a layout of a crowded lane does, for a later layout
    to find them made: a big map's emotion lane laid out after the first paint is measured a chunk at a time
    between events, then laid out whole (2,000 points at 20,000 cards: 128 ms in one go before, a freeze just
    after opening). A crowded lane's label goes below a dot in the upper half of the plot and above one in the
    lower half (the middle is in the upper: a point there is plotted exactly at it, see ``score_below``)."""
    low, high = layout.scale
    middle = (low + high) / 2
    colors = _Looks(personas).colors
    for card in cards:
        if isinstance(card, EmotionCard):
            _crowded_marker(card, _point_color(card, colors), max(low, min(high, card.score)) >= middle)


def _crowded_marker(card: EmotionCard, color: str, upper: bool) -> tuple[float, float, float, float, list[Op]]:
    """The marker of a point in a crowded lane: its label centred below a dot in the upper half of the plot, above
    one in the lower half. One lookup a point: a crowded lane is 2,000 points at 20,000 cards."""
    key = ("crowded", card.title, card.score, color, upper)
    return _memo.get(key) or _memoised(key, _place_crowded_marker, card, color, upper)


def _place_crowded_marker(card: EmotionCard, color: str, upper: bool) -> tuple[float, float, float, float, list[Op]]:
    chip_w, chip_h = _chip_size(card)
    r = S.EMOTION_DOT_R
    return _marker(card, chip_w, color, -chip_w / 2, r + 4 if upper else -r - 4 - chip_h)


def _marker(card: EmotionCard, chip_w: float, color: str, dx: float, dy: float
            ) -> tuple[float, float, float, float, list[Op]]:
    """``_emotion_marker``, memoised by what it draws."""
    return _memoised(("chip", card.title, card.score, chip_w, color, dx, dy), _emotion_marker, card, chip_w, color,
                     dx, dy)


def _chip_size(card: EmotionCard) -> tuple[float, float]:
    """A point's label chip's width and height, memoised by its words and score."""
    chip_w = _memoised(("chip_w", card.title, card.score), _chip_width, card)
    return chip_w, _memoised(("chip_h", card.title, card.score, chip_w), _chip_height, card, chip_w)


def _chip_width(card: EmotionCard) -> float:
    """Wide enough that no word is broken and the label takes at most three lines: never cut, never mid-word."""
    font, size, _leading = S.CHIP
    label = f"{card.score:+d}  {card.title}" if card.title else f"{card.score:+d}"
    longest = max(text_width(word, font, size) for word in label.split())
    whole = text_width(label, font, size) + 13
    width = max(longest, min(whole - 13, 110.0)) + 13
    # Line breaks in the title keep it on more than three lines however wide: widen only while that can help.
    while len(wrap(label, font, size, width - 12)) > 3 and width < whole:
        width += 30
    return width


def _chip_height(card: EmotionCard, chip_w: float) -> float:
    return emotion_chip(card, chip_w, None)[0]


def _emotion_marker(card: EmotionCard, chip_w: float, color: str, dx: float, dy: float
                    ) -> tuple[float, float, float, float, list[Op]]:
    """The dot and its label chip, the chip's top-left at (dx, dy) from the dot: the box (x, y, w, h relative to
    the dot) and its ops in box coordinates."""
    chip_h, ops = emotion_chip(card, chip_w, color)
    r = S.EMOTION_DOT_R
    left, top = min(dx, -r), min(dy, -r)
    right, bottom = max(dx + chip_w, r), max(dy + chip_h, r)
    local = [translated(op, dx - left, dy - top) for op in ops]
    near_x, near_y = min(max(0.0, dx), dx + chip_w), min(max(0.0, dy), dy + chip_h)  # the chip's nearest point
    if (near_x**2 + near_y**2) ** 0.5 > r + 16:  # a label placed away from its dot: a leader line joins them
        local.insert(0, Line(-left, -top, near_x - left, near_y - top, color, 0.75))
    local.append(Dot(-left, -top, r, fill=color, stroke="#FFFFFF", stroke_width=2))
    return left, top, right - left, bottom - top, local


class LabelPlacer:
    """Places curve labels one by one where they cover the fewest other labels, dots and curve points.

    Obstacles are bucketed by x so a candidate is checked only against what lies near it."""

    BUCKET = 24.0

    def __init__(self, bounds: tuple[float, float, float, float]) -> None:
        self.bounds = bounds  # left, top, right, bottom that labels stay inside
        self.points: dict[int, list[tuple[float, float]]] = defaultdict(list)
        self.dots: dict[int, list[tuple[float, float]]] = defaultdict(list)
        self.rects: dict[int, list[tuple[float, float, float, float]]] = defaultdict(list)

    def _buckets(self, x0: float, x1: float) -> range:
        return range(int(x0 // self.BUCKET), int(x1 // self.BUCKET) + 1)

    def add_curve(self, points: list[tuple[float, float]]) -> None:
        start = points[0] if points else (0.0, 0.0)
        for c1, c2, end in smooth_segments(points):
            for k in range(1, 13):
                t = k / 12
                u = 1 - t
                x = u**3 * start[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * end[0]
                y = u**3 * start[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * end[1]
                self.points[int(x // self.BUCKET)].append((x, y))
            start = end

    def add_dot(self, x: float, y: float) -> None:
        self.dots[int(x // self.BUCKET)].append((x, y))

    def _cost(self, x: float, y: float, w: float, h: float) -> float:
        cost = 0.0
        r = S.EMOTION_DOT_R + 2
        for b in self._buckets(x - r, x + w + r):
            for rx, ry, rw, rh in self.rects.get(b, ()):
                ox = min(x + w, rx + rw) - max(x, rx)
                oy = min(y + h, ry + rh) - max(y, ry)
                if ox > 0 and oy > 0:
                    cost += 1000.0 + ox * oy
            for px, py in self.dots.get(b, ()):
                if x - r < px < x + w + r and y - r < py < y + h + r:
                    cost += 400.0
            for px, py in self.points.get(b, ()):
                if x < px < x + w and y - 2 < py < y + h + 2:
                    cost += 100.0
        return cost

    def place(self, px: float, py: float, w: float, h: float) -> tuple[float, float]:
        """The chip's top-left relative to the dot at (px, py): beside the dot where that covers nothing, else the
        nearest free place in the lane (joined to its dot by a leader line)."""
        r = S.EMOTION_DOT_R
        left, top, right, bottom = self.bounds
        best: tuple[float, float, float] | None = None

        def consider(dx: float, dy: float, penalty: float) -> None:
            nonlocal best
            x = min(max(px + dx, left + 2), right - w - 2)
            y = min(max(py + dy, top), bottom - h)
            cost = self._cost(x, y, w, h) + penalty + abs(x - (px + dx)) + abs(y - (py + dy))
            if best is None or cost < best[0]:
                best = (cost, x - px, y - py)

        for gap in (4.0, 14.0):
            for dx, dy in ((-w / 2, r + gap), (-w / 2, -r - gap - h), (r + gap, -h / 2), (-r - gap - w, -h / 2),
                           (r + gap - w * 0.15, r + gap), (-w * 0.85 - r - gap, r + gap),
                           (r + gap - w * 0.15, -r - gap - h), (-w * 0.85 - r - gap, -r - gap - h)):
                consider(dx, dy, gap * 2)
        assert best is not None
        if best[0] >= 60:  # something is in the way: look over the whole height of the lane
            y = top
            while y <= bottom - h:
                for dx in (-w / 2, -w * 0.15, -w * 0.85):
                    consider(dx, y - py, 20 + abs(y + h / 2 - py) * 0.6)
                y += 6
        _cost, dx, dy = best
        x, y = px + dx, py + dy
        for b in self._buckets(x, x + w):
            self.rects[b].append((x, y, w, h))
        return round(dx, 2), round(dy, 2)
