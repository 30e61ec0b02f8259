"""Text measurement with the bundled font's own metrics, so canvas, PDF and PNG break lines identically."""

from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeydesigner.resources import resource_path

# Font keys used by drawing ops; every renderer maps them to the same TTF files.
FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
}
PDF_FONT_NAMES = {key: f"JD-{key}" for key in FONT_FILES}


@cache
def register_fonts() -> dict[str, str]:
    """Register the TTFs with reportlab once; returns font key -> reportlab font name."""
    for key, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(PDF_FONT_NAMES[key], str(resource_path("fonts", file))))
    return PDF_FONT_NAMES


@lru_cache(maxsize=200_000)
def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, register_fonts()[font], size)


@cache
def ascent(font: str, size: float) -> float:
    face = pdfmetrics.getFont(register_fonts()[font]).face
    return face.ascent * size / 1000.0
