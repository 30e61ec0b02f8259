"""Fonts for every script, and text measured with the font that will draw it, so canvas, PDF, PNG and SVG
break lines identically.

Each font key ("regular", "bold", "italic") has a fallback chain of faces: DejaVu Sans (Latin, Greek, Cyrillic,
symbols, the common emoticons), bundled Noto Sans for Arabic, Hebrew, Devanagari and Thai, then system fonts
found through fontconfig for what is left (CJK, other emoji). Text that only DejaVu draws and that needs no
shaping takes the fast path: reportlab's own widths, one string per line. Anything else is split into runs by
face and bidi level (python-bidi), shaped with HarfBuzz (uharfbuzz) into glyph ids and positions, and every
renderer draws those glyphs where the shaping put them.

Measuring text of the bundled DejaVu faces needs neither reportlab's font parser nor HarfBuzz: the widths come
from a table shipped beside the fonts (fontmetrics), so a window's start imports neither; both are imported when
something is shaped or drawn into a PDF.
"""

import shutil
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec import Struct

from journeydesigner.layout.fontmetrics import FONT_FILES, metrics, string_width
from journeydesigner.resources import resource_path

if TYPE_CHECKING:
    import uharfbuzz as hb

    from journeydesigner.layout.pdffont import GlyphTTFont

# Font keys used by drawing ops (FONT_FILES); every renderer maps them to the same TTF files.
PDF_FONT_NAMES = {key: f"JD-{key}" for key in FONT_FILES}

# Bundled faces for scripts DejaVu lacks or draws without proper shaping, with the blocks they are preferred for.
SCRIPT_FACES: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("NotoSansArabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("NotoSansHebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    ("NotoSansDevanagari", ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    ("NotoSansThai", ((0x0E00, 0x0E7F),)),
)
# Blocks whose text is always shaped, even where DejaVu has the characters: joining, reordering, marks.
COMPLEX_BLOCKS = ((0x0590, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x1CD0, 0x1CFF),
                  (0xA8E0, 0xA8FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
RTL_TYPES = {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"}


class Face(Struct, frozen=True):
    """One font file (and face index in a collection) a font key can fall back to."""

    name: str  # reportlab font name, unique per face
    path: str
    index: int = 0


@cache
def register_fonts() -> dict[str, str]:
    """Register the primary TTFs with reportlab once; returns font key -> reportlab font name."""
    for key, file in FONT_FILES.items():
        _register(Face(PDF_FONT_NAMES[key], str(resource_path("fonts", file))))
    return PDF_FONT_NAMES


@cache
def _register(face: Face) -> "GlyphTTFont":
    from reportlab.pdfbase import pdfmetrics

    from journeydesigner.layout.pdffont import GlyphTTFont

    font = GlyphTTFont(face.name, face.path, subfontIndex=face.index)
    pdfmetrics.registerFont(font)
    return font


@cache
def bundled_font(font: str) -> "GlyphTTFont":
    """The reportlab font of a font key (``"regular"``, ``"bold"``...), registered on first use."""
    return _register(Face(register_fonts()[font], str(resource_path("fonts", FONT_FILES[font]))))


def pdf_font(face: Face) -> "GlyphTTFont":
    """The reportlab font of a face, registered on first use."""
    register_fonts()
    return _register(face)


# ---------------------------------------------------------------------------------------------------------
# Fallback chains

_WEIGHT = {"regular": "Regular", "bold": "Bold", "italic": "Regular"}


@cache
def _script_faces(key: str) -> tuple[tuple[Face, tuple[tuple[int, int], ...]], ...]:
    out = []
    for family, blocks in SCRIPT_FACES:
        file = f"{family}-{_WEIGHT[key]}.ttf"
        out.append((Face(f"JD-{family}-{_WEIGHT[key]}", str(resource_path("fonts", file))), blocks))
    return tuple(out)


@cache
def primary_face(key: str) -> Face:
    return Face(PDF_FONT_NAMES[key], str(resource_path("fonts", FONT_FILES[key])))


_PRIMARY_KEYS = {name: key for key, name in PDF_FONT_NAMES.items()}


_extra_faces: list[Face] = []  # system faces found so far, tried after the bundled ones, in the order found


@cache
def _cmap(face: Face) -> frozenset[int]:
    key = _PRIMARY_KEYS.get(face.name)
    if key is not None and face == primary_face(key):  # the shipped table: no font file parsed
        return frozenset(metrics(key).charWidths)
    return frozenset(pdf_font(face).face.charToGlyph)


@lru_cache(maxsize=50_000)
def face_for(char: str, key: str) -> Face | None:
    """The face that draws ``char`` for font key ``key``; None for a character no font has."""
    code = ord(char)
    for face, blocks in _script_faces(key):
        if any(lo <= code <= hi for lo, hi in blocks) and code in _cmap(face):
            return face
    primary = primary_face(key)
    if code in _cmap(primary):
        return primary
    for face, _ in _script_faces(key):
        if code in _cmap(face):
            return face
    for face in _extra_faces:
        if code in _cmap(face):
            return face
    found = system_face_for(code)
    if found is not None and found not in _extra_faces:
        _extra_faces.append(found)
    return found


# Where fontconfig is missing (Windows, macOS, a Linux without fc-list): TrueType fonts with wide coverage (CJK,
# symbols) that those systems ship or that Debian's font packages install.
KNOWN_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/YuGothM.ttc", "C:/Windows/Fonts/seguisym.ttf", "C:/Windows/Fonts/seguiemj.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    "/System/Library/Fonts/Apple Symbols.ttf",
)


@lru_cache(maxsize=2_000)
def system_face_for(code: int) -> Face | None:
    """A TrueType face installed on the system that has ``code``: asked of fontconfig (sans-serif first), or
    looked for among the fonts Windows and macOS ship. Only glyf outlines work: reportlab embeds no CFF."""
    for path, index in _fontconfig_candidates(code) + [(p, 0) for p in KNOWN_FONT_FILES if Path(p).is_file()]:
        face = Face(f"JD-sys-{Path(path).stem.replace(' ', '')}-{index}", path, index)
        try:
            if code in _cmap(face):
                return face
        except Exception:  # a damaged or unsupported system font (CFF outlines): try the next
            continue
    return None


def _fontconfig_candidates(code: int) -> list[tuple[str, int]]:
    if shutil.which("fc-list") is None:
        return []
    import subprocess  # here: a character no bundled face has is rare, and the window's start need not load it

    try:
        listing = subprocess.run(["fc-list", f":charset={code:x}", "file", "index", "fontformat", "family"],
                                 capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    candidates = []
    for line in listing.splitlines():
        path, _, rest = line.partition(": ")
        fields = dict(part.split("=", 1) for part in rest.split(":") if "=" in part)
        if fields.get("fontformat") != "TrueType" or not path.lower().endswith((".ttf", ".ttc")):
            continue
        index = int(fields.get("index", "0") or 0)
        family = rest.split(":")[0].lower()
        rank = (index != 0, "mono" in family, "serif" in family and "sans" not in family, path)
        candidates.append((rank, path, index))
    return [(path, index) for _, path, index in sorted(candidates)]


# ---------------------------------------------------------------------------------------------------------
# Measuring


@lru_cache(maxsize=50_000)
def _simple_char(char: str, key: str) -> bool:
    code = ord(char)
    if any(lo <= code <= hi for lo, hi in COMPLEX_BLOCKS):
        return False
    if unicodedata.bidirectional(char) in RTL_TYPES or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return False
    return code in _cmap(primary_face(key))


def is_simple(text: str, font: str) -> bool:
    """Whether ``text`` is drawn by the primary face alone, left to right, one glyph per character."""
    if text.isascii():
        return True
    return all(_simple_char(c, font) for c in text)


@lru_cache(maxsize=200_000)
def text_width(text: str, font: str, size: float) -> float:
    if is_simple(text, font):
        return string_width(text, font, size)  # what pdfmetrics.stringWidth gives, from the shipped table
    return shape_line(text, font, size).width


@cache
def ascent(font: str, size: float) -> float:
    return metrics(font).ascent * size / 1000.0


# ---------------------------------------------------------------------------------------------------------
# Shaping


class GlyphRun(Struct, frozen=True):
    """Glyphs of one face in visual order, positioned from the line's origin (y grows downwards)."""

    face: Face
    glyphs: tuple[int, ...]
    positions: tuple[tuple[float, float], ...]
    texts: tuple[str, ...]  # the characters each glyph stands for ("" for a glyph that continues a cluster)
    widths: tuple[float, ...]  # each glyph's own advance in 1/1000 em, for the PDF's width table
    rtl: bool = False  # a right-to-left run: its glyphs read from the last to the first


class ShapedLine(Struct, frozen=True):
    width: float
    runs: tuple[GlyphRun, ...]
    rtl: bool  # the paragraph direction: right-to-left lines align right


@cache
def _hb_font(face: Face) -> "tuple[hb.Font, int]":
    import uharfbuzz as hb  # on the first text that needs shaping

    blob = hb.Blob.from_file_path(face.path)
    hb_face = hb.Face(blob, face.index)
    font = hb.Font(hb_face)
    return font, hb_face.upem


def base_rtl(text: str) -> bool:
    """Whether the first strong character of ``text`` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


# python-bidi's algorithm predates the isolates (Unicode 6.3) and knows no type for unassigned characters:
# isolates act as embeddings, unassigned characters as left-to-right letters.
_BIDI_STANDINS = {"LRI": "\u202a", "RLI": "\u202b", "FSI": "\u202a", "PDI": "\u202c", "": "a"}


def _levels(text: str, rtl: bool) -> list[int]:
    """Resolved bidi embedding levels (UAX #9 up to I2, then L1 for trailing white space), one per character."""
    base = 1 if rtl else 0
    kinds = [unicodedata.bidirectional(c) for c in text]
    plain = "".join(_BIDI_STANDINS.get(k, c) for k, c in zip(kinds, text, strict=True))
    from bidi import algorithm as bidi_algorithm  # on the first text that needs shaping

    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    try:
        bidi_algorithm.get_embedding_levels(plain, storage)
        bidi_algorithm.explicit_embed_and_overrides(storage, False)
        bidi_algorithm.resolve_weak_types(storage, False)
        bidi_algorithm.resolve_neutral_types(storage, False)
        bidi_algorithm.resolve_implicit_levels(storage, False)
    except (AssertionError, KeyError, IndexError):  # text the algorithm cannot take: strong letters only
        return [1 if k in ("R", "AL") else (2 if rtl else 0) if k == "L" else base for k in kinds]
    kept = iter(c["level"] for c in storage["chars"])
    removed = set(bidi_algorithm.X9_REMOVED)
    levels: list[int] = []
    for char in plain:
        if unicodedata.bidirectional(char) in removed:
            levels.append(levels[-1] if levels else base)
        else:
            levels.append(next(kept, base))
    for i in range(len(text) - 1, -1, -1):  # L1: white space at the end of a line takes the paragraph level
        if kinds[i] in ("WS", "BN") or text[i].isspace():
            levels[i] = base
        else:
            break
    return levels


def _inherits(char: str) -> bool:
    """Marks, joiners and variation selectors stay in the run of the character they belong to."""
    return unicodedata.category(char) in ("Mn", "Me", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F


@lru_cache(maxsize=20_000)
def shape_line(text: str, font: str, size: float) -> ShapedLine:
    """``text`` (one line, logical order) as positioned glyph runs in visual order."""
    rtl = base_rtl(text)
    levels = _levels(text, rtl)
    primary = primary_face(font)
    faces: list[Face] = []
    for i, char in enumerate(text):
        face = None
        if i and (_inherits(char) or (char == " " and faces[-1] != primary and ord(char) in _cmap(faces[-1]))):
            face = faces[-1]
        faces.append(face or face_for(char, font) or (faces[-1] if faces else primary))
    items: list[tuple[int, int, int, Face]] = []  # start, end, level, face
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start] or faces[i] != faces[start]:
            items.append((start, i, levels[start], faces[start]))
            start = i
    order = _visual_order([level for _, _, level, _ in items])
    runs: list[GlyphRun] = []
    x = 0.0
    for index in order:
        begin, end, level, face = items[index]
        run, advance = _shape(text[begin:end], face, size, level % 2 == 1, x)
        runs.append(run)
        x += advance
    return ShapedLine(x, tuple(runs), rtl)


def _visual_order(levels: list[int]) -> list[int]:
    """L2: reverse every sequence at or above each level, from the highest down to the lowest odd one."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    odd = [lv for lv in levels if lv % 2]
    lowest_odd = min(odd) if odd else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _shape(text: str, face: Face, size: float, rtl: bool, x0: float) -> tuple[GlyphRun, float]:
    import uharfbuzz as hb

    font, upem = _hb_font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buf, {"kern": True, "liga": True})
    scale = size / upem
    infos, positions = buf.glyph_infos, buf.glyph_positions
    clusters = sorted({info.cluster for info in infos})
    ends = {c: (clusters[i + 1] if i + 1 < len(clusters) else len(text)) for i, c in enumerate(clusters)}
    seen: set[int] = set()
    glyphs, places, texts, widths = [], [], [], []
    x = x0
    order = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    text_of = {}
    for i in order:  # the cluster's text goes with its logically first glyph
        cluster = infos[i].cluster
        text_of[i] = "" if cluster in seen else text[cluster:ends[cluster]]
        seen.add(cluster)
    for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        glyphs.append(info.codepoint)
        places.append((x + pos.x_offset * scale, -pos.y_offset * scale))
        texts.append(text_of[i])
        widths.append(font.get_glyph_h_advance(info.codepoint) * 1000 / upem)
        x += pos.x_advance * scale
    return GlyphRun(face, tuple(glyphs), tuple(places), tuple(texts), tuple(widths), rtl), x - x0
