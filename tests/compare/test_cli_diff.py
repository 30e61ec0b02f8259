"""``journeydesigner diff``: exit 0 the same, 1 different, 2 bad input with one sentence; text and JSON."""

import json

from journeydesigner import cli
from journeydesigner.projectfile import write_project
from tests.helpers.factories import small_project


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def versions(tmp_path):
    base = small_project()
    a, b = base.model_copy(deep=True), base.model_copy(deep=True)
    a.maps[0].card("card-2").title = "Landing page v2"
    b.maps[0].card("card-1").stage_id = "stage-b"
    b.maps[0].card("card-2").title = "Their landing page"
    paths = []
    for name, project in (("base", base), ("a", a), ("b", b)):
        write_project(project, tmp_path / f"{name}.journey")
        paths.append(str(tmp_path / f"{name}.journey"))
    return paths


def test_same_files_exit_0_and_print_nothing(capsys, tmp_path):
    base, _a, _b = versions(tmp_path)
    assert run(capsys, "diff", base, base) == (0, "", "")


def test_different_files_exit_1_with_a_line_per_change(capsys, tmp_path):
    _base, a, b = versions(tmp_path)
    code, out, err = run(capsys, "diff", a, b)
    assert code == 1 and err == ""
    assert out.splitlines() == [
        "Card 'Search ad' moved from Awareness to Decision (Touchpoints)",
        "Card 'Landing page v2' in Awareness › Touchpoints: title changed from 'Landing page v2' to "
        "'Their landing page'",
    ]


def test_json_for_scripts(capsys, tmp_path):
    _base, a, b = versions(tmp_path)
    code, out, _ = run(capsys, "diff", a, b, "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["same"] is False
    moved = next(c for c in data["changes"] if c["kind"] == "moved")
    assert moved["item_id"] == "card-1" and moved["before"][:2] == ["lane-t", "stage-a"]
    assert moved["after"][:2] == ["lane-t", "stage-b"]


def test_three_way_with_base_lists_both_sides_and_the_conflict(capsys, tmp_path):
    base, a, b = versions(tmp_path)
    code, out, _ = run(capsys, "diff", a, b, "--base", base)
    lines = out.splitlines()
    assert code == 1
    assert "A: Card 'Landing page' in Awareness › Touchpoints: title changed from 'Landing page' to " \
           "'Landing page v2'" in lines
    assert "B: Card 'Search ad' moved from Awareness to Decision (Touchpoints)" in lines
    assert sum(line.startswith("Conflict:") for line in lines) == 1
    code, out, _ = run(capsys, "diff", a, b, "--base", base, "--format", "json")
    data = json.loads(out)
    assert [c["id"] for c in data["conflicts"]] == ["card/card-2/title"]
    assert [c["id"] for c in data["taken_from_b"]] == ["card/card-1/position"]


def test_bad_input_exits_2_with_one_sentence(capsys, tmp_path):
    _base, a, _b = versions(tmp_path)
    broken = tmp_path / "broken.journey"
    broken.write_text("not a zip")
    for args in ((a, str(tmp_path / "missing.journey")), (a, str(broken)), (a, a, "--base", str(broken))):
        code, out, err = run(capsys, "diff", *args)
        assert code == 2 and out == ""
        assert err.startswith("journeydesigner: ") and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run(capsys, "diff", a)  # B left out: a usage error
    assert code == 2 and "B" in err


def test_a_title_with_a_line_break_still_gives_one_line_per_change(capsys, tmp_path):
    """Titles and names imported from a spreadsheet cell can hold line breaks; a script counts lines."""
    base, _a, _b = versions(tmp_path)
    ours, theirs = small_project(), small_project()
    ours.maps[0].stages[0].name = "Aware-\nness"
    ours.maps[0].card("card-5").title = "Form\ntoo long"
    theirs.maps[0].card("card-5").title = "Form too\r\nshort"
    theirs.maps[0].card("card-1").stage_id = "stage-b"
    for name, project in (("ours", ours), ("theirs", theirs)):
        write_project(project, tmp_path / f"{name}.journey")
    code, out, _ = run(capsys, "diff", str(tmp_path / "ours.journey"), str(tmp_path / "theirs.journey"))
    assert code == 1 and out.splitlines() == [
        "Stage 'Aware- ness' renamed to 'Awareness'",
        "Card 'Search ad' moved from Aware- ness to Decision (Touchpoints)",
        "Card 'Form too long' in Decision › Pain points: title changed",
    ]
    code, out, _ = run(capsys, "diff", str(tmp_path / "ours.journey"), str(tmp_path / "theirs.journey"),
                       "--base", base)
    assert code == 1 and "Conflict: Card 'Form too long': both changed the title" in out.splitlines()
