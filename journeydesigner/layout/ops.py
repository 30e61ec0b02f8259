"""Drawing primitives: the layout says what to draw once; a Qt painter and reportlab each draw it the same way.

msgspec Structs, not dataclasses: their classes are made in C (a frozen slotted dataclass took ~1 ms to make at
the window's start, a Struct 0.03 ms), and an op is made for every line of every card of a layout (0.17 µs a
Struct, 0.9 µs a frozen dataclass). The leaf ops hold only numbers, strings and tuples of them, so they can never
be in a reference cycle: ``gc=False`` keeps the cyclic collector from walking the hundred thousand of a big map.
"""

from typing import final

from msgspec import Struct


@final
class Box(Struct, frozen=True, gc=False):
    """A rectangle, optionally rounded, filled and/or outlined."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 1.0
    radius: float = 0.0


@final
class Text(Struct, frozen=True, gc=False):
    """One line of text; ``y`` is the baseline."""

    x: float
    y: float
    text: str
    font: str
    size: float
    color: str


@final
class Line(Struct, frozen=True, gc=False):
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 1.0
    dash: tuple[float, ...] = ()


@final
class Dot(Struct, frozen=True, gc=False):
    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 1.0


@final
class Curve(Struct, frozen=True, gc=False):
    """A cubic Bézier path: start point, then (control 1, control 2, end) triples."""

    start: tuple[float, float]
    segments: tuple[tuple[tuple[float, float], tuple[float, float], tuple[float, float]], ...]
    color: str
    width: float = 2.0


@final
class Picture(Struct, frozen=True, gc=False):
    """An image from the project's assets, scaled into the box."""

    x: float
    y: float
    w: float
    h: float
    asset: str


@final
class Group(Struct, frozen=True):
    """Ops drawn moved by (dx, dy): a card's local ops at its place on the map, without a copy of every op.

    A 20,000-card export would otherwise build and discard a hundred thousand translated ops.
    """

    dx: float
    dy: float
    ops: "tuple[Op, ...] | list[Op]"


Op = Box | Text | Line | Dot | Curve | Picture | Group


def translated(op: Op, dx: float, dy: float) -> Op:
    """The same op moved by (dx, dy): card ops are local; exporters draw them at the card's place.

    Built directly rather than with msgspec.structs.replace: this runs for every op of every card of an export.
    """
    if isinstance(op, Text):
        return Text(op.x + dx, op.y + dy, op.text, op.font, op.size, op.color)
    if isinstance(op, Box):
        return Box(op.x + dx, op.y + dy, op.w, op.h, op.fill, op.stroke, op.stroke_width, op.radius)
    if isinstance(op, Line):
        return Line(op.x1 + dx, op.y1 + dy, op.x2 + dx, op.y2 + dy, op.color, op.width, op.dash)
    if isinstance(op, Dot):
        return Dot(op.cx + dx, op.cy + dy, op.r, op.fill, op.stroke, op.stroke_width)
    if isinstance(op, Picture):
        return Picture(op.x + dx, op.y + dy, op.w, op.h, op.asset)
    if isinstance(op, Group):
        return Group(op.dx + dx, op.dy + dy, op.ops)

    def mv(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] + dx, p[1] + dy)

    return Curve(mv(op.start), tuple((mv(a), mv(b), mv(c)) for a, b, c in op.segments), op.color, op.width)


def sketch(ops: list[Op]) -> list[Op]:
    """A cheap stand-in for far zoom levels: every line of text becomes a bar of its measured width."""
    from journeydesigner.layout.fonts import text_width

    out: list[Op] = []
    for op in ops:
        if isinstance(op, Text):
            width = text_width(op.text, op.font, op.size)
            out.append(Box(op.x, op.y - op.size * 0.7, width, op.size * 0.6, fill="#ADB5BD"))
        elif not isinstance(op, Curve):
            out.append(op)
    return out
