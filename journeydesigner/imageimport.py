"""Images coming into a project (persona photos): checked, scaled to a sensible size, stored by hash."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from journeydesigner.i18n import tr
from journeydesigner.projectfile.images import asset_ref

MAX_SIDE = 640  # plenty for a persona page printed at A3; keeps project files small
MAX_INPUT_BYTES = 50 * 1024 * 1024


class ImageImportError(Exception):
    """The file or clipboard content is not a usable image; the message is for the user."""


def import_image_bytes(data: bytes, name: str | None = None) -> tuple[str, bytes]:
    """Returns (asset ref, PNG bytes) for ``data``, scaled so its longer side is at most MAX_SIDE."""
    if len(data) > MAX_INPUT_BYTES:
        raise ImageImportError(tr("{name} is larger than {limit} MB.").format(
            name=name or tr("The image"), limit=MAX_INPUT_BYTES // 2**20))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(256)  # MB: a decompression bomb is refused before it is decoded
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise ImageImportError(tr("{name} is not an image Journey Designer can read (PNG, JPEG, GIF, WebP or BMP).")
                               .format(name=name or tr("The image")))
    return encode_image(image)


def import_image_file(path: Path) -> tuple[str, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageImportError(tr("“{name}” cannot be read: {reason}.").format(
            name=path.name, reason=exc.strerror or exc)) from None
    return import_image_bytes(data, tr("“{name}”").format(name=path.name))


def encode_image(image: QImage) -> tuple[str, bytes]:
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(out, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str; its stubs say bytes
    png = bytes(out.data().data())
    return asset_ref(png, "png"), png
