import pytest
from pydantic import ValidationError

from journeydesigner.model import (
    EmotionCard,
    Job,
    JourneyMap,
    Kind,
    KpiCard,
    PainPointCard,
    Project,
    TextCard,
    TouchpointCard,
    make_card,
)
from tests.helpers.factories import small_project


def test_small_project_is_sound():
    assert small_project().problems() == []


@pytest.mark.parametrize(
    ("kind", "cls"),
    [(Kind.ACTION, TextCard), (Kind.TOUCHPOINT, TouchpointCard), (Kind.CHANNEL, TouchpointCard),
     (Kind.EMOTION, EmotionCard), (Kind.PAIN_POINT, PainPointCard), (Kind.KPI, KpiCard)],
)
def test_make_card_picks_the_class_that_carries_the_kind(kind, cls):
    card = make_card(kind, "lane-x", "stage-x", title="t")
    assert type(card) is cls
    assert card.kind == kind.value


def test_card_in_a_missing_stage_is_reported_with_its_place():
    project = small_project()
    project.maps[0].cards[4].stage_id = "stage-gone"
    [problem] = project.problems()
    assert problem.loc == ("maps", 0, "cards", 4, "stage_id")
    assert "stage-gone" in problem.message


def test_duplicate_ids_are_reported():
    project = small_project()
    project.maps[0].cards[1].id = "card-1"
    assert any("used more than once" in p.message for p in project.problems())


def test_emotion_outside_the_scale_is_reported():
    project = small_project()
    project.maps[0].cards[2].score = 5
    [problem] = project.problems()
    assert problem.message == "must be between -3 and 3"


def test_dangling_persona_and_job_references_are_reported():
    project = small_project()
    project.maps[0].cards[0].persona_ids = ["persona-nobody"]
    project.jobs[0].stage_ids = ["stage-nowhere"]
    messages = [p.message for p in project.problems()]
    assert any("persona-nobody" in m for m in messages)
    assert any("stage-nowhere" in m for m in messages)


def test_opportunity_score_follows_outcome_driven_innovation():
    assert Job(importance=9, satisfaction=4).opportunity == 14
    assert Job(importance=5, satisfaction=9).opportunity == 5


def test_importance_must_be_between_1_and_10():
    with pytest.raises(ValidationError):
        Job(importance=11)


def test_emotion_scale_must_be_ordered():
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        JourneyMap(emotion_scale={"minimum": 0, "maximum": 0})


def test_cell_keeps_card_order():
    jmap = small_project().maps[0]
    assert [c.id for c in jmap.cell("lane-t", "stage-a")] == ["card-1", "card-2"]


def test_unknown_fields_are_kept_in_a_dump():
    project = Project.model_validate({"format_version": "1.4", "future": {"x": 1}, "maps": []})
    assert project.model_dump(mode="json")["future"] == {"x": 1}
