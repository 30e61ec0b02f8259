"""Photos for print (Qt-free): the part of an image that shows in its box, turned the way its EXIF says, at no
more than 300 ppi at the size it prints. A 6000 × 4000 camera JPEG in a 5 cm persona box becomes a 600-pixel
JPEG, not 12 MB of PDF with the cropped-off parts still inside; one image is decoded at a time (JPEGs already
reduced while decoding), so the memory of an export does not grow with the photos a project holds."""

import functools
import io
import math
from dataclasses import dataclass

from PIL import Image, ImageOps

PRINT_PPI = 300
LOW_PPI = 150  # below this at its printed size, a photo looks blocky: the export warns
_TRANSPOSED = {5, 6, 7, 8}  # EXIF orientations that swap width and height
_ORIENTATION = 0x0112


@dataclass(frozen=True)
class PrintImage:
    data: bytes  # JPEG (photos) or PNG (with transparency)
    ppi: float  # the source's resolution at its printed size, before any reduction


def print_image(data: bytes, box_w: float, box_h: float, printed_w_pt: float) -> PrintImage | None:
    """The image ``data`` covering a ``box_w`` × ``box_h`` box (cropped as the canvas crops it) that prints
    ``printed_w_pt`` points wide; None when the bytes do not decode."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if image.getexif().get(_ORIENTATION, 1) in _TRANSPOSED:
                width, height = height, width
            visible_w = box_w / max(box_w / width, box_h / height)
            inches = max(printed_w_pt, 1e-6) / 72
            ppi = visible_w / inches
            keep = min(1.0, PRINT_PPI / ppi)
            if image.format == "JPEG" and keep < 1:  # decode at 1/2, 1/4 or 1/8 straight away
                image.draft("RGB", (math.ceil(image.size[0] * keep), math.ceil(image.size[1] * keep)))
            upright = ImageOps.exif_transpose(image)
            return PrintImage(_cropped(upright, box_w, box_h, keep * width / upright.size[0]), ppi)
    except Exception:  # Pillow raises many kinds for broken data; the box then shows a placeholder
        return None


@functools.lru_cache(maxsize=16)
def fitted(data: bytes, box_w: float, box_h: float, printed_w_pt: float) -> bytes | None:
    """``print_image``'s bytes alone, remembered: a deck or page that shows one image on many cards decodes it
    once per size."""
    printable = print_image(data, box_w, box_h, printed_w_pt)
    return printable.data if printable else None


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of the image as it shows (EXIF orientation applied), read from its header; None when the
    bytes are no image. Any format the project holds, not only PNG: a client's JPEG logo is common."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if image.getexif().get(_ORIENTATION, 1) in _TRANSPOSED:
                width, height = height, width
    except Exception:  # Pillow raises many kinds for broken data
        return None
    return (width, height) if width > 0 and height > 0 else None


def _cropped(image: Image.Image, box_w: float, box_h: float, keep: float) -> bytes:
    width, height = image.size
    scale = max(box_w / width, box_h / height)
    visible_w, visible_h = box_w / scale, box_h / scale
    left, top = (width - visible_w) / 2, (height - visible_h) / 2
    part = image.crop((round(left), round(top), round(left + visible_w), round(top + visible_h)))
    if keep < 1:
        part = part.resize((max(1, round(visible_w * keep)), max(1, round(visible_h * keep))),
                           Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if part.mode in ("RGBA", "LA", "PA") or (part.mode == "P" and "transparency" in part.info):
        part.convert("RGBA").save(out, "PNG")
    else:
        part.convert("RGB").save(out, "JPEG", quality=90, optimize=True)
    return out.getvalue()
