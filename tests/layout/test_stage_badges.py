"""A stage's job badge: how many jobs it serves, the best opportunity, and an alert for a strong job (opportunity
over 10) in a stage with no touchpoint or channel card to meet it."""

from journeydesigner.layout.mapdraw import stage_badges
from journeydesigner.model import Kind, make_card
from journeydesigner.model.cellindex import forget
from tests.helpers.factories import small_project


def test_a_strong_job_alerts_only_where_no_touchpoint_meets_it():
    project = small_project()
    jmap = project.maps[0]
    job = project.jobs[0]
    job.importance, job.satisfaction, job.stage_ids = 9, 2, ["stage-a", "stage-b"]  # opportunity 16: strong
    badges = stage_badges(project, jmap)
    assert badges["stage-a"].jobs == 1 and badges["stage-a"].best == job.opportunity
    assert not badges["stage-a"].alert  # two touchpoints there
    assert badges["stage-b"].alert  # only an emotion and a pain point
    jmap.cards.append(make_card(Kind.CHANNEL, "lane-p", "stage-b", id="card-6", title="Shop"))  # any lane
    forget(jmap)  # as a command does after changing cards
    assert not stage_badges(project, jmap)["stage-b"].alert


def test_a_weak_job_never_alerts():
    project = small_project()
    project.jobs[0].importance, project.jobs[0].satisfaction = 5, 5
    project.maps[0].cards = [c for c in project.maps[0].cards if c.kind != Kind.TOUCHPOINT.value]
    assert not stage_badges(project, project.maps[0])["stage-a"].alert
