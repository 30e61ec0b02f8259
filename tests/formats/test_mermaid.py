"""Mermaid journey diagrams: what Mermaid accepts imports, what it rejects is refused with its line, and an
export imports back to the same sections, tasks, scores and actors."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner import formats
from journeydesigner.export.run import export
from journeydesigner.formats import ImportFailed, mermaid
from journeydesigner.formats.mermaid import Diagram, Task, parse, to_mermaid, to_project
from journeydesigner.model.cards import EmotionCard
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path

DOCS_EXAMPLE = """---
title: Front matter title
config:
  theme: forest
---
%%{init: {"journey": {"useMaxWidth": false}}}%%
%% Mermaid's documentation example, with every optional piece
journey
    title My working day
    accTitle: A day at work
    accDescr {
        How the day goes,
        in two lines
    }
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me, Cat   # a comment
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def _write(tmp_path: Path, text: str, name: str = "day.mmd") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_documentation_example_imports_everything(tmp_path):
    imported = formats.import_file(_write(tmp_path, DOCS_EXAMPLE))
    assert imported.warnings == []
    project = imported.project
    jmap = project.maps[0]
    assert (jmap.name, jmap.description) == ("My working day", "How the day goes,\nin two lines")
    assert [s.name for s in jmap.stages] == ["Go to work", "Go home"]
    assert [(lane.name, lane.kind) for lane in jmap.lanes] == [("Customer actions", "action"), ("Emotions", "emotion")]
    assert [p.name for p in project.personas] == ["Me", "Cat"]
    assert jmap.persona_ids == [p.id for p in project.personas]
    actions = [c for c in jmap.cards if c.kind == "action"]
    assert [c.title for c in actions] == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    feelings = [(c.title, project.persona(c.persona_id).name, c.score) for c in jmap.cards
                if isinstance(c, EmotionCard)]
    assert feelings[:5] == [("Make tea", "Me", 3), ("Go upstairs", "Me", 0), ("Go upstairs", "Cat", 0),
                            ("Do work", "Me", -3), ("Do work", "Cat", -3)]


def test_scores_outside_one_to_five_are_clamped_with_warnings(tmp_path):
    text = "journey\nsection S\n  Zero: 0: A\n  Six: 6: A\n  Nine: 9\n  Words: great: A\n  Half: 4.5: A\n"
    imported = formats.import_file(_write(tmp_path, text))
    scores = {c.title: c.score for c in imported.project.maps[0].cards if isinstance(c, EmotionCard)}
    assert scores == {"Zero": -3, "Six": 3, "Nine": 3, "Words": 0, "Half": 2}
    assert len(imported.warnings) == 4
    assert "line 3" in imported.warnings[0] and "read as 1" in imported.warnings[0]
    assert "line 6" in imported.warnings[3] and "not a number" in imported.warnings[3]


@pytest.mark.parametrize(("text", "line"), [
    ("graph TD\n  A --> B\n", 1),
    ("", 1),
    ("journey\n  section Shop\n  Browse the shelves\n", 3),
    ("journey\n  section Shop\n  Pay: 5; Leave: 3\n", 3),
    ("journey\n  title T\n  : 5: Me\n", 3),
    ("journey\n  section A\n  Journey planning: 3\n", 3),
    ("%% comment\n\njourney\n  section A\n  ok: 3\n  broken\n", 6),
    ("JOURNEY\n  section A\n  ok: 3\n", 1),  # Mermaid 11's detector wants a lower-case 'journey'
])
def test_what_mermaid_rejects_is_refused_with_the_line(tmp_path, text, line):
    with pytest.raises(ImportFailed, match=rf"day\.mmd, line {line}: "):
        formats.import_file(_write(tmp_path, text))


def test_what_mermaid_accepts_in_odd_corners():
    diagram = parse("journey\nTitle Upper case\naccDescr: one line; with # all\n  Before any section: 2\n"
                    "section A<br>B\n  E task: 5:\n  Entities #quot;quoted#quot; #9829;: 4: Al#44; Jr, Bo\n")
    assert diagram.title == "Upper case"
    assert diagram.acc_descr == "one line; with # all"
    assert diagram.sections == ["A\nB"]
    assert [(t.section, t.name, t.score_text, t.actors) for t in diagram.tasks] == [
        (-1, "Before any section", "2", []), (0, "E task", "5", []),
        (0, 'Entities "quoted" ♥', "4", ["Al, Jr", "Bo"])]
    project = to_project(diagram, "x").project
    assert [s.name for s in project.maps[0].stages] == ["Journey", "A\nB"]


def _tasks(project) -> list:
    diagram = parse(to_mermaid(project, project.maps[0], []))
    return [(diagram.sections[t.section], t.name, t.score_text, t.actors) for t in diagram.tasks]


def test_sample_exports_a_diagram_that_imports_back(tmp_path):
    project = read_project(sample_path())
    out = tmp_path / "sample.mmd"
    assert export(project, out, project.export) == []
    first = formats.import_file(out).project
    again = tmp_path / "again.mmd"
    export(first, again, first.export)
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    assert [s.name for s in first.maps[0].stages] == [s.name for s in project.maps[0].stages]
    assert [c.title for c in first.maps[0].cards if c.kind == "action"] == \
        [c.title for c in project.maps[0].cards if c.kind == "action"]


NAME_CHARS = st.sampled_from([*"abcXYZ 01:#;,%{}()'\"&é€\n", "section ", "journey", "title ", "accDescr:"])
name = st.lists(NAME_CHARS, min_size=1, max_size=12).map("".join).map(
    lambda s: "\n".join(line.strip() for line in s.split("\n")).strip()).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sections=st.lists(name, min_size=1, max_size=3),
       tasks=st.lists(st.tuples(st.integers(0, 2), name, st.integers(1, 5),
                                st.lists(st.sampled_from(["Me", "Cat", "Al, Jr", "Ann: boss"]), unique=True,
                                         max_size=3)), max_size=8))
def test_any_diagram_round_trips_through_the_model(sections, tasks):
    diagram = Diagram(title="T", sections=sections,
                      tasks=[Task(min(s, len(sections) - 1), n, str(score), actors, 1)
                             for s, n, score, actors in sorted(tasks, key=lambda t: min(t[0], len(sections) - 1))])
    expected = [(sections[t.section], t.name, t.score_text, t.actors) for t in diagram.tasks]
    assert _tasks(to_project(diagram, "x").project) == expected


def _mmdc() -> str | None:
    return os.environ.get("MMDC") or shutil.which("mmdc")


@pytest.mark.skipif(_mmdc() is None, reason="Mermaid's command line (mmdc) is not installed")
def test_mermaid_itself_draws_the_export(tmp_path):
    project = read_project(sample_path())
    jmap = project.maps[0]
    jmap.cards[0].title = "Section 3: review #1; done"
    jmap.stages[0].name = "Awareness: first #1"
    out = tmp_path / "sample.mmd"
    export(project, out, project.export)
    config = tmp_path / "puppeteer.json"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    config.write_text(json.dumps({"args": ["--no-sandbox"], **({"executablePath": browser} if browser else {})}))
    svg = tmp_path / "sample.svg"
    done = subprocess.run([_mmdc(), "-p", str(config), "-i", str(out), "-o", str(svg)], capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    drawn = svg.read_text(encoding="utf-8")
    assert "Section 3: review #1; done" in drawn and "Leaves a review after six months" in drawn


def test_a_huge_diagram_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    path = _write(tmp_path, "journey\n  section A\n" + "    Task: 3: Me\n" * 100)
    monkeypatch.setattr(mermaid, "MAX_DIAGRAM_BYTES", 1000)
    with pytest.raises(ImportFailed, match=r"day\.mmd is 1 MB, larger than the"):
        formats.import_file(path)


WIKI = """# Onboarding research

```mermaid
flowchart LR
  A --> B
```

```mermaid
journey
    title Opening an account
    section Discover
      Sees an ad: 4: Maya
```

~~~mermaid
%% the target state
journey
    title Opening an account
    section Apply
      One-page form: 5: Maya, Tom
~~~
"""


def test_journeys_in_a_markdown_page_import_as_maps(tmp_path):
    """A client's wiki page: each fenced journey is a map, other diagrams and prose are passed over, and an error
    names the page's own line."""
    project = formats.import_file(_write(tmp_path, WIKI, "wiki.md")).project
    assert [m.name for m in project.maps] == ["Opening an account", "Opening an account (2)"]
    assert [p.name for p in project.personas] == ["Maya", "Tom"]
    assert [[s.name for s in m.stages] for m in project.maps] == [["Discover"], ["Apply"]]
    with pytest.raises(ImportFailed, match=r"wiki\.md, line 20: the task 'One-page form' needs a score"):
        formats.import_file(_write(tmp_path, WIKI.replace("form: 5: Maya, Tom", "form"), "wiki.md"))
    with pytest.raises(ImportFailed, match=r"notes\.md holds no Mermaid journey diagram"):
        formats.import_file(_write(tmp_path, "# Notes\n\n```mermaid\nflowchart LR\n```\n", "notes.md"))
