"""The Qt drawing backend: layout ops drawn with a QPainter, by the canvas, the presentation, the export preview
and the PNG and SVG exports (export/pdfpaint.py is the PDF one: one drawing, two renderers)."""

import threading
from collections.abc import Callable, Iterable, Mapping
from functools import cache, partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRawFont,
)

from journeydesigner.imagedecode import decode_image
from journeydesigner.layout.fonts import FONT_FILES, Face, GlyphRun, is_simple, shape_line
from journeydesigner.layout.ops import Box, Curve, Dot, Group, Line, Op, Picture, Text
from journeydesigner.resources import resource_path

PixmapSource = Callable[[str], QPixmap | QImage | None]


def image_source(assets: Mapping[str, bytes]) -> Callable[[str], QImage | None]:
    """A project's images (``Project.assets``) as QImage, each decoded once when first drawn; QImage, not QPixmap:
    exports may run on a worker thread, where pixmaps are not allowed."""
    cache: dict[str, QImage] = {}

    def image(asset: str) -> QImage | None:
        if asset not in cache:
            cache[asset] = decode_image(assets.get(asset, b""))  # upright (EXIF), bounded in size
        return cache[asset]

    return image


_ADDED: dict[str, str] = {}  # bundled font file -> the family Qt gave it, for each in Qt's font database
_ADDING = threading.Lock()  # the window adds its fonts on a thread (app/fonts.py); exports draw on threads too


def add_bundled_font(file: str) -> str:
    """Add a file of resources/fonts to Qt's font database once, from any thread; its family. Once: Qt parses a
    file again each time it is added (≈3 M instructions a face; the window added the three DejaVu faces twice)."""
    with _ADDING:
        if file not in _ADDED:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
            names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _ADDED[file] = names[0] if names else "DejaVu Sans"
        return _ADDED[file]


@cache
def font_families() -> dict[str, str]:
    """The bundled TTFs the map is drawn in, in Qt's font database; font key -> family name Qt gave them."""
    return {key: add_bundled_font(file) for key, file in FONT_FILES.items()}


# Text of a fractional size is set at this many times its size and drawn scaled down: Qt rounds a font's pixel
# size to a whole pixel (10.5 pt bold came out 5 % wider than reportlab measures it, and ran under a card's
# channel icon); at ten times the size the rounding is lost in the scaling. Whole sizes need no scaling.
TEXT_SCALE = 10


@cache
def qfont(key: str, size: float, dpi: int = 96) -> QFont:
    """The Qt font for a font key at TEXT_SCALE times ``size`` (scene units); draw it scaled by text_scale."""
    font = QFont(font_families()[key])
    font.setBold(key == "bold")
    font.setItalic(key == "italic")
    font.setPixelSize(max(1, round(size * _factor(size))))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)  # reportlab measures without kerning; keep widths equal
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # only simple text comes here: all in the font
    return font


@cache
def editor_font(key: str, size: float) -> QFont:
    """The font for typing text in place: Qt's own fallback for any script, at the size the map draws."""
    font = QFont(font_families()[key])
    font.setBold(key == "bold")
    font.setItalic(key == "italic")
    font.setPointSizeF(size * 72.0 / 96)
    return font


def _factor(size: float) -> int:
    return 1 if size == int(size) else TEXT_SCALE


def text_scale(size: float) -> float:
    return size / max(1, round(size * _factor(size)))


@cache
def raw_font(face: Face, size: float, thread: int) -> QRawFont:
    """One per thread: exports draw on a worker thread, and a font engine is not shared across threads."""
    return QRawFont(face.path, size, QFont.HintingPreference.PreferNoHinting)


def glyph_run(run: GlyphRun, size: float) -> QGlyphRun:
    """A shaped run as Qt draws it: the same glyphs at the same positions as in the PDF."""
    qrun = QGlyphRun()
    qrun.setRawFont(raw_font(run.face, size, threading.get_ident()))
    qrun.setGlyphIndexes(list(run.glyphs))
    qrun.setPositions([QPointF(x, y) for x, y in run.positions])
    return qrun


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
    A group's ops go into the same steps with the same state (a translation changes no pen or font).
    Consecutive lines of plain text share one scaling to their TEXT_SCALE fonts (see text_scale)."""
    top = steps is None
    steps = [] if steps is None else steps
    state = {} if state is None else state

    def unscale() -> None:
        k = state.pop("scale", None)
        if isinstance(k, float):
            steps.append((QPainter.scale, 1 / k, 1 / k))

    def set_state(kind: str, key: object, method: Callable[..., object], make: Callable[[], object]) -> None:
        if state.get(kind, _UNSET) != key:
            steps.append((method, make()))
            state[kind] = key

    def pen_of(color: str | None, width: float) -> None:
        set_state("pen", (color, width), QPainter.setPen, lambda: outline_pen(color, width))

    def brush_of(fill: str | None) -> None:
        set_state("brush", fill, QPainter.setBrush, lambda: fill_brush(fill))

    for op in ops:
        if type(op) is not Text:
            unscale()
        if isinstance(op, Text):
            set_state("pen", (op.color, "text"), QPainter.setPen, partial(_text_pen, op.color))
            if op.text.isascii() or is_simple(op.text, op.font):
                set_state("font", (op.font, op.size), QPainter.setFont, partial(qfont, op.font, op.size))
                k = text_scale(op.size)
                if state.get("scale", 1.0) != k:
                    unscale()
                    if k != 1.0:
                        steps.append((QPainter.scale, k, k))
                        state["scale"] = k
                steps.append((QPainter.drawText, QPointF(op.x / k, op.y / k), op.text))
            else:
                unscale()
                origin = QPointF(op.x, op.y)
                for run in shape_line(op.text, op.font, op.size).runs:
                    steps.append((QPainter.drawGlyphRun, origin, glyph_run(run, op.size)))
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
            steps.append((QPainter.setPen, curve_pen(op)))
            state["pen"] = _UNSET
            brush_of(None)
            steps.append((QPainter.drawPath, curve_path(op)))
        elif isinstance(op, Picture):
            steps.append((_picture, op, pixmaps))
            state.clear()
        elif isinstance(op, Group):  # last: only exporters' card groups; the canvas's own items have none
            steps.append((QPainter.translate, QPointF(op.dx, op.dy)))
            compile_ops(op.ops, dpi, pixmaps, steps, state)
            unscale()
            steps.append((QPainter.translate, QPointF(-op.dx, -op.dy)))
    if top:
        unscale()
    return steps


_UNSET = object()


def outline_pen(color: str | None, width: float) -> QPen:
    """A box's outline: none without a colour."""
    return _pen(color, width) if color else QPen(Qt.PenStyle.NoPen)


def fill_brush(fill: str | None) -> QBrush:
    return QBrush(qcolor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush)


def curve_path(op: Curve) -> QPainterPath:
    path = QPainterPath(QPointF(*op.start))
    for c1, c2, end in op.segments:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


def curve_pen(op: Curve) -> QPen:
    pen = _pen(op.color, op.width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _text_pen(color: str) -> QPen:
    return QPen(qcolor(color))


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
