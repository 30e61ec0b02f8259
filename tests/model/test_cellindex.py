"""The cell index the card commands keep: always what a fresh walk says, and kept, not rebuilt, by card edits."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.commands import AddCards, EditFields, MoveCards, RemoveCards, Target
from journeydesigner.document import Document
from journeydesigner.model import JourneyMap, Kind, Lane, Project, Stage, make_card
from journeydesigner.model.cellindex import CellIndex, cell_index

LANES, STAGES = ["l0", "l1"], ["s0", "s1", "s2"]


def crowded_project(cells: list[int]) -> Project:
    jmap = JourneyMap(id="m", stages=[Stage(id=s) for s in STAGES], lanes=[Lane(id=lane) for lane in LANES])
    for n, cell in enumerate(cells):
        jmap.cards.append(make_card(Kind.TEXT, LANES[cell % 2], STAGES[cell % 3], id=f"c{n}", title=f"c{n}"))
    return Project(maps=[jmap])


def same_as_fresh(jmap: JourneyMap) -> None:
    kept, fresh = cell_index(jmap), CellIndex(jmap.cards)
    assert {cell: [c.id for c in row] for cell, row in kept.cells.items()} == \
        {cell: [c.id for c in row] for cell, row in fresh.cells.items()}
    assert {k: id(c) for k, c in kept.by_id.items()} == {k: id(c) for k, c in fresh.by_id.items()}
    assert kept._ids in ([], list(map(id, jmap.cards))), "the kept positions went stale"


op = st.tuples(st.sampled_from(["add", "move", "remove", "title"]), st.integers(0, 5), st.integers(-2, 9),
               st.lists(st.integers(0, 40), min_size=1, max_size=4))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 5), min_size=1, max_size=30), st.lists(op, max_size=20))
def test_card_commands_keep_the_index_without_rebuilding_it(cells, ops):
    doc = Document(crowded_project(cells))
    jmap = doc.project.maps[0]
    index = cell_index(jmap)
    made = 0
    for kind, cell, at, picks in ops:
        lane, stage = LANES[cell % 2], STAGES[cell % 3]
        ids = list(dict.fromkeys(jmap.cards[p % len(jmap.cards)].id for p in picks)) if jmap.cards else []
        if kind == "add":
            made += 1
            doc.push(AddCards(doc, "m", [make_card(Kind.TEXT, lane, stage, id=f"new{made}")], lane, stage, at))
        elif kind == "move" and ids:
            doc.push(MoveCards(doc, "m", ids, lane, stage, at))
        elif kind == "remove" and ids:
            doc.push(RemoveCards(doc, "m", ids))
        elif kind == "title" and ids:
            doc.push(EditFields(doc, Target("cards", ids[0], "m"), {"title": "edited"}))
        assert cell_index(jmap) is index, "a card edit rebuilt the index instead of keeping it"
        same_as_fresh(jmap)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        assert cell_index(jmap) is index
        same_as_fresh(jmap)
    assert [c.id for c in jmap.cards] == [f"c{n}" for n in range(len(cells))]
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
        same_as_fresh(jmap)


def test_other_edits_and_writes_behind_its_back_rebuild_it():
    doc = Document(crowded_project([0, 1, 2, 3]))
    jmap = doc.project.maps[0]
    index = cell_index(jmap)
    doc.push(EditFields(doc, Target("cards", "c0", "m"), {"stage_id": "s2"}))  # a move by field: not kept
    assert cell_index(jmap) is not index and [c.id for c in jmap.cell("l0", "s2")] == ["c0", "c2"]
    jmap.cards.append(make_card(Kind.TEXT, "l1", "s0", id="appended"))  # an importer appending
    assert jmap.card("appended").id == "appended" and jmap.cell("l1", "s0")[-1].id == "appended"


def test_flat_positions_survive_a_reorder_behind_the_index():
    jmap = crowded_project([0, 1, 2, 3, 4, 5]).maps[0]
    index = cell_index(jmap)
    cards = list(jmap.cards)
    assert index.flat_positions([cards[4], cards[1]]) == [1, 4]
    jmap.cards[1], jmap.cards[4] = jmap.cards[4], jmap.cards[1]  # same length: only the answers can tell
    assert index.flat_positions([cards[4]]) == [1]
    assert index.flat_positions(cards[:5]) == [0, 1, 2, 3, 4]
