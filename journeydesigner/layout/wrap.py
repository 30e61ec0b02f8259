"""Greedy line breaking on measured widths; long words are broken by characters, overflow gets an ellipsis."""

from functools import lru_cache

from journeydesigner.layout.fonts import text_width

ELLIPSIS = "…"


@lru_cache(maxsize=100_000)
def wrap(text: str, font: str, size: float, width: float, max_lines: int = 0) -> tuple[str, ...]:
    """Lines of ``text`` that fit ``width``; at most ``max_lines`` (0 = no limit), the last ending in '…'."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line, line_w = "", 0.0
        for word in words:
            word_w = text_width(word, font, size)
            if line and line_w + space + word_w <= width:
                line, line_w = f"{line} {word}", line_w + space + word_w
                continue
            if line:
                lines.append(line)
            while word_w > width and len(word) > 1:
                head = _longest_prefix(word, font, size, width)
                lines.append(head)
                word = word[len(head) :]
                word_w = text_width(word, font, size)
            line, line_w = word, word_w
        lines.append(line)
    while len(lines) > 1 and lines[-1] == "" and text.strip():
        lines.pop()
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit_with_ellipsis(lines[-1] + " " + ELLIPSIS, font, size, width)
    return tuple(lines)


def fit_with_ellipsis(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    base = text.removesuffix(ELLIPSIS).rstrip()
    while base and text_width(base + ELLIPSIS, font, size) > width:
        base = base[:-1]
    return base.rstrip() + ELLIPSIS


def _longest_prefix(word: str, font: str, size: float, width: float) -> str:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]
