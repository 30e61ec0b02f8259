"""Write a .journey file atomically: the previous file survives any failure, at any step."""

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

from pydantic import BaseModel

from journeydesigner.i18n import number, tr
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.project import FORMAT_VERSION, Project
from journeydesigner.projectfile import limits
from journeydesigner.projectfile.atomic import atomic_target, write_file
from journeydesigner.projectfile.errors import ProjectFileError, one_line
from journeydesigner.projectfile.limits import MIMETYPE
from journeydesigner.projectfile.migrations import parse_version

# A fixed timestamp keeps saved files byte-identical for identical projects (nice for sync clients).
_EPOCH = (1980, 1, 1, 0, 0, 0)
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


def project_json(project: Project) -> bytes:
    """Strict JSON (no NaN, no Infinity, no lone surrogate), or a ProjectFileError saying what cannot be saved."""
    data = project.model_dump(mode="json")
    check_counts(data)
    return strict_json(stamp_format_version(data))


def _max_items(model: type[BaseModel], field: str) -> int:
    return next(rule.max_length for rule in model.model_fields[field].metadata if hasattr(rule, "max_length"))


def check_counts(data: dict, cards_per_map: list[int] | None = None) -> None:
    """Lists grow by commands (insert, append), which pydantic does not validate, and the reader refuses a list
    longer than the model allows: refuse here, before a file exists (501 stages once saved and never opened)."""
    lists = [(f"{name}", len(data.get(name, [])), _max_items(Project, name)) for name in ("maps", "personas", "jobs")]
    for i, jmap in enumerate(data.get("maps", [])):
        counts = {name: len(jmap.get(name, [])) for name in ("stages", "lanes")}
        counts["cards"] = cards_per_map[i] if cards_per_map is not None else len(jmap.get("cards", []))
        lists += [(f"maps[{i}] › {name}", count, _max_items(JourneyMap, name)) for name, count in counts.items()]
    for where, count, limit in lists:
        if count > limit:
            raise ProjectFileError(tr("cannot be saved: project.json › {where} would hold {count} items, more than "
                                      "the {limit} a project file may; remove some").format(
                where=where, count=number(count, 0), limit=number(limit, 0)))


def strict_json(data: object) -> bytes:
    # No indent: only then does json use its C encoder (20,000 cards: 225 ms -> 38 ms). The file is a ZIP
    # entry for programs; `unzip -p F project.json | python -m json.tool` shows it to a person.
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except ValueError as exc:  # NaN or infinity in a field kept from a newer version; UnicodeEncodeError too
        if isinstance(exc, UnicodeError):
            raise ProjectFileError(tr("cannot be saved: it holds text that is not valid Unicode")) from None
        raise ProjectFileError(tr("cannot be saved: it holds a number that is not finite (NaN or infinity)")) \
            from None


def stamp_format_version(data: dict) -> dict:
    """A newer minor version's fields were kept; say so, so the next reader keeps them too."""
    loaded = parse_version(data)
    current = parse_version({"format_version": FORMAT_VERSION})
    data["format_version"] = f"{max(loaded, current)[0]}.{max(loaded, current)[1]}"
    return data


def project_bytes(project: Project) -> bytes:
    """The whole container in memory: mimetype first and stored, as OpenDocument does.

    Whatever is written here, the reader opens again: a project beyond the reader's limits is refused now,
    with a message, before any file exists."""
    refs = frozenset(ref for _loc, ref in project.asset_refs() if ref in project.assets)
    return container_bytes([project_json(project)], project.assets, refs, project.kept_entries)


def container_bytes(json_parts: list[bytes], assets: dict[str, bytes], refs: frozenset[str],
                    kept: dict[str, bytes] | None = None) -> bytes:
    """The container from serialised parts (also the autosave thread's way, from a snapshot): ``project.json``
    as the concatenation of ``json_parts``, the images the project refers to, and the entries ``kept`` from the
    file it was read from, whoever refers to them. The parts are compressed one by one, so the autosave thread
    never holds the GIL for long (zlib releases it while it deflates)."""
    refs = frozenset(ref for ref in refs if ref in assets)  # an image missing when the file was opened stays so
    entries = {**(kept or {}), **{ref: assets[ref] for ref in refs}}
    _check_limits(sum(map(len, json_parts)), list(entries.values()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, "mimetype", MIMETYPE.encode("ascii"), zipfile.ZIP_STORED)
        with archive.open(_info("project.json", zipfile.ZIP_DEFLATED), "w") as entry:
            for part in json_parts:
                entry.write(part)
        for name in sorted(entries):  # images are compressed already; another kept entry may not be
            _add(archive, name, entries[name], zipfile.ZIP_STORED if name.endswith(_IMAGE_SUFFIXES)
                 else zipfile.ZIP_DEFLATED)
    if buffer.tell() > limits.MAX_FILE_BYTES:
        raise ProjectFileError(tr("cannot be saved: it would be {size} MiB, more than the {limit} MiB a project "
                                  "file may be; remove some images").format(
            size=_mib(buffer.tell()), limit=_mib(limits.MAX_FILE_BYTES)))
    return buffer.getvalue()


def _mib(size: int) -> str:
    return number(size / 2**20, 0 if size >= 10 * 2**20 else 1)


def _check_limits(text_bytes: int, images: list[bytes]) -> None:
    if text_bytes > limits.MAX_JSON_BYTES:
        raise ProjectFileError(tr("cannot be saved: its text is {size} MiB, more than the {limit} MiB a project "
                                  "may hold; split it into several projects or shorten long notes").format(
            size=_mib(text_bytes), limit=_mib(limits.MAX_JSON_BYTES)))
    if len(images) + 2 > limits.MAX_ENTRIES:
        raise ProjectFileError(tr("cannot be saved: it has {count} images, more than the {limit} a project may "
                                  "hold").format(count=len(images), limit=limits.MAX_ENTRIES - 2))
    if any(len(blob) > limits.MAX_ASSET_BYTES for blob in images):
        raise ProjectFileError(tr("cannot be saved: an image is larger than the {limit} MiB allowed").format(
            limit=_mib(limits.MAX_ASSET_BYTES)))
    if text_bytes + sum(map(len, images)) > limits.MAX_TOTAL_BYTES:
        raise ProjectFileError(tr("cannot be saved: it would unpack to more than {limit} MiB").format(
            limit=_mib(limits.MAX_TOTAL_BYTES)))


def _add(archive: zipfile.ZipFile, name: str, data: bytes, method: int) -> None:
    archive.writestr(_info(name, method), data)


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_EPOCH)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    return info


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_project(project: Project, path: str | os.PathLike[str], backup: bool = False) -> None:
    """Serialise first, then write a temporary file beside the target, fsync it and rename it over.

    With ``backup``, the previous version is kept beside the file as ``NAME.journey.bak``.
    """
    write_bytes_atomically(project_bytes(project), Path(path), backup)


def write_bytes_atomically(data: bytes, path: Path, backup: bool = False) -> None:
    try:
        write_file(path, data, ".tmp", (lambda: _keep_backup(path)) if backup and path.exists() else None)
    except OSError as exc:
        reason = one_line(exc.strerror or str(exc))
        raise ProjectFileError(tr("could not be saved: {reason}").format(
            reason=reason[:1].lower() + reason[1:])) from None


def _keep_backup(path: Path) -> None:
    """Copy the current file to NAME.bak through a temporary name, so a crash never leaves half a backup."""
    target = backup_path(path)
    with atomic_target(target, ".tmp") as part:
        shutil.copy2(path, part)
