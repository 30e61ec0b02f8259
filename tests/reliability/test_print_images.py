"""Photos in the PDF: cropped to what shows, EXIF orientation applied, at most 300 ppi at their printed size, and
a warning for one that would print blocky (issue 12, "Photos")."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from journeydesigner.export.pdf import write_pdf
from journeydesigner.export.printimage import print_image
from journeydesigner.model.export_settings import ExportOptions
from tests.helpers.factories import add_png, small_project


def halves(width: int, height: int, orientation: int = 1, fmt: str = "JPEG") -> bytes:
    """Left half red, right half blue; ``orientation`` is written as EXIF, not applied."""
    image = Image.new("RGB", (width, height), "#FF0000")
    image.paste(Image.new("RGB", (width // 2, height), "#0000FF"), (width // 2, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, fmt, exif=exif.tobytes(), quality=95)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def test_exif_orientation_is_applied():
    # Orientation 6: the camera was turned; shown upright, the red half is on top.
    printable = print_image(halves(300, 200, orientation=6), 100, 150, 100)
    assert printable is not None
    image = decoded(printable.data)
    assert image.width < image.height
    top, bottom = image.getpixel((image.width // 2, 5)), image.getpixel((image.width // 2, image.height - 5))
    assert top[0] > 200 > top[2] and bottom[2] > 200 > bottom[0]


def test_only_what_shows_is_kept():
    # A wide image in a square box: the canvas shows the middle, so the left and right ends are cut off.
    printable = print_image(halves(400, 100), 100, 100, 1000)
    assert printable is not None
    image = decoded(printable.data)
    assert image.size == (100, 100)
    assert image.getpixel((10, 50))[0] > 200 and image.getpixel((90, 50))[2] > 200


def test_a_large_photo_is_reduced_to_300_ppi():
    # 6000 px across a box printed 2 inches wide: 3000 ppi, reduced to 600 px.
    printable = print_image(halves(6000, 4000), 150, 100, 144)
    assert printable is not None and printable.ppi == pytest.approx(3000)
    assert decoded(printable.data).size == (600, 400)


def _pdf_with_photo(tmp_path, photo: bytes):
    project = small_project()
    project.personas[0].photo = add_png(project, photo)
    path = tmp_path / "out.pdf"
    warnings = write_pdf(project, ExportOptions(paper="A4", sections=["personas"]), path)
    return path, warnings


def test_a_camera_photo_does_not_bloat_the_pdf(tmp_path):
    path, warnings = _pdf_with_photo(tmp_path, halves(6000, 4000))
    assert path.stat().st_size < 600_000  # the 6000 × 4000 photo itself is larger than this
    [image] = PdfReader(path).pages[0].images
    assert max(image.image.size) <= 1200
    assert not [w for w in warnings if "ppi" in w]


def test_a_tiny_photo_gets_a_warning(tmp_path):
    _path, warnings = _pdf_with_photo(tmp_path, halves(16, 16, fmt="PNG"))
    [warning] = [w for w in warnings if "ppi" in w]
    assert warning.startswith("the photo of Ana prints at ") and "below the 150 ppi" in warning


def test_qt_paths_turn_photos_upright_and_bound_their_size(qapp):
    """The canvas, presentation, PNG and SVG decode through decode_image: EXIF applied, size bounded."""
    from journeydesigner.imagedecode import MAX_SIDE, decode_image

    image = decode_image(halves(300, 200, orientation=6))
    assert (image.width(), image.height()) == (200, 300)
    top = image.pixelColor(100, 5)
    assert top.red() > 200 > top.blue()
    big = decode_image(halves(6000, 4000))
    assert max(big.width(), big.height()) == MAX_SIDE
    assert decode_image(b"").isNull() and decode_image(b"not an image").isNull()
