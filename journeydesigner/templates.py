"""Built-in templates (resources/templates/*.json) and the bundled sample project."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from msgspec import Struct
from pydantic import ValidationError

from journeydesigner.i18n import tr
from journeydesigner.model.project import Project, ProjectMeta
from journeydesigner.projectfile.errors import ProjectFileError, validation_message
from journeydesigner.resources import resource_path

DEFAULT_TEMPLATE = "five-stage"
SAMPLE_FILE = "pedalway-ebike-subscription.journey"


class TemplateInfo(Struct, frozen=True):
    name: str
    title: str
    description: str
    path: Path


def list_templates() -> list[TemplateInfo]:
    infos = []
    for path in sorted(resource_path("templates").glob("*.json")):
        header = json.loads(path.read_text(encoding="utf-8")).get("template", {})
        # The words live in the template files; packaging/update-translations.py extracts them for translators.
        infos.append(TemplateInfo(path.stem, tr(header.get("title", path.stem)), tr(header.get("description", "")),
                                  path))
    order = {DEFAULT_TEMPLATE: 0, "four-stage": 1, "service-blueprint": 2, "blank": 3}
    return sorted(infos, key=lambda info: (order.get(info.name, 9), info.name))


def new_project(template: str = DEFAULT_TEMPLATE) -> Project:
    """A fresh project from a template; raises ProjectFileError for an unknown template name."""
    known = {info.name: info for info in list_templates()}
    if template not in known:
        raise ProjectFileError(tr("there is no template {template!r}; choose one of: {choices}").format(
            template=template, choices=', '.join(known)))
    data = json.loads(known[template].path.read_text(encoding="utf-8"))
    data.pop("template", None)
    data = translated_words(data)
    try:
        project = Project.model_validate(data)
    except ValidationError as exc:
        raise ProjectFileError(validation_message(exc, root=f"template {template}")) from None
    project.meta = ProjectMeta(title=tr("Untitled journey"))  # the template's name is not the client's project
    return project


TEMPLATE_WORD_KEYS = frozenset({"title", "name", "description", "body", "metric"})


def translated_words(data: Any, translate: Callable[[str], str] = tr) -> Any:
    """A template's words (map, stage and lane names, descriptions, card titles) in the user's language.

    The same walk, with a collecting ``translate``, lists them for translators (packaging/update-translations.py).
    """
    if isinstance(data, dict):
        return {key: translate(value) if key in TEMPLATE_WORD_KEYS and isinstance(value, str) and value
                else translated_words(value, translate) for key, value in data.items()}
    if isinstance(data, list):
        return [translated_words(item, translate) for item in data]
    return data


def sample_path() -> Path:
    return resource_path("samples", SAMPLE_FILE)
