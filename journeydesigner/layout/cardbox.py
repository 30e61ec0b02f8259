"""One card's box: its size for a given width, and the ops that draw it, in card-local coordinates."""

from typing import Protocol

from msgspec import Struct, field

from journeydesigner.i18n import number, tr
from journeydesigner.layout import style as S
from journeydesigner.layout.fonts import ascent, text_width
from journeydesigner.layout.ops import Box, Dot, Op, Picture, Text
from journeydesigner.layout.textflow import TextFlow
from journeydesigner.layout.wrap import wrap
from journeydesigner.model.cards import CardBase, EmotionCard, KpiCard, OpportunityCard, PainPointCard, TouchpointCard
from journeydesigner.model.kinds import Kind

IMAGE_RATIO = 9 / 16
STATUS_COLORS = {"idea": "#ADB5BD", "planned": "#4DABF7", "in_progress": "#FAB005", "done": "#40C057"}


class _Origin:
    """The top of no lane: a box made without one is placed on the map directly."""

    __slots__ = ("y",)

    def __init__(self) -> None:
        self.y = 0.0


class HasTop(Protocol):
    y: float


class CardBox(Struct):
    """Where a card is on the map, its size and the ops that draw it. ``y`` is kept relative to the top of its
    lane (``lane``: the lane's box, whose ``y`` is its top): when a lane grows, the lanes below it move, and their
    cards with them, without touching a card (18,000 card boxes moved one by one cost 2 ms at 20,000 cards).
    A msgspec Struct: a layout makes one per card, and a Struct's C ``__init__`` takes half the time of a
    slotted class's Python one."""

    card_id: str
    kind: Kind
    lane_id: str
    stage_id: str
    index: int
    x: float
    top: float  # how far the box's top is below its lane's top (below the map's top, without a lane)
    w: float
    h: float
    ops: list[Op] = field(default_factory=list)
    lane: HasTop = field(default_factory=_Origin)

    @property
    def y(self) -> float:
        """The box's top on the map."""
        return self.lane.y + self.top

    @y.setter
    def y(self, value: float) -> None:
        self.top = value - self.lane.y

    def contains(self, x: float, y: float) -> bool:
        top = self.lane.y + self.top
        return self.x <= x <= self.x + self.w and top <= y <= top + self.h

    def _fields(self) -> tuple:
        return (self.card_id, self.kind, self.lane_id, self.stage_id, self.index, self.x, self.y, self.w, self.h,
                self.ops)

    def __eq__(self, other: object) -> bool:
        """By place on the map, not by lane object and place in it."""
        return isinstance(other, CardBox) and self._fields() == other._fields()

    def __repr__(self) -> str:
        return (f"CardBox({self.card_id!r}, {self.kind}, {self.lane_id!r}, {self.stage_id!r}, {self.index}, "
                f"x={self.x}, y={self.y}, w={self.w}, h={self.h})")


def format_number(value: float) -> str:
    """A KPI figure as the reader's language writes it: 48,000 and 2.1 in English, 48.000 and 2,1 in German
    (where "48,000" reads as forty-eight)."""
    if value == int(value) and abs(value) < 1e15:
        return number(value)
    text = number(value, 2)
    return text.rstrip("0").rstrip(text[-3])  # the decimal mark, whichever the language uses


def with_unit(value: float, unit: str) -> str:
    figure = format_number(value)
    if not unit:
        return figure
    return f"{figure}{unit}" if unit in {"%", "/5", "/10", "/mo"} else f"{figure} {unit}"


def regular_card(card: CardBase, width: float) -> tuple[float, list[Op]]:
    """Height and ops of a card drawn as a box in a cell."""
    kind = card.kind_enum
    style = S.kind_style(kind, card.color)
    text_x = S.CARD_PAD + S.CARD_ACCENT + 2
    inner = width - text_x - S.CARD_PAD
    flow = TextFlow(text_x, S.CARD_PAD, inner)
    if card.image:
        image_h = round((width - 2 * S.CARD_PAD) * IMAGE_RATIO, 1)
        flow.ops.append(Picture(S.CARD_PAD, S.CARD_PAD, width - 2 * S.CARD_PAD, image_h, card.image))
        flow.gap(image_h + 6)
    title_width = inner
    if isinstance(card, TouchpointCard):
        title_width = inner - 22
        _channel_badge(flow.ops, card, width - S.CARD_PAD - 9, S.CARD_PAD + 9, style.accent)
    title = card.title or (tr("Untitled") if not card.body else "")
    if title:
        spec = S.QUOTE if kind is Kind.THOUGHT else S.TITLE
        flow.lines(title, spec, S.INK, width=title_width)
    if isinstance(card, TouchpointCard) and not card.image:
        flow.y = max(flow.y, S.CARD_PAD + 17)  # the body, at full width, starts below the channel badge
    if card.body:
        flow.gap(2 if title else 0)
        flow.lines(card.body, S.BODY, S.INK, max_lines=S.MAX_BODY_LINES)
    _meta(flow, card, style.accent)
    if card.tags:
        flow.gap(2)
        flow.lines(" ".join(f"#{t}" for t in card.tags), S.META, S.MUTED, max_lines=2)
    height = max(flow.y + S.CARD_PAD - 2, 34.0)
    ops: list[Op] = [
        Box(0, 0, width, height, fill=style.fill, stroke="#CED4DA", stroke_width=0.75, radius=S.CARD_RADIUS),
        Box(4, 6, 3, height - 12, fill=style.accent),
        *flow.ops,
    ]
    return height, ops


def _channel_badge(ops: list[Op], card: TouchpointCard, cx: float, cy: float, accent: str) -> None:
    glyph = S.CHANNEL_GLYPHS[card.channel]
    size = 9.5
    ops.append(Dot(cx, cy, 9, fill=accent))
    ops.append(Text(cx - text_width(glyph, "regular", size) / 2, cy + 3.4, glyph, "regular", size, "#FFFFFF"))


def _meta(flow: TextFlow, card: CardBase, accent: str) -> None:
    font, size, leading = S.META
    base = flow.y + 3 + ascent(font, size)
    if isinstance(card, TouchpointCard):
        flow.gap(3)
        flow.lines(card.channel.label, S.META, S.MUTED)
    elif isinstance(card, PainPointCard):
        label = tr("Severity")
        flow.ops.append(Text(flow.x, base, label, font, size, S.MUTED))
        x = flow.x + text_width(label, font, size) + 6
        # Two runs of glyphs rather than five circles: the same look at a fraction of the drawing work.
        filled, empty = "●" * card.severity, "○" * (5 - card.severity)
        if x + text_width(filled + empty, "regular", 9.0) > flow.x + flow.width:  # a narrow card, a long word
            x, base = flow.x, base + leading  # for "Severity": the dots go below it, not out of the card
            flow.gap(leading)
        flow.ops.append(Text(x, base + 0.5, filled, "regular", 9.0, accent))
        flow.ops.append(Text(x + text_width(filled, "regular", 9.0), base + 0.5, empty, "regular", 9.0, accent))
        flow.gap(3 + leading)
    elif isinstance(card, OpportunityCard):
        status = str(card.status.value)
        flow.ops.append(Dot(flow.x + 3.5, base - 3, 3.5, fill=STATUS_COLORS[status]))
        text = card.status.label + (f" · {card.owner}" if card.owner else "")
        flow.gap(3)
        flow.x += 10
        flow.lines(text, S.META, S.MUTED, max_lines=2, width=flow.width - 10)
        flow.x -= 10
    elif isinstance(card, KpiCard):
        _kpi(flow, card, accent)
    elif isinstance(card, EmotionCard):
        flow.gap(3)
        flow.lines(tr("Feeling {score}").format(score=f"{card.score:+d}"), S.META, S.MUTED)


def _kpi(flow: TextFlow, card: KpiCard, accent: str) -> None:
    if card.metric and card.metric != card.title:
        flow.lines(card.metric, S.META, S.MUTED)
    if card.value is None and card.target is None:
        return
    flow.gap(3)
    value = with_unit(card.value, card.unit) if card.value is not None else "–"
    big = ("bold", 15.0, 18.0)
    if text_width(value, "bold", 15.0) > flow.width:  # a long number in a narrow card wraps, not runs out of it
        flow.lines(value, big, accent)
        if card.target is not None:
            flow.lines(tr("target {value}").format(value=with_unit(card.target, card.unit)), S.META, S.MUTED)
        return
    flow.ops.append(Text(flow.x, flow.y + ascent("bold", 15.0), value, "bold", 15.0, accent))
    if card.target is not None:
        target = tr("target {value}").format(value=with_unit(card.target, card.unit))
        x = flow.x + text_width(value, "bold", 15.0) + 8
        if x + text_width(target, "regular", 8.0) <= flow.x + flow.width:
            flow.ops.append(Text(x, flow.y + ascent("bold", 15.0), target, "regular", 8.0, S.MUTED))
        else:
            flow.y += big[2]
            flow.lines(target, S.META, S.MUTED)
            return
    flow.y += big[2]


def emotion_chip(card: EmotionCard, width: float, persona_color: str | None) -> tuple[float, list[Op]]:
    """A small label for a point on the emotion curve; the dot is drawn by the caller."""
    accent = card.color or persona_color or S.KIND_STYLES[Kind.EMOTION].accent
    font, size, leading = S.CHIP
    label = f"{card.score:+d}  {card.title}" if card.title else f"{card.score:+d}"
    lines = wrap(label, font, size, width - 12, 3)
    height = len(lines) * leading + 8
    ops: list[Op] = [Box(0, 0, width, height, fill="#FFFFFF", stroke=accent, stroke_width=1.0, radius=height / 2
                         if len(lines) == 1 else 6)]
    for i, line in enumerate(lines):
        x = (width - text_width(line, font, size)) / 2
        ops.append(Text(x, 4 + i * leading + ascent(font, size), line, font, size, S.INK))
    return height, ops
