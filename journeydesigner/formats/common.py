"""What every importer shares: a size-limited read, text decoding that names what it guessed, cell names; and the
XML-safe text every XML writer (SVG, PowerPoint, Excel) needs.

Qt-free. Importers refuse bad input with ``ImportFailed`` (one sentence) and collect what they worked
around as warnings for the preview and the command line.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from journeydesigner.formats import ImportFailed
from journeydesigner.i18n import tr

MAX_IMPORT_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 500  # the model's ShortText
MAX_LONG_CHARS = 20_000  # the model's LongText
# Characters JSON (and so a project) may hold but XML 1.0 may not: a file holding one would not open.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids (a NUL or ESC pasted into a title)."""
    return _NOT_XML.sub("", text)


def read_limited(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes, refused in one sentence when missing, a folder, unreadable or too large."""
    try:
        if path.is_dir():
            raise ImportFailed(tr("{name} is a folder, not a file").format(name=path.name))
        size = path.stat().st_size
        if size > limit:
            raise ImportFailed(tr("{name} is {size} MB, larger than the {limit} MB an import may be").format(
                name=path.name, size=math.ceil(size / 2**20), limit=limit // 2**20))
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(tr("{name} does not exist").format(name=path.name)) from None
    except PermissionError:
        raise ImportFailed(tr("{name} cannot be read: permission denied").format(name=path.name)) from None
    except OSError as exc:
        raise ImportFailed(tr("{name} cannot be read: {reason}").format(
            name=path.name, reason=exc.strerror or exc)) from None


def decode_text(data: bytes, name: str, warnings: list[str]) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is read as Windows-1252, with a warning,
    because that is what Excel on Windows writes when it is asked for "CSV" and not "CSV UTF-8"."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFailed(tr("{name} starts like UTF-16 text but byte {offset} is not").format(
                name=name, offset=exc.start)) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append(tr("{name} is not UTF-8; it was read as Windows-1252 (Western European): check accented "
                               "letters, or save it as \"CSV UTF-8\"").format(name=name))
    if "\x00" in text:
        raise ImportFailed(tr("{name} is not a text file (it contains NUL bytes)").format(name=name))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the names spreadsheet users see."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """``row 3, column B`` for 0-based indexes."""
    return tr("row {row}, column {column}").format(row=row + 1, column=column_letter(column))


def clip(text: str, limit: int, where: object, warnings: list[str]) -> str:
    """Text the model can hold: longer text is cut, with a warning naming the place."""
    if len(text) <= limit:
        return text
    warnings.append(tr("{where}: the text was cut to {limit} characters").format(where=where, limit=limit))
    return text[:limit]


def round_half_away(value: float) -> int:
    """1.5 → 2 and -1.5 → -2: score mappings stay symmetric around neutral."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))
