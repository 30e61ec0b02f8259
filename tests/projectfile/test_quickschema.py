"""The quick check's Structs (projectfile/quickschema.py) are generated from the models, and never wider."""

import copy
import json
from typing import Annotated, Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import Field, StringConstraints, ValidationError, field_validator

from journeydesigner.model import Project
from journeydesigner.model.base import JDModel
from journeydesigner.projectfile import quickgen, quickschema
from tests.helpers.factories import projects


def test_the_committed_structs_are_what_the_models_give():
    with open(quickgen.OUTPUT, encoding="utf-8") as handle:
        committed = handle.read()
    assert committed == quickgen.generate(), "run: python -m journeydesigner.projectfile.quickgen"


class _Checked(JDModel):
    name: str = ""

    @field_validator("name")
    @classmethod
    def _no_x(cls, name: str) -> str:
        if "x" in name:
            raise ValueError("x")
        return name


class _Stripped(JDModel):
    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=3)] = ""


class _Multiple(JDModel):
    step: Annotated[float, Field(multiple_of=0.5)] = 0


class _Lookahead(JDModel):
    code: Annotated[str, StringConstraints(pattern=r"^\d+$")] = "a"


class _PostInit(JDModel):
    name: str = ""

    def model_post_init(self, context: Any) -> None:
        if not self.name:
            raise ValueError("a name")


@pytest.mark.parametrize("model", [_Checked, _Stripped, _Multiple, _Lookahead, _PostInit])
def test_what_the_generator_does_not_understand_stops_it(model):
    """A validator, a constraint or a pattern it cannot mirror would make the quick check wider than the models."""
    with pytest.raises(quickgen.UnknownToGeneratorError):
        quickgen._Writer().model(model)


def _quick_accepts(data: Any) -> bool:
    try:
        msgspec.convert(data, quickschema.Project, strict=True)
    except (msgspec.ValidationError, TypeError, ValueError):
        return False
    return True


def _models_accept(data: Any) -> bool:
    try:
        Project.model_validate_json(json.dumps(data), strict=True)
    except ValidationError:
        return False
    return True


# Values that are wrong somewhere: wrong types, out of range, bad forms, a trailing newline after an id, too long.
_ODD_VALUES = [
    None, True, False, 0, 1, -1, 3, 5, 6, 11, 101, -101, 0.0, 0.5, 2.0, 119.9, 120, 2000, 2000.5, 1e300, 2**63,
    "", "x", "a\n", "card-1\n", "#12345G", "#123456", "#123456\n", "assets/" + "a" * 64 + ".png",
    "assets/" + "a" * 64 + ".png\n", "assets/" + "A" * 64 + ".png", "idea", "web", "text", "emotion", "quote",
    "pain_point", "functional", "A4", "custom", "2024-01-01", "2024-01-01T10:00:00", "2024-01-01 10:00:00",
    "2024-13-01T10:00:00", "2024-02-30", "2024-01-01T10:00:00+25:00", "x" * 21, "x" * 501, "x" * 20_001,
    "a" * 65, "é", [], [1], ["x"], ["x"] * 201, {}, {"kind": "text"}, [120, 50], [49, 60], [1, 21], [2, 1],
]


@st.composite
def _mutated(draw: st.DrawFn) -> Any:
    data = json.loads(json.dumps(draw(projects(max_cards=6)).model_dump(mode="json")))
    for _ in range(draw(st.integers(1, 3))):
        path: list[Any] = []
        node: Any = data
        while isinstance(node, dict | list) and node and draw(st.integers(0, 4)):
            key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
            path.append(key)
            node = node[key]
        if not path:
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["set", "delete", "add"]))
        if action == "set":
            parent[path[-1]] = copy.deepcopy(draw(st.sampled_from(_ODD_VALUES)))
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "kind", "score", "id", "version"]))] = draw(
                st.sampled_from(_ODD_VALUES))
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_what_the_quick_structs_accept_the_models_accept(data):
    if _quick_accepts(data):
        assert _models_accept(data), json.dumps(data)[:2000]


@settings(max_examples=30, deadline=None)
@given(projects(max_cards=6))
def test_the_quick_structs_accept_a_sound_project(project):
    """Not a check that refuses everything: a valid project without unknown fields or kinds passes."""
    assert _quick_accepts(json.loads(json.dumps(project.model_dump(mode="json"))))


@pytest.mark.parametrize("value", ["card-1\n", "a" * 65, "", "a b"])
def test_an_id_the_models_refuse_is_refused(value):
    data = {"format_version": "1.0", "maps": [{"id": value}]}
    assert not _models_accept(data)
    assert not _quick_accepts(data)


_DATETIMES = st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?([.,][0-9]{0,12})?"
                           r"([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?\Z", fullmatch=True)


@settings(max_examples=400, deadline=None)
@given(created=_DATETIMES, day=_DATETIMES)
def test_a_date_msgspec_reads_the_models_read(created, day):
    """msgspec's RFC 3339 parser and pydantic's differ; the Structs must never take one pydantic refuses."""
    data = {"format_version": "1.0", "meta": {"created": created, "date": day[:10] if len(day) > 10 else day}}
    if _quick_accepts(data):
        assert _models_accept(data)
