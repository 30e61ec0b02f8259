"""Stacking wrapped lines of text top-down: cards, persona pages and tables all set text this way."""

from journeydesigner.layout.fonts import ascent, base_rtl, is_simple, text_width
from journeydesigner.layout.ops import Op, Text
from journeydesigner.layout.wrap import wrap

TextSpec = tuple[str, float, float]  # font key, size, leading


class TextFlow:
    """Collects Text ops for lines placed from (x, y) downwards within ``width``."""

    def __init__(self, x: float, y: float, width: float) -> None:
        self.x, self.y, self.width = x, y, width
        self.ops: list[Op] = []

    def lines(self, text: str, spec: TextSpec, color: str, max_lines: int = 0, width: float | None = None) -> int:
        """Set ``text`` wrapped; returns how many lines it took. Right-to-left paragraphs align right."""
        font, size, leading = spec
        width = width or self.width
        lines = wrap(text, font, size, width, max_lines)
        rtl = not text.isascii() and not is_simple(text, font) and base_rtl(text)
        for line in lines:
            x = self.x + width - text_width(line, font, size) if rtl else self.x
            self.ops.append(Text(x, self.y + ascent(font, size), line, font, size, color))
            self.y += leading
        return len(lines)

    def gap(self, amount: float) -> None:
        self.y += amount
