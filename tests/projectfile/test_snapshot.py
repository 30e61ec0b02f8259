"""Autosave's cached snapshot writes the same project as a full save, whatever was edited in between."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.model import Kind, make_card
from journeydesigner.projectfile.reader import read_project_bytes
from journeydesigner.projectfile.snapshot import SnapshotMaker
from journeydesigner.projectfile.writer import project_json
from tests.helpers.factories import projects, small_project
from tests.perf.bigmaps import big_project


def same(a, b) -> bool:
    return a.model_dump(mode="json") == b.model_dump(mode="json")


@settings(max_examples=25, deadline=None)
@given(projects(), st.data())
def test_snapshot_after_edits_reads_back_as_the_project(project, data):
    maker = SnapshotMaker()
    maker.snapshot(project)  # fill the cache
    for _round in range(data.draw(st.integers(1, 3))):  # later rounds may reuse the last snapshot's card order
        cards = [card for jmap in project.maps for card in jmap.cards]
        for card in data.draw(st.lists(st.sampled_from(cards), max_size=5)) if cards else []:
            card.title = data.draw(st.text(max_size=30))  # an edit after the cache was filled
        if project.maps and data.draw(st.booleans()):
            jmap = project.maps[0]
            if jmap.lanes and jmap.stages:
                jmap.cards.append(make_card(Kind.TEXT, jmap.lanes[0].id, jmap.stages[0].id, title="new"))
            if len(jmap.cards) > 1:
                del jmap.cards[0]
                jmap.cards.reverse()
        snapshot = maker.snapshot(project)
        assert same(read_project_bytes(snapshot.container()), project)
        # Not byte for byte: pydantic writes a card's 1.2e-07 as 1.2e-7 where json.dumps keeps the zero.
        assert snapshot.project_json().count(b'"id":"card-') == project_json(project).count(b'"id":"card-')


def test_typing_into_a_card_reuses_the_last_snapshot_without_walking_the_cards(monkeypatch):
    """At 20,000 cards the walk over the cards was most of autosave's time on the GUI thread."""
    project = big_project(2_000)
    maker = SnapshotMaker()
    assert maker.warm(project, budget_s=10)
    walks = []
    real_walk = maker._walk
    monkeypatch.setattr(maker, "_walk", lambda cards: walks.append(len(cards)) or real_walk(cards))
    for text in ("o", "on", "one"):
        project.maps[0].cards[7].title = text
        assert maker.snapshot(project).project_json() == project_json(project)
    assert walks == []
    jmap = project.maps[0]
    jmap.cards.insert(3, jmap.cards.pop(9))  # a move: the order changed, so this snapshot walks
    assert maker.snapshot(project).project_json() == project_json(project)
    assert walks == [2_000]


def test_an_edited_card_is_serialised_again():
    project = small_project()
    maker = SnapshotMaker()
    maker.snapshot(project)
    project.maps[0].cards[0].title = "Edited after the first snapshot"
    assert "Edited after the first snapshot" in maker.snapshot(project).project_json().decode()


def test_a_second_snapshot_serialises_only_the_edited_card(monkeypatch):
    project = big_project(2_000)
    maker = SnapshotMaker()
    maker.snapshot(project)
    project.maps[0].cards[7].title = "one edit"
    dumped = []
    real = type(project.maps[0].cards[7]).model_dump_json
    for cls in {type(c) for c in project.maps[0].cards}:
        monkeypatch.setattr(cls, "model_dump_json", lambda self, _real=real: dumped.append(self.id) or _real(self))
    assert "one edit" in maker.snapshot(project).project_json().decode()
    assert dumped == [project.maps[0].cards[7].id]  # 1 card of 2,000 serialised again (bench: 9 ms at 20,000)


def test_warming_in_small_steps_keeps_every_card_before_the_first_autosave():
    project = big_project(3_000)
    maker = SnapshotMaker()
    steps = 0
    while not maker.warm(project, budget_s=0.001):
        steps += 1
        assert steps < 10_000
    assert steps > 1  # it did yield between steps
    project.maps[0].cards[0].title = "changed while warm"
    assert same(read_project_bytes(maker.snapshot(project).container()), project)


def test_a_card_written_then_warmed_again_is_snapshotted_with_its_new_text():
    """A snapshot taken while warming keeps every card; a card written after it and then serialised again by the
    warming (which had not reached it yet) must show its new text in the next snapshot, not the one kept."""
    project = big_project(600)
    maker = SnapshotMaker()
    assert not maker.warm(project, budget_s=0)  # warming has begun, at the first cards
    maker.snapshot(project)
    card = project.maps[0].cards[-1]  # kept by the snapshot, not yet reached by the warming
    card.title = "written after the snapshot"
    while not maker.warm(project, budget_s=0.01):
        pass
    assert "written after the snapshot" in maker.snapshot(project).project_json().decode()
