"""Check image bytes from a project file: a real image, decoded once in full (a damaged stream that only
fails when drawn is caught here, not in the middle of an export), within the pixel limits, and stored in a
format and under a name this version writes back."""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
import zlib
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from msgspec import Struct

from journeydesigner.i18n import tr
from journeydesigner.projectfile.errors import ProjectFileError
from journeydesigner.projectfile.limits import MAX_IMAGE_PIXELS

if TYPE_CHECKING:  # PIL is imported where an image is decoded: opening a project without images, or
    from PIL import Image  # `journeydesigner validate`, does not pay for it

FORMAT_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
# Read and converted to PNG with a warning: what other programs put in a ZIP they call .journey.
CONVERTED_FORMATS = ("BMP", "TIFF", "ICO")
REDUCED_SIDE = 2000


class CheckedImage(Struct, frozen=True):
    ref: str  # the name to store it under: the one asked for, or a new one after converting or renaming
    data: bytes
    pixels: int
    note: str = ""  # what was done, for the load warnings, when ``ref`` changed


def asset_ref(data: bytes, ext: str) -> str:
    """The name an image is stored under in a project: its bytes' SHA-256, so the same image is stored once."""
    return f"assets/{hashlib.sha256(data).hexdigest()}.{ext}"


def checked_image(data: bytes, where: str, pixel_budget: int = MAX_IMAGE_PIXELS) -> CheckedImage:
    """The image ``data`` as it should be stored, or a ProjectFileError naming ``where``.

    ``pixel_budget`` is what is left of the project's allowance: decoded pixels are bounded across the whole
    project, not only per image."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[*FORMAT_EXTENSIONS, *CONVERTED_FORMATS]) as image:
                fmt = image.format or ""
                width, height = image.size
                if width <= 0 or height <= 0 or width * height > MAX_IMAGE_PIXELS:
                    raise ProjectFileError(
                        tr("{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million"
                           " pixels allowed").format(
                            where=where, width=width, height=height, max_image_pixels=MAX_IMAGE_PIXELS // 1_000_000))
                over_budget = width * height > pixel_budget
                if over_budget:
                    if fmt == "JPEG":
                        image.draft("RGB", (REDUCED_SIDE, REDUCED_SIDE))
                    image.load()
                    return _reduced(image, fmt, pixel_budget)
                if fmt == "PNG":
                    _check_png_stream(data)  # as thorough as decoding, at the speed of zlib
                else:
                    if fmt == "JPEG":  # every byte is still decoded; at 1/64 of the memory
                        image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                    image.load()
                if fmt in FORMAT_EXTENSIONS:
                    ext = FORMAT_EXTENSIONS[fmt]
                    ref = asset_ref(data, ext)
                    if PurePosixPath(ref).name == PurePosixPath(where).name:
                        return CheckedImage(where, data, width * height)
                    return CheckedImage(ref, data, width * height, tr(
                        "the image is a {fmt} image stored under the wrong name; it is kept under its right name"
                    ).format(fmt=fmt))
                png = _as_png(ImageOps.exif_transpose(image))
                ref = asset_ref(png, "png")
                return CheckedImage(ref, png, width * height, tr(
                    "the image is a {fmt} image; it was converted to PNG, which saving keeps").format(fmt=fmt))
    except ProjectFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ProjectFileError(tr("{where}: the image has an absurd number of pixels").format(where=where)) from None
    except Exception:  # Pillow raises many kinds for broken data; all mean the same to the user
        raise ProjectFileError(tr("{where}: is not a readable image").format(where=where)) from None


_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # by PNG colour type


def _check_png_stream(data: bytes) -> None:
    """Inflate a PNG's image data without unfiltering it: a damaged zlib stream (even one with correct CRCs)
    or one of the wrong length raises, in a fraction of the time and memory a full decode takes."""
    width, height, depth, colour, _compression, _filter, interlace = struct.unpack(">IIBBBBB", data[16:29])
    stream = zlib.decompressobj()
    pos, produced = 8, 0
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            chunk = data[pos + 8:pos + 8 + length]
            while chunk:
                produced += len(stream.decompress(chunk, 1 << 20))
                chunk = stream.unconsumed_tail
        elif kind == b"IEND":
            break
        pos += 12 + length
    produced += len(stream.flush())
    if not stream.eof:
        raise ValueError("the image data ends early")
    if not interlace and produced != ((width * depth * _CHANNELS.get(colour, 0) + 7) // 8 + 1) * height:
        raise ValueError("the image data has the wrong length")


def _reduced(image: Image.Image, fmt: str, pixel_budget: int) -> CheckedImage:
    """An image beyond what is left of the project's pixel allowance, made to fit it (and never larger than
    REDUCED_SIDE, 300 ppi over 17 cm, plenty for a photo on a map) instead of left out."""
    from PIL import Image, ImageOps

    width, height = image.size
    small = ImageOps.exif_transpose(image)
    side = max(1, int((pixel_budget / (width * height)) ** 0.5 * max(width, height)))
    small.thumbnail((min(side, REDUCED_SIDE), min(side, REDUCED_SIDE)), Image.Resampling.LANCZOS)
    if fmt == "JPEG":
        out = io.BytesIO()
        small.convert("RGB").save(out, "JPEG", quality=90)
        data, ext = out.getvalue(), "jpg"
    else:
        data, ext = _as_png(small), "png"
    ref = asset_ref(data, ext)
    return CheckedImage(ref, data, small.width * small.height, tr(
        "the image is {width} × {height} pixels, more than the project's images may have together; it was reduced "
        "to {small_width} × {small_height}, which saving keeps").format(
        width=width, height=height, small_width=small.width, small_height=small.height))


def _as_png(image: Image.Image) -> bytes:
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()

