"""Draw layout ops with a QPainter: the Qt half of the one-drawing-two-renderers design."""

from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPen, QPixmap

from journeydesigner.layout.fonts import FONT_FILES
from journeydesigner.layout.ops import Box, Curve, Dot, Group, Line, Op, Picture, Text
from journeydesigner.resources import resource_path

PixmapSource = Callable[[str], QPixmap | QImage | None]


@cache
def font_families() -> dict[str, str]:
    """Load the bundled TTFs into Qt once; font key -> family name Qt gave them."""
    families = {}
    for key, file in FONT_FILES.items():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families[key] = names[0] if names else "DejaVu Sans"
    return families


@cache
def qfont(key: str, size: float, dpi: int) -> QFont:
    font = QFont(font_families()[key])
    font.setBold(key == "bold")
    font.setItalic(key == "italic")
    font.setPointSizeF(size * 72.0 / dpi)  # sizes are in scene units (pt at 100 %); the device counts pixels
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)  # reportlab measures without kerning; keep widths equal
    return font


@cache
def qcolor(value: str) -> QColor:
    color = QColor(value[:7])
    if len(value) == 9:
        color.setAlpha(int(value[7:9], 16))
    return color


Step = tuple  # (unbound QPainter method or function, *arguments)


def paint_ops(painter: QPainter, ops: Iterable[Op], pixmaps: PixmapSource | None = None) -> None:
    run_steps(painter, compile_ops(ops, _dpi(painter), pixmaps))


def _dpi(painter: QPainter) -> int:
    return painter.device().logicalDpiY() if painter.device() else 96


def run_steps(painter: QPainter, steps: list[Step]) -> None:
    for step in steps:
        step[0](painter, *step[1:])


def compile_ops(ops: Iterable[Op], dpi: int, pixmaps: PixmapSource | None = None,
                steps: list[Step] | None = None, state: dict[str, object] | None = None) -> list[Step]:
    """Turn ops into painter calls with every Qt object built once, and pens, brushes and fonts set only
    when they change. Items keep the result, so a repaint is a run of C++ calls, not a rebuild.
    A group's ops go into the same steps with the same state (a translation changes no pen or font)."""
    steps = [] if steps is None else steps
    state = {} if state is None else state

    def set_state(kind: str, key: object, method: object, make: object) -> None:
        if state.get(kind, _UNSET) != key:
            steps.append((method, make()))  # type: ignore[operator]
            state[kind] = key

    def pen_of(color: str | None, width: float) -> None:
        set_state("pen", (color, width), QPainter.setPen,
                  lambda: _pen(color, width) if color else QPen(Qt.PenStyle.NoPen))

    def brush_of(fill: str | None) -> None:
        set_state("brush", fill, QPainter.setBrush,
                  lambda: QBrush(qcolor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush))

    for op in ops:
        if isinstance(op, Text):
            set_state("font", (op.font, op.size), QPainter.setFont, lambda op=op: qfont(op.font, op.size, dpi))
            set_state("pen", (op.color, "text"), QPainter.setPen, lambda op=op: QPen(qcolor(op.color)))
            steps.append((QPainter.drawText, QPointF(op.x, op.y), op.text))
        elif isinstance(op, Box):
            pen_of(op.stroke, op.stroke_width)
            brush_of(op.fill)
            rect = QRectF(op.x, op.y, op.w, op.h)
            if op.radius:
                steps.append((QPainter.drawRoundedRect, rect, op.radius, op.radius))
            else:
                steps.append((QPainter.drawRect, rect))
        elif isinstance(op, Line):
            pen = _pen(op.color, op.width)
            if op.dash:
                pen.setDashPattern([d / max(op.width, 0.1) for d in op.dash])
            steps.append((QPainter.setPen, pen))
            state["pen"] = _UNSET
            steps.append((QPainter.drawLine, QPointF(op.x1, op.y1), QPointF(op.x2, op.y2)))
        elif isinstance(op, Dot):
            pen_of(op.stroke, op.stroke_width)
            brush_of(op.fill)
            steps.append((QPainter.drawEllipse, QPointF(op.cx, op.cy), op.r, op.r))
        elif isinstance(op, Curve):
            path = QPainterPath(QPointF(*op.start))
            for c1, c2, end in op.segments:
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            pen = _pen(op.color, op.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            steps.append((QPainter.setPen, pen))
            state["pen"] = _UNSET
            brush_of(None)
            steps.append((QPainter.drawPath, path))
        elif isinstance(op, Picture):
            steps.append((_picture, op, pixmaps))
            state.clear()
        elif isinstance(op, Group):  # last: only exporters' card groups; the canvas's own items have none
            steps.append((QPainter.translate, QPointF(op.dx, op.dy)))
            compile_ops(op.ops, dpi, pixmaps, steps, state)
            steps.append((QPainter.translate, QPointF(-op.dx, -op.dy)))
    return steps


_UNSET = object()


def _pen(color: str | None, width: float) -> QPen:
    pen = QPen(qcolor(color or "#000000"))
    pen.setWidthF(width)
    pen.setCosmetic(False)
    return pen


def _picture(painter: QPainter, op: Picture, pixmaps: PixmapSource | None) -> None:
    target = QRectF(op.x, op.y, op.w, op.h)
    pixmap = pixmaps(op.asset) if pixmaps else None  # QImage off the GUI thread (exports), QPixmap on screen
    if pixmap is None or pixmap.isNull():
        painter.setPen(_pen("#ADB5BD", 1))
        painter.setBrush(QBrush(qcolor("#F1F3F5")))
        painter.drawRect(target)
        painter.drawLine(target.topLeft(), target.bottomRight())
        return
    # Cover the box, cropping the image's longer side (as slide tools do).
    scale = max(op.w / pixmap.width(), op.h / pixmap.height())
    sw, sh = op.w / scale, op.h / scale
    source = QRectF((pixmap.width() - sw) / 2, (pixmap.height() - sh) / 2, sw, sh)
    if isinstance(pixmap, QImage):
        painter.drawImage(target, pixmap, source)
    else:
        painter.drawPixmap(target, pixmap, source)
