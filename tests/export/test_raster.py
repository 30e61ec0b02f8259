"""PNG and SVG: real pixels of the map, and the same picture as the PDF."""

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtGui import QImage

from journeydesigner.export.raster import MAX_PIXELS, render_image, write_png
from journeydesigner.export.safefile import ExportError
from journeydesigner.export.svg import write_svg
from journeydesigner.layout.map_layout import layout_map
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path


@pytest.fixture(scope="module")
def sample():
    return read_project(sample_path())


def test_png_shows_the_map_at_the_chosen_scale(qapp, sample, tmp_path):
    path = tmp_path / "map.png"
    write_png(sample, sample.maps[0].id, path, ExportOptions(png_scale=1.5))
    layout = layout_map(sample.maps[0], sample.personas)
    image = Image.open(path).convert("RGB")
    assert image.size == (round(layout.width * 1.5), round(layout.height * 1.5))
    stats = ImageStat.Stat(image.convert("L"))
    assert stats.stddev[0] > 20  # not a blank page
    assert len(image.getcolors(1 << 20) or []) > 200  # many colours: cards, curves, text


def test_transparent_png_has_no_background(qapp, sample, tmp_path):
    path = tmp_path / "clear.png"
    write_png(sample, sample.maps[0].id, path, ExportOptions(png_scale=0.5, transparent=True))
    image = Image.open(path)
    assert image.mode == "RGBA"
    alpha = image.getchannel("A")
    clear = alpha.histogram()[0] / (image.width * image.height)
    assert 0.2 < clear < 0.95  # empty cells show through; cards and headers do not


def test_huge_png_is_refused_with_the_limit(qapp, sample):
    with pytest.raises(ExportError, match=f"{MAX_PIXELS // 1_000_000} million pixels"):
        render_image(sample, sample.maps[0].id, scale=20)


def test_svg_is_a_drawing(qapp, sample, tmp_path):
    path = tmp_path / "map.svg"
    write_svg(sample, sample.maps[0].id, path, ExportOptions())
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Awareness" in text and "Instagram reel" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_pdf_and_png_of_the_same_map_agree(qapp, sample, tmp_path):
    """Both draw the same ops: rendered at the same size, the pictures are nearly identical."""
    from reportlab.pdfgen.canvas import Canvas

    from journeydesigner.export.pdfpaint import PdfPainter
    from journeydesigner.layout.mapdraw import map_ops

    jmap = sample.maps[0]
    layout = layout_map(jmap, sample.personas)
    ops = map_ops(layout, jmap.name, {s.id: s.description for s in jmap.stages})
    pdf = tmp_path / "map.pdf"
    canvas = Canvas(str(pdf), pagesize=(layout.width, layout.height))
    canvas.translate(0, layout.height)
    canvas.scale(1, -1)
    PdfPainter(canvas, sample.assets).paint(ops)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "96", "-png", "-singlefile", str(pdf), str(tmp_path / "pdf")], check=True,
                   timeout=60)
    from_pdf = Image.open(tmp_path / "pdf.png").convert("L")
    qimage: QImage = render_image(sample, jmap.id, scale=96 / 72)
    buffer = io.BytesIO()
    from PySide6.QtCore import QBuffer, QIODevice

    qbuffer = QBuffer()
    qbuffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qimage.save(qbuffer, "PNG")
    buffer.write(bytes(qbuffer.data()))
    from_qt = Image.open(io.BytesIO(buffer.getvalue())).convert("L").resize(from_pdf.size)
    difference = ImageStat.Stat(ImageChops.difference(from_pdf, from_qt)).mean[0]
    assert difference < 6, f"mean difference {difference:.1f} of 255"
