"""``journeydesigner import`` and ``export`` to tables and Mermaid: exit 0 and a valid project, or 2 and one line."""

import pytest

from journeydesigner import cli
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.formats.helpers import cards_by_cell


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("suffix", "shape"), [(".csv", "cards"), (".xlsx", "grid"), (".mmd", "cards")])
def test_export_then_import_gives_a_valid_project(capsys, tmp_path, suffix, shape):
    table = tmp_path / f"map{suffix}"
    code, out, err = run(capsys, "export", str(sample_path()), "-o", str(table), "--shape", shape)
    assert code == 0 and str(table) in out
    assert ("card's title only" in err) if shape == "grid" else err == ""
    project = tmp_path / "back.journey"
    code, out, err = run(capsys, "import", str(table), "-o", str(project))
    assert (code, err) == (0, "")
    assert "5 map(s)" not in out and "2 personas" in out
    back = read_project(project)
    assert back.problems() == []
    if suffix == ".csv":
        assert cards_by_cell(back) == cards_by_cell(read_project(sample_path()))


def test_grid_shape_is_chosen_on_the_command_line(capsys, tmp_path):
    table = tmp_path / "grid.csv"
    code, _, err = run(capsys, "export", str(sample_path()), "-o", str(table), "--shape", "grid")
    assert code == 0 and "a grid holds each card's title only" in err
    assert table.read_text(encoding="utf-8-sig").startswith("Subscribing to an e-bike,Awareness,")


def test_import_warnings_go_to_stderr(capsys, tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text("journey\n  section Work\n    Meeting: 7: Me\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(source), "-o", str(tmp_path / "day.journey"))
    assert code == 0
    assert err.startswith("warning: line 3: the score 7 of 'Meeting' is outside")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("day.mmd", "journey\n  section Work\n    Meeting\n", "day.mmd, line 3: the task 'Meeting' needs a score"),
    ("grid.csv", "only,\n,\n", "grid.csv: row 1, column B: no header"),
    ("notes.txt", "hello", "cannot import '.txt'"),
    ("missing.csv", None, "missing.csv does not exist"),
])
def test_bad_input_is_one_sentence_and_exit_2(capsys, tmp_path, name, content, message):
    source = tmp_path / name
    if content is not None:
        source.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "import", str(source), "-o", str(tmp_path / "x.journey"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert not (tmp_path / "x.journey").exists()


def test_import_needs_a_journey_output_and_force_to_replace(capsys, tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text("journey\n  section A\n    t: 3\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(source), "-o", str(tmp_path / "day.pdf"))
    assert code == 2 and ".journey" in err
    target = tmp_path / "day.journey"
    target.write_text("keep")
    assert run(capsys, "import", str(source), "-o", str(target))[0] == 2
    assert target.read_text() == "keep"
    assert run(capsys, "import", str(source), "-o", str(target), "--force")[0] == 0
