"""Merging an import into an open project: matched by name, added in one piece, and taken out exactly."""

import pytest

from journeydesigner.formats import merge
from journeydesigner.formats.mermaid import parse, to_project
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path


@pytest.fixture
def sample():
    return read_project(sample_path())


DIAGRAM = ("journey\n  title Extra\n  section Decision\n    Calls support: 2: Maya Okafor, Sam\n"
           "  section Repair\n    Waits: 1: Sam\n")


@pytest.mark.parametrize("into", [True, False])
def test_apply_then_revert_leaves_the_project_as_it_was(sample, into):
    before = sample.model_dump(mode="json")
    imported = to_project(parse(DIAGRAM), "x").project
    plan = merge.plan_merge(sample, imported, sample.maps[0].id if into else None)
    merge.apply(sample, plan)
    assert sample.problems() == []
    assert sample.model_dump(mode="json") != before
    merge.revert(sample, plan)
    assert sample.model_dump(mode="json") == before


def test_merge_matches_stages_lanes_and_personas_by_name(sample):
    imported = to_project(parse(DIAGRAM), "x").project
    jmap = sample.maps[0]
    plan = merge.plan_merge(sample, imported, jmap.id)
    assert [s.name for s in plan.stages] == ["Repair"]
    assert [lane.name for lane in plan.lanes] == []  # "Customer actions" and "Emotions" exist already
    assert [p.name for p in plan.personas] == ["Sam"]
    merge.apply(sample, plan)
    calls = next(c for c in jmap.cards if c.title == "Calls support" and c.kind == "action")
    assert jmap.stage(calls.stage_id).name == "Decision" and jmap.lane(calls.lane_id).name == "Customer actions"
    assert [sample.persona(p).name for p in calls.persona_ids] == ["Maya Okafor", "Sam"]
    assert sample.persona(plan.map_persona_ids[0]).name == "Sam"


def test_new_maps_keep_their_jobs_linked_to_their_stages(sample, tmp_path):
    from journeydesigner import formats
    from journeydesigner.export.run import export

    path = tmp_path / "copy.xlsx"
    export(sample, path, sample.export)
    plan = merge.plan_merge(sample, formats.import_file(path).project, None)
    merge.apply(sample, plan)
    assert sample.problems() == []
    new_stage_ids = {s.id for s in plan.maps[0].stages}
    assert all(set(job.stage_ids) <= new_stage_ids for job in plan.jobs) and plan.jobs[0].stage_ids
    assert plan.personas == []  # the same names: linked, not duplicated
