"""Whatever the program saves, it opens again: random large projects are written and read back. The limits are
scaled down here (the same code paths, a thousandth of the bytes) so the boundary is crossed in every run."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.model import JourneyMap, Kind, Lane, Persona, Project, Stage, make_card
from journeydesigner.projectfile import ProjectFileError, limits, project_bytes, read_project_bytes, write_project
from journeydesigner.projectfile.snapshot import SnapshotMaker
from tests.helpers.factories import add_png, png_bytes, small_project

finite = st.floats(allow_nan=False, allow_infinity=False)
words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)


@st.composite
def large_projects(draw: st.DrawFn) -> Project:
    project = Project()
    stages = [Stage(id=f"s{i}") for i in range(draw(st.integers(1, 30)))]
    lanes = [Lane(id=f"l{i}", kind=Kind.KPI) for i in range(draw(st.integers(1, 12)))]
    jmap = JourneyMap(id="m", stages=stages, lanes=lanes)
    shared = draw(words) * draw(st.integers(1, 700))  # one long interview note, pasted into many cards
    distinct = draw(st.booleans())
    for i in range(draw(st.integers(0, 300))):
        note = (shared + str(i) if distinct else shared)[:20_000]
        jmap.cards.append(make_card(Kind.KPI, lanes[i % len(lanes)].id, stages[i % len(stages)].id, id=f"c{i}",
                                    notes=note, value=draw(st.none() | finite), target=draw(st.none() | finite)))
    project.maps.append(jmap)
    for i in range(min(draw(st.integers(0, 4)), len(jmap.cards))):  # one image a card: every asset is used
        jmap.cards[i].image = add_png(project, png_bytes(8 + i, 8))
    return project


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(limits, "MAX_JSON_BYTES", 2**20)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 400_000)
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 1_200_000)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(large_projects())
def test_a_saved_project_always_opens_again(small_limits, project):
    try:
        data = project_bytes(project)
    except ProjectFileError as exc:  # refused before any file exists, with a message that says why
        assert str(exc).startswith("cannot be saved: ") and len(str(exc)) < 200
        return
    again = read_project_bytes(data)
    assert again == project and not again.load_warnings


def test_the_writer_refuses_what_the_reader_would(small_limits):
    project = Project(maps=[JourneyMap(id="m", stages=[Stage(id="s")], lanes=[Lane(id="l")])])
    project.maps[0].cards += [make_card(Kind.TEXT, "l", "s", id=f"c{i}", notes=f"{i} " + "x" * 19_000)
                              for i in range(60)]
    with pytest.raises(ProjectFileError, match=r"its text is 1\.1 MiB, more than the 1\.0 MiB"):
        project_bytes(project)


@pytest.mark.parametrize(("where", "grow"), [
    ("maps[0] › stages", lambda p: p.maps[0].stages.extend(Stage(name="s") for _ in range(500))),
    ("maps[0] › lanes", lambda p: p.maps[0].lanes.extend(Lane(name="l", kind=Kind.TEXT) for _ in range(200))),
    ("personas", lambda p: p.personas.extend(Persona(name="p") for _ in range(1000))),
])
def test_a_list_grown_past_the_model_is_refused_before_a_file_exists(tmp_path, where, grow):
    """Commands insert into lists, which pydantic does not validate: 501 stages were saved, then never opened."""
    project = small_project()
    grow(project)
    message = re.escape(f"cannot be saved: project.json › {where} would hold")
    with pytest.raises(ProjectFileError, match=message):
        write_project(project, tmp_path / "p.journey")
    assert not (tmp_path / "p.journey").exists()
    with pytest.raises(ProjectFileError, match=message):  # the recovery copy too: it must open after a crash
        SnapshotMaker().snapshot(project).container()
