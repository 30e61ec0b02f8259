"""Make an SVG from QSvgGenerator look the same on a machine without our fonts.

Qt writes text as <text font-family="DejaVu Sans">: elsewhere that turns into whatever the viewer has (often a
serif). The fonts the text uses are embedded as subsets (@font-face with base64 data, only the characters the
file uses), and every family is followed by a generic fallback list. Shaped text (Arabic, Indic, CJK…) is
already drawn as outlines by Qt (glyph runs), so it needs no font at all.
"""

import base64
import html
import io
import re

from journeydesigner.layout.fonts import FONT_FILES
from journeydesigner.resources import resource_path

EMBEDDED = "Journey Designer Sans"
FALLBACK = "'DejaVu Sans', Verdana, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"
_FACES = {("400", "normal"): "regular", ("700", "normal"): "bold", ("400", "italic"): "italic"}
_TEXT = re.compile(r'<text [^>]*font-weight="(\d+)" font-style="(\w+)"[^>]*>([^<]*)</text>')


def embed_fonts(svg: str) -> str:
    """``svg`` with its DejaVu text set in embedded subsets of the bundled fonts, and a generic fallback."""
    used: dict[str, set[str]] = {}
    for weight, style, text in _TEXT.findall(svg):
        key = _FACES.get((weight, style), "bold" if int(weight) >= 600 else "regular")
        used.setdefault(key, set()).update(html.unescape(text))
    rules = []
    for key, chars in sorted(used.items()):
        data = _subset(key, "".join(sorted(chars)))
        weight, style = next(ws for ws, k in _FACES.items() if k == key)
        rules.append(f"@font-face {{ font-family: '{EMBEDDED}'; font-weight: {weight}; font-style: {style}; "
                     f"src: url(data:font/ttf;base64,{base64.b64encode(data).decode('ascii')}) format('truetype'); }}")
    svg = svg.replace('font-family="DejaVu Sans"', f'font-family="\'{EMBEDDED}\', {FALLBACK}"')
    if rules:
        style = "<style>text { font-kerning: none; }\n" + "\n".join(rules) + "</style>"
        svg = svg.replace("<defs>", "<defs>\n" + style, 1)
    return svg


def _subset(key: str, chars: str) -> bytes:
    from fontTools import subset  # 0.2–0.7 s to import: only an SVG export pays it, not the window's start

    options = subset.Options()
    options.layout_features = []  # the text is laid out without kerning or ligatures, as the PDF is
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: fontTools would warn that it cannot subset them
    out = io.BytesIO()
    with subset.load_font(str(resource_path("fonts", FONT_FILES[key])), options) as font:  # closes the file
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=chars + " ")
        subsetter.subset(font)
        font.save(out)
    return out.getvalue()
