"""The bundled DejaVu faces' character widths and ascent, read from a small table shipped beside the fonts, so
measuring text does not parse three TrueType files with reportlab at every start (≈0.1 s of a window's first
paint, plus importing reportlab and PIL). The table holds exactly what reportlab reads from the files (its
``charWidths``, ``defaultWidth`` and ``ascent``); a test rebuilds it from the fonts and compares.

Rebuild after changing a bundled font: ``python -m journeydesigner.layout.fontmetrics``.
"""

import json
from functools import cache
from typing import Any

from msgspec import Struct

from journeydesigner.resources import resource_path

# Font keys and their files; fonts.FONT_FILES is this mapping.
FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
}
METRICS_FILE = "DejaVuSans-metrics.json"


class FaceMetrics(Struct, frozen=True):
    """What reportlab's ``TTFontFace`` knows of widths: ``charWidths`` (code point → 1/1000 em), the width of
    a character the face lacks, and the ascent (1/1000 em). Also what ``stringWidth`` reads from a face."""

    charWidths: dict[int, float]  # reportlab's names: rl_accel's stringWidth reads them
    defaultWidth: float
    ascent: float


class _Font:
    """What reportlab's C ``instanceStringWidthTTF`` reads of a font: its face."""

    __slots__ = ("face",)

    def __init__(self, face: FaceMetrics) -> None:
        self.face = face


@cache
def metrics(key: str) -> FaceMetrics:
    """The shipped metrics of the bundled face for font key ``key``."""
    table = _table()[key]
    upem = table["units_per_em"]
    scale = 1000 / upem  # as reportlab scales: font units × (1000 / unitsPerEm)
    widths: dict[int, float] = {}
    for first, units in table["runs"]:  # (in C: a Python loop over the 6,000 widths took 3 ms a face at start)
        widths.update(zip(range(first, first + len(units)), map(scale.__mul__, units), strict=True))
    return FaceMetrics(widths, table["default_units"] * scale, table["ascent"])


@cache
def string_width_function() -> Any:
    """reportlab's own (C) width sum, which yields exactly what ``pdfmetrics.stringWidth`` does; importing it
    does not import the rest of reportlab."""
    from reportlab.lib.rl_accel import instanceStringWidthTTF

    return instanceStringWidthTTF


@cache
def width_font(key: str) -> _Font:
    return _Font(metrics(key))


def string_width(text: str, key: str, size: float) -> float:
    """Width of ``text`` in the bundled face of ``key``, as ``pdfmetrics.stringWidth`` gives it."""
    return float(string_width_function()(width_font(key), text, size))


@cache
def _table() -> dict[str, Any]:
    return json.loads(resource_path("fonts", METRICS_FILE).read_text(encoding="utf-8"))


def build() -> dict[str, Any]:
    """The table, read from the font files with reportlab (slow: this is what the shipped table saves)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    out: dict[str, Any] = {}
    for key, file in FONT_FILES.items():
        face = TTFontFile(str(resource_path("fonts", file)))
        upem = face.unitsPerEm
        scale = 1000 / upem
        runs: list[list[Any]] = []
        for code in sorted(face.charWidths):
            units = round(face.charWidths[code] / scale)
            if runs and runs[-1][0] + len(runs[-1][1]) == code:
                runs[-1][1].append(units)
            else:
                runs.append([code, [units]])
        out[key] = {"units_per_em": upem, "default_units": round(face.defaultWidth / scale),
                    "ascent": face.ascent, "runs": runs}
    return out


if __name__ == "__main__":
    resource_path("fonts", METRICS_FILE).write_text(json.dumps(build(), separators=(",", ":")) + "\n",
                                                    encoding="utf-8")
