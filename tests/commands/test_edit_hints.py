"""What commands tell the document (the cells they changed, the cards whose content they changed) is enough: a
layout that lays out only those, from those cards on, after every edit, undo and redo, is the full layout."""

from hypothesis import HealthCheck, given, settings

from journeydesigner.commands import AddCards, EditFields, MoveCards, RemoveCards, Target
from journeydesigner.document import Document
from journeydesigner.layout.map_layout import MapLayout, layout_map, relayout_cells
from journeydesigner.model import Kind, make_card
from tests.commands.test_undo_property import apply_op, edits
from tests.helpers.factories import projects, small_project
from tests.layout.test_relayout import snapshot


class Follower:
    """Keeps every map's layout up to date the way the canvas does: incrementally when the document says which
    cells and cards changed, in full otherwise."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.layouts: dict[str, MapLayout] = {}
        self.incremental = 0
        self.full()
        doc.changed.connect(self.changed)

    def full(self) -> None:
        self.layouts = {m.id: layout_map(m, self.doc.project.personas) for m in self.doc.project.maps}

    def changed(self, map_id: object) -> None:
        doc = self.doc
        layout = self.layouts.get(map_id) if isinstance(map_id, str) else None
        if layout is None or doc.changed_cells is None or map_id not in {m.id for m in doc.project.maps}:
            self.full()
            return
        jmap = doc.project.map(map_id)
        if relayout_cells(layout, jmap, doc.project.personas, doc.changed_cells, doc.changed_cards) is None:
            self.layouts[jmap.id] = layout_map(jmap, doc.project.personas)
        else:
            self.incremental += 1
        assert snapshot(self.layouts[jmap.id]) == snapshot(layout_map(jmap, doc.project.personas))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(max_cards=12), edits)
def test_every_edit_undo_and_redo_relaid_out_from_its_hints_is_the_full_layout(project, sequence):
    doc = Document(project)
    follower = Follower(doc)
    for op, picks, text in sequence:
        apply_op(doc, op, picks, text)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    for jmap in doc.project.maps:
        if jmap.id in follower.layouts:
            assert snapshot(follower.layouts[jmap.id]) == snapshot(layout_map(jmap, doc.project.personas))


def test_card_commands_name_the_cards_they_changed():
    project = small_project()
    jmap = project.maps[0]
    doc = Document(project)
    seen: list[set[str] | None] = []
    doc.changed.connect(lambda _map_id: seen.append(doc.changed_cards))
    card = jmap.cards[0]
    lane, stage = jmap.lanes[0].id, jmap.stages[-1].id
    doc.push(EditFields(doc, Target("cards", card.id, jmap.id), {"title": "new words"}))
    doc.push(MoveCards(doc, jmap.id, [card.id], lane, stage, 0))
    doc.push(AddCards(doc, jmap.id, [make_card(Kind.ACTION, lane, stage, id="fresh")], lane, stage, 0))
    doc.push(RemoveCards(doc, jmap.id, ["fresh"]))
    doc.push(EditFields(doc, Target("stages", jmap.stages[0].id, jmap.id), {"width": 333.0}))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert seen == [{card.id}, set(), set(), set(), None, None, set()]
    assert doc.changed_cards is None  # only while the change is delivered
