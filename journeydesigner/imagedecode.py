"""Project images for Qt (the canvas, presentation, PNG and SVG): turned the way their EXIF says, and decoded no
larger than a drawing needs, so a file full of camera photos cannot take gigabytes of memory."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

# A card image or persona photo is drawn at most a few hundred points wide; this covers a PNG export at 8×.
MAX_SIDE = 2400


def decode_image(data: bytes, max_side: int = MAX_SIDE) -> QImage:
    """The image in ``data`` (a null QImage when it does not decode), upright, longer side at most ``max_side``."""
    if not data:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(256)  # MB, as on import: a bomb is refused before it is decoded
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        factor = max_side / max(size.width(), size.height())
        reader.setScaledSize(QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor))))
    image = reader.read()
    buffer.close()
    return image
