"""A copy of the project with what a confidential export leaves out taken away.

The live project is never changed: without confidential options the export reads the project itself (read-only);
with them it works on a fresh copy built from the project's data, so every free-text field, known or kept from a
newer version, passes through the same anonymiser.
"""

import re
from collections.abc import Iterator
from string import ascii_uppercase
from typing import Any

from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions

# Keys whose values are identifiers, enums or references, not text a reader sees.
_NOT_TEXT = {"kind", "color", "image", "photo", "channel", "status", "format_version", "unit"}
_WHERE = {"cards": QT_TR_NOOP("card"), "stages": QT_TR_NOOP("stage"), "maps": QT_TR_NOOP("map"),
          "personas": QT_TR_NOOP("persona"), "jobs": QT_TR_NOOP("job"), "lanes": QT_TR_NOOP("lane")}
Path = tuple[str | int, ...]


def persona_label(number: int) -> str:
    """Persona A, Persona B, … Persona Z, then Persona 27, 28…: distinct labels in place of names."""
    mark = ascii_uppercase[number] if number < len(ascii_uppercase) else str(number + 1)
    return tr("Persona {mark}").format(mark=mark)


def prepare(project: Project, options: ExportOptions, detached: bool = False) -> tuple[Project, list[str]]:
    """The project as the export shows it, and warnings about what anonymising could not be sure of.

    Without confidential options (and not ``detached``) this is ``project`` itself or a shallow copy sharing its
    parts: read-only. ``detached`` always builds a sound, separate project: what a .journey copy writes.
    """
    confidential = options.omit_lane_ids or options.omit_notes or options.anonymise_personas
    if not confidential and not options.map_ids:
        return project, []  # the whole project as it is: a batch upgrade writes it without a copy
    if not confidential and not detached:
        copy = project.model_copy()
        copy.assets.update(project.assets)
        copy.maps = [m for m in project.maps if m.id in set(options.map_ids)]
        return copy, []
    data = project.model_dump()
    data.pop("export", None)  # the settings hold ids only, and the copy gets its own below
    if options.map_ids:
        data["maps"] = [m for m in data["maps"] if m["id"] in set(options.map_ids)]
    omit = set(options.omit_lane_ids)
    for jmap in data["maps"]:
        jmap["lanes"] = [lane for lane in jmap["lanes"] if lane["id"] not in omit]
        jmap["cards"] = [card for card in jmap["cards"] if card["lane_id"] not in omit]
    if options.omit_notes:
        data["meta"]["notes"] = ""
        for jmap in data["maps"]:
            for card in jmap["cards"]:
                card["notes"] = ""
    warnings = _anonymise(data) if options.anonymise_personas else []
    _drop_dangling(data)
    copy = Project.model_validate({**data, "export": options.model_dump()})
    refs = {ref for _loc, ref in copy.asset_refs()}
    copy.assets.update({ref: blob for ref, blob in project.assets.items() if ref in refs})
    return copy, warnings


def prepared_copy(project: Project, options: ExportOptions) -> Project:
    return prepare(project, options)[0]


def _drop_dangling(data: dict[str, Any]) -> None:
    """References to stages and jobs left out with their map stay out of the copy, so it is a sound project."""
    stages = {s["id"] for jmap in data["maps"] for s in jmap["stages"]}
    for job in data["jobs"]:
        job["stage_ids"] = [s for s in job["stage_ids"] if s in stages]


# Scripts written without spaces between words (Chinese, Japanese, Thai and their neighbours): a name there
# touches the next word, so it is matched without a word boundary on that side.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       "\uf900-\ufaff]")


def _name_pattern(name: str) -> re.Pattern[str]:
    before = "" if _UNSPACED.match(name[:1]) else r"(?<!\w)"
    after = "" if _UNSPACED.match(name[-1:]) else r"(?!\w)"
    return re.compile(before + re.escape(name) + after)


def _name_part(part: str) -> bool:
    """Could ``part`` of a persona's name stand for the persona when written alone? A capitalised word of three
    letters or more, or a word of two or more in a script without capitals (ليلى, נועה, प्रिया, 王芳)."""
    if part[:1].isupper():
        return len(part) >= 3
    return len(part) >= 2 and part[:1].isalpha() and not part[:1].islower()


def _anonymise(data: dict[str, Any]) -> list[str]:
    """Persona names become Persona A, B… in every text; photo, age, gender and location go."""
    labels: dict[str, str] = {}
    parts: dict[str, set[str]] = {}  # a first or last name alone -> the labels it may stand for
    for number, persona in enumerate(data["personas"]):
        label = persona_label(number)
        name = persona["name"].strip()
        if name:
            labels[name] = label
            for part in name.split():
                if _name_part(part) and part != name:
                    parts.setdefault(part, set()).add(label)
        persona.update(name=label, photo=None, age="", gender="", location="")
    full = [(_name_pattern(name), label) for name, label in sorted(labels.items(), key=lambda x: -len(x[0]))]
    alone = {part: next(iter(found)) for part, found in parts.items() if len(found) == 1 and part not in labels}
    ambiguous = sorted(part for part, found in parts.items() if len(found) > 1)
    alone_patterns = [(_name_pattern(part), part, label) for part, label in alone.items()]
    nickname_stems = {part[:3]: part for part in parts}
    replaced_alone: dict[str, list[str]] = {}
    uncertain: dict[str, list[str]] = {}
    texts = list(_texts(data, ()))
    for holder, key, path in texts:
        text = holder[key]
        for pattern, label in full:
            text = pattern.sub(label, text)
        for pattern, part, label in alone_patterns:
            text, count = pattern.subn(label, text)
            if count:
                replaced_alone.setdefault(part, []).append(_where(data, path))
        for word in re.findall(r"(?<!\w)[A-Z]\w{2,}", text):
            stem = nickname_stems.get(word[:3])
            if (stem and word != stem and _nickname_of(word, stem) and word not in labels and word != "Persona") \
                    or word in ambiguous:
                uncertain.setdefault(word, []).append(_where(data, path))
        holder[key] = text
    _rename_ids(data, list(labels) + list(parts))
    warnings = []
    for part, places in replaced_alone.items():
        warnings.append(tr("Anonymised: “{name}” alone was taken for {label} in {places}; check that it means the "
                           "persona.").format(name=part, label=alone[part], places=_list(places)))
    for word, places in uncertain.items():
        warnings.append(tr("Anonymised: “{word}” may be a persona's nickname or shared name and was left as it is "
                           "in {places}.").format(word=word, places=_list(places)))
    return warnings


def _nickname_of(word: str, name: str) -> bool:
    """Could ``word`` be a nickname of ``name``? It starts with the whole name (Tom: Tommy) or with its first
    four letters (Lindqvist: Lindy); a word that shares only three is an ordinary word (Wang: Wants, Maya:
    Mayor), which would fill the warning with noise."""
    return word.startswith(name) or (word[:4] == name[:4] and len(name) >= 4)


def _list(places: list[str]) -> str:
    unique = list(dict.fromkeys(places))
    shown = "; ".join(unique[:5])
    return shown + (tr(" and {count} more").format(count=len(unique) - 5) if len(unique) > 5 else "")


def _texts(node: Any, path: Path) -> Iterator[tuple[Any, Any, Path]]:
    """(container, key, path) of every free-text string below ``node``."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(key, str) and (key in _NOT_TEXT or key == "id" or key.endswith(("_id", "_ids"))):
            continue
        if type(value) is str:
            yield node, key, (*path, key)
        elif isinstance(value, dict | list):
            yield from _texts(value, (*path, key))


def _where(data: dict[str, Any], path: Path) -> str:
    """A reader's name for a place: card “Title” (body), stage “Awareness” (description)…"""
    node: Any = data
    named = ""
    for i, step in enumerate(path[:-1]):
        node = node[step]
        if isinstance(node, dict) and isinstance(path[i - 1] if i else None, str):
            kind = tr(_WHERE[str(path[i - 1])]) if str(path[i - 1]) in _WHERE else ""
            title = node.get("title") or node.get("name") or ""
            if kind:
                named = f"{kind} “{title}”" if title else kind
        elif step == "meta":
            named = tr("project")
    field = path[-1] if isinstance(path[-1], str) else path[-2]
    return f"{named} ({field})" if named else str(field)


def _rename_ids(data: dict[str, Any], names: list[str]) -> None:
    """Ids such as ``persona-maya`` carry a name into a .journey copy: give those new, neutral ids."""
    lowered = [n.lower() for n in names if len(n) >= 3]
    mapping: dict[str, str] = {}

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            value = node.get("id")
            if isinstance(value, str) and any(n in value.lower() for n in lowered):
                prefix = value.split("-")[0]
                prefix = "id" if any(n in prefix.lower() for n in lowered) else prefix
                mapping[value] = f"{prefix}-anon{len(mapping) + 1}"
        for child in node.values() if isinstance(node, dict) else node if isinstance(node, list) else ():
            collect(child)

    def apply(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "id" or key.endswith("_id"):
                    node[key] = mapping.get(value, value) if isinstance(value, str) else value
                elif key.endswith("_ids") and isinstance(value, list):
                    node[key] = [mapping.get(v, v) for v in value]
                else:
                    apply(value)
        elif isinstance(node, list):
            for child in node:
                apply(child)

    collect(data)
    if mapping:
        apply(data)
