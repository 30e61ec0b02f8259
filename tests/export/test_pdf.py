"""The PDF read back with a real reader: text, pages, metadata, bookmarks, fonts, and what it leaves out."""

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from journeydesigner.export.pdf import write_pdf
from journeydesigner.export.safefile import ExportCancelled, ExportError
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path


@pytest.fixture(scope="module")
def sample():
    return read_project(sample_path())


def export(project, tmp_path, **options):
    path = tmp_path / "out.pdf"
    warnings = write_pdf(project, ExportOptions(**options), path)
    return PdfReader(path), warnings, path


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_every_card_can_be_found_in_the_text(sample, tmp_path):
    reader, _, _ = export(sample, tmp_path)
    text = text_of(reader)
    for card in sample.maps[0].cards:
        for word in card.title.replace("“", "").replace("”", "").split()[:4]:
            assert word in text, f"{word!r} of {card.title!r} is not searchable"


def test_pages_metadata_and_bookmarks(sample, tmp_path):
    reader, _, _ = export(sample, tmp_path, layout="fit")
    assert len(reader.pages) == 6  # cover, map, two personas, jobs, legend
    meta = reader.metadata
    assert meta.title == "Pedalway e-bike subscription"
    assert meta.author == "Northlight Consulting"
    assert "Pedalway GmbH" in meta.subject
    assert "Subscribing to an e-bike" in meta["/Keywords"]
    outline = [item.title for item in reader.outline]
    assert outline == ["Cover", "Subscribing to an e-bike", "Personas", "Jobs to be done", "Legend"]


def test_fonts_are_embedded_subsets(sample, tmp_path):
    reader, _, _ = export(sample, tmp_path, sections=["maps"])
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
                   if "/DescendantFonts" in font.get_object() else font.get_object()["/FontDescriptor"].get_object()
                   for font in fonts.values()]
    assert descriptors
    for descriptor in descriptors:
        assert "/FontFile2" in descriptor
        assert "+" in descriptor["/FontName"]  # SUBSET+Name


def test_sections_can_be_chosen(sample, tmp_path):
    reader, _, _ = export(sample, tmp_path, sections=["maps", "jobs"], layout="fit")
    assert len(reader.pages) == 2
    assert "ranked by opportunity" in text_of(reader)


def test_jobs_are_ranked_by_opportunity(sample, tmp_path):
    reader, _, _ = export(sample, tmp_path, sections=["jobs"])
    text = text_of(reader)
    ranked = sorted(sample.jobs, key=lambda j: -j.opportunity)
    positions = [text.index(job.statement[:30]) for job in ranked]
    assert positions == sorted(positions)


def test_tiles_repeat_the_headers_on_every_page(sample, tmp_path):
    reader, warnings, _ = export(sample, tmp_path, sections=["maps"], layout="tile", tiles=(2, 4), paper="A4")
    assert len(reader.pages) == 8
    for page in reader.pages:
        text = " ".join((page.extract_text() or "").split())
        assert "Customer actions" in text or "Emotions" in text or "Pain points" in text or "KPIs" in text
        assert "Part " in text
    first, second = (" ".join((p.extract_text() or "").split()) for p in reader.pages[:2])
    assert "Awareness" in first and "Advocacy" in second
    assert not warnings


def test_small_text_is_warned_about_with_its_share_and_size(sample, tmp_path):
    _, warnings, _ = export(sample, tmp_path, sections=["maps"], paper="A4", layout="fit")
    assert len(warnings) == 1 and "% of the map's words would print below 6 pt" in warnings[0]
    share = int(warnings[0].split("”: ")[1].split(" %")[0])
    size = float(warnings[0].split("smallest at ")[1].split(" pt")[0])
    assert 90 <= share <= 100 and 2 < size < 6


def test_confidential_export_leaves_out_lanes_names_and_photos(sample, tmp_path):
    notes_lane = next(lane.id for lane in sample.maps[0].lanes if lane.name == "Research notes")
    reader, _, path = export(sample, tmp_path, omit_lane_ids=[notes_lane], anonymise_personas=True, omit_notes=True)
    text = text_of(reader)
    assert "Churn peaks in November" not in text
    assert "Maya Okafor" not in text and "Persona A" in text
    assert "Interviews with 12 subscribers" not in text
    assert b"/Subtype /Image" not in path.read_bytes()
    assert "Churn peaks in November" in [c.title for c in sample.maps[0].cards]  # the project is untouched


def test_cancelled_export_leaves_no_file(sample, tmp_path):
    path = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        write_pdf(sample, ExportOptions(), path, progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(sample, tmp_path, monkeypatch):
    from journeydesigner.export import pdfpaint

    path = tmp_path / "deliverable.pdf"
    path.write_bytes(b"yesterday's PDF")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdfpaint.PdfPainter, "paint", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        write_pdf(sample, ExportOptions(), path)
    assert path.read_bytes() == b"yesterday's PDF"
    assert [p.name for p in tmp_path.iterdir()] == ["deliverable.pdf"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_pdf_renders(sample, tmp_path):
    _, _, path = export(sample, tmp_path, sections=["maps"], layout="fit")
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")], check=True, timeout=60)
    from PIL import Image

    [png] = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    assert image.getextrema()[0] < 80  # dark stage headers are there, not a blank page


@pytest.mark.parametrize("title", ["Plain ASCII (with) back\\slash", "Café, naïve, €59 — “quoted”", "Ünïcödé → 日本"])
def test_any_text_is_written_so_a_reader_finds_it(tmp_path, title):
    """The painter writes content-stream operators itself: ASCII, other subsets and PDF's special characters
    must all come back out of a real reader as they went in."""
    from reportlab.pdfgen.canvas import Canvas

    from journeydesigner.export.pdfpaint import PdfPainter
    from journeydesigner.layout.fonts import register_fonts
    from journeydesigner.layout.ops import Box, Group, Text

    fonts = register_fonts()
    pdf = tmp_path / "t.pdf"
    canvas = Canvas(str(pdf), pagesize=(400, 200), initialFontName=fonts["regular"])
    canvas.translate(0, 200)
    canvas.scale(1, -1)
    painter = PdfPainter(canvas, {})
    painter.paint([Group(20, 40, [Box(0, 0, 300, 40, fill="#FF000080", stroke="#222222", radius=6),
                                  Text(8, 20, title, "bold", 12, "#000000")])])
    canvas.save()
    page = PdfReader(pdf).pages[0]
    expected = title.replace("日本", "")  # DejaVu has no CJK glyphs: they are dropped, not garbled
    assert expected.strip() in page.extract_text().replace("\n", " ")
    assert "/ExtGState" in page["/Resources"]  # the half-transparent fill asked for transparency


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_transparency_after_a_group_is_not_lost(tmp_path):
    """A group is drawn inside q … Q, which undoes its transparency in the PDF; reportlab must be told too,
    or the next half-transparent fill after the group is written without its transparency."""
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from journeydesigner.export.pdfpaint import PdfPainter
    from journeydesigner.layout.ops import Box, Group

    pdf = tmp_path / "alpha.pdf"
    canvas = Canvas(str(pdf), pagesize=(200, 100))
    canvas.translate(0, 100)
    canvas.scale(1, -1)
    PdfPainter(canvas, {}).paint([Group(0, 0, [Box(0, 0, 100, 100, fill="#00008080")]),
                                  Box(100, 0, 100, 100, fill="#00008080")])
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "alpha")], check=True,
                   timeout=60)
    image = Image.open(tmp_path / "alpha.png").convert("RGB")
    inside, after = image.getpixel((50, 50)), image.getpixel((150, 50))
    assert inside[0] > 100  # half-transparent navy over white
    assert after == inside
