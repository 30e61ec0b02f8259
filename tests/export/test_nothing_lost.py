"""Nothing silently lost: persona pages continue, card bodies grow, stage names and descriptions wrap, the map
description prints; read back from the plan's text and from the PDF."""


import pytest
from pypdf import PdfReader

from journeydesigner.export.pages import plan_document
from journeydesigner.export.pdf import write_pdf
from journeydesigner.layout.map_layout import layout_map
from journeydesigner.layout.mapdraw import project_map_drawing
from journeydesigner.layout.ops import Group, Text
from journeydesigner.model.export_settings import ExportOptions
from tests.helpers.realcontent import LONG_BODY, real_content_project


def page_text(page) -> str:
    """Every text op of a page in drawing order, lines joined by spaces (wrapping splits at spaces)."""
    out = []
    for part in page.parts:
        stack = list(reversed(part.ops))
        while stack:
            op = stack.pop()
            if isinstance(op, Text):
                out.append(op.text)
            elif isinstance(op, Group):
                stack += reversed(op.ops)
    return " ".join(out)


def flat(text: str) -> str:
    """White space evened out, and a line that ended after a hyphen ("pop-" / "up") joined again."""
    return " ".join(text.split()).replace("- ", "-")


@pytest.fixture(scope="module")
def project():
    return real_content_project()


@pytest.mark.parametrize("paper", ["A4", "Letter", "A3"])
def test_every_persona_item_prints_on_continued_pages(project, paper):
    plan = plan_document(project, ExportOptions(paper=paper, sections=["personas"]))
    text = flat(" ".join(page_text(page) for page in plan.pages))
    assert len(plan.pages) > len(project.personas)  # seven+ long items per list do not fit one page
    for persona in project.personas:
        for items in (persona.goals, persona.pain_points, persona.motivations, persona.behaviours, persona.values,
                      persona.interests):
            for item in items:
                assert flat(item) in text, f"{persona.name}: {item[-20:]!r} is missing on {paper}"
    assert "Maya Okafor (continued)" in text
    assert not plan.warnings
    bottom = plan.pages[0].height - 12 * 72 / 25.4 - 20  # nothing runs into the footer
    for page in plan.pages:
        for part in page.parts[1:-1]:
            assert all(op.y <= bottom for op in part.ops if isinstance(op, Text))


def test_a_long_card_body_grows_the_card_and_prints_in_full(project, tmp_path):
    path = tmp_path / "cards.pdf"
    write_pdf(project, ExportOptions(paper="A3", sections=["maps"]), path)
    text = flat(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))
    assert "LASTWORDOFBODY" in text
    box = layout_map(project.maps[0], project.personas).cards["c0"]
    assert box.h > 14 * 12  # more than the old 8-line cap
    card_text = flat(" ".join(op.text for op in box.ops if isinstance(op, Text)))
    assert flat(LONG_BODY) in card_text and "…" not in card_text


def test_stage_names_and_descriptions_wrap_and_the_header_row_grows(project):
    jmap = project.maps[0]
    drawing = project_map_drawing(project, jmap)
    header_text = flat(" ".join(op.text for op in drawing.stage_headers if isinstance(op, Text)))
    for stage in jmap.stages:
        assert flat(stage.name) in header_text and flat(stage.description) in header_text
    assert drawing.layout.header_h > 68
    assert all(op.y < drawing.layout.header_h for op in drawing.stage_headers if isinstance(op, Text))


def test_stage_headers_on_the_canvas_are_as_tall_as_their_text(qtbot, monkeypatch, project):
    from tests.helpers.gui import open_window

    window = open_window(qtbot, monkeypatch, project)
    layout = window.scene.layout
    header = window.scene.headers[("stages", "s0")]
    assert header.boundingRect().height() >= layout.header_h - 1e-6 > 68
    texts = [op.text for op in header._ops if isinstance(op, Text)]
    assert flat(" ".join(texts)).endswith(flat(project.maps[0].stages[0].description))


def test_the_map_description_prints_under_the_map_title(project, tmp_path):
    path = tmp_path / "map.pdf"
    write_pdf(project, ExportOptions(paper="A3", sections=["maps"]), path)
    first = flat(PdfReader(path).pages[0].extract_text() or "")
    assert flat(project.maps[0].description) in first


def test_text_still_shortened_is_named_in_a_warning(project):
    project = project.model_copy(deep=True)
    project.maps[0].lanes[0].name = "A lane name so long that three lines of the lane header cannot hold all of it"
    plan = plan_document(project, ExportOptions(paper="A4", sections=["cover", "maps"]))
    [warning] = [w for w in plan.warnings if w.startswith("Shortened")]
    assert "the project notes on the cover" in warning and "lane “A lane name so long" in warning


@pytest.mark.parametrize("paper", ["A4", "Letter", "A3"])
def test_every_tile_header_names_the_map_in_full(paper):
    """A tile's title ("Part A1 (row 1 of 2, column 1 of 13) — …") and a map name in three scripts cut the name
    mid-word on every page of the real-content fixture; the title now steps down in size and the right side
    (which the footer repeats) gives way first."""
    from journeydesigner.projectfile import read_project
    from tests.fixtures.make_real_content import PATH

    fixture = read_project(PATH)
    plan = plan_document(fixture, fixture.export.model_copy(update={"paper": paper, "sections": ["maps"]}))
    name = fixture.maps[0].name
    for page in plan.pages:
        [title, *_rest] = [op for op in page.parts[0].ops if isinstance(op, Text)]
        assert title.text.endswith(name) and title.size >= 10, title.text
