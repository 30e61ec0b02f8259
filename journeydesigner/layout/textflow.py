"""Stacking wrapped lines of text top-down: cards, persona pages and tables all set text this way."""

from journeydesigner.layout.fonts import ascent
from journeydesigner.layout.ops import Op, Text
from journeydesigner.layout.wrap import wrap

TextSpec = tuple[str, float, float]  # font key, size, leading


class TextFlow:
    """Collects Text ops for lines placed from (x, y) downwards within ``width``."""

    def __init__(self, x: float, y: float, width: float) -> None:
        self.x, self.y, self.width = x, y, width
        self.ops: list[Op] = []

    def lines(self, text: str, spec: TextSpec, color: str, max_lines: int = 0, width: float | None = None) -> int:
        """Set ``text`` wrapped; returns how many lines it took."""
        font, size, leading = spec
        lines = wrap(text, font, size, width or self.width, max_lines)
        for line in lines:
            self.ops.append(Text(self.x, self.y + ascent(font, size), line, font, size, color))
            self.y += leading
        return len(lines)

    def gap(self, amount: float) -> None:
        self.y += amount
