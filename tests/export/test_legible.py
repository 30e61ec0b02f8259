"""Legible by default: a new project, every template and the sample, with no option touched, print no map text
below 6 pt; the export says what it chose, and "fit to one page" says how much text it makes too small."""

import re

import pytest
from pypdf import PdfReader

from journeydesigner.export.pages import Note, plan_document
from journeydesigner.export.pdf import plan_for, write_pdf
from journeydesigner.layout.ops import Group, Text
from journeydesigner.model.export_settings import LEGIBLE_PT, ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import list_templates, new_project, sample_path


def smallest_printed(plan) -> float:
    """The smallest text size on the map pages as printed: op size × the part's scale."""
    sizes = []
    for page in plan.pages:
        for part in page.parts:
            if part.scale == 1.0:
                continue  # headers, footers: the page's own text
            stack = [(op, part.scale) for op in part.ops]
            while stack:
                op, scale = stack.pop()
                if isinstance(op, Text) and op.text.strip():
                    sizes.append(op.size * scale)
                elif isinstance(op, Group):
                    stack += [(child, scale) for child in op.ops]
    return min(sizes)


def projects():
    yield "sample", read_project(sample_path())
    for name in [t.name for t in list_templates()]:
        yield name, new_project(name)


@pytest.mark.parametrize(("name", "project"), list(projects()), ids=lambda v: v if isinstance(v, str) else "")
@pytest.mark.parametrize("paper", ["A3", "A4", "Letter"])
def test_no_map_text_below_legible_with_the_project_settings(name, project, paper):
    options = project.export.model_copy(update={"paper": paper, "sections": ["maps"]})
    _prepared, plan = plan_for(project, options)
    assert smallest_printed(plan) >= LEGIBLE_PT - 1e-6
    notes = [w for w in plan.warnings if isinstance(w, Note)]
    assert notes and all("legible is 6 pt" in n for n in notes)
    assert not [w for w in plan.warnings if not isinstance(w, Note)]


def test_the_sample_is_tiled_and_the_note_says_how(tmp_path):
    project = read_project(sample_path())
    warnings = write_pdf(project, project.export.model_copy(update={"paper": "A4"}), tmp_path / "s.pdf")
    [note] = [w for w in warnings if isinstance(w, Note)]
    cols, rows = map(int, re.search(r"across (\d+) × (\d+) A4 pages", note).groups())
    assert cols * rows > 1
    assert len(PdfReader(tmp_path / "s.pdf").pages) == 5 + cols * rows  # cover, personas ×2, jobs, legend


def test_fit_to_one_page_stays_available_with_its_warning():
    project = read_project(sample_path())
    plan = plan_document(project, ExportOptions(paper="A4", layout="fit", sections=["maps"]))
    assert len(plan.pages) == 1
    [warning] = plan.warnings
    assert re.search(r"\d+ % of the map's words would print below 6 pt", warning)


def test_the_command_line_says_what_it_chose_and_warns_for_fit(tmp_path, capsys):
    from journeydesigner import cli

    out = tmp_path / "sample.pdf"
    assert cli.main(["export", str(sample_path()), "-o", str(out), "--paper", "A4"]) == 0
    err = capsys.readouterr().err
    assert "note: “Subscribing to an e-bike” is printed across 2 × 4 A4 pages" in err and "warning" not in err
    assert cli.main(["export", str(sample_path()), "-o", str(out), "--force", "--fit"]) == 0
    assert re.search(r"warning: .*\d+ % of the map's words would print below 6 pt", capsys.readouterr().err)
