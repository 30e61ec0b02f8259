"""Confidential exports: every option honoured in the PDF (raw streams, metadata, bookmarks) and in a .journey copy,
and the live project never changed."""

import json
import re
import zipfile
import zlib

import pytest
from pypdf import PdfReader

from journeydesigner import cli
from journeydesigner.export.confidential import prepare
from journeydesigner.export.pdf import write_pdf
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path

NAMES = ["Maya", "Okafor", "Tom", "Lindqvist", "Leipzig"]


@pytest.fixture
def sample():
    return read_project(sample_path())


def raw_pdf(path) -> bytes:
    """The file with every Flate stream decompressed beside it: what a curious recipient can dig out."""
    data = path.read_bytes()
    streams = [zlib.decompress(m.group(1)) for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S)
               if m.group(1)[:1] in (b"x", b"\x78")]
    return data + b"\n".join(streams)


def leaks(blob: bytes, words: list[str]) -> list[str]:
    return [w for w in words if w.encode() in blob or w.encode("utf-16-be") in blob]


def notes_lane(project):
    return next(lane for lane in project.maps[0].lanes if lane.name == "Research notes")


def test_anonymised_pdf_has_no_name_in_any_stream_metadata_or_bookmark(sample, tmp_path):
    path = tmp_path / "client.pdf"
    before = sample.model_dump()
    warnings = write_pdf(sample, ExportOptions(anonymise_personas=True, omit_notes=True,
                                               omit_lane_ids=[notes_lane(sample).id]), path)
    blob = raw_pdf(path)
    assert leaks(blob, [*NAMES, "Churn peaks in November", "Interviews with 12"]) == []
    reader = PdfReader(path)
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "Persona A" in text and "Persona B" in text  # told apart, not "Persona Persona"
    assert "Woman" not in text and "34" not in text.split()
    meta = " ".join(str(v) for v in reader.metadata.values())
    assert leaks(meta.encode(), NAMES) == []
    assert leaks(" ".join(item.title for item in reader.outline).encode(), NAMES) == []
    assert any("“Maya” alone" in w for w in warnings)  # a first name alone is reported, not trusted silently
    assert sample.model_dump() == before  # the live project is untouched


def test_names_in_free_text_are_replaced_everywhere(sample):
    sample.maps[0].description = "Maya Okafor's commute."
    sample.meta.notes = "Ask Tom Lindqvist again."
    sample.jobs[0].situation = "Maya rides daily"
    sample.maps[0].cards[0].notes = "Tommy said so"
    copy, warnings = prepare(sample, ExportOptions(anonymise_personas=True))
    dumped = json.dumps(copy.model_dump(mode="json"))
    assert leaks(dumped.encode(), ["Maya", "Okafor", "Lindqvist", "persona-maya"]) == []
    assert copy.maps[0].description == "Persona A's commute."
    assert copy.meta.notes == "Ask Persona B again."
    assert [p.name for p in copy.personas] == ["Persona A", "Persona B"]
    assert all(not (p.photo or p.age or p.gender or p.location) for p in copy.personas)
    assert any("“Tommy”" in w and "nickname" in w for w in warnings)
    assert not copy.problems()


def test_journey_copy_honours_every_confidential_option(sample, tmp_path, capsys):
    src, out = tmp_path / "in.journey", tmp_path / "copy.journey"
    from journeydesigner.projectfile import write_project

    write_project(sample, src)
    code = cli.main(["export", str(src), "-o", str(out), "--anonymise", "--omit-lane", "Research notes",
                     "--omit-notes"])
    assert code == 0
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        text = archive.read("project.json").decode()
    assert leaks(text.encode(), [*NAMES, "Churn peaks in November", "Interviews with 12"]) == []
    assert not [n for n in names if n.startswith("assets/")]  # the photos are gone with the names
    copy = read_project(out)
    assert "Research notes" not in [lane.name for lane in copy.maps[0].lanes]
    assert all(not c.notes for c in copy.maps[0].cards)
    assert "“Maya” alone" in capsys.readouterr().err
    assert "Maya Okafor" in [p.name for p in read_project(src).personas]


def test_an_ordinary_export_shares_the_project_and_changes_nothing(sample):
    before = sample.model_dump()
    lanes = sample.maps[0].lanes
    _copy, warnings = prepare(sample, ExportOptions(map_ids=[sample.maps[0].id]))
    assert sample.maps[0].lanes is lanes and warnings == []
    assert sample.model_dump() == before


def test_the_map_corner_tells_anonymised_personas_apart(sample):
    from journeydesigner.layout.mapdraw import project_map_drawing
    from journeydesigner.layout.ops import Text

    copy, _ = prepare(sample, ExportOptions(anonymise_personas=True))
    corner = [op.text for op in project_map_drawing(copy, copy.maps[0]).corner if isinstance(op, Text)]
    assert "Persona A" in corner and "Persona B" in corner


def test_analysis_markers_are_left_out_unless_asked_for(sample, tmp_path, capsys):
    src = tmp_path / "in.journey"
    from journeydesigner.projectfile import write_project

    write_project(sample, src)
    texts = []
    for extra in ([], ["--analysis-markers"]):
        out = tmp_path / f"map{len(extra)}.pdf"
        assert cli.main(["export", str(src), "-o", str(out), "--sections", "maps", *extra]) == 0
        texts.append(" ".join((p.extract_text() or "") for p in PdfReader(out).pages))
    assert "job" not in texts[0] and "⚠" not in texts[0]
    assert "1 job · 14" in texts[1]


def test_names_in_every_script_are_replaced_in_the_real_content_fixture():
    """Persona names in scripts without capitals (ليلى, נועה, प्रिया, 王芳) are names too: the Arabic quote began
    "ليلى تقارن…" in the anonymised PDF. In Chinese the name touches the next word, with no space."""
    from tests.fixtures.make_real_content import PATH

    project = read_project(PATH)
    project.maps[0].description = "王芳每天骑车上班。Priya प्रिया और Noa"
    parts = {part for persona in project.personas for part in persona.name.split()}
    copy, warnings = prepare(project, ExportOptions(anonymise_personas=True))
    dumped = json.dumps(copy.model_dump(mode="json"), ensure_ascii=False)
    assert [part for part in sorted(parts) if part in dumped] == []
    assert copy.personas[0].quote.startswith("Persona A ")
    assert copy.maps[0].description == "Persona B每天骑车上班。Persona C और Persona D"
    assert any("“ليلى” alone was taken for Persona A" in w for w in warnings)


def test_ordinary_words_are_not_taken_for_nicknames():
    """'Wants' shares three letters with Wang, 'Mayor' with Maya: the warning named them in ten places of the
    real-content fixture. A nickname starts with the whole name or its first four letters."""
    from tests.fixtures.make_real_content import PATH

    project = read_project(PATH)
    project.maps[0].description = "The Mayor met Tommy and Lindy."
    project.personas[2].name = "Lindqvist Maya Tom"
    _copy, warnings = prepare(project, ExportOptions(anonymise_personas=True))
    nicknames = " ".join(w for w in warnings if "nickname" in w)
    assert "“Wants”" not in nicknames and "“Mayor”" not in nicknames
    assert "“Tommy”" in nicknames and "“Lindy”" in nicknames
