"""Three-way merge: what one side changed is taken, what both changed is a conflict to decide."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.compare import apply
from journeydesigner.compare.merge import merge3, merged
from tests.compare.edits import CARD_EDITS, edited, normal
from tests.helpers.factories import projects, small_project


def cards(project):
    return {c.id: c.model_dump(mode="json") for m in project.maps for c in m.cards}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_edits_of_different_cards_merge_without_conflict(data):
    base = data.draw(projects())
    ids = [c.id for m in base.maps for c in m.cards]
    mine = set(data.draw(st.lists(st.sampled_from(ids), unique=True))) if ids else set()
    theirs_only = set(ids) - mine
    ours = data.draw(edited(base, CARD_EDITS, allowed=mine, tag="OURS"))
    theirs = data.draw(edited(base, (*CARD_EDITS, "meta", "stage_rename", "persona_edit", "job_edit"),
                              allowed=theirs_only, tag="THEIRS"))
    project, result = merged(base, ours, theirs)
    assert result.conflicts == []
    got, o, t = cards(project), cards(ours), cards(theirs)
    for cid in set(o) | set(t) | set(got):
        side = o if cid in mine or "OURS" in cid else t
        assert got.get(cid) == side.get(cid), cid
    rest = normal(project)
    expected = normal(theirs)
    for data_ in (rest, expected):
        for jmap in data_["maps"]:
            jmap.pop("cards")
    assert rest == expected
    assert not project.problems()


def test_both_changed_the_same_title_is_a_conflict_and_ours_stays():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.maps[0].card("card-1").title = "Mine"
    theirs.maps[0].card("card-1").title = "Theirs"
    theirs.maps[0].card("card-2").title = "Only theirs"
    project, result = merged(base, ours, theirs)
    assert [c.id for c in result.conflicts] == ["card/card-1/title"]
    assert result.conflicts[0].text == ("Conflict: Card 'Search ad': both changed the title ('Mine' here, 'Theirs' "
                                        "in the other version)")
    assert project.maps[0].card("card-1").title == "Mine"
    assert project.maps[0].card("card-2").title == "Only theirs"


def test_removed_on_one_side_and_edited_on_the_other_is_a_conflict():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.maps[0].card("card-5").severity = 1
    theirs.maps[0].cards.remove(theirs.maps[0].card("card-5"))
    theirs.maps[0].cards.remove(theirs.maps[0].card("card-1"))
    result = merge3(base, ours, theirs)
    assert [c.id for c in result.conflicts] == ["card/card-5/presence"]
    assert [c.id for c in result.take] == ["card/card-1/presence"]
    # …and the other way round: they edited what we removed
    result = merge3(base, theirs, ours)
    assert [c.id for c in result.conflicts] == ["card/card-5/presence"]
    assert result.take == []  # card-1, removed by "ours" here, stays removed


def test_a_card_added_in_a_stage_we_removed_waits_for_the_stage_decision():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    jmap = ours.maps[0]
    jmap.stages.pop(1)
    jmap.cards[:] = [c for c in jmap.cards if c.stage_id != "stage-b"]
    ours.jobs[0].stage_ids = ["stage-a"]
    theirs.maps[0].card("card-5").title = "Edited in the stage we removed"
    result = merge3(base, ours, theirs)
    assert {c.id for c in result.conflicts} == {"stage/stage-b/presence", "card/card-5/presence"}
    assert result.take == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_edits_on_both_sides_merge_into_a_sound_project(data):
    base = data.draw(projects())
    ours = data.draw(edited(base, tag="OURS"))
    theirs = data.draw(edited(base, tag="THEIRS"))
    project, result = merged(base, ours, theirs)
    assert not project.problems()
    taken = {c.id for c in result.take}
    assert not taken & {c.id for c in result.conflicts}
    # deciding every conflict for them as well still gives a sound project
    everything = result.comparison.with_requirements([*result.take, *(c.theirs for c in result.conflicts)])
    assert not apply(ours, everything, result.comparison.assets).problems()
