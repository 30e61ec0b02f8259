"""The real-content fixture's photos, exported as a client gets them: a sideways 4000 × 3000 phone photo with
EXIF orientation, a CMYK JPEG, a palette GIF with a transparent colour, a 16 × 16 PNG, a transparent card picture
and a JPEG logo. Each prints upright, cropped to its box, at most 300 ppi; only the tiny one is warned about; the
logo is on the cover and the title slide; PowerPoint and HTML get the same prepared pictures."""

import base64
import io
import re
import shutil
import subprocess
import zipfile

import pytest
from PIL import Image

from journeydesigner.export.pdf import write_pdf
from journeydesigner.formats import html, pptx
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from tests.fixtures.make_real_content import PATH

needs_poppler = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def project():
    return read_project(PATH)


def upright(image: Image.Image) -> bool:
    """Layla's photo the right way up: red above, blue below (it is stored sideways, EXIF orientation 6)."""
    rgb = image.convert("RGB")
    top, bottom = rgb.getpixel((rgb.width // 2, 3)), rgb.getpixel((rgb.width // 2, rgb.height - 4))
    return top[0] > 150 > top[2] and bottom[2] > 120 > bottom[0]


def pdf_images(path) -> list[dict[str, str]]:
    """poppler's list of the images in a PDF: page, size and resolution at the size each prints."""
    lines = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True,
                           timeout=60).stdout.splitlines()
    head = lines[0].split()
    return [dict(zip(head, line.split(), strict=False)) for line in lines[2:]]


@needs_poppler
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_photo_prints_upright_at_print_resolution_and_only_the_tiny_one_is_warned(project, tmp_path, paper):
    path = tmp_path / "real.pdf"
    warnings = write_pdf(project, ExportOptions(paper=paper), path)
    images = [i for i in pdf_images(path) if i["type"] == "image"]
    assert images[0]["page"] == "1" and images[0]["enc"] == "jpeg"  # the JPEG logo is on the cover
    assert all(int(i["x-ppi"]) <= 301 for i in images)  # a 4000 × 3000 photo is not carried whole
    low = [w for w in warnings if "ppi" in w]
    assert len(low) == 1 and low[0].startswith("the photo of Dmitri Дмитрий prints at 6 ppi")
    assert sorted(int(i["x-ppi"]) for i in images)[1] >= 150
    from pypdf import PdfReader

    reader = PdfReader(path)
    layla = next(page for page in reader.pages if "Layla" in (page.extract_text() or "") and page.images
                 and "Goals" in (page.extract_text() or ""))
    [photo] = layla.images
    assert photo.image.width == photo.image.height  # cropped to its square box
    assert upright(photo.image)


@needs_poppler
def test_an_anonymised_pdf_has_no_persona_photo(project, tmp_path):
    path = tmp_path / "client.pdf"
    write_pdf(project, ExportOptions(paper="A4", anonymise_personas=True), path)
    pages = {i["page"] for i in pdf_images(path)}
    assert pages <= {"1", "4"}  # the logo and the map's card picture (cover thumbnail, its tile), no persona


def test_powerpoint_gets_photos_cropped_upright_and_reduced(project, tmp_path):
    out = tmp_path / "deck.pptx"
    pptx.write(project, out, ExportOptions())
    with zipfile.ZipFile(out) as deck:
        media = {name: Image.open(io.BytesIO(deck.read(name))) for name in deck.namelist()
                 if name.startswith("ppt/media/")}
    sizes = sorted(max(image.size) for image in media.values())
    assert sizes[-1] <= 800  # 190 pt at 300 ppi: the phone's 4000 px are not carried
    layla = [image for image in media.values() if image.size == (792, 792)]
    assert layla and upright(layla[0])  # square as its box, not stretched; upright though PowerPoint ignores EXIF
    assert any(abs(image.size[0] / image.size[1] - 3) < 0.05 for image in media.values())  # the JPEG logo


def test_the_html_page_carries_prepared_photos(project, tmp_path):
    out = tmp_path / "map.html"
    html.write(project, out, ExportOptions())
    page = out.read_text(encoding="utf-8")
    images = [Image.open(io.BytesIO(base64.b64decode(data)))
              for data in re.findall(r"data:image/(?:png|jpeg);base64,([A-Za-z0-9+/=]+)", page)]
    assert images and max(max(image.size) for image in images) <= 800  # a card's picture: 675 px
    assert any(image.size == (562, 562) and upright(image) for image in images)  # 180 CSS px at 300 ppi
    assert "class='logo'" in page
