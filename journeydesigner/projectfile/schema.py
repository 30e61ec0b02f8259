"""The JSON Schema of project.json, generated from the models and shipped in resources/schema/."""

import json
from typing import Any

from journeydesigner.model.project import FORMAT_VERSION, Project

SCHEMA_FILE = "project.schema.json"


def project_schema() -> dict[str, Any]:
    schema = Project.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"journeydesigner-project-{FORMAT_VERSION}"
    return schema


def project_schema_text() -> str:
    return json.dumps(project_schema(), indent=1, sort_keys=True) + "\n"
