"""Read a .journey file defensively: every way a file can be bad ends in one ProjectFileError."""

import functools
import io
import json
import lzma
import math
import os
import re
import stat
import typing
import zipfile
import zlib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from journeydesigner.gcpause import collector_paused
from journeydesigner.i18n import tr
from journeydesigner.model import FORMAT_VERSION, GenericCard
from journeydesigner.model.project import Project
from journeydesigner.projectfile import limits
from journeydesigner.projectfile.errors import ProjectFileError, excerpt, format_loc, one_line, validation_message
from journeydesigner.projectfile.images import checked_image
from journeydesigner.projectfile.migrations import migrate, parse_version

PROJECT_JSON = "project.json"


def read_project(path: str | os.PathLike[str]) -> Project:
    """Open a project file; raises ProjectFileError with a message fit for the user."""
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
            return read_project_stream(handle)
    except FileNotFoundError:
        raise ProjectFileError(tr("does not exist")) from None
    except PermissionError:
        raise ProjectFileError(tr("cannot be read: permission denied")) from None
    except IsADirectoryError:
        raise ProjectFileError(tr("is a folder, not a project file")) from None
    except OSError as exc:
        reason = one_line(exc.strerror or exc)
        raise ProjectFileError(tr("cannot be read: {reason}").format(reason=reason[:1].lower() + reason[1:])) from None


def read_project_bytes(data: bytes) -> Project:
    return read_project_stream(io.BytesIO(data))


@collector_paused()
def read_project_stream(handle: Any) -> Project:
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
            return _read_archive(archive)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
                ValueError, NotImplementedError, RuntimeError, MemoryError) as exc:
            if isinstance(exc, RecursionError):
                raise ProjectFileError(tr("{project_json}: is nested too deeply").format(
                    project_json=PROJECT_JSON)) from None
            raise ProjectFileError(tr("is damaged or truncated ({reason})").format(reason=_plain(exc))) from None


def _plain(exc: BaseException) -> str:
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


def _read_archive(archive: zipfile.ZipFile) -> Project:
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
        mimetype = _read_entry(archive, info, 200).decode("ascii", "replace").strip()
        if mimetype != limits.MIMETYPE:
            raise ProjectFileError(tr("is a ZIP file but not a Journey Designer project (its type is "
                                      "'{mimetype}')").format(
                mimetype=one_line(mimetype, 60)))
    if PROJECT_JSON not in entries:
        raise ProjectFileError(tr("is a ZIP file without {project_json}, so it is not a Journey Designer "
                                  "project").format(
            project_json=PROJECT_JSON))
    raw = _read_entry(archive, entries[PROJECT_JSON], limits.MAX_JSON_BYTES)
    text, data = _parse_json(raw)
    version = parse_version(data)
    migrated = migrate(data)
    project = _validate(text if migrated is data else json.dumps(migrated, ensure_ascii=False))
    _note_newer_kinds(project, version)
    total, replaced = _load_images(archive, entries, project, len(raw))
    _keep_other_entries(archive, entries, project, total, replaced)
    return project


def _note_newer_kinds(project: Project, version: tuple[int, int]) -> None:
    """Cards and lanes of kinds this version does not know are shown as plain text and saved back as read; say so
    once. Usually the file is from a newer minor version; but such a card can also come into a file of this
    version (pasted from, or merged with, a newer one), and that file must open again too."""
    kinds = [card.kind for jmap in project.maps for card in jmap.cards if type(card) is GenericCard]
    kinds += [lane.newer_kind for jmap in project.maps for lane in jmap.lanes if lane.newer_kind is not None]
    if not kinds:
        return
    if version > parse_version({"format_version": FORMAT_VERSION}):
        note = tr("This file was saved by a newer version of Journey Designer (format {version}): %n card(s) or "
                  "lane(s) of kinds this version does not know are shown as plain text, and saving keeps them as "
                  "they were.", "", len(kinds)).format(version=f"{version[0]}.{version[1]}")
    else:
        note = tr("%n card(s) or lane(s) have a kind this version does not know (such as {kind}); they are shown as "
                  "plain text, and saving keeps them as they were.", "", len(kinds)).format(kind=excerpt(kinds[0]))
    project.load_notes.append(note)


def _load_images(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], project: Project,
                 total: int) -> tuple[int, set[str]]:
    """Every referenced image, decoded once to prove it whole; a missing or damaged one must not cost the user
    the whole map (it shows as a placeholder, with a warning), and one in a format or under a name this version
    does not store is converted or renamed, with a warning, so saving again keeps it."""
    damaged: set[str] = set()
    renamed: dict[str, str] = {}
    pixels = 0
    # Each image still to come is promised a share of the allowance, so thousands of small images cannot add up
    # past it either (they once did: every image was allowed at least MIN_REDUCED_PIXELS, whatever was left).
    pending = len({ref for _loc, ref in project.asset_refs()})
    share = min(limits.MIN_REDUCED_PIXELS, limits.MAX_PROJECT_PIXELS // max(1, pending))
    for loc, ref in list(project.asset_refs()):
        where = format_loc(loc)
        if ref in renamed:
            _point(project, loc, renamed[ref])
            continue
        if ref in project.assets or ref in damaged:
            continue
        pending -= 1
        if ref not in entries:
            project.load_warnings.append(tr("{where}: the image {ref} is missing from the file").format(
                where=where, ref=ref))
            damaged.add(ref)
            continue
        try:
            blob = _read_entry(archive, entries[ref], limits.MAX_ASSET_BYTES)
            image = checked_image(blob, ref, max(limits.MAX_PROJECT_PIXELS - pixels - share * pending, share))
        except (ProjectFileError, zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            project.load_warnings.append(f"{where}: {exc}")
            damaged.add(ref)
            continue
        pixels += image.pixels
        total += len(image.data)
        if total > limits.MAX_TOTAL_BYTES:
            raise ProjectFileError(tr("unpacks to more than {max_total_bytes} MiB").format(
                max_total_bytes=limits.MAX_TOTAL_BYTES // 2**20))
        if image.ref != ref:
            project.load_warnings.append(f"{where}: {image.note}")
            renamed[ref] = image.ref
            _point(project, loc, image.ref)
        project.assets[image.ref] = image.data
    return total, set(renamed)  # and the images replaced by what they became: those are not kept


def _keep_other_entries(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], project: Project,
                        total: int, replaced: set[str]) -> None:
    """Every entry not read above (an image only a newer version's field names, an image nothing names, a damaged
    one) is kept as it is, undecoded, and written back by the next save: this version cannot tell who needs it.
    Within the same limits as the images, which the writer checks again; beyond them it is left out, said so."""
    for name, info in entries.items():
        if name in (PROJECT_JSON, "mimetype") or name.endswith("/") or name in project.assets or name in replaced:
            continue
        shown = one_line(name, 80)
        if info.file_size > limits.MAX_ASSET_BYTES or total + info.file_size > limits.MAX_TOTAL_BYTES:
            project.load_warnings.append(tr("{name}: is too large to keep; saving leaves it out").format(name=shown))
            continue
        try:
            blob = _read_entry(archive, info, min(limits.MAX_ASSET_BYTES, limits.MAX_TOTAL_BYTES - total))
        except (ProjectFileError, zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            project.load_warnings.append(tr("{name}: cannot be read ({reason}); saving leaves it out").format(
                name=shown, reason=_plain(exc)))
            continue
        total += len(blob)
        project.kept_entries[name] = blob


def _point(project: Project, loc: tuple[str | int, ...], ref: str) -> None:
    """Make the photo or card image at ``loc`` (from Project.asset_refs) name ``ref``."""
    if loc[0] == "personas":
        project.personas[int(loc[1])].photo = ref
    else:
        project.maps[int(loc[1])].cards[int(loc[3])].image = ref


_METHODS = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA"}


def _is_safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return False
    return all(part not in {"", "..", "."} for part in name.rstrip("/").split("/"))


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
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


def _parse_json(raw: bytes) -> tuple[str, dict[str, Any]]:
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


def _depth(data: object, start: int = 1) -> int:
    deepest, stack = 0, [(data, start)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limits.MAX_JSON_DEPTH:
            break
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
    return deepest


def _check_depth(project: Project) -> None:
    """Only fields from a newer version can nest freely: the schema bounds the rest. So the depth walk visits
    the models' unknown fields, not the whole document (at 20,000 cards the full walk cost as much as
    validating). A loop over a stack, not nested generators; the cards without an unknown field (nearly all) are
    passed over in one list comprehension."""
    stack: list[tuple[BaseModel, int]] = [(project, 1)]
    while stack:
        model, depth = stack.pop()
        for value in (model.__pydantic_extra__ or {}).values():
            if _depth(value, depth + 1) > limits.MAX_JSON_DEPTH:
                raise ProjectFileError(tr("{project_json}: is nested more than {max_json_depth} levels deep").format(
                    project_json=PROJECT_JSON, max_json_depth=limits.MAX_JSON_DEPTH))
        for name in _model_fields(type(model)):
            value = getattr(model, name)
            if isinstance(value, BaseModel):
                stack.append((value, depth + 1))
            if not isinstance(value, list):
                continue
            kinds: set[type[BaseModel]] = {type(item) for item in value}
            if any(_model_fields(kind) for kind in kinds):
                stack.extend((item, depth + 2) for item in value)
            else:  # cards: only an unknown field of theirs can nest, and few cards have one (a list, at C speed)
                stack.extend([(item, depth + 2) for item in value if item.__pydantic_extra__])


@functools.cache
def _model_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` whose type can hold a model (a model, a list or union of them)."""
    return tuple(name for name, field in cls.model_fields.items() if _holds_models(field.annotation))


def _holds_models(annotation: object) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in typing.get_args(annotation))


def _validate(text: str) -> Project:
    """Strict validation (pydantic's JSON mode): "2" and true are not numbers, 2.5 is not a whole number."""
    try:
        project = Project.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise ProjectFileError(validation_message(exc)) from None
    _check_depth(project)
    problems = project.problems()
    if problems:
        first = problems[0]
        more = tr(" (and %n more problem(s))", "", len(problems) - 1) if len(problems) > 1 else ""
        raise ProjectFileError(f"{format_loc(first.loc)}: {first.message}{more}")
    return project
