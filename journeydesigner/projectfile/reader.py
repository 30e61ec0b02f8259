"""Read a .journey file defensively: every way a file can be bad ends in one ProjectFileError."""

import functools
import hashlib
import json
import lzma
import os
import typing
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ValidationError

from journeydesigner.i18n import tr
from journeydesigner.model.project import Project
from journeydesigner.projectfile import limits
from journeydesigner.projectfile.errors import ProjectFileError, format_loc, validation_message
from journeydesigner.projectfile.images import image_extension
from journeydesigner.projectfile.migrations import migrate

PROJECT_JSON = "project.json"


def read_project(path: str | os.PathLike[str]) -> Project:
    """Open a project file; raises ProjectFileError with a message fit for the user."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ProjectFileError(tr("is not a file"))
        if size > limits.MAX_FILE_BYTES:
            raise ProjectFileError(tr("is {size} MiB, larger than the {max_file_bytes} MiB a project file "
                                      "may be").format(
                size=size // 2**20, max_file_bytes=limits.MAX_FILE_BYTES // 2**20))
        with path.open("rb") as handle:
            return read_project_stream(handle)
    except FileNotFoundError:
        raise ProjectFileError(tr("does not exist")) from None
    except PermissionError:
        raise ProjectFileError(tr("cannot be read: permission denied")) from None
    except IsADirectoryError:
        raise ProjectFileError(tr("is a folder, not a project file")) from None
    except OSError as exc:
        raise ProjectFileError(tr("cannot be read: {reason}").format(reason=exc.strerror or exc)) from None


def read_project_bytes(data: bytes) -> Project:
    import io

    return read_project_stream(io.BytesIO(data))


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
            return _read_archive(archive)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
                ValueError, NotImplementedError, RuntimeError, MemoryError) as exc:
            if isinstance(exc, RecursionError):
                raise ProjectFileError(tr("{project_json}: is nested too deeply").format(
                    project_json=PROJECT_JSON)) from None
            raise ProjectFileError(tr("is damaged or truncated ({reason})").format(reason=_plain(exc))) from None


def _plain(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


def _read_archive(archive: zipfile.ZipFile) -> Project:
    infos = archive.infolist()
    if len(infos) > limits.MAX_ENTRIES:
        raise ProjectFileError(tr("has {count} entries, more than the {max_entries} allowed").format(
            count=len(infos), max_entries=limits.MAX_ENTRIES))
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if not _is_safe_name(name):
            raise ProjectFileError(tr("contains an entry that points outside the project ({name!r})").format(name=name))
        if name in entries:
            raise ProjectFileError(tr("contains the entry {name!r} twice").format(name=name))
        entries[name] = info
    if "mimetype" in entries:
        mimetype = _read_entry(archive, entries["mimetype"], 200).decode("ascii", "replace").strip()
        if mimetype != limits.MIMETYPE:
            raise ProjectFileError(tr("is a ZIP file but not a Journey Designer project (its type is "
                                      "{mimetype!r})").format(
                mimetype=mimetype))
    if PROJECT_JSON not in entries:
        raise ProjectFileError(tr("is a ZIP file without {project_json}, so it is not a Journey Designer "
                                  "project").format(
            project_json=PROJECT_JSON))
    raw = _read_entry(archive, entries[PROJECT_JSON], limits.MAX_JSON_BYTES)
    data = _parse_json(raw)
    project = _validate(migrate(data))
    total = len(raw)
    damaged: set[str] = set()
    for loc, ref in project.asset_refs():
        if ref in project.assets or ref in damaged:
            continue
        where = format_loc(loc)
        # A missing or damaged image must not cost the user the whole map: it shows as a placeholder.
        if ref not in entries:
            missing = tr("{where}: the image {ref} is missing from the file").format(where=where, ref=ref)
            project.load_warnings.append(missing)
            damaged.add(ref)
            continue
        try:
            blob = _read_entry(archive, entries[ref], limits.MAX_ASSET_BYTES)
            if hashlib.sha256(blob).hexdigest() != PurePosixPath(ref).stem:
                raise ProjectFileError(tr("{ref}: is damaged (its content does not match its name)").format(ref=ref))
            image_extension(blob, ref)
        except (ProjectFileError, zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            project.load_warnings.append(f"{where}: {exc}")
            damaged.add(ref)
            continue
        total += len(blob)
        if total > limits.MAX_TOTAL_BYTES:
            raise ProjectFileError(tr("unpacks to more than {max_total_bytes} MiB").format(
                max_total_bytes=limits.MAX_TOTAL_BYTES // 2**20))
        project.assets[ref] = blob
    return project


def _is_safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return False
    return all(part not in {"", "..", "."} for part in name.rstrip("/").split("/"))


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes; the sizes in the ZIP header are not trusted."""
    if info.file_size > limit:
        raise ProjectFileError(tr("{filename}: is {file_size:,} bytes, more than the {limit:,} allowed").format(
            filename=info.filename, file_size=info.file_size, limit=limit))
    if info.compress_size and info.file_size > 1_000_000 and \
            info.file_size / info.compress_size > limits.MAX_COMPRESSION_RATIO:
        raise ProjectFileError(tr("{filename}: is compressed suspiciously well ({file_size}:1); refusing to"
                                  " unpack it").format(
            filename=info.filename, file_size=info.file_size // info.compress_size))
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise ProjectFileError(tr("{filename}: unpacks to more than the {limit:,} bytes allowed").format(
                    filename=info.filename, limit=limit))
            chunks.append(chunk)
    return b"".join(chunks)


def _parse_json(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(tr("{project_json}: is not UTF-8 text (byte {start})").format(
            project_json=PROJECT_JSON, start=exc.start)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(tr("{project_json}: is not valid JSON: {message} at line {lineno}, column "
                                  "{colno}").format(
            project_json=PROJECT_JSON, message=exc.msg.lower(), lineno=exc.lineno, colno=exc.colno)) from None
    except RecursionError:
        raise ProjectFileError(tr("{project_json}: is nested too deeply").format(project_json=PROJECT_JSON)) from None
    if not isinstance(data, dict):
        raise ProjectFileError(tr("{project_json}: must hold an object, not a {kind}").format(
            project_json=PROJECT_JSON, kind=type(data).__name__))
    return data


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
    validating)."""
    for model, depth in _models(project, 1):
        for value in (model.__pydantic_extra__ or {}).values():
            if _depth(value, depth + 1) > limits.MAX_JSON_DEPTH:
                raise ProjectFileError(tr("{project_json}: is nested more than {max_json_depth} levels deep").format(
                    project_json=PROJECT_JSON, max_json_depth=limits.MAX_JSON_DEPTH))


def _models(model: BaseModel, depth: int) -> Iterator[tuple[BaseModel, int]]:
    yield model, depth
    for name in _model_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _models(value, depth + 1)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    yield from _models(item, depth + 2)


@functools.cache
def _model_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` whose type can hold a model (a model, a list or union of them)."""
    return tuple(name for name, field in cls.model_fields.items() if _holds_models(field.annotation))


def _holds_models(annotation: object) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in typing.get_args(annotation))


def _validate(data: dict[str, Any]) -> Project:
    try:
        project = Project.model_validate(data)
    except ValidationError as exc:
        raise ProjectFileError(validation_message(exc)) from None
    _check_depth(project)
    problems = project.problems()
    if problems:
        first = problems[0]
        more = tr(" (and %n more problem(s))", "", len(problems) - 1) if len(problems) > 1 else ""
        raise ProjectFileError(f"{format_loc(first.loc)}: {first.message}{more}")
    return project
