"""The .journey container without the models: the file, the ZIP archive, its entries and the strict JSON parse.
Shared by the reader and by `validate`'s quick check (quick.py), which must not import pydantic (issue 15)."""

import io
import json
import lzma
import math
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from journeydesigner.i18n import tr
from journeydesigner.projectfile import limits
from journeydesigner.projectfile.errors import ProjectFileError, format_loc, one_line

PROJECT_JSON = "project.json"
T = TypeVar("T")


def read_file(path: str | os.PathLike[str], read: Callable[[BinaryIO], T]) -> T:
    """``read`` of the open file, after the checks any path needs; raises ProjectFileError with a message fit for
    the user."""
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat of what was opened, not of the name.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ProjectFileError(tr("is not a file (it is a device, a pipe or a socket)"))
            if info.st_size > limits.MAX_FILE_BYTES:
                raise ProjectFileError(tr("is {size} MiB, larger than the {max_file_bytes} MiB a project file "
                                          "may be").format(
                    size=info.st_size // 2**20, max_file_bytes=limits.MAX_FILE_BYTES // 2**20))
            return read(handle)
    except FileNotFoundError:
        raise ProjectFileError(tr("does not exist")) from None
    except PermissionError:
        raise ProjectFileError(tr("cannot be read: permission denied")) from None
    except IsADirectoryError:
        raise ProjectFileError(tr("is a folder, not a project file")) from None
    except OSError as exc:
        reason = one_line(exc.strerror or exc)
        raise ProjectFileError(tr("cannot be read: {reason}").format(reason=reason[:1].lower() + reason[1:])) from None


def read_stream(handle: BinaryIO, read: Callable[[zipfile.ZipFile, dict[str, zipfile.ZipInfo], bytes], T]) -> T:
    """``read`` of the archive, its checked entries and project.json's bytes; every way the container can be bad
    ends in one ProjectFileError, and so does a damaged entry ``read`` meets."""
    try:
        archive = zipfile.ZipFile(handle)
    except zipfile.BadZipFile:
        raise ProjectFileError(tr("is not a Journey Designer project (it is not a ZIP container, "
                               "or it is truncated)")) from None
    except (OSError, ValueError, EOFError, NotImplementedError, RuntimeError, zlib.error, lzma.LZMAError):
        raise ProjectFileError(tr("is damaged: its ZIP directory cannot be read")) from None
    with archive:
        try:
            _check_framing(handle, archive)
            entries = _entries(archive)
            return read(archive, entries, read_entry(archive, entries[PROJECT_JSON], limits.MAX_JSON_BYTES))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
                ValueError, NotImplementedError, RuntimeError, MemoryError) as exc:
            if isinstance(exc, RecursionError):
                raise ProjectFileError(tr("{project_json}: is nested too deeply").format(
                    project_json=PROJECT_JSON)) from None
            raise ProjectFileError(tr("is damaged or truncated ({reason})").format(reason=plain(exc))) from None


def plain(exc: BaseException) -> str:
    text = one_line(str(exc) or type(exc).__name__, 160)
    return text[:1].lower() + text[1:]


def _check_framing(handle: Any, archive: zipfile.ZipFile) -> None:
    """Nothing before the first entry and nothing after the end record: a .journey file is exactly one
    archive, so a file glued to something else (a self-extractor, a polyglot, a download with junk) is refused."""
    infos = archive.infolist()
    if infos and min(info.header_offset for info in infos) != 0:
        raise ProjectFileError(tr("has data before its ZIP archive; a project file is a ZIP archive and "
                                  "nothing else"))
    end = handle.seek(0, io.SEEK_END)
    handle.seek(end - 22 - len(archive.comment))
    if handle.read(4) != b"PK\x05\x06":
        raise ProjectFileError(tr("has data after its ZIP archive; a project file is a ZIP archive and "
                                  "nothing else"))


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every entry by name, each checked; the mimetype, when present, right; project.json there."""
    infos = archive.infolist()
    if len(infos) > limits.MAX_ENTRIES:
        raise ProjectFileError(tr("has {count} entries, more than the {max_entries} allowed").format(
            count=len(infos), max_entries=limits.MAX_ENTRIES))
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        shown = one_line(repr(name)[1:-1], 80)
        if not _is_safe_name(name):
            raise ProjectFileError(tr("contains an entry that points outside the project ('{name}')").format(
                name=shown))
        if name in entries:
            raise ProjectFileError(tr("contains the entry '{name}' twice").format(name=shown))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ProjectFileError(tr("contains a symbolic link ('{name}'); a project file holds only plain "
                                      "entries").format(name=shown))
        if info.flag_bits & 0x1:
            raise ProjectFileError(tr("{name}: is encrypted; Journey Designer files are never encrypted, so "
                                      "it cannot be read").format(name=shown))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            method = _METHODS.get(info.compress_type, tr("method {number}").format(number=info.compress_type))
            raise ProjectFileError(tr("{name}: is compressed with {method}; Journey Designer files use only "
                                      "deflate").format(name=shown, method=method))
        entries[name] = info
    if "mimetype" in entries:  # optional (the 0.x prototype wrote none), but exactly right when present
        info = entries["mimetype"]
        if info is not infos[0] or info.compress_type != zipfile.ZIP_STORED:
            raise ProjectFileError(tr("is not a well-formed project file: its 'mimetype' entry must come first "
                                      "and be stored uncompressed"))
        mimetype = read_entry(archive, info, 200).decode("ascii", "replace").strip()
        if mimetype != limits.MIMETYPE:
            raise ProjectFileError(tr("is a ZIP file but not a Journey Designer project (its type is "
                                      "'{mimetype}')").format(
                mimetype=one_line(mimetype, 60)))
    if PROJECT_JSON not in entries:
        raise ProjectFileError(tr("is a ZIP file without {project_json}, so it is not a Journey Designer "
                                  "project").format(
            project_json=PROJECT_JSON))
    return entries


_METHODS = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA"}


def _is_safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return False
    return all(part not in {"", "..", "."} for part in name.rstrip("/").split("/"))


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes; the sizes in the ZIP header are not trusted."""
    if info.file_size > limit:
        raise ProjectFileError(tr("{filename}: is {file_size:,} bytes, more than the {limit:,} allowed").format(
            filename=one_line(info.filename, 80), file_size=info.file_size, limit=limit))
    # No compression-ratio test: a project of repeated notes really does deflate 1000:1, and the writer makes
    # such files. A bomb is stopped here instead, by never inflating past the limit whatever the header says.
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise ProjectFileError(tr("{filename}: unpacks to more than the {limit:,} bytes allowed").format(
                    filename=one_line(info.filename, 80), limit=limit))
            chunks.append(chunk)
    return b"".join(chunks)


class _Refused:
    """Put in place of a value the JSON parser met but the format refuses, so the place can be named."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


MAX_NUMBER_CHARS = 40
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json(raw: bytes) -> tuple[str, dict[str, Any]]:
    """Strict JSON: no NaN or Infinity, no number too big for a double or too long to be a number a person
    typed, no key twice in one object, no lone surrogate (it could never be written back as UTF-8)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(tr("{project_json}: is not UTF-8 text (byte {start})").format(
            project_json=PROJECT_JSON, start=exc.start)) from None
    refused: list[object] = []

    def refuse(reason: str) -> _Refused:
        marker = _Refused(reason)
        refused.append(marker)
        return marker

    def number(token: str) -> object:
        if len(token) > MAX_NUMBER_CHARS:
            return refuse(tr("is a number {count:,} characters long; a number may have at most {limit}").format(
                count=len(token), limit=MAX_NUMBER_CHARS))
        value = float(token) if "." in token or "e" in token or "E" in token else int(token)
        if isinstance(value, float) and not math.isfinite(value):
            return refuse(tr("is a number too large to store ({token})").format(token=token))
        return value

    def constant(token: str) -> object:
        return refuse(tr("is {token}, which is not a number JSON allows").format(token=token))

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) != len(items):
            seen: set[str] = set()
            for key, _value in items:
                if key in seen:
                    obj[key] = refuse(tr("appears twice in the same object; each name may appear once"))
                    break
                seen.add(key)
        return obj

    try:
        data = json.loads(text, parse_float=number, parse_int=number, parse_constant=constant,
                          object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(tr("{project_json}: is not valid JSON: {message} at line {lineno}, column "
                                  "{colno}").format(
            project_json=PROJECT_JSON, message=exc.msg.lower(), lineno=exc.lineno, colno=exc.colno)) from None
    except RecursionError:
        raise ProjectFileError(tr("{project_json}: is nested too deeply").format(project_json=PROJECT_JSON)) from None
    if refused:
        loc, marker = _find(data, lambda node: isinstance(node, _Refused))
        raise ProjectFileError(f"{format_loc(loc)}: {marker.reason}")
    if _SURROGATE_ESCAPE.search(text):  # paired escapes (an emoji) are fine; look for a lone one only then
        found = _find(data, _lone_surrogate, keys=True)
        if found is not None:
            raise ProjectFileError(tr("{where}: holds a lone surrogate (\\u escape), which is not a character"
                                      ).format(where=format_loc(found[0])))
    if not isinstance(data, dict):
        raise ProjectFileError(tr("{project_json}: must hold an object, not a {kind}").format(
            project_json=PROJECT_JSON, kind=type(data).__name__))
    return text, data


def _lone_surrogate(node: object) -> bool:
    if not isinstance(node, str):
        return False
    try:
        node.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _find(data: object, wanted: Any, keys: bool = False) -> Any:
    """(place, node) of the first node ``wanted`` says yes to (with ``keys``, object names too), or None."""
    stack: list[tuple[tuple[str | int, ...], object]] = [((), data)]
    while stack:
        loc, node = stack.pop()
        if wanted(node):
            return loc, node
        if isinstance(node, dict):
            for key, child in reversed(node.items()):
                if keys and wanted(key):
                    return (*loc, key.encode("utf-8", "backslashreplace").decode("ascii")), key
                stack.append(((*loc, key), child))
        elif isinstance(node, list):
            stack.extend(((*loc, i), child) for i, child in reversed(list(enumerate(node))))
    return None
