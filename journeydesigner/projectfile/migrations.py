"""Bring project.json from older formats to the current one, step by step, on plain dicts."""

import re
from collections.abc import Callable
from typing import Any

from journeydesigner.i18n import tr
from journeydesigner.model.project import FORMAT_VERSION
from journeydesigner.projectfile.errors import ProjectFileError, excerpt, json_kind

# ASCII digits only: str.isdigit() also says yes to "²" and "٣", which int() then refuses or misreads.
_VERSION = re.compile(r"([0-9]{1,6})(?:\.([0-9]{1,6}))?", re.ASCII)

Data = dict[str, Any]
CURRENT_MAJOR = int(FORMAT_VERSION.split(".")[0])


def parse_version(data: Data) -> tuple[int, int]:
    """``format_version`` is "MAJOR.MINOR"; the 0.x prototype wrote an integer ``version`` instead."""
    raw = data.get("format_version", data.get("version"))
    if raw is None:
        raise ProjectFileError(tr("project.json › format_version: is missing, so the file's format is unknown"))
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw < 1_000_000:
        return raw, 0
    if isinstance(raw, str) and (match := _VERSION.fullmatch(raw)):
        return int(match[1]), int(match[2] or 0)
    raise ProjectFileError(tr('project.json › format_version: {raw} is not a version such as "1.0"').format(
        raw=excerpt(raw)))


_V0_LANE_KINDS = {
    "actions": "action",
    "touch": "touchpoint",
    "touchpoints": "touchpoint",
    "channels": "channel",
    "thoughts": "thought",
    "feelings": "emotion",
    "emotions": "emotion",
    "pains": "pain_point",
    "pain": "pain_point",
    "ideas": "opportunity",
    "opportunities": "opportunity",
    "metrics": "kpi",
    "backstage": "backstage",
    "notes": "text",
}


def _v0_kind(value: object) -> object:
    return _V0_LANE_KINDS.get(value, value) if isinstance(value, str) else value


def _v0_to_v1(data: Data) -> Data:
    """The 0.x prototype: one map, title/client at the top, lanes and cards with ``type`` and ``text``."""
    old_map = data.get("map") or {}
    if not isinstance(old_map, dict):
        raise ProjectFileError(tr("project.json › map: must be an object (found {kind})").format(
            kind=json_kind(old_map)))
    for key in ("stages", "lanes", "cards"):
        if not isinstance(old_map.get(key, []), list):
            raise ProjectFileError(tr("project.json › map › {key}: must be a list (found {kind})").format(
                key=key, kind=json_kind(old_map[key])))
    new = {k: v for k, v in data.items() if k not in {"version", "title", "client", "author", "map"}}
    new["meta"] = {k: data[k] for k in ("title", "client", "author") if k in data}
    stages = [
        {"id": s.get("id"), "name": s.get("title", "Stage")} if isinstance(s, dict) else s
        for s in old_map.get("stages", [])
    ]
    lanes = [
        {"id": ln.get("id"), "name": ln.get("title", "Lane"), "kind": _v0_kind(ln.get("type", "notes"))}
        if isinstance(ln, dict)
        else ln
        for ln in old_map.get("lanes", [])
    ]
    cards = []
    for card in old_map.get("cards", []):
        if not isinstance(card, dict):
            cards.append(card)
            continue
        moved = {"id": card.get("id"), "lane_id": card.get("lane"), "stage_id": card.get("stage")}
        moved["kind"] = _v0_kind(card.get("type", "notes"))
        moved["title"] = card.get("text", "")
        if "emotion" in card:
            moved["score"] = card["emotion"]
        cards.append(moved)
    new["maps"] = [{"id": old_map.get("id", "map-1"), "name": old_map.get("name", "Customer journey"),
                    "stages": stages, "lanes": lanes, "cards": cards}]
    new["format_version"] = "1.0"
    return new


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}


def migrate(data: Data) -> Data:
    """Return ``data`` in the current major format; a newer minor is left as it is (its extras are kept)."""
    major, _minor = parse_version(data)
    if major > CURRENT_MAJOR:
        raise ProjectFileError(
            tr("was made by a newer Journey Designer (format {major}.x); this version reads format {current_major}.x "
               "and older. Please update Journey Designer to open it.").format(major=major, current_major=CURRENT_MAJOR)
        )
    while major < CURRENT_MAJOR:
        if major not in MIGRATIONS:
            raise ProjectFileError(tr("project.json › format_version: format {major} is not one this "
                                      "program knows").format(
                major=major))
        data = MIGRATIONS[major](data)
        major, _minor = parse_version(data)
    return data
