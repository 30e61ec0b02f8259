"""The shipped width table of the bundled DejaVu faces is what reportlab reads from the font files, and text
measured from it is exactly what reportlab measures, so every renderer still breaks the same lines."""

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from journeydesigner.layout import fontmetrics
from journeydesigner.layout.fonts import FONT_FILES, PDF_FONT_NAMES, ascent, register_fonts, text_width
from journeydesigner.resources import resource_path


def test_the_shipped_table_is_the_fonts_own():
    """Fails when a bundled font changed without `python -m journeydesigner.layout.fontmetrics`."""
    assert fontmetrics._table() == fontmetrics.build()
    for key in FONT_FILES:
        # Read afresh: the registered font gains private-use codes once a PDF with shaped text is written.
        face = TTFontFile(str(resource_path("fonts", FONT_FILES[key])))
        shipped = fontmetrics.metrics(key)
        assert shipped.charWidths == face.charWidths
        assert set(shipped.charWidths) == set(face.charToGlyph)  # also the primary face's character map
        assert (shipped.defaultWidth, shipped.ascent) == (face.defaultWidth, face.ascent)
        assert ascent(key, 9) == face.ascent * 9 / 1000.0


_DEJAVU_TEXT = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_DEJAVU_TEXT, st.sampled_from(sorted(FONT_FILES)), st.sampled_from([6.5, 8, 9, 10.25, 13, 33.3]))
def test_text_is_measured_as_reportlab_measures_it(text, key, size):
    register_fonts()
    expected = pdfmetrics.stringWidth(text, PDF_FONT_NAMES[key], size)
    assert fontmetrics.string_width(text, key, size) == expected
    if text.isascii():
        assert text_width(text, key, size) == expected
