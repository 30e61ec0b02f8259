"""Older files migrate; newer minor versions open and keep what this version does not understand."""

import json
from pathlib import Path

from journeydesigner.model import EmotionCard, Kind
from journeydesigner.projectfile import project_bytes, read_project_bytes
from tests.helpers.containers import container, project_dict, with_json

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_v0_prototype_file_migrates():
    raw = (FIXTURES / "v0-prototype.json").read_bytes()
    project = read_project_bytes(container({"project.json": raw}, mimetype=None))
    assert project.meta.title == "Coffee subscription (prototype)"
    [jmap] = project.maps
    assert [s.name for s in jmap.stages] == ["Discover", "Sign up", "Enjoy"]
    assert [lane.kind for lane in jmap.lanes] == [Kind.TOUCHPOINT, Kind.EMOTION, Kind.PAIN_POINT]
    emotion = next(c for c in jmap.cards if isinstance(c, EmotionCard))
    assert emotion.score == -2 and emotion.title == "Annoyed by the form"
    assert project.format_version == "1.0"
    assert read_project_bytes(project_bytes(project)) == project


def test_newer_minor_version_keeps_unknown_fields_when_saved_again():
    data = project_dict()
    data["format_version"] = "1.7"
    data["whiteboards"] = [{"id": "wb-1", "strokes": [[0, 0], [5, 5]]}]
    data["maps"][0]["cards"][0]["reactions"] = {"thumbs_up": 3}
    data["maps"][0]["stages"][0]["sla_hours"] = 24
    project = read_project_bytes(with_json(data))
    saved = json.loads(_project_json(project_bytes(project)))
    assert saved["format_version"] == "1.7"
    assert saved["whiteboards"] == data["whiteboards"]
    assert saved["maps"][0]["cards"][0]["reactions"] == {"thumbs_up": 3}
    assert saved["maps"][0]["stages"][0]["sla_hours"] == 24


def _project_json(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("project.json")
