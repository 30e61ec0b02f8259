"""Any sequence of edits, undone completely, gives back the original project; redone, the final one."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.commands import (
    AddAxisItem,
    AddCards,
    AddMap,
    AddPerson,
    EditFields,
    MoveAxisItem,
    MoveCards,
    RemoveAxisItem,
    RemoveCards,
    RemoveMap,
    RemovePerson,
    Target,
)
from journeydesigner.document import Document
from journeydesigner.model import JourneyMap, Kind, Lane, Persona, Project, Stage, make_card
from journeydesigner.model.cellindex import CellIndex, cell_index
from journeydesigner.projectfile import project_bytes, read_project_bytes
from tests.helpers.factories import projects

OPS = ["add", "remove", "move", "edit", "add_stage", "remove_stage", "move_stage", "add_lane", "move_lane",
       "remove_lane", "resize", "add_map", "remove_map", "add_persona", "remove_persona", "remove_job",
       "link_persona"]


def apply_op(doc: Document, op: str, picks: list[int], text: str) -> None:
    project = doc.project
    jmap = project.maps[picks[0] % len(project.maps)]

    def pick(items: list, k: int):
        return items[picks[k] % len(items)] if items else None

    stage, lane, card = pick(jmap.stages, 1), pick(jmap.lanes, 2), pick(jmap.cards, 3)
    if op == "add" and stage and lane:
        new = make_card(pick(list(Kind), 4), lane.id, stage.id, title=text)
        doc.push(AddCards(doc, jmap.id, [new], lane.id, stage.id, picks[5] % 4))
    elif op == "remove" and card:
        doc.push(RemoveCards(doc, jmap.id, [c.id for c in jmap.cards[picks[3] % len(jmap.cards):][:2]]))
    elif op == "move" and card and stage and lane:
        ids = [c.id for c in jmap.cards if picks[4] % 3 == 0 or c.id == card.id][:3]
        doc.push(MoveCards(doc, jmap.id, ids, lane.id, stage.id, picks[5] % 3))
    elif op == "edit" and card:
        changes = {"title": text, "tags": [text]}
        doc.push(EditFields(doc, Target("cards", card.id, jmap.id), changes, session=picks[4] % 2))
    elif op == "add_stage":
        doc.push(AddAxisItem(doc, jmap.id, "stages", Stage(name=text), picks[4] % (len(jmap.stages) + 1)))
    elif op == "remove_stage" and stage and len(jmap.stages) > 1:
        doc.push(RemoveAxisItem(doc, jmap.id, "stages", stage.id))
    elif op == "move_stage" and stage:
        doc.push(MoveAxisItem(doc, jmap.id, "stages", stage.id, picks[4] % len(jmap.stages)))
    elif op == "add_lane":
        doc.push(AddAxisItem(doc, jmap.id, "lanes", Lane(name=text, kind=pick(list(Kind), 4)), 0))
    elif op == "move_lane" and lane:
        doc.push(MoveAxisItem(doc, jmap.id, "lanes", lane.id, picks[4] % len(jmap.lanes)))
    elif op == "remove_lane" and lane and len(jmap.lanes) > 1:
        doc.push(RemoveAxisItem(doc, jmap.id, "lanes", lane.id))
    elif op == "resize" and stage:
        doc.push(EditFields(doc, Target("stages", stage.id, jmap.id), {"width": 120.0 + picks[4] % 400},
                            session="resize"))
    elif op == "remove_map" and len(project.maps) > 1:
        doc.push(RemoveMap(doc, jmap.id))
    elif op == "add_persona":
        doc.push(AddPerson(doc, "personas", Persona(name=text), picks[4] % (len(project.personas) + 1)))
    elif op == "remove_persona" and project.personas:
        doc.push(RemovePerson(doc, "personas", pick(project.personas, 4).id))
    elif op == "remove_job" and project.jobs:
        doc.push(RemovePerson(doc, "jobs", pick(project.jobs, 4).id))
    elif op == "link_persona" and card and project.personas:
        targets = [Target("cards", c.id, jmap.id) for c in jmap.cards[:3]]
        doc.push(EditFields(doc, targets, {"persona_ids": [pick(project.personas, 4).id]}))
    elif op == "add_map":
        doc.push(AddMap(doc, JourneyMap(name=text, stages=[Stage()], lanes=[Lane()])))


def assert_index_fits(project: Project) -> None:
    """The cell index the card commands keep says what a fresh walk over the cards says."""
    for jmap in project.maps:
        kept, fresh = cell_index(jmap), CellIndex(jmap.cards)
        assert {cell: [id(c) for c in row] for cell, row in kept.cells.items()} == \
            {cell: [id(c) for c in row] for cell, row in fresh.cells.items()}
        assert {k: id(c) for k, c in kept.by_id.items()} == {k: id(c) for k, c in fresh.by_id.items()}


edits = st.lists(st.tuples(st.sampled_from(OPS), st.lists(st.integers(0, 1000), min_size=6, max_size=6),
                           st.text(max_size=12)), max_size=25)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(max_cards=12), edits)
def test_undo_all_restores_and_redo_all_replays(project, sequence):
    original = project.model_copy(deep=True)
    doc = Document(project)
    for op, picks, text in sequence:
        apply_op(doc, op, picks, text)
        assert_index_fits(doc.project)
    final = doc.project.model_copy(deep=True)
    assert not doc.project.problems()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        assert_index_fits(doc.project)
    assert doc.project == original
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
        assert_index_fits(doc.project)
    assert doc.project == final
    assert read_project_bytes(project_bytes(doc.project)).model_dump() == doc.project.model_dump()


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(projects(max_cards=20), st.lists(st.tuples(st.sampled_from(OPS), st.lists(st.integers(0, 1000), min_size=6,
                                                                                   max_size=6), st.text(max_size=12)),
                                        max_size=60))
def test_undo_at_scale(project, sequence):
    """The long run (pytest -m slow): thousands of longer random edit sequences."""
    test_undo_all_restores_and_redo_all_replays.hypothesis.inner_test(project, sequence)
