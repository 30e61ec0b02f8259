"""The command line's exit codes and messages: 0 success, 2 bad input or usage, 1 a bug."""

import gc
import os
import subprocess
import sys

import pytest

from journeydesigner import __version__, cli, launch
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_help_lists_the_commands(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("new", "validate", "export"):
        assert command in out


def test_list_templates(capsys):
    code, out, _ = run(capsys, "new", "--list-templates")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == ["five-stage", "four-stage", "service-blueprint", "blank"]


def test_new_from_template_creates_a_valid_file(capsys, tmp_path):
    out_file = tmp_path / "workshop.journey"
    code, _, _ = run(capsys, "new", "-o", str(out_file), "--template", "service-blueprint", "--title", "Clinic")
    assert code == 0
    project = read_project(out_file)
    assert project.meta.title == "Clinic"
    assert [lane.name for lane in project.maps[0].lanes][-2:] == ["Backstage", "Support processes"]


def test_new_refuses_to_overwrite(capsys, tmp_path):
    out_file = tmp_path / "x.journey"
    out_file.write_bytes(b"precious")
    code, _, err = run(capsys, "new", "-o", str(out_file))
    assert code == 2 and "already exists" in err
    assert out_file.read_bytes() == b"precious"


def test_new_with_unknown_template(capsys, tmp_path):
    code, _, err = run(capsys, "new", "-o", str(tmp_path / "x.journey"), "--template", "nope")
    assert code == 2 and "there is no template 'nope'" in err and "five-stage" in err


def test_validate_good_and_bad(capsys, tmp_path):
    bad = tmp_path / "bad.journey"
    bad.write_text("not a zip")
    code, out, err = run(capsys, "validate", str(sample_path()), str(bad))
    assert code == 2
    assert f"{sample_path()}: valid (1 map, 86 cards, 2 personas)" in out  # each noun as its number needs it
    assert err.strip() == f"{bad}: is not a Journey Designer project (it is not a ZIP container, or it is truncated)"


def test_validate_all_good(capsys):
    code, _, err = run(capsys, "validate", str(sample_path()))
    assert code == 0 and err == ""


def test_export_copy_in_current_format(capsys, tmp_path):
    out_file = tmp_path / "copy.journey"
    code, _, _ = run(capsys, "export", str(sample_path()), "-o", str(out_file))
    assert code == 0
    assert read_project(out_file) == read_project(sample_path())


def test_export_to_unknown_form(capsys, tmp_path):
    code, _, err = run(capsys, "export", str(sample_path()), "-o", str(tmp_path / "x.docx"))
    assert code == 2 and "cannot export to '.docx'" in err and ".pdf" in err


def test_export_into_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "export", str(sample_path()), "-o", str(tmp_path / "no" / "x.journey"))
    assert code == 2 and "does not exist" in err


def test_usage_error_exits_2(capsys):
    code, _, err = run(capsys, "validate")
    assert code == 2 and "usage" in err


def test_a_bug_exits_1_with_the_log_location(capsys, monkeypatch, tmp_path):
    def boom(_args: object) -> int:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(cli, "_export", boom)
    code, _, err = run(capsys, "export", "x", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "internal error" in err and "journeydesigner.log" in err


def test_a_bug_in_validate_exits_1_and_writes_nothing(capsys, monkeypatch, tmp_path):
    def boom(_files: list[str]) -> int:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(cli, "_validate", boom)
    monkeypatch.setattr(cli, "setup_logging", lambda: pytest.fail("validate wrote a log"))
    code, _, err = run(capsys, "validate", "x")
    assert code == 1 and "internal error" in err and "ZeroDivisionError" in err


@pytest.mark.parametrize("args", [["-m", "journeydesigner", "--version"], ["-m", "journeydesigner", "validate", "-h"]])
def test_python_dash_m(args):
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout


def test_python_dash_m_validate_says_valid_and_leaves_with_its_status(tmp_path):
    """The whole way a user runs it: the launcher, the answer flushed before the fast exit, the exit status."""
    bad = tmp_path / "bad.journey"
    bad.write_bytes(b"not a zip")
    result = subprocess.run([sys.executable, "-m", "journeydesigner", "validate", str(sample_path()), str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"{sample_path()}: valid (" in result.stdout and f"{bad}: is not a Journey Designer project" in result.stderr


def test_validate_runs_without_the_cyclic_collector_other_commands_with_it(monkeypatch):
    seen: list[bool] = []
    monkeypatch.setattr(cli, "entry", lambda: seen.append(gc.isenabled()))
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")  # (so that monkeypatch puts back what was there)
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        for command in ("export", "validate"):
            monkeypatch.setattr(sys, "argv", ["journeydesigner", command, "x.journey"])
            launch.entry()
    finally:
        (gc.enable if was_enabled else gc.disable)()
    assert seen == [True, False]
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"  # no other program's pydantic plugin loads into ours


def test_validate_leaves_the_last_project_it_read_for_the_exit(capsys):
    code, _, _ = run(capsys, "validate", str(sample_path()))
    assert code == 0 and [p.meta.title for p in cli._left_for_exit] == [read_project(sample_path()).meta.title]


def test_export_pdf_png_svg(capsys, tmp_path):
    for name in ("deliverable.pdf", "map.png", "map.svg"):
        code, out, _ = run(capsys, "export", str(sample_path()), "-o", str(tmp_path / name), "--paper", "A2",
                           "--scale", "0.5")
        assert code == 0 and f"wrote {tmp_path / name}" in out
        assert (tmp_path / name).stat().st_size > 1000


def test_export_tiles_and_sections(capsys, tmp_path):
    from pypdf import PdfReader

    out_file = tmp_path / "tiled.pdf"
    code, _, _ = run(capsys, "export", str(sample_path()), "-o", str(out_file), "--tiles", "2x4", "--paper", "A4",
                     "--sections", "maps,legend", "--no-crop-marks")
    assert code == 0
    assert len(PdfReader(out_file).pages) == 9


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "Nope"], "there is no map named 'Nope'"),
        (["--tiles", "three"], "--tiles takes two numbers"),
        (["--sections", "maps,appendix"], "unknown section 'appendix'"),
        (["--omit-lane", "Nope"], "there is no lane named 'Nope'"),
        (["--margin", "500"], "export options › margin_mm: must be at most 100"),
    ],
)
def test_export_bad_options(capsys, tmp_path, args, message):
    out_file = tmp_path / "x.pdf"
    code, _, err = run(capsys, "export", str(sample_path()), "-o", str(out_file), *args)
    assert code == 2 and message in err
    assert not out_file.exists() and list(tmp_path.iterdir()) == []


def test_export_unknown_paper_is_a_usage_error(capsys, tmp_path):
    code, _, err = run(capsys, "export", str(sample_path()), "-o", str(tmp_path / "x.pdf"), "--paper", "B9")
    assert code == 2 and "invalid choice" in err


def test_export_help_lists_every_option(capsys):
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0
    for flag in ("--paper", "--tiles", "--fit", "--overlap", "--sections", "--omit-lane", "--anonymise", "--scale",
                 "--dpi", "--transparent", "--map"):
        assert flag in out
