"""The parallel PNG encoder: what a standard decoder (Pillow) reads back is exactly what was drawn."""

import os

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journeydesigner.export.pngwrite import BAND_ROWS, IDAT_BYTES, save_png


def drawn_image(width: int, height: int, transparent: bool) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i in range(12):
        painter.setBrush(QColor.fromHsv(i * 30, 200, 220))
        painter.drawRoundedRect(QRectF(i * 37 % width, i * 91 % height, 120, 60), 8, 8)
    painter.drawText(20, 40, "Journey Designer — Ü €")
    painter.end()
    return image


def test_an_opaque_image_round_trips_exactly(qapp, tmp_path):
    image = drawn_image(517, 3 * BAND_ROWS + 77, transparent=False)  # bands that do not divide evenly
    path = tmp_path / "opaque.png"
    save_png(image, path, dots_per_meter=round(192 / 0.0254), alpha=False)
    decoded = Image.open(path)
    decoded.load()
    assert decoded.size == (517, 3 * BAND_ROWS + 77) and decoded.mode == "RGB"
    assert round(decoded.info["dpi"][0]) == 192
    expected = image.convertToFormat(QImage.Format.Format_RGB888)
    for x, y in [(0, 0), (40, 30), (200, 300), (516, 3 * BAND_ROWS + 76), (100, BAND_ROWS), (300, 2 * BAND_ROWS - 1)]:
        color = expected.pixelColor(x, y)
        assert decoded.getpixel((x, y)) == (color.red(), color.green(), color.blue()), (x, y)


def test_a_transparent_image_keeps_its_alpha(qapp, tmp_path):
    image = drawn_image(300, 300, transparent=True)
    path = tmp_path / "clear.png"
    save_png(image, path, dots_per_meter=3780, alpha=True)
    decoded = Image.open(path)
    decoded.load()
    assert decoded.mode == "RGBA"
    expected = image.convertToFormat(QImage.Format.Format_RGBA8888)
    clear = next((x, y) for y in range(300) for x in range(300) if expected.pixelColor(x, y).alpha() == 0)
    assert decoded.getpixel(clear)[3] == 0  # the background stays see-through
    inside = expected.pixelColor(60, 30)
    assert inside.alpha() == 255
    assert decoded.getpixel((60, 30)) == (inside.red(), inside.green(), inside.blue(), 255)


def test_a_stream_longer_than_one_chunk_is_split_and_read_whole(qapp, tmp_path):
    """Noise does not compress: the stream spans several IDAT chunks, written and read back in order."""
    width, height = 700, 700
    noise = os.urandom(width * height * 3)
    image = QImage(noise, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    path = tmp_path / "noise.png"
    save_png(image, path, dots_per_meter=3780, alpha=False, workers=3)
    assert path.stat().st_size > IDAT_BYTES
    decoded = Image.open(path)
    decoded.load()
    assert decoded.tobytes() == noise
