"""diff and apply: properties on generated projects and edits, and the sentences a consultant reads."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.compare import ChangeKind, apply, diff
from journeydesigner.compare.apply import Journal, apply_in_place
from journeydesigner.model import Kind, Persona, Stage, make_card
from tests.compare.edits import edited, normal
from tests.helpers.factories import projects, small_project

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(projects())
def test_a_project_has_no_changes_from_itself_or_its_copy(project):
    assert diff(project, project).changes == []
    assert diff(project, project.model_copy(deep=True)).same


def versions(data):
    a = data.draw(projects())
    b = data.draw(edited(a))
    return a, b, diff(a, b)


@FAST
@given(st.data())
def test_taking_every_change_from_b_gives_b_and_undoes_exactly(data):
    a, b, comparison = versions(data)
    assert normal(a) != normal(b) or comparison.same
    copy = apply(a, comparison.changes, comparison.assets)
    assert normal(copy) == normal(b) and diff(copy, b).same and not copy.problems()
    # in place, as the window takes them: the journal undoes and redoes with the very same objects
    before, objects = normal(a), [id(c) for m in a.maps for c in m.cards]
    journal = Journal()
    apply_in_place(a, comparison.changes, comparison.assets, journal)
    assert normal(a) == normal(b)
    journal.undo()
    assert normal(a) == before and [id(c) for m in a.maps for c in m.cards] == objects
    journal.redo()
    assert normal(a) == normal(b)


@FAST
@given(st.data())
def test_taking_any_subset_with_what_it_needs_keeps_the_project_sound(data):
    a, b, comparison = versions(data)
    chosen = data.draw(st.lists(st.sampled_from(comparison.changes), unique_by=lambda c: c.id)) \
        if comparison.changes else []
    result = apply(a, comparison.with_requirements(chosen), comparison.assets)
    assert not result.problems()
    left = {c.id for c in diff(result, b).changes}
    assert not left & {c.id for c in chosen}  # what was taken is no longer a difference


def test_sentences_speak_the_domain():
    a = small_project()
    b = a.model_copy(deep=True)
    jmap = b.maps[0]
    jmap.card("card-1").title = "Search advert"
    jmap.card("card-2").stage_id = "stage-b"
    jmap.card("card-3").score = 3
    jmap.stages[1].name = "Purchase"
    jmap.stages.insert(1, Stage(id="stage-c", name="Consideration"))
    jmap.cards.append(make_card(Kind.PAIN_POINT, "lane-p", "stage-c", id="card-9", title="Too many options"))
    jmap.cards.remove(jmap.card("card-5"))
    b.meta.title = "Small v2"
    texts = {c.id: c.text for c in diff(a, b).changes}
    assert texts == {
        "meta/meta/title": "Project: title changed from 'Small' to 'Small v2'",
        "stage/stage-c/presence": "Stage 'Consideration' added",
        "stage/stage-b/name": "Stage 'Decision' renamed to 'Purchase'",
        "card/card-5/presence": "Card 'Form too long' removed from Decision › Pain points",
        "card/card-1/title": "Card 'Search ad' in Awareness › Touchpoints: title changed from 'Search ad' to "
                             "'Search advert'",
        "card/card-2/position": "Card 'Landing page' moved from Awareness to Purchase (Touchpoints)",
        "card/card-3/score": "Emotion point 'Curious' in Awareness › Emotions went from +1 to +3",
        "card/card-9/presence": "Card 'Too many options' added in Consideration › Pain points",
    }
    card9 = next(c for c in diff(a, b).changes if c.item_id == "card-9")
    assert card9.requires == ("stage/stage-c/presence",)


def test_order_within_a_cell_and_of_stages():
    a = small_project()
    b = a.model_copy(deep=True)
    jmap = b.maps[0]
    jmap.cards.insert(0, jmap.cards.pop(1))  # "Landing page" before "Search ad"
    jmap.stages.reverse()
    changes = diff(a, b).changes
    assert {c.text for c in changes} == {
        "Card 'Landing page' moved from place 2 to 1 in Awareness › Touchpoints",
        "Stage 'Decision' moved from place 2 to 1",
    }
    assert all(c.kind is ChangeKind.MOVED for c in changes)
    assert normal(apply(a, changes)) == normal(b)


def reimported(a):
    """``a`` as a spreadsheet import gives it back: every stage, lane, card and persona with a new id."""
    data = a.model_dump()
    renames = {}
    for jmap in data["maps"]:
        for key in ("stages", "lanes", "cards"):
            for item in jmap[key]:
                renames[item["id"]] = item["id"] + "-new"
    for persona in data["personas"]:
        renames[persona["id"]] = persona["id"] + "-new"

    def rename(value):
        if isinstance(value, dict):
            return {k: rename(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v) for v in value]
        return renames.get(value, value) if isinstance(value, str) else value

    b = type(a).model_validate(rename(data))
    b.assets.update(a.assets)
    return b


def test_ids_that_differ_are_matched_by_name_title_and_place():
    """A re-import gives every item a new id: the comparison still finds the one real edit."""
    a = small_project()
    b = reimported(a)
    b.maps[0].cards[4].severity = 5
    comparison = diff(a, b)
    assert [c.text for c in comparison.changes] == [
        "Card 'Form too long' in Decision › Pain points: severity changed from 4 to 5"]
    assert comparison.changes[0].item_id == "card-5"  # A's id
    assert comparison.id_map["card-5-new"] == "card-5"


def test_untitled_emotion_points_with_new_ids_are_matched_by_cell_and_persona():
    """Emotion points are mostly untitled: after a re-import the curve was all removed and added again."""
    a = small_project()
    a.personas.append(Persona(id="persona-b", name="Ben"))
    jmap = a.maps[0]
    for card in jmap.cards:
        if card.kind == "emotion":
            card.title = ""
    jmap.cards.append(make_card(Kind.EMOTION, "lane-e", "stage-a", id="card-6", score=-1, persona_id="persona-b"))
    jmap.cards.append(make_card(Kind.EMOTION, "lane-e", "stage-b", id="card-7", score=2, persona_id="persona-b"))
    b = reimported(a)
    assert diff(a, b).same
    b.maps[0].card("card-6-new").score = 3  # Ben's point in Awareness, listed after Ana's there
    b.maps[0].card("card-3-new").score = 0  # Ana's
    comparison = diff(a, b)
    assert sorted(c.text for c in comparison.changes) == [
        "Ana's emotion point in Awareness › Emotions went from +1 to +0",
        "Ben's emotion point in Awareness › Emotions went from -1 to +3"]
    assert {c.item_id: c.after for c in comparison.changes} == {"card-3": 0, "card-6": 3}


def test_removed_stage_takes_its_cards_and_a_card_moved_out_of_it_first():
    a = small_project()
    b = a.model_copy(deep=True)
    jmap = b.maps[0]
    jmap.card("card-5").stage_id = "stage-a"  # saved from the stage before it goes
    jmap.stages.pop(1)
    jmap.cards[:] = [c for c in jmap.cards if c.stage_id != "stage-b"]
    b.jobs[0].stage_ids = [s for s in b.jobs[0].stage_ids if s != "stage-b"]
    comparison = diff(a, b)
    removal = next(c for c in comparison.changes if c.what == "stage")
    assert removal.text == "Stage 'Decision' removed, with its 1 card"
    assert removal.requires == ("card/card-5/position",)
    result = apply(a, comparison.with_requirements([removal]))
    assert normal(result) == normal(b)


def test_unknown_fields_of_a_newer_version_are_compared_and_taken():
    a = small_project()
    b = a.model_copy(deep=True)
    b.maps[0].card("card-1").newer = "x"
    change = diff(a, b).changes[0]
    assert change.field == "newer"
    result = apply(a, [change])
    assert result.maps[0].card("card-1").model_dump()["newer"] == "x"
    assert normal(apply(b, diff(b, a).changes)) == normal(a)


def test_references_are_named_not_ids():
    a = small_project()
    b = a.model_copy(deep=True)
    b.personas.append(Persona(id="persona-b", name="Tom"))
    b.maps[0].card("card-1").persona_ids = ["persona-a", "persona-b"]
    b.jobs[0].stage_ids = []
    texts = [c.text for c in diff(a, b).changes]
    assert texts == ["Persona 'Tom' added", "Job 'm': stages changed from 'Awareness' to none",
                     "Card 'Search ad' in Awareness › Touchpoints: personas changed from none to 'Ana, Tom'"]
