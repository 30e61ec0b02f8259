"""Read a .journey file defensively: every way a file can be bad ends in one ProjectFileError. The container and
the JSON parse are in container.py; here the models, the migrations, the images and the other entries."""

import functools
import io
import json
import os
import typing
import zipfile
import zlib
from typing import Any

from pydantic import BaseModel, ValidationError

from journeydesigner.gcpause import collector_paused
from journeydesigner.i18n import tr
from journeydesigner.model import FORMAT_VERSION, GenericCard
from journeydesigner.model.project import Project
from journeydesigner.projectfile import limits
from journeydesigner.projectfile.container import PROJECT_JSON, parse_json, plain, read_entry, read_file, read_stream
from journeydesigner.projectfile.errors import ProjectFileError, excerpt, format_loc, one_line, validation_message
from journeydesigner.projectfile.images import checked_image
from journeydesigner.projectfile.migrations import migrate, parse_version


def read_project(path: str | os.PathLike[str]) -> Project:
    """Open a project file; raises ProjectFileError with a message fit for the user."""
    return read_file(path, read_project_stream)


def read_project_bytes(data: bytes) -> Project:
    return read_project_stream(io.BytesIO(data))


@collector_paused()
def read_project_stream(handle: Any) -> Project:
    return read_stream(handle, _read_archive)


def _read_archive(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], raw: bytes) -> Project:
    text, data = parse_json(raw)
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
            blob = read_entry(archive, entries[ref], limits.MAX_ASSET_BYTES)
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
            blob = read_entry(archive, info, min(limits.MAX_ASSET_BYTES, limits.MAX_TOTAL_BYTES - total))
        except (ProjectFileError, zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            project.load_warnings.append(tr("{name}: cannot be read ({reason}); saving leaves it out").format(
                name=shown, reason=plain(exc)))
            continue
        total += len(blob)
        project.kept_entries[name] = blob


def _point(project: Project, loc: tuple[str | int, ...], ref: str) -> None:
    """Make the photo or card image at ``loc`` (from Project.asset_refs) name ``ref``."""
    if loc[0] == "personas":
        project.personas[int(loc[1])].photo = ref
    else:
        project.maps[int(loc[1])].cards[int(loc[3])].image = ref


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
