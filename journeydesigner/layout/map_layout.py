"""The one layout computation: a journey map to rectangles, lines of text and curve points.

The canvas, the PDF and the PNG all draw from a MapLayout, so they agree on every line break.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from journeydesigner.layout import style as S
from journeydesigner.layout.cardbox import CardBox, emotion_chip, regular_card
from journeydesigner.layout.ops import Dot, Op, translated
from journeydesigner.layout.wrap import wrap
from journeydesigner.model.cards import CardBase, EmotionCard
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.kinds import Kind
from journeydesigner.model.people import Persona


@dataclass(slots=True)
class StageBox:
    stage_id: str
    index: int
    name: str
    x: float
    w: float
    name_lines: tuple[str, ...] = ()  # the name and description wrapped to the stage's width, never cut
    desc_lines: tuple[str, ...] = ()


NAME_TOP, DESC_GAP, HEADER_PAD = 30.0, 1.0, 9.0


def stage_header_height(stage: StageBox) -> float:
    """Number, name lines, description lines: the header row is as tall as its tallest stage needs."""
    name_leading, desc_leading = S.STAGE_NAME[2], S.STAGE_DESC[2]
    desc_top = NAME_TOP + max(1, len(stage.name_lines)) * name_leading + DESC_GAP
    return desc_top + len(stage.desc_lines) * desc_leading + HEADER_PAD


@dataclass(slots=True)
class LaneBox:
    lane_id: str
    index: int
    name: str
    kind: Kind
    y: float
    h: float
    plot_top: float = 0.0  # emotion lanes: where the plotted band starts
    plot_bottom: float = 0.0


@dataclass(slots=True)
class EmotionLine:
    persona_id: str | None
    color: str
    points: list[tuple[float, float]]
    card_ids: list[str]
    label: str = ""


@dataclass
class MapLayout:
    width: float
    height: float
    stages: list[StageBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    cells: dict[tuple[str, str], list[str]]
    emotion_lines: dict[str, list[EmotionLine]] = field(default_factory=dict)  # lane id -> lines
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
        low, high = self.scale
        return lane.plot_bottom - (score - low) / (high - low) * (lane.plot_bottom - lane.plot_top)

    def score_at(self, lane: LaneBox, y: float) -> int:
        low, high = self.scale
        span = lane.plot_bottom - lane.plot_top
        score = round(low + (lane.plot_bottom - y) / span * (high - low)) if span else 0
        return max(low, min(high, score))


def layout_map(jmap: JourneyMap, personas: list[Persona] | None = None) -> MapLayout:
    persona_colors = {p.id: p.color for p in personas or []}
    persona_names = {p.id: p.name for p in personas or []}
    stages, x = [], S.LANE_HEADER_W
    header_h = S.STAGE_HEADER_H
    for i, stage in enumerate(jmap.stages):
        inner = stage.width - 24
        box = StageBox(stage.id, i, stage.name, x, stage.width, wrap(stage.name, *S.STAGE_NAME[:2], inner),
                       wrap(stage.description, *S.STAGE_DESC[:2], inner) if stage.description.strip() else ())
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
    y = header_h
    for li, lane in enumerate(jmap.lanes):
        box = LaneBox(lane.id, li, lane.name, lane.kind, y, 0.0)
        stacked = 0.0
        plotted: dict[str, list[EmotionCard]] = {}
        for stage in stages:
            cell = cells.get((lane.id, stage.stage_id), [])
            flow = [c for c in cell if not (lane.kind is Kind.EMOTION and isinstance(c, EmotionCard))]
            plotted[stage.stage_id] = [c for c in cell if c not in flow] if lane.kind is Kind.EMOTION else []
            stacked = max(stacked, _stack(result, lane.id, stage, flow, y))
            result.cells[(lane.id, stage.stage_id)] = [c.id for c in cell]
        if lane.kind is Kind.EMOTION:
            box.plot_top = y + max(stacked, S.CELL_PAD) + 34
            box.plot_bottom = box.plot_top + S.EMOTION_PLOT_H
            box.h = box.plot_bottom + 34 - y
            _plot_emotions(result, box, plotted, persona_colors, persona_names)
        else:
            box.h = max(S.MIN_LANE_H, stacked + S.CELL_PAD)
        result.lanes.append(box)
        y += box.h
    result.height = y
    return result


_LOOKS = ("kind", "title", "body", "color", "image", "channel", "score", "severity", "owner", "status", "metric",
          "value", "target", "unit")
_getters: dict[type, Callable[[CardBase], tuple]] = {}
_memo: dict[tuple, tuple[float, list[Op]]] = {}
_MEMO_LIMIT = 100_000


def _memoised(key: tuple, make: Callable[..., tuple[float, list[Op]]], *args: object) -> tuple[float, list[Op]]:
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


def _content_key(card: CardBase, width: float) -> tuple:
    """Everything that changes a card's look; its place does not, so a moved card keeps its key."""
    getter = _getters.get(type(card))
    if getter is None:
        getter = _getters[type(card)] = attrgetter(*(n for n in _LOOKS if n in type(card).model_fields))
    return (width, tuple(card.tags), getter(card))


def _card_content(card: CardBase, width: float) -> tuple[float, list[Op]]:
    return _memoised(_content_key(card, width), regular_card, card, width)


def _stack(result: MapLayout, lane_id: str, stage: StageBox, cards: list[CardBase], top: float) -> float:
    """Place cards top-down in a cell; returns the height used below ``top``."""
    y = top + S.CELL_PAD
    width = stage.w - 2 * S.CELL_PAD
    for index, card in enumerate(cards):
        height, ops = _card_content(card, width)
        result.cards[card.id] = CardBox(card.id, card.kind_enum, lane_id, stage.stage_id, index,
                                        stage.x + S.CELL_PAD, y, width, height, ops)
        y += height + S.CARD_GAP
    return y - top - (S.CARD_GAP if cards else 0)


def _plot_emotions(result: MapLayout, lane: LaneBox, plotted: dict[str, list[EmotionCard]],
                   persona_colors: dict[str, str], persona_names: dict[str, str]) -> None:
    lines: dict[str | None, EmotionLine] = {}
    mid = (lane.plot_top + lane.plot_bottom) / 2
    for stage in result.stages:
        cards = plotted.get(stage.stage_id, [])
        for index, card in enumerate(cards):
            slot = stage.w / len(cards)
            px = stage.x + slot * (index + 0.5)
            py = result.score_y(lane, max(result.scale[0], min(result.scale[1], card.score)))
            color = card.color or persona_colors.get(card.persona_id or "", S.KIND_STYLES[Kind.EMOTION].accent)
            chip_w = min(slot - 8, 150.0)
            below = py <= mid
            key = ("chip", card.title, card.score, chip_w, color, below)
            height, local = _memoised(key, _emotion_marker, card, chip_w, color, below)
            top = py - (S.EMOTION_DOT_R if below else height - S.EMOTION_DOT_R)
            result.cards[card.id] = CardBox(card.id, Kind.EMOTION, lane.lane_id, stage.stage_id, index,
                                            px - chip_w / 2, top, chip_w, height, local)
            label = persona_names.get(card.persona_id or "", "")
            line = lines.setdefault(card.persona_id, EmotionLine(card.persona_id, color, [], [], label))
            line.points.append((px, py))
            line.card_ids.append(card.id)
    result.emotion_lines[lane.lane_id] = list(lines.values())


def _emotion_marker(card: EmotionCard, chip_w: float, color: str, below: bool) -> tuple[float, list[Op]]:
    """The dot and its label chip, below the dot in the upper half of the plot and above it in the lower."""
    chip_h, ops = emotion_chip(card, chip_w, color)
    chip_y = S.EMOTION_DOT_R * 2 + 4 if below else 0.0
    dot_y = S.EMOTION_DOT_R if below else chip_h + 4 + S.EMOTION_DOT_R
    local = [translated(op, 0.0, chip_y) for op in ops]
    local.append(Dot(chip_w / 2, dot_y, S.EMOTION_DOT_R, fill=color, stroke="#FFFFFF", stroke_width=2))
    return chip_h + S.EMOTION_DOT_R * 2 + 4, local
