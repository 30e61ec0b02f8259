"""`validate`'s quick check (projectfile/quick.py, validatecmd.py): when it says valid, the full reader says the
same line; on anything else it says nothing and the full command answers (issue 15)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner import cli
from journeydesigner.projectfile import read_project
from journeydesigner.projectfile.quick import quick_project
from journeydesigner.validatecmd import quick_validate
from tests.helpers.containers import container, valid_bytes
from tests.helpers.factories import png_bytes, projects, small_project
from tests.projectfile.test_quickschema import _mutated

ROOT = Path(__file__).resolve().parents[2]


def _full_answer(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def _same_answer(path: Path, capsys: pytest.CaptureFixture[str]) -> bool:
    """The quick answer, when there is one, is the full command's, word for word; returns whether there was one."""
    code = quick_validate([path])
    quick_out, quick_err = capsys.readouterr()
    if code is None:
        assert quick_out == quick_err == ""
        return False
    assert code == 0 and quick_err == ""
    assert _full_answer(path, capsys) == (0, quick_out, "")
    project = read_project(path)
    assert not project.load_warnings and not project.load_notes
    return True


def _tmp_file(data: bytes) -> Path:
    import tempfile

    handle, name = tempfile.mkstemp(suffix=".journey")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    return Path(name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=_mutated(), extra=st.sampled_from([None, "image", "orphan", "folder", "no-mimetype", "bom"]))
def test_a_mutated_file_gets_the_full_readers_answer(capsys, data, extra):
    text = json.dumps(data)
    entries: dict[str, bytes | str] = {"project.json": ("\ufeff" + text) if extra == "bom" else text}
    if extra == "image":
        entries["assets/" + "a" * 64 + ".png"] = png_bytes()
    elif extra == "orphan":
        entries["notes.txt"] = "kept"
    elif extra == "folder":
        entries["assets/"] = b""
    path = _tmp_file(container(entries, mimetype=None if extra == "no-mimetype" else
                               "application/vnd.journeydesigner+zip"))
    try:
        quick = _same_answer(path, capsys)
        if extra in ("image", "orphan", "folder"):
            assert not quick  # an entry the quick check does not vouch for
    finally:
        path.unlink()


JSON_TEXTS = [
    '{"format_version": "1.0", "maps": [{"id": "m", "id": "n"}]}',  # a name twice
    '{"format_version": "1.0", "export": {"margin_mm": NaN}}',
    '{"format_version": "1.0", "export": {"margin_mm": 1e400}}',
    '{"format_version": "1.0", "export": {"margin_mm": 12.000000000000000000000000000000000000001}}',
    '{"format_version": "1.0", "meta": {"title": "\\ud800"}}',
    '{"format_version": "1.0", "meta": {"title": "\\ud83d\\ude00"}}',
    '{"format_version": "1.0"}',
    '{"format_version": "1.0", "version": 1}',
    '{"format_version": "1.1"}',
    '{"format_version": "1"}',
    '{"format_version": "2.0"}',
    '{"version": 0}',
    '{}',
    '[]',
    '{"format_version": "1.0", "maps": [{"lanes": [{"id": "l", "kind": "quote"}]}]}',
    '{"format_version": "1.0", "maps": [{"stages": [{"id": "s"}], "lanes": [{"id": "l"}], '
    '"cards": [{"kind": "quote", "lane_id": "l", "stage_id": "s"}]}]}',
    '{"format_version": "1.0", "maps": [{"stages": [{"id": "s"}], "lanes": [{"id": "l"}], '
    '"cards": [{"kind": "emotion", "lane_id": "l", "stage_id": "s", "score": 4}]}]}',
    '{"format_version": "1.0", "maps": [{"stages": [{"id": "s"}], "lanes": [{"id": "l"}], '
    '"cards": [{"kind": "emotion", "lane_id": "l", "stage_id": "s", "score": 3}]}]}',
    '{"format_version": "1.0", "maps": [{"stages": [{"id": "s"}], "lanes": [{"id": "l"}], '
    '"cards": [{"kind": "text", "lane_id": "l", "stage_id": "s", "id": "c"}, '
    '{"kind": "text", "lane_id": "l", "stage_id": "s", "id": "c"}]}]}',
    '{"format_version": "1.0", "maps": [{"stages": [{"id": "s"}], "lanes": [{"id": "l"}], '
    '"cards": [{"kind": "text", "lane_id": "l", "stage_id": "s"}, '
    '{"kind": "text", "lane_id": "l", "stage_id": "s"}]}]}',
    '{"format_version": "1.0", "meta": {"logo": "assets/' + "a" * 64 + '.png"}}',
    '{"format_version": "1.0", "meta": {"created": "2024-01-01t10:00:00z", "date": "2024-02-29"}}',
    '{"format_version": "1.0", "meta": {"created": "2024-02-30T10:00:00"}}',
    '{"format_version": "1.0", "export": {"custom_mm": [50, 5000], "tiles": [20, 1], "png_scale": 8}}',
    '{"format_version": "1.0", "export": {"png_scale": 0}}',
    '{"format_version": "1.0", "jobs": [{"id": "j", "stage_ids": ["nowhere"]}]}',
    '{"format_version": "1.0", "maps": [{"id": "m\\n"}]}',
    '{"format_version": "1.0", "maps": [' + '[' * 70 + ']' * 70 + ']}',
    '{"format_version": "1.0"} trailing',
]


@pytest.mark.parametrize("text", JSON_TEXTS)
def test_a_hand_made_file_gets_the_full_readers_answer(tmp_path, capsys, text):
    path = tmp_path / "hand.journey"
    path.write_bytes(container({"project.json": text}))
    _same_answer(path, capsys)


def test_a_sound_file_is_answered_quickly(tmp_path, capsys):
    """Not a check that always defers: a project without images passes, with its counts."""
    project = small_project()
    for persona in project.personas:
        persona.photo = None
    for jmap in project.maps:
        for card in jmap.cards:
            card.image = None
    project.meta.logo = None
    from journeydesigner.projectfile import write_project

    write_project(project, tmp_path / "plain.journey")
    assert quick_project(tmp_path / "plain.journey") is not None
    assert _same_answer(tmp_path / "plain.journey", capsys)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project=projects(max_cards=8))
def test_a_generated_project_gets_the_same_answer(capsys, project):
    from journeydesigner.projectfile import project_bytes

    path = _tmp_file(project_bytes(project))
    try:
        quick = _same_answer(path, capsys)
        assert quick == (not project.assets)  # only a file with images is left to the full reader
    finally:
        path.unlink()


@pytest.mark.parametrize("problem", ["missing", "folder", "not a zip", "several"])
def test_files_the_quick_check_cannot_vouch_for_get_the_full_answer(tmp_path, capsys, problem):
    path = tmp_path / "x.journey"
    files = [path]
    if problem == "folder":
        path.mkdir()
    elif problem == "not a zip":
        path.write_text("hello")
    elif problem == "several":
        path.write_bytes(valid_bytes())  # (with images)
        files = [path, tmp_path / "missing.journey"]
    assert quick_validate(files) is None
    assert capsys.readouterr() == ("", "")


def _run_command(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m journeydesigner validate …` with os._exit reporting which modules were loaded."""
    code = ("import os, sys\n"
            "real_exit = os._exit\n"
            "def leave(code):\n"
            "    print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'pydantic_core', "
            "'PySide6', 'argparse', 'typing_extensions', 'inspect'}), file=sys.stderr, flush=True)\n"
            "    real_exit(code)\n"
            "os._exit = leave\n"
            f"sys.argv = ['journeydesigner', *{list(args)!r}]\n"
            "from journeydesigner.launch import entry\n"
            "entry()\n")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_validate_of_a_sound_file_does_not_import_pydantic(tmp_path):
    from journeydesigner.projectfile import write_project
    from journeydesigner.templates import new_project

    project = new_project()
    project.personas = [p.model_copy(update={"photo": None}) for p in project.personas]
    write_project(project, tmp_path / "plain.journey")
    result = _run_command("validate", str(tmp_path / "plain.journey"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(": valid (1 map, 10 cards, 0 personas)\n")
    assert "LOADED []" in result.stderr  # no pydantic, no Qt, not even argparse or typing_extensions (quick.py)


def test_validate_of_a_bad_file_answers_as_before(tmp_path):
    (tmp_path / "bad.journey").write_bytes(container({"project.json": '{"format_version": "1.0", "maps": 3}'}))
    result = _run_command("validate", str(tmp_path / "bad.journey"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{tmp_path / 'bad.journey'}: project.json › maps: must be a list")
    assert "pydantic" in result.stderr.splitlines()[-1]  # the full reader answered
