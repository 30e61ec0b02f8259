"""Every script a consultant meets, in every renderer: shaped, in reading order, searchable, wrapped alike."""

import re
import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.export.pdf import write_pdf
from journeydesigner.layout.fonts import is_simple, shape_line, text_width
from journeydesigner.layout.wrap import SHY, set_language, wrap
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from tests.fixtures.make_real_content import PATH, real_content_project, visible_strings

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def squeeze(text: str) -> str:
    """Text as compared: compatibility forms folded, and no white space, hyphens or direction marks, which
    line breaks and poppler's bidi add."""
    text = unicodedata.normalize("NFKC", BIDI_CONTROLS.sub("", text)).replace(SHY, "")
    return re.sub(r"[\s\-]+", "", text)


def test_fixture_is_the_generated_project():
    """tests/fixtures/real-content.journey is what make_real_content builds (regenerate it after a change). The
    images are compared by whether they are there: another Pillow may encode the same picture to other bytes."""
    def content(project):
        data = project.model_dump(include={"personas", "jobs", "maps"})
        for holder in [*data["personas"], *(card for jmap in data["maps"] for card in jmap["cards"])]:
            for key in ("photo", "image"):
                if key in holder:
                    holder[key] = holder[key] is not None
        return data

    assert content(read_project(PATH)) == content(real_content_project())


@needs_poppler
def test_pdf_gives_every_string_back(tmp_path):
    """The whole deliverable (map tiles, personas, jobs) exported from the real-content fixture: pdftotext
    finds every stage, persona and card name in every script, Arabic and Hebrew in reading order."""
    project = read_project(PATH)
    pdf = tmp_path / "real.pdf"
    write_pdf(project, ExportOptions(paper="A3", tiles=(3, 1)), pdf)
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=120,
                         check=True).stdout
    text = squeeze(raw)
    missing = [s for s in visible_strings(project) if any(squeeze(word) not in text for word in s.split())]
    assert not missing, f"not found in the PDF's text: {missing}"
    assert "\ufffd" not in raw and not re.search("[\ue000-\uf8ff]", raw)  # no unknown or private-use glyphs


@needs_poppler
def test_pdf_embeds_a_font_for_each_script(tmp_path):
    project = read_project(PATH)
    pdf = tmp_path / "real.pdf"
    write_pdf(project, ExportOptions(sections=["maps"], paper="A3"), pdf)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    for family in ("DejaVuSans", "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai"):
        assert family in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


def test_arabic_is_joined_and_right_to_left():
    word = "مرحبا"
    joined = shape_line(word, "regular", 10).runs[0]
    alone = [shape_line(c, "regular", 10).runs[0].glyphs[0] for c in word]
    assert joined.rtl and joined.face.name.startswith("JD-NotoSansArabic")
    assert set(joined.glyphs) != set(alone)  # initial, medial and final forms, not isolated letters
    # The first letter read (meem) is drawn rightmost: glyphs come in visual order, the cluster last.
    assert joined.texts[-1] == "م" and joined.positions[-1][0] > joined.positions[0][0]


def test_mixed_direction_line_orders_runs_visually():
    line = shape_line("שלום world 123", "regular", 10)
    assert line.rtl  # the paragraph starts right to left
    order = ["".join(run.texts[::-1] if run.rtl else run.texts).strip() for run in line.runs]
    assert order == ["world 123", "שלום"]  # Latin on the left, Hebrew (read first) on the right


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30))
def test_any_text_shapes_and_measures(text):
    """Unassigned characters, isolates, controls, mixed scripts: shaping never fails, widths are finite."""
    line = shape_line(text, "regular", 9)
    assert 0 <= line.width < 10_000
    if not is_simple(text, "regular"):  # what takes the shaped path is measured by its shaping
        assert line.width == pytest.approx(text_width(text, "regular", 9))


@pytest.mark.parametrize("text", ["नमस्ते दुनिया", "สวัสดีครับ", "你好，世界", "日本語のテキスト", "한국어", "Ride 🚲 😀"])
def test_every_script_has_a_real_glyph(text):
    line = shape_line(text, "regular", 10)
    assert all(g != 0 for run in line.runs for g in run.glyphs), "a .notdef box (tofu) would be drawn"
    assert line.width == pytest.approx(text_width(text, "regular", 10))


def test_plain_text_keeps_the_fast_path():
    assert is_simple("Awareness and Consideration", "bold")
    assert is_simple("Осведомлённость · Ενημέρωση", "regular")  # DejaVu draws it one glyph per letter
    assert not is_simple("מחיר", "regular") and not is_simple("价格", "regular")


def test_soft_hyphen_is_invisible_unless_the_line_breaks_there():
    assert wrap(f"Kunden{SHY}zufriedenheit", "regular", 9, 500) == ("Kundenzufriedenheit",)
    lines = wrap(f"Kunden{SHY}zufriedenheits{SHY}befragung", "regular", 9, 90)
    assert lines[0].endswith("-") and SHY not in "".join(lines)
    assert "".join(line.removesuffix("-") for line in lines) == "Kundenzufriedenheitsbefragung"


def test_words_break_after_their_own_hyphens_first():
    assert wrap("state-of-the-art", "regular", 9, 60)[0] in ("state-of-the-", "state-of-")


def test_language_aware_hyphenation():
    set_language("de")
    try:
        lines = wrap("Donaudampfschifffahrtsgesellschaft", "regular", 9, 80)
    finally:
        set_language(None)
    assert all(line.endswith("-") for line in lines[:-1])
    heads = [line.removesuffix("-") for line in lines[:-1]]
    assert heads[0] in ("Donau", "Donaudampf", "Donaudampf­schiff")  # a syllable, never an arbitrary letter
    assert "".join(heads) + lines[-1] == "Donaudampfschifffahrtsgesellschaft"


def test_cjk_breaks_between_characters_without_hyphens():
    lines = wrap("客户在网站上比较三家供应商的价格和服务条款", "regular", 9, 60)
    assert len(lines) > 1 and not any(line.endswith("-") for line in lines)


words = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüß-"), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=8), st.floats(30, 300))
def test_lines_fit_and_never_break_mid_letter_without_a_hyphen(parts, width):
    text = " ".join(parts)
    lines = wrap(text, "regular", 9, width)
    glued = "".join(line + ("" if line.endswith("-") else " ") for line in lines).replace(" ", "")
    # Every letter is kept; a break inside a word shows a hyphen (its own, or one added there).
    assert glued.replace("-", "") == text.replace(" ", "").replace("-", "")
    for line in lines:
        assert text_width(line, "regular", 9) <= width + 0.01 or len(line.removesuffix("-")) <= 1


def test_rtl_card_text_aligns_right():
    from journeydesigner.layout.textflow import TextFlow

    flow = TextFlow(10, 0, 200)
    flow.lines("العميل يقارن الخطط", ("regular", 9.0, 12.0), "#000000")
    op = flow.ops[0]
    assert op.x + text_width(op.text, "regular", 9.0) == pytest.approx(210)


def test_svg_embeds_its_fonts_and_names_a_generic_fallback(qapp, tmp_path):
    """An SVG looks the same on a machine without DejaVu: subsets of the fonts inside, then generic families;
    shaped scripts are outlines."""
    import xml.etree.ElementTree as ET

    from journeydesigner.export.svg import write_svg

    project = read_project(PATH)
    path = tmp_path / "map.svg"
    write_svg(project, project.maps[0].id, path, ExportOptions())
    svg = path.read_text(encoding="utf-8")
    ET.fromstring(svg.encode("utf-8"))  # well-formed
    assert svg.count("@font-face") == 3 and "base64," in svg
    assert 'font-family="DejaVu Sans"' not in svg and "sans-serif" in svg
    assert "Website comparison" in svg  # plain text stays text: searchable, selectable
    body = svg.split("</desc>", 1)[1]  # the title and description name the map, in its own words
    assert "يقارن" not in body  # Arabic is drawn as shaped outlines, which no viewer can unjoin
    assert len(svg) < 8_000_000


def test_hyphenation_follows_the_program_language(qapp):
    from journeydesigner import i18n
    from journeydesigner.layout import wrap as wrapping

    i18n.install("de_DE")
    try:
        assert wrapping.language() == "de_DE"
    finally:
        i18n.uninstall()
    assert wrapping.language() == wrapping.default_language()


def test_a_character_no_font_has_is_named_in_a_warning(tmp_path):
    from journeydesigner.model import Kind, make_card

    project = real_content_project()
    jmap = project.maps[0]
    jmap.cards.append(make_card(Kind.ACTION, "lane-action", jmap.stages[0].id, title="Unassigned \u0378"))
    warnings = write_pdf(project, ExportOptions(sections=["maps"]), tmp_path / "boxes.pdf")
    assert any("U+0378" in w and "fonts-noto" in w for w in warnings)


THAI = "ลูกค้าอ่านเงื่อนไขการสมัครสมาชิกบนเว็บไซต์และเปรียบเทียบราคากับผู้ให้บริการรายอื่นก่อนตัดสินใจ"
THAI_WORDS = ["ลูกค้า", "อ่าน", "เงื่อนไข", "การ", "สมัคร", "สมาชิก", "บน", "เว็บไซต์", "และ", "เปรียบ", "เทียบ",
              "ราคา", "กับ", "ผู้", "ให้", "บริการ", "ราย", "อื่น", "ก่อน", "ตัดสิน", "ใจ"]


@pytest.mark.parametrize("width", [40.0, 60.0, 75.0, 90.0, 120.0, 160.0, 200.0])
def test_thai_breaks_between_words_never_inside_one(width):
    """Thai has no spaces: a line broken inside a word ("ราคากั|บ", "with" cut as "wi|th") is wrong to a Thai
    reader. Lines end only where a word ends (ICU's dictionary, found through the ICU Qt ships)."""
    from journeydesigner.layout.linebreak import word_breaks

    assert word_breaks(THAI) is not None, "no ICU found: Thai would break between any two letters"
    ends = {sum(len(w) for w in THAI_WORDS[:k]) for k in range(1, len(THAI_WORDS) + 1)}
    lines = wrap(THAI, "regular", 9.0, width)
    assert "".join(lines) == THAI
    assert len(lines) > 1 or width >= 200
    for k in range(1, len(lines)):
        assert len("".join(lines[:k])) in ends, f"line {k} ends inside a word: {lines[k - 1]!r} | {lines[k]!r}"


def test_hyphenation_follows_the_project_language():
    """A German project hyphenates by German rules and an English one by English rules, whatever the program
    speaks, in one process one after the other ("Kundenzufrie-" in German, "Kunden-" then "zufriedenheits-" in
    English): card looks and hyphenation points remembered for one language are not reused for the other."""
    import pyphen

    from journeydesigner.layout import wrap as wrapping
    from journeydesigner.layout.mapdraw import project_map_drawing
    from journeydesigner.layout.ops import Text
    from journeydesigner.model import JourneyMap, Kind, Lane, Project, ProjectMeta, Stage, make_card

    word = "Kundenzufriedenheitsbefragungsergebnisse"
    drawn = {}
    try:
        for code in ("de_DE", "en_US", "de_DE"):
            jmap = JourneyMap(id="m", stages=[Stage(id="s", name="Kauf", width=120)],
                              lanes=[Lane(id="l", name="Aktionen", kind=Kind.ACTION)],
                              cards=[make_card(Kind.ACTION, "l", "s", id="c", title="x", body=word)])
            box = project_map_drawing(Project(meta=ProjectMeta(language=code), maps=[jmap]), jmap).layout.cards["c"]
            lines = [op.text for op in box.ops if isinstance(op, Text)][1:]
            assert drawn.setdefault(code, lines) == lines
            assert "".join(line.removesuffix("-") for line in lines) == word
            points = set(pyphen.Pyphen(lang=code).positions(word))
            ends = [len("".join(line.removesuffix("-") for line in lines[:k])) for k in range(1, len(lines))]
            assert all(end in points for end in ends), f"{code}: {lines}"
    finally:
        wrapping.set_language(None)
    assert drawn["de_DE"] != drawn["en_US"]
