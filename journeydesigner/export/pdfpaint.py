"""Draw layout ops on a reportlab canvas: the PDF half of the one-drawing-two-renderers design."""

import io
from collections.abc import Iterable

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeydesigner.layout.fonts import register_fonts
from journeydesigner.layout.ops import Box, Curve, Dot, Line, Op, Picture, Text

_colors: dict[str, Color] = {}


def color(value: str) -> Color:
    found = _colors.get(value)
    if found is None:
        found = _colors[value] = HexColor(value[:7]) if len(value) == 7 else HexColor("#" + value[7:9] + value[1:7],
                                                                                         hasAlpha=True)
    return found


class PdfPainter:
    """Paints ops in a y-down coordinate system (as the layout uses) on a y-up PDF page."""

    def __init__(self, canvas: Canvas, assets: dict[str, bytes]) -> None:
        self.c = canvas
        self.assets = assets
        self.fonts = register_fonts()
        self._images: dict[str, ImageReader] = {}

    def paint(self, ops: Iterable[Op]) -> None:
        c = self.c
        for op in ops:
            if type(op) is Text:
                text = c.beginText()
                text.setTextTransform(1, 0, 0, -1, op.x, op.y)  # undo the page's y flip for the glyphs
                text.setFont(self.fonts[op.font], op.size)
                text.setFillColor(color(op.color))
                text.textOut(op.text)
                c.drawText(text)
            elif type(op) is Box:
                self._fill_stroke(op.fill, op.stroke, op.stroke_width)
                if op.radius:
                    c.roundRect(op.x, op.y, op.w, op.h, op.radius, stroke=int(bool(op.stroke)), fill=int(bool(op.fill)))
                else:
                    c.rect(op.x, op.y, op.w, op.h, stroke=int(bool(op.stroke)), fill=int(bool(op.fill)))
            elif type(op) is Line:
                c.setStrokeColor(color(op.color))
                c.setLineWidth(op.width)
                c.setDash(list(op.dash) if op.dash else [])
                c.line(op.x1, op.y1, op.x2, op.y2)
                if op.dash:
                    c.setDash([])
            elif type(op) is Dot:
                self._fill_stroke(op.fill, op.stroke, op.stroke_width)
                c.circle(op.cx, op.cy, op.r, stroke=int(bool(op.stroke)), fill=int(bool(op.fill)))
            elif type(op) is Curve:
                path = c.beginPath()
                path.moveTo(*op.start)
                for (x1, y1), (x2, y2), (x3, y3) in op.segments:
                    path.curveTo(x1, y1, x2, y2, x3, y3)
                c.setStrokeColor(color(op.color))
                c.setLineWidth(op.width)
                c.setLineCap(1)
                c.drawPath(path, stroke=1, fill=0)
            elif type(op) is Picture:
                self._picture(op)

    def _fill_stroke(self, fill: str | None, stroke: str | None, width: float) -> None:
        if fill:
            self.c.setFillColor(color(fill))
        if stroke:
            self.c.setStrokeColor(color(stroke))
            self.c.setLineWidth(width)

    def _picture(self, op: Picture) -> None:
        c = self.c
        data = self.assets.get(op.asset)
        if not data:
            self._fill_stroke("#F1F3F5", "#ADB5BD", 0.75)
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
