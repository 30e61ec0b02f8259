"""The templates, the sample and the shipped schema are what a newcomer meets first."""

from collections import defaultdict
from statistics import mean

import pytest

from journeydesigner.model import EmotionCard, Kind, PainPointCard
from journeydesigner.projectfile import read_project
from journeydesigner.projectfile.schema import SCHEMA_FILE, project_schema_text
from journeydesigner.resources import resource_path
from journeydesigner.templates import list_templates, new_project, sample_path


def test_shipped_schema_is_current():
    shipped = resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == project_schema_text(), "run: python packaging/make_resources.py"


@pytest.mark.parametrize("name", ["five-stage", "four-stage", "service-blueprint", "blank"])
def test_every_template_makes_a_sound_project(name):
    project = new_project(name)
    assert project.problems() == []
    assert project.maps[0].stages


def test_five_stage_template_follows_the_domain():
    stages = [s.name for s in new_project("five-stage").maps[0].stages]
    assert stages == ["Awareness", "Consideration", "Decision", "Retention", "Advocacy"]
    assert [t.name for t in list_templates()][:2] == ["five-stage", "four-stage"]


def test_sample_is_rich_and_valid():
    project = read_project(sample_path())
    [jmap] = project.maps
    assert len(project.personas) == 2 and all(p.photo in project.assets for p in project.personas)
    assert len(project.jobs) == 4
    assert len(jmap.stages) == 5
    assert {lane.kind for lane in jmap.lanes} == set(Kind)
    assert {card.kind for card in jmap.cards} >= {k.value for k in Kind}
    assert len(jmap.cards) >= 60


def test_sample_emotion_curve_dips_where_the_pain_is():
    jmap = read_project(sample_path()).maps[0]
    pain: dict[str, int] = defaultdict(int)
    feel: dict[str, list[int]] = defaultdict(list)
    for card in jmap.cards:
        if isinstance(card, PainPointCard):
            pain[card.stage_id] += card.severity
        elif isinstance(card, EmotionCard):
            feel[card.stage_id].append(card.score)
    most_pain = max(pain, key=pain.__getitem__)
    least_pain = min((s.id for s in jmap.stages), key=lambda s: pain.get(s, 0))
    assert mean(feel[most_pain]) < 0 < mean(feel[least_pain]) + 1
