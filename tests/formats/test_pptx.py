"""The PowerPoint export: opened back with python-pptx, every card is a native shape with its text."""

import re
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from pptx import Presentation
from pptx.util import Pt

from journeydesigner.export.safefile import ExportCancelled, ExportError
from journeydesigner.formats import pptx as deck
from journeydesigner.layout.wrap import wrap
from journeydesigner.model import EmotionCard
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.cli import export_with_cli
from tests.helpers.factories import projects, small_project


@pytest.fixture(scope="module")
def sample():
    return read_project(sample_path())


def words(text: str) -> str:
    return " ".join(text.split())


def squeeze(text: str) -> str:
    """Text without whitespace and control characters, which line breaking may turn into one another."""
    return re.sub(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]", "", text)


def export(project, tmp_path, **options):
    path = tmp_path / "out.pptx"
    warnings = deck.write(project, path, ExportOptions(**options))
    return Presentation(str(path)), warnings


def frame_texts(prs) -> list[str]:
    return [words(shape.text_frame.text) for slide in prs.slides for shape in deck.iter_shapes(slide.shapes)
            if shape.has_text_frame]


def test_every_card_title_is_in_a_native_text_frame(sample, tmp_path):
    prs, warnings = export(sample, tmp_path)
    texts = frame_texts(prs)
    assert warnings == []
    for jmap in sample.maps:
        for card in jmap.cards:
            assert any(words(card.title) in text for text in texts), card.title
    pictures = [s for slide in prs.slides for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == 2  # the two persona photos; the map is shapes, not a picture


def test_slides_title_maps_personas_jobs_and_their_order(sample, tmp_path):
    prs, _ = export(sample, tmp_path)
    map_slides = sum(len(deck.plan_map(sample, jmap).slides) for jmap in sample.maps)
    assert len(prs.slides) == 1 + map_slides + len(sample.personas) + 1
    assert prs.slide_width == Pt(960) and prs.slide_height == Pt(540)
    titles = [slide.shapes.title.text if slide.shapes.title else "" for slide in prs.slides]
    assert titles[1].startswith(sample.maps[0].name)
    assert titles[-3:] == [sample.personas[0].name, sample.personas[1].name, "Jobs to be done, ranked by opportunity"]
    assert any(sample.meta.title in text for text in frame_texts(prs)[:5])


def test_a_map_too_big_for_one_legible_slide_is_split_with_headers_repeated(sample, tmp_path):
    prs, _ = export(sample, tmp_path, sections=["maps"])
    jmap = sample.maps[0]
    assert len(prs.slides) > 1
    titles = {words(c.title) for c in jmap.cards}
    for slide in prs.slides:
        texts = frame_texts_of(slide)
        assert any(words(jmap.stages[0].name) in t or words(jmap.stages[3].name) in t for t in texts)
        sizes = [run.font.size.pt for shape in deck.iter_shapes(slide.shapes) if shape.has_text_frame
                 and shape.name.startswith("Card") for p in shape.text_frame.paragraphs for run in p.runs
                 if words(run.text) in titles and (run.font.bold or run.font.italic)]
        assert sizes and min(sizes) >= deck.LEGIBLE_PT - 0.05  # card titles stay legible
    lanes_seen = {lane.name for lane in jmap.lanes
                  if any(t.startswith(words(lane.name)) for slide in prs.slides for t in frame_texts_of(slide))}
    assert lanes_seen == {lane.name for lane in jmap.lanes}


def frame_texts_of(slide) -> list[str]:
    return [words(s.text_frame.text) for s in deck.iter_shapes(slide.shapes) if s.has_text_frame]


def test_a_small_map_is_one_slide_with_a_native_emotion_curve(tmp_path):
    prs, _ = export(small_project(), tmp_path, sections=["maps"])
    assert len(prs.slides) == 1
    shapes = list(deck.iter_shapes(prs.slides[0].shapes))
    curves = [s for s in shapes if s.name.startswith("Emotion curve")]
    assert len(curves) == 1 and curves[0].name.startswith("Emotion curve Ana")
    assert curves[0]._element.xpath(".//a:cubicBezTo")  # a smooth freeform, editable point by point
    dots = [s for s in shapes if s.name.startswith("Dot")]
    assert len(dots) >= 2


def test_speaker_notes_hold_each_stage_description_and_card_notes(sample, tmp_path):
    prs, _ = export(sample, tmp_path)
    notes = " ".join(words(s.notes_slide.notes_text_frame.text) for s in prs.slides if s.has_notes_slide)
    for stage in sample.maps[0].stages:
        assert words(stage.description) in notes
    noted = [c for c in sample.maps[0].cards if c.notes]
    assert noted and all(words(c.notes) in notes for c in noted)


def test_confidential_options_are_honoured(sample, tmp_path):
    lane = next(lane for lane in sample.maps[0].lanes if lane.name == "Research notes")
    prs, _ = export(sample, tmp_path, omit_lane_ids=[lane.id], anonymise_personas=True, omit_notes=True)
    everything = " ".join(frame_texts(prs)) + " ".join(
        s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide)
    assert "Churn peaks in November" not in everything
    assert "Maya Okafor" not in everything and "Persona A" in everything
    assert all(words(c.notes) not in everything for c in sample.maps[0].cards if c.notes)
    assert not [s for slide in prs.slides for s in slide.shapes if s.shape_type == 13]  # no photos


def test_text_is_arial_and_measured_wider_than_arial(sample, tmp_path):
    prs, _ = export(small_project(), tmp_path)
    fonts = {run.font.name for slide in prs.slides for s in deck.iter_shapes(slide.shapes) if s.has_text_frame
             for p in s.text_frame.paragraphs for run in p.runs}
    assert fonts <= {"Arial", None}  # None: the theme's font, which is Arial too
    from pptx.opc.constants import RELATIONSHIP_TYPE

    theme = prs.slide_master.part.part_related_by(RELATIONSHIP_TYPE.THEME).blob
    assert re.findall(rb'<a:(?:major|minor)Font><a:latin typeface="([^"]*)"', theme) == [b"Arial", b"Arial"]
    liberation = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
    if not shutil.os.path.exists(liberation):
        pytest.skip("Liberation Sans (Arial's metrics) is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("ArialMetrics", liberation))
    for card in sample.maps[0].cards:
        ours = wrap(card.title, "bold", 10.5, 200)
        assert all(pdfmetrics.stringWidth(line, "ArialMetrics", 10.5) <= 200 for line in ours)


def test_cancelled_or_failed_export_leaves_no_file(sample, tmp_path):
    with pytest.raises(ExportCancelled):
        deck.write(sample, tmp_path / "x.pptx", ExportOptions(), progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError, match="nothing to export"):
        deck.write(sample, tmp_path / "x.pptx", ExportOptions(sections=[]))
    with pytest.raises(ExportError):
        deck.write(sample, tmp_path / "missing" / "x.pptx", ExportOptions())


def test_the_command_line_exports_a_deck(sample, tmp_path):
    out = export_with_cli(sample, tmp_path, "deck.pptx")
    assert len(Presentation(str(out)).slides) > 3


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(projects())
def test_any_project_makes_a_deck_that_opens(tmp_path, project):
    prs, _ = export(project, tmp_path)
    # A title beside a channel badge keeps the layout's lines, so a word too long for one shows the hyphen its
    # break added ("000000-" "00"): compared without break hyphens.
    texts = deck._key(squeeze(" ".join(frame_texts(prs))))
    for jmap in project.maps:
        for card in jmap.cards:
            if not isinstance(card, EmotionCard):
                assert deck._key(squeeze(card.title))[:8] in texts or "…" in texts


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_deck(sample, tmp_path):
    deck.write(sample, tmp_path / "d.pptx", ExportOptions(sections=["cover", "maps"]))
    command = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "d.pptx")]
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    assert (tmp_path / "d.pdf").stat().st_size > 10_000


@pytest.mark.parametrize("suffix", [".pptx", ".html"])
def test_the_export_dialog_describes_a_format_without_a_preview_and_exports_it(qtbot, monkeypatch, tmp_path, suffix):
    from journeydesigner.app.export_dialog import ExportDialog
    from tests.helpers.gui import open_window

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    dialog = ExportDialog(window.doc, window.scene.map_id, {"map": None}, window)
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.update_preview()
    assert ("PowerPoint" if suffix == ".pptx" else "web page") in dialog.preview.text()
    assert dialog.pages.currentIndex() == 0 and not dialog.paper.isEnabled() and not dialog.tile.isEnabled()
    assert dialog.sections["personas"].isEnabled() and dialog.anonymise.isEnabled()
    assert dialog.export_button.isEnabled()
    dialog.anonymise.setChecked(True)
    path = tmp_path / f"client{suffix}"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=60_000)
    assert dialog.wait()
    if suffix == ".pptx":
        assert "Persona A" in [s.shapes.title.text for s in Presentation(str(path)).slides if s.shapes.title]
    else:
        assert "Persona A" in path.read_text(encoding="utf-8")


def test_card_text_is_left_aligned_and_only_curve_labels_centred(sample, tmp_path):
    from pptx.enum.text import PP_ALIGN

    prs, _ = export(sample, tmp_path, sections=["maps"])
    emotions = {words(c.title) for c in sample.maps[0].cards if isinstance(c, EmotionCard)}
    for slide in prs.slides:
        for shape in deck.iter_shapes(slide.shapes):
            if shape.has_text_frame and shape.name.startswith("Card"):
                text = words(shape.text_frame.text)
                on_curve = any(title and title in text for title in emotions)
                aligned = {p.alignment for p in shape.text_frame.paragraphs}
                assert aligned == ({PP_ALIGN.CENTER} if on_curve else {PP_ALIGN.LEFT}), text


@pytest.mark.parametrize("title", ["顧客はアプリで料金プランを比較し、最も安いものを選んで、すぐに申し込む",
                                   "Compares every subscription plan in the app before choosing the cheapest one"])
def test_a_title_beside_a_channel_badge_keeps_the_layouts_lines(tmp_path, title):
    """PowerPoint would wrap a title under the badge at the card's right: the layout's line breaks are kept, in
    any script (Japanese lines join with no space between them)."""
    project = small_project()
    project.maps[0].card("card-1").title = title
    prs, _ = export(project, tmp_path, sections=["maps"])
    frames = [shape.text_frame for slide in prs.slides for shape in deck.iter_shapes(slide.shapes)
              if shape.has_text_frame and squeeze(title) in squeeze(shape.text_frame.text)]
    assert len(frames) == 1
    lines = frames[0].paragraphs[0].text.split("\v")  # python-pptx's <a:br/>
    assert len(lines) >= 2 and squeeze("".join(lines)) == squeeze(title)


def test_a_word_the_layout_hyphenates_beside_a_badge_stays_whole(tmp_path):
    """The layout breaks "00000000" as "000000-" and "00" in a narrow stage; the deck keeps the title as typed."""
    project = small_project()
    project.maps[0].stages[0].width = 120
    project.maps[0].card("card-1").title = "00000000"
    prs, _ = export(project, tmp_path, sections=["maps"])
    assert any("00000000" in text for text in frame_texts(prs))


def test_the_client_logo_is_on_the_title_slide(tmp_path):
    from tests.helpers.factories import add_png, png_bytes

    project = small_project()
    project.meta.logo = add_png(project, png_bytes(120, 40, "#AA3311"))
    deck.write(project, tmp_path / "deck.pptx", ExportOptions())
    first = Presentation(str(tmp_path / "deck.pptx")).slides[0]
    pictures = [shape for shape in first.shapes if shape.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pictures) == 1 and pictures[0].width > 2 * pictures[0].height  # its own proportions


def test_every_run_says_its_language_for_the_spell_checker(tmp_path, monkeypatch):
    """German text is checked as German, not as American English; Arabic, Chinese, Hindi and Japanese cards as
    what their script says; the master's defaults (text typed into the deck later) are the deck's language."""
    import zipfile

    from lxml import etree

    monkeypatch.setattr("journeydesigner.formats.textlang.ui_language", lambda: "de_DE")
    project = small_project()
    project.meta.title = "Kundenreise Fahrradabo"
    project.meta.notes = "Workshop mit dem Vertrieb"
    jmap = project.maps[0]
    titles = {"Suchanzeige für Pendler": "de-DE", "مشكلة في الدفع": "ar-SA", "等待送货太久": "zh-CN",
              "भुगतान में समस्या": "hi-IN", "配達が遅すぎる": "ja-JP"}
    for card, title in zip(jmap.cards, titles, strict=False):
        card.title = title
    jmap.stages[0].description = "Erste Berührung mit der Marke"
    path = tmp_path / "out.pptx"
    deck.write(project, path, ExportOptions())
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    found: dict[str, str] = {}
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(package.read(name))
            for run in root.iter(f"{a}r", f"{a}fld"):
                text = run.findtext(f"{a}t") or ""
                lang = run.find(f"{a}rPr").get("lang")
                assert lang, (name, text)
                found[text] = lang
            defaults = [el.get("lang") for el in root.iter(f"{a}defRPr", f"{a}endParaRPr") if el.get("lang")]
            assert set(defaults) <= {"de-DE"}, name
        assert b"en-US" not in b"".join(package.read(n) for n in package.namelist() if n.endswith(".xml"))
    for title, lang in titles.items():  # an emotion's run holds its score too: "+1 等待送货太久"
        assert [found[text] for text in found if squeeze(title) in squeeze(text)] == [lang], title
    assert found["Kundenreise Fahrradabo"] == "de-DE"  # the title slide
    assert any(lang == "de-DE" and "Erste Berührung" in text for text, lang in found.items())  # speaker notes


def test_the_script_decides_a_run_language_only_where_it_is_clear():
    from journeydesigner.formats.textlang import document_language, language_of

    assert language_of("Zahlung fehlgeschlagen", "de-DE") == "de-DE"
    assert language_of("Paiement refusé", "fr-FR") == "fr-FR"
    assert language_of("فشل الدفع", "de-DE") == "ar-SA"
    assert language_of("فشل الدفع", "ar-EG") == "ar-EG"  # the document's own variant of the language
    assert language_of("付款失败", "en-GB") == "zh-CN"
    assert language_of("付款失败", "zh-TW") == "zh-TW"
    assert language_of("支払いに失敗しました", "en-US") == "ja-JP"  # kanji with kana is Japanese
    assert language_of("결제 실패", "en-US") == "ko-KR"
    assert language_of("Оплата не прошла", "uk-UA") == "uk-UA" and language_of("Оплата", "de-DE") == "ru-RU"
    assert language_of("Priya प्रिया", "en-GB") == "en-GB"  # mixed: more Latin letters
    assert language_of("+3 ★ 42 %", "es-ES") == "es-ES"  # no letters
    assert document_language({"LANG": "de_DE.UTF-8"}) == "de-DE" or document_language({}) != "en-US"


def test_the_title_slide_gives_the_project_date_and_version(tmp_path):
    from datetime import date

    project = small_project()
    project.meta.author, project.meta.date, project.meta.version = "Northlight", date(2026, 3, 25), "Draft 2"
    prs, _ = export(project, tmp_path)
    assert "Prepared by Northlight · 25 March 2026 · Draft 2" in " ".join(
        words(shape.text_frame.text) for shape in prs.slides[0].shapes if shape.has_text_frame)
