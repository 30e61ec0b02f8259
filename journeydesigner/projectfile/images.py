"""Check image bytes before anything decodes them: real image, known format, sane pixel count."""

import io
import warnings

from PIL import Image

from journeydesigner.i18n import tr
from journeydesigner.projectfile.errors import ProjectFileError
from journeydesigner.projectfile.limits import MAX_IMAGE_PIXELS

FORMAT_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}


def image_extension(data: bytes, where: str) -> str:
    """The file extension for ``data``, or a ProjectFileError naming ``where``; reads headers only."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt = image.format or ""
                width, height = image.size
                if fmt not in FORMAT_EXTENSIONS:
                    raise ProjectFileError(tr("{where}: is a {fmt} image; use PNG, JPEG, GIF or WebP").format(
                        where=where, fmt=fmt or 'unknown'))
                if width * height > MAX_IMAGE_PIXELS or width <= 0 or height <= 0:
                    raise ProjectFileError(
                        tr("{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million"
                           " pixels allowed").format(
                            where=where, width=width, height=height, max_image_pixels=MAX_IMAGE_PIXELS // 1_000_000)
                    )
                image.verify()
    except ProjectFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ProjectFileError(tr("{where}: the image has an absurd number of pixels").format(where=where)) from None
    except Exception:  # Pillow raises many kinds for broken data; all mean the same to the user
        raise ProjectFileError(tr("{where}: is not a readable image").format(where=where)) from None
    return FORMAT_EXTENSIONS[fmt]
