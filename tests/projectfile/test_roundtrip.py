import gc

from hypothesis import HealthCheck, given, settings

from journeydesigner.model import JourneyMap, Kind, Lane, Project, Stage, make_card
from journeydesigner.projectfile import project_bytes, read_project, read_project_bytes, write_project
from tests.helpers.factories import projects, small_project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_any_valid_project_survives_save_and_open(project):
    again = read_project_bytes(project_bytes(project))
    assert again == project
    assert again.assets == {ref: project.assets[ref] for _loc, ref in project.asset_refs()}


def test_saved_file_opens_with_images_inside(tmp_path):
    project = small_project()
    path = tmp_path / "small.journey"
    write_project(project, path)
    again = read_project(path)
    assert again == project
    assert again.personas[0].photo in again.assets


def test_container_starts_with_a_stored_mimetype(tmp_path):
    data = project_bytes(small_project())
    assert data[30:38] == b"mimetype"
    assert b"application/vnd.journeydesigner+zip" in data[:100]


def test_saving_twice_gives_identical_bytes():
    project = small_project()
    assert project_bytes(project) == project_bytes(project)


def test_reading_does_not_run_the_cyclic_collector_and_leaves_it_on() -> None:
    """Half of reading 20,000 cards was the collector walking the new models again and again (gcpause.py)."""
    project = Project()
    jmap = JourneyMap(id="m", stages=[Stage(id="s")], lanes=[Lane(id="l", kind=Kind.ACTION)])
    jmap.cards.extend(make_card(Kind.ACTION, "l", "s", id=f"c{i}", title=f"card {i}") for i in range(3_000))
    project.maps.append(jmap)
    data = project_bytes(project)
    runs: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        assert len(read_project_bytes(data).maps[0].cards) == 3_000
    finally:
        gc.callbacks.remove(count)
    assert len(runs) <= 1  # one when it comes back on, not hundreds while reading
    assert gc.isenabled()
