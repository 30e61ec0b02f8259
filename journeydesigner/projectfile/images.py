"""Check image bytes from a project file: a real image, decoded once in full (a damaged stream that only
fails when drawn is caught here, not in the middle of an export), within the pixel limits, and stored in a
format and under a name this version writes back."""

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from PIL import Image, ImageOps

from journeydesigner.i18n import tr
from journeydesigner.projectfile.errors import ProjectFileError
from journeydesigner.projectfile.limits import MAX_IMAGE_PIXELS

FORMAT_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
# Read and converted to PNG with a warning: what other programs put in a ZIP they call .journey.
CONVERTED_FORMATS = ("BMP", "TIFF", "ICO")
REDUCED_SIDE = 2000


@dataclass(frozen=True)
class CheckedImage:
    ref: str  # the name to store it under: the one asked for, or a new one after converting or renaming
    data: bytes
    pixels: int
    note: str = ""  # what was done, for the load warnings, when ``ref`` changed


def asset_ref(data: bytes, ext: str) -> str:
    return f"assets/{hashlib.sha256(data).hexdigest()}.{ext}"


def checked_image(data: bytes, where: str, pixel_budget: int = MAX_IMAGE_PIXELS) -> CheckedImage:
    """The image ``data`` as it should be stored, or a ProjectFileError naming ``where``.

    ``pixel_budget`` is what is left of the project's allowance: decoded pixels are bounded across the whole
    project, not only per image."""
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
                if fmt == "JPEG":  # every byte is still decoded; at 1/64 of the memory
                    image.draft("RGB", (REDUCED_SIDE, REDUCED_SIDE) if over_budget else
                                (max(1, width // 8), max(1, height // 8)))
                image.load()
                if over_budget:
                    return _reduced(image, where, fmt, pixel_budget)
                if fmt in FORMAT_EXTENSIONS:
                    ext = FORMAT_EXTENSIONS[fmt]
                    ref = asset_ref(data, ext)
                    if PurePosixPath(ref).name == PurePosixPath(where).name:
                        return CheckedImage(where, data, width * height)
                    return CheckedImage(ref, data, width * height, tr(
                        "the image {where} is a {fmt} image stored under the wrong name; it is kept as {ref}").format(
                        where=where, fmt=fmt, ref=ref))
                png = _as_png(ImageOps.exif_transpose(image))
                ref = asset_ref(png, "png")
                return CheckedImage(ref, png, width * height, tr(
                    "the image {where} is a {fmt} image; it was converted to PNG ({ref}), which saving keeps").format(
                    where=where, fmt=fmt, ref=ref))
    except ProjectFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ProjectFileError(tr("{where}: the image has an absurd number of pixels").format(where=where)) from None
    except Exception:  # Pillow raises many kinds for broken data; all mean the same to the user
        raise ProjectFileError(tr("{where}: is not a readable image").format(where=where)) from None


def _reduced(image: Image.Image, where: str, fmt: str, pixel_budget: int) -> CheckedImage:
    """An image beyond what is left of the project's pixel allowance, made to fit it (and never larger than
    REDUCED_SIDE, 300 ppi over 17 cm, plenty for a photo on a map) instead of left out."""
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
        "the image {where} is {width} × {height} pixels, more than the project's images may have together; it "
        "was reduced to {small_width} × {small_height} ({ref}), which saving keeps").format(
        where=where, width=width, height=height, small_width=small.width, small_height=small.height, ref=ref))


def _as_png(image: Image.Image) -> bytes:
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()

