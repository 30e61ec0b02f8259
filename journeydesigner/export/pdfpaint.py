"""Draw layout ops on a reportlab canvas: the PDF half of the one-drawing-two-renderers design.

Shapes and text are written as PDF content-stream operators directly (one formatted string per op) and handed
to reportlab with ``addLiteral``; reportlab still owns the document, the fonts and their subsets, images,
clipping and transparency. Going through reportlab's path and text objects cost three times the baseline:
a big map has tens of thousands of ops, and each went through a dozen Python calls.
"""

import io
import math
from collections.abc import Iterable

from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeydesigner.export.printimage import print_image
from journeydesigner.i18n import tr
from journeydesigner.layout.fonts import Face, bundled_font, is_simple, pdf_font, register_fonts, shape_line
from journeydesigner.layout.ops import Box, Curve, Dot, Group, Line, Op, Picture, Text

KAPPA = 0.5523  # control-point distance of a quarter circle drawn as one cubic Bézier, per unit of radius

_rgb: dict[str, tuple[str, float]] = {}


def rgb_alpha(value: str) -> tuple[str, float]:
    """("r g b", alpha) for a #RRGGBB or #RRGGBBAA colour, as content-stream operands."""
    found = _rgb.get(value)
    if found is None:
        channels = [int(value[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        alpha = int(value[7:9], 16) / 255 if len(value) == 9 else 1.0
        found = _rgb[value] = (" ".join(f"{c:.3f}" for c in channels), alpha)
    return found


def round_rect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    r = min(r, w / 2, h / 2)
    c = r * (1 - KAPPA)
    x1, y1 = x + w, y + h
    return (f"{x + r:.2f} {y:.2f} m {x1 - r:.2f} {y:.2f} l "
            f"{x1 - c:.2f} {y:.2f} {x1:.2f} {y + c:.2f} {x1:.2f} {y + r:.2f} c {x1:.2f} {y1 - r:.2f} l "
            f"{x1:.2f} {y1 - c:.2f} {x1 - c:.2f} {y1:.2f} {x1 - r:.2f} {y1:.2f} c {x + r:.2f} {y1:.2f} l "
            f"{x + c:.2f} {y1:.2f} {x:.2f} {y1 - c:.2f} {x:.2f} {y1 - r:.2f} c {x:.2f} {y + r:.2f} l "
            f"{x:.2f} {y + c:.2f} {x + c:.2f} {y:.2f} {x + r:.2f} {y:.2f} c h")


def circle_path(cx: float, cy: float, r: float) -> str:
    k = r * KAPPA
    return (f"{cx + r:.2f} {cy:.2f} m {cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h")


def shape_ops(op: Box | Dot | Line | Curve) -> str:
    """A shape's path and painting operators, in its own coordinates: formatted once per distinct shape."""
    if type(op) is Line:
        segment = f"{op.x1:.2f} {op.y1:.2f} m {op.x2:.2f} {op.y2:.2f} l S"
        return f"[{' '.join(f'{d:.2f}' for d in op.dash)}] 0 d {segment} [] 0 d" if op.dash else segment
    if type(op) is Curve:
        parts = [f"{op.start[0]:.2f} {op.start[1]:.2f} m"]
        parts += [f"{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f} {x3:.2f} {y3:.2f} c"
                  for (x1, y1), (x2, y2), (x3, y3) in op.segments]
        return "1 J " + " ".join(parts) + " S 0 J"
    operator = PAINT.get((bool(op.fill), bool(op.stroke)), "n")
    if type(op) is Dot:
        return f"{circle_path(op.cx, op.cy, op.r)} {operator}"
    if op.radius:
        return f"{round_rect_path(op.x, op.y, op.w, op.h, op.radius)} {operator}"
    return f"{op.x:.2f} {op.y:.2f} {op.w:.2f} {op.h:.2f} re {operator}"


PAINT = {(True, True): "B", (True, False): "f", (False, True): "S"}  # (filled, stroked) -> painting operator


class PdfPainter:
    """Paints ops in a y-down coordinate system (as the layout uses) on a y-up PDF page.

    Runs of text share one text object, and colours, widths and fonts are set only when they change.
    """

    def __init__(self, canvas: Canvas, assets: dict[str, bytes]) -> None:
        self.c = canvas
        # The document owns the font subsets; reportlab's own text objects use it so (a private attribute).
        self.doc = canvas._doc  # type: ignore[attr-defined]
        self.assets = assets
        self.fonts = register_fonts()
        self._images: dict[tuple[str, float, float, float], ImageReader | None] = {}
        self.image_ppi: dict[str, float] = {}  # the lowest resolution each image prints at, for the warning
        self._encoded: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._shapes: dict[Op, str] = {}
        self._subset_names: dict[tuple[str, int], str] = {}
        self._glyph_codes: dict[tuple[Face, int, str], tuple[str, str]] = {}
        self.missing: set[str] = set()  # characters no font on this computer has: they print as boxes
        self.out: list[str] = []
        self.reset()

    def reset(self) -> None:
        """Forget the graphics state: call after the canvas state was restored."""
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._alpha = (1.0, 1.0)
        self._in_text = False
        self._font: tuple[str, float] | None = None

    def paint(self, ops: Iterable[Op]) -> None:
        self._walk(ops)
        self._end_text()
        self._flush()

    def _flush(self) -> None:
        if self.out:
            self.c.addLiteral("\n".join(self.out))
            self.out.clear()

    def _walk(self, ops: Iterable[Op]) -> None:
        out = self.out
        for op in ops:
            if type(op) is Text:
                self._text(op)
            elif type(op) is Group:
                self._group(op)
            elif type(op) is Picture:
                self._end_text()
                self._picture(op)
            else:
                self._end_text()
                if self._style_of(op):
                    shape = self._shapes.get(op)
                    if shape is None:
                        shape = self._shapes[op] = shape_ops(op)
                    out.append(shape)

    def _group(self, group: Group) -> None:
        """Draw a group in its own coordinates: a card's ops are then the same strings wherever it stands,
        so they are formatted once per look and compress to back-references."""
        self._end_text()
        saved = self._state()
        self.out.append(f"q 1 0 0 1 {group.dx:.2f} {group.dy:.2f} cm")
        self._walk(group.ops)
        self._end_text()
        self.out.append("Q")
        # Q brought the PDF's transparency back, but reportlab still holds the group's and would skip setting
        # it again: say the outer value once more, so both agree.
        self._set_alpha(*saved[3])
        self._fill, self._stroke, self._width, self._alpha, self._font = saved

    def _state(self) -> tuple[str | None, str | None, float | None, tuple[float, float], tuple[str, float] | None]:
        return self._fill, self._stroke, self._width, self._alpha, self._font

    def _style_of(self, op: Box | Dot | Line | Curve) -> str:
        if type(op) is Line or type(op) is Curve:
            self._style(None, op.color, op.width)
            return "S"
        return self._style(op.fill, op.stroke, op.stroke_width)

    def _text(self, op: Text) -> None:
        out = self.out
        if not self._in_text:
            out.append("BT")
            self._in_text = True
        self._fill_color(op.color)
        if not op.text.isascii() and not is_simple(op.text, op.font):
            self._shaped_text(op)
            return
        out.append(f"1 0 0 -1 {op.x:.2f} {op.y:.2f} Tm")  # undo the page's y flip for the glyphs
        for font_name, escaped in self._encode(op.font, op.text):
            if self._font != (font_name, op.size):
                self._font = (font_name, op.size)
                out.append(f"{font_name} {op.size:.2f} Tf")
            out.append(f"({escaped}) Tj")

    def _shaped_text(self, op: Text) -> None:
        """Glyphs as shaping placed them, each at its own position. The ToUnicode maps of their subsets give
        the text back; a left-to-right run whose glyphs are not one per character (Indic conjuncts and
        reordered vowels) also carries its text as ActualText, since no per-glyph map can say it in order."""
        out = self.out
        for run in shape_line(op.text, op.font, op.size).runs:
            rtl = run.rtl
            actual = not rtl and any(len(t) != 1 for t in run.texts)
            if actual:
                text = "".join(run.texts)
                out.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
            # Right-to-left glyphs in reading order: readers rebuild the text from the order they come in.
            indices = range(len(run.glyphs) - 1, -1, -1) if rtl else range(len(run.glyphs))
            for i in indices:
                if run.glyphs[i] == 0 and run.texts[i].strip():
                    self.missing.update(run.texts[i].strip())
                gx, gy = run.positions[i]
                # poppler reverses a right-to-left glyph's text along with the word: a ligature (lam-alef) or
                # a letter with its vowel marks is mapped in reverse so the text comes back in reading order.
                text = run.texts[i]
                if rtl and len(text) > 1:
                    text = text[::-1]
                name, code = self._glyph_code(run.face, run.glyphs[i], text, run.widths[i])
                out.append(f"1 0 0 -1 {op.x + gx:.2f} {op.y + gy:.2f} Tm")
                if self._font != (name, op.size):
                    self._font = (name, op.size)
                    out.append(f"{name} {op.size:.2f} Tf")
                out.append(f"({code}) Tj")
            if actual:
                out.append("EMC")

    def font_warnings(self) -> list[str]:
        """One sentence naming the characters that printed as boxes, if any did."""
        if not self.missing:
            return []
        chars = ", ".join(f"{c} (U+{ord(c):04X})" for c in sorted(self.missing)[:12])
        return [tr("no font on this computer draws {chars}: they print as empty boxes; install a font for that "
                   "script (on Debian and Ubuntu: fonts-noto)").format(chars=chars)]

    def _glyph_code(self, face: Face, gid: int, text: str, width: float) -> tuple[str, str]:
        """(PDF font resource, escaped byte) of one glyph, added to its font's subsets on first use."""
        key = (face, gid, text)
        found = self._glyph_codes.get(key)
        if found is None:
            font = pdf_font(face)
            subset, chunk = font.splitString(chr(font.code_for(gid, text, width)), self.doc)[0]
            found = self._glyph_codes[key] = (font.getSubsetInternalName(subset, self.doc), escapePDF(chunk))
        return found

    def _encode(self, font_key: str, text: str) -> list[tuple[str, str]]:
        """(PDF font resource, escaped bytes) runs: printable ASCII is its own code in subset 0 of every
        bundled font (reportlab's asciiReadable), anything else goes through the font's subsetting."""
        found = self._encoded.get((font_key, text))
        if found is None:
            font = bundled_font(font_key)
            if text.isascii() and text.isprintable():
                runs = [(0, text.encode("ascii"))]
            else:
                runs = font.splitString(text, self.doc)
            found = [(self._subset_name(font_key, subset), escapePDF(chunk)) for subset, chunk in runs]
            self._encoded[(font_key, text)] = found
        return found

    def _subset_name(self, font_key: str, subset: int) -> str:
        name = self._subset_names.get((font_key, subset))
        if name is None:
            font = bundled_font(font_key)
            name = self._subset_names[font_key, subset] = font.getSubsetInternalName(subset, self.doc)
        return name

    def _end_text(self) -> None:
        if self._in_text:
            self.out.append("ET")
            self._in_text = False

    def _fill_color(self, value: str) -> None:
        if value != self._fill:
            rgb, alpha = rgb_alpha(value)
            self._set_alpha(alpha, self._alpha[1])
            self.out.append(f"{rgb} rg")
            self._fill = value

    def _style(self, fill: str | None, stroke: str | None, width: float) -> str:
        """Set fill and stroke where they change; returns the painting operator, or '' for an invisible shape."""
        if fill:
            self._fill_color(fill)
        if stroke:
            if stroke != self._stroke:
                rgb, alpha = rgb_alpha(stroke)
                self._set_alpha(self._alpha[0], alpha)
                self.out.append(f"{rgb} RG")
                self._stroke = stroke
            if width != self._width:
                self.out.append(f"{width:.2f} w")
                self._width = width
        return PAINT.get((bool(fill), bool(stroke)), "")

    def _set_alpha(self, fill: float, stroke: float) -> None:
        """Transparency needs an ExtGState resource: reportlab makes it, in order with what is written so far."""
        if (fill, stroke) == self._alpha:
            return
        self._flush()
        self.c.setFillAlpha(fill)
        self.c.setStrokeAlpha(stroke)
        self._alpha = (fill, stroke)

    def _picture(self, op: Picture) -> None:
        c = self.c
        data = self.assets.get(op.asset)
        # Points per layout unit here: the box's printed size (reportlab keeps the matrix private).
        a, b = c._currentMatrix[:2]  # type: ignore[attr-defined]
        printed_w = op.w * math.hypot(a, b)
        key = (op.asset, round(op.w, 2), round(op.h, 2), round(printed_w, 1))
        if data and key not in self._images:
            printable = print_image(data, op.w, op.h, printed_w)
            self._images[key] = ImageReader(io.BytesIO(printable.data)) if printable else None
            if printable is not None:
                self.image_ppi[op.asset] = min(printable.ppi, self.image_ppi.get(op.asset, math.inf))
        reader = self._images.get(key) if data else None
        if reader is None:
            self.out.append(f"{op.x:.2f} {op.y:.2f} {op.w:.2f} {op.h:.2f} re {self._style('#F1F3F5', '#ADB5BD', 0.75)}")
            return
        self._flush()
        c.saveState()
        # Cropped to what shows and reduced for print already: it fills the box exactly. The page is flipped:
        # draw the image upside down so it shows the right way up.
        c.translate(op.x, op.y + op.h)
        c.scale(1, -1)
        c.drawImage(reader, 0, 0, op.w, op.h, mask="auto")
        c.restoreState()
        self.reset()
