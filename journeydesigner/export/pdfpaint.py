"""Draw layout ops on a reportlab canvas: the PDF half of the one-drawing-two-renderers design."""

import io
from collections.abc import Iterable

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from journeydesigner.layout.fonts import register_fonts
from journeydesigner.layout.ops import Box, Curve, Dot, Line, Op, Picture, Text

_colors: dict[str, Color] = {}


def color(value: str) -> Color:
    found = _colors.get(value)
    if found is None:
        rgb = value[:7]
        argb = "#" + value[7:9] + rgb[1:]  # reportlab reads 8 hex digits as alpha first
        found = _colors[value] = HexColor(rgb) if len(value) == 7 else HexColor(argb, hasAlpha=True)
    return found


class PdfPainter:
    """Paints ops in a y-down coordinate system (as the layout uses) on a y-up PDF page.

    Runs of text share one text object, and colours, widths and fonts are set only when they change:
    a big map has tens of thousands of ops, and every operator written costs time and bytes.
    """

    def __init__(self, canvas: Canvas, assets: dict[str, bytes]) -> None:
        self.c = canvas
        self.assets = assets
        self.fonts = register_fonts()
        self._images: dict[str, ImageReader] = {}
        self.reset()

    def reset(self) -> None:
        """Forget the graphics state: call after the canvas state was restored."""
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._text: PDFTextObject | None = None
        self._text_font: tuple[str, float] | None = None
        self._text_fill: str | None = None

    def paint(self, ops: Iterable[Op]) -> None:
        c = self.c
        for op in ops:
            if isinstance(op, Text):
                self._text_op(op)
                continue
            self._end_text()
            if isinstance(op, Box):
                self._style(op.fill, op.stroke, op.stroke_width)
                stroke, fill = int(bool(op.stroke)), int(bool(op.fill))
                if op.radius:
                    c.roundRect(op.x, op.y, op.w, op.h, op.radius, stroke=stroke, fill=fill)
                else:
                    c.rect(op.x, op.y, op.w, op.h, stroke=stroke, fill=fill)
            elif isinstance(op, Line):
                self._style(None, op.color, op.width)
                if op.dash:
                    c.setDash(list(op.dash))
                c.line(op.x1, op.y1, op.x2, op.y2)
                if op.dash:
                    c.setDash([])
            elif isinstance(op, Dot):
                self._style(op.fill, op.stroke, op.stroke_width)
                c.circle(op.cx, op.cy, op.r, stroke=int(bool(op.stroke)), fill=int(bool(op.fill)))
            elif isinstance(op, Curve):
                path = c.beginPath()
                path.moveTo(*op.start)
                for (x1, y1), (x2, y2), (x3, y3) in op.segments:
                    path.curveTo(x1, y1, x2, y2, x3, y3)
                self._style(None, op.color, op.width)
                c.setLineCap(1)
                c.drawPath(path, stroke=1, fill=0)
                c.setLineCap(0)
            elif isinstance(op, Picture):
                self._picture(op)
        self._end_text()

    def _text_op(self, op: Text) -> None:
        if self._text is None:
            self._text, self._text_font, self._text_fill = self.c.beginText(), None, None
        text = self._text
        text.setTextTransform(1, 0, 0, -1, op.x, op.y)  # undo the page's y flip for the glyphs
        if self._text_font != (op.font, op.size):
            self._text_font = (op.font, op.size)
            text.setFont(self.fonts[op.font], op.size)
        if self._text_fill != op.color:
            self._text_fill = op.color
            text.setFillColor(color(op.color))
        text.textOut(op.text)

    def _end_text(self) -> None:
        if self._text is not None:
            self.c.drawText(self._text)
            self._text = None
            self._fill = None  # the text object's fill colour is now the canvas's

    def _style(self, fill: str | None, stroke: str | None, width: float) -> None:
        if fill and fill != self._fill:
            self.c.setFillColor(color(fill))
            self._fill = fill
        if stroke:
            if stroke != self._stroke:
                self.c.setStrokeColor(color(stroke))
                self._stroke = stroke
            if width != self._width:
                self.c.setLineWidth(width)
                self._width = width

    def _picture(self, op: Picture) -> None:
        c = self.c
        data = self.assets.get(op.asset)
        if not data:
            self._style("#F1F3F5", "#ADB5BD", 0.75)
            c.rect(op.x, op.y, op.w, op.h, stroke=1, fill=1)
            return
        reader = self._images.get(op.asset)
        if reader is None:
            reader = self._images[op.asset] = ImageReader(io.BytesIO(data))
        iw, ih = reader.getSize()
        scale = max(op.w / iw, op.h / ih)  # cover the box, cropping the longer side, as the canvas does
        dw, dh = iw * scale, ih * scale
        c.saveState()
        path = c.beginPath()
        path.rect(op.x, op.y, op.w, op.h)
        c.clipPath(path, stroke=0, fill=0)
        # The page is flipped: draw the image upside down so it shows the right way up.
        c.translate(op.x + (op.w - dw) / 2, op.y + (op.h + dh) / 2)
        c.scale(1, -1)
        c.drawImage(reader, 0, 0, dw, dh, mask="auto")
        c.restoreState()
        self.reset()
