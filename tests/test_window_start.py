"""The window's start made cheaper (issue 15) without changing what it does."""

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import journeydesigner.app  # (installs the quick scan)
import journeydesigner.model  # noqa: F401 (a Qt-free module, asked below)


def test_the_quick_pyside_scan_answers_as_pysides_own():
    """PySide6 marks each module imported after it by whether its source names PySide6; the quick scan reads
    bytes instead of inspect.getsource's lines, and must mark every module the same."""
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quick", False), "journeydesigner.app installs the quick scan"
    import inspect

    def pysides_own(module):
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    modules = list(sys.modules.values())
    assert len(modules) > 100
    answers = {module.__name__: quick(module) for module in modules}
    assert answers == {module.__name__: pysides_own(module) for module in modules}
    assert answers["journeydesigner.app.qtstart"] is True
    assert answers["journeydesigner.model"] is False


COMMAND_WORDS = ["open", "new", "validate", "export", "import", "diff", "--help", "-h", "--version", "map.journey",
                 "export.journey", "x"]


@given(st.lists(st.sampled_from(COMMAND_WORDS), max_size=3))
def test_the_launcher_knows_a_window_as_the_command_line_does(args):
    """launch.opens_window decides before cli is imported; cli.main reads a first word that names no command
    (and is no option) as a file to open."""
    from journeydesigner.cli import SUBCOMMANDS
    from journeydesigner.launch import opens_window

    words = list(args)
    if words and words[0] not in SUBCOMMANDS and not words[0].startswith("-"):
        words.insert(0, "open")
    assert opens_window(list(args)) == (not words or words[0] == "open")


@pytest.mark.parametrize(("argv", "collecting", "plain"), [
    (["map.journey"], False, True), ([], False, True), (["open", "a"], False, True), (["open"], False, True),
    (["a", "b"], False, False), (["open", "--help"], False, False), (["export", "a", "-o", "b.pdf"], True, False),
    (["--help"], True, False)])
def test_the_window_starts_without_pythons_collector_or_the_command_lines_modules(monkeypatch, argv, collecting,
                                                                                   plain):
    """The window's own collector runs between events; its start (imports, reading) runs without the automatic
    one, which only walked the imports' objects. Other commands keep it. A plain window command line (at most a
    file) is run by windowcmd, without cli.py's argparse parser and exporters; anything else goes through cli."""
    import gc

    import journeydesigner.cli
    from journeydesigner import launch

    seen = []
    monkeypatch.setattr(journeydesigner.cli, "entry", lambda: seen.append(("cli", gc.isenabled())))
    monkeypatch.setattr(launch, "run_window", lambda args: seen.append(("window", gc.isenabled(), args)) or 0)
    monkeypatch.setattr(sys, "argv", ["journeydesigner", *argv])
    was = gc.isenabled()
    gc.enable()
    try:
        launch.entry()
    except SystemExit as exc:
        assert exc.code == 0
    finally:
        gc.enable() if was else gc.disable()
    file = [word for word in argv if word != "open"]
    assert seen == ([("window", collecting, file)] if plain else [("cli", collecting)])


def test_a_plain_window_command_line_is_read_as_argparse_reads_it():
    """What windowcmd runs without argparse, cli's parser reads the same: the same file, or the sample."""
    from journeydesigner.cli import build_parser
    from journeydesigner.windowcmd import plain_window_args

    for argv in (["map.journey"], [], ["open", "x.journey"], ["open"], ["open", "open"]):
        words = argv if argv[:1] == ["open"] else ["open", *argv]
        parsed = build_parser().parse_args(words)
        assert plain_window_args(argv) == ([parsed.file] if parsed.file else [])


def test_the_window_answers_without_a_display_in_one_sentence(monkeypatch, capsys):
    from journeydesigner import windowcmd

    monkeypatch.setattr(windowcmd, "has_display", lambda: False)
    assert windowcmd.run_window(["map.journey"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("journeydesigner: no display found") and "Traceback" not in err


def test_a_bug_before_the_window_shows_is_logged_with_one_line_for_the_user(monkeypatch, capsys, tmp_path):
    from journeydesigner import windowcmd

    def broken(file):
        raise RuntimeError("boom")

    monkeypatch.setenv("JOURNEYDESIGNER_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(windowcmd, "open_window", broken)
    assert windowcmd.run_window([]) == 1
    err = capsys.readouterr().err
    assert "internal error; details were written to" in err and "Traceback" not in err


def test_pydantic_asks_its_plugin_loader_for_get_plugins_only():
    """launch.skip_plugin_scan stands in for pydantic's plugin loader with a module that has get_plugins alone:
    this fails when a pydantic version imports anything else from it (then the stand-in must grow)."""
    import re
    from pathlib import Path

    import pydantic

    uses = set()
    for source in Path(pydantic.__file__).parent.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        uses |= {names.strip() for names in re.findall(r"from \.+(?:plugin\.)?_loader import ([\w, ]+)", text)}
        assert "_loader." not in text.replace("plugin._loader.", ""), source
    assert uses == {"get_plugins"}


def test_with_plugins_off_pydantic_builds_models_without_scanning_for_them():
    code = ("import sys\n"
            "from journeydesigner.launch import skip_plugin_scan\n"
            "skip_plugin_scan()\n"
            "from journeydesigner.projectfile import read_project\n"
            "from journeydesigner.templates import sample_path\n"
            "assert read_project(sample_path()).maps\n"
            "assert 'importlib.metadata' not in sys.modules, 'scanned'\n")
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    for switch, scanned in (("__all__", False), ("", True)):
        env = {**os.environ, "PYTHONPATH": str(root), "PYDANTIC_DISABLE_PLUGINS": switch}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env)
        assert (done.returncode != 0 and "scanned" in done.stderr) == scanned, done.stderr


def test_the_window_starts_without_making_a_dataclass_of_ours(tmp_path):
    """Each dataclass costs ~1 ms to make (Python execs the source it writes for __init__, __eq__...): the
    window's records are msgspec Structs, made in C. Counted up to the first paint of a real window."""
    code = ("import dataclasses, os, runpy, sys\n"
            "made = []\n"
            "process = dataclasses._process_class\n"
            "def counted(cls, *args, **kwargs):\n"
            "    made.append(f'{cls.__module__}.{cls.__qualname__}')\n"
            "    return process(cls, *args, **kwargs)\n"
            "dataclasses._process_class = counted\n"
            "leave = os._exit\n"
            "def report(code):\n"
            "    print('ours', [name for name in made if name.startswith('journeydesigner')], flush=True)\n"
            "    leave(code)\n"
            "os._exit = report\n"
            "sys.argv = ['journeydesigner', sys.argv[1]]\n"
            "runpy.run_module('journeydesigner', run_name='__main__')\n")
    done = window_to_first_paint(tmp_path, ["-c", code])
    assert "ours []" in done.stdout, done.stdout


def test_the_window_imports_its_qt_free_layers_before_qt(tmp_path):
    """windowcmd.import_qt_free_layers_first: pydantic, the models and the reader are imported before PySide6, so
    PySide6's hook on every import statement and its scan of every new module never see them. ``-X importtime``
    writes a module's line when its import ends, an import within another's first: a models line above PySide6's
    means the models were whole before PySide6 was."""
    done = window_to_first_paint(tmp_path, ["-X", "importtime", "-m", "journeydesigner"])
    ended = [line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    for layer in ("pydantic", "journeydesigner.model", "journeydesigner.projectfile.reader"):
        assert ended.index(layer) < ended.index("PySide6"), layer


def window_to_first_paint(tmp_path, python_args: list[str]) -> subprocess.CompletedProcess[str]:
    """``python PYTHON_ARGS FILE`` on a copy of the sample, offscreen, leaving after the window's first paint."""
    import os
    import shutil
    from pathlib import Path

    from journeydesigner.templates import sample_path

    project = tmp_path / "map.journey"
    shutil.copy(sample_path(), project)
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "JOURNEYDESIGNER_DATA_DIR": str(tmp_path / "data"), "JOURNEYDESIGNER_EXIT_AFTER_PAINT": "1"}
    done = subprocess.run([sys.executable, *python_args, str(project)], capture_output=True, text=True, cwd=root,
                          env=env, timeout=120)
    assert "first-paint" in done.stdout, done.stdout + done.stderr
    return done


def test_the_packages_answered_by_name_never_name_pyside():
    """The quick scan answers the modules of WITHOUT_PYSIDE "no" without reading them; every file of each
    installed package must bear that out (a new version that names PySide6 fails here)."""
    import importlib.util
    from pathlib import Path

    from journeydesigner.app.qtstart import WITHOUT_PYSIDE

    checked = 0
    for package in sorted(WITHOUT_PYSIDE):
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.origin is not None, f"{package} is a dependency: a misspelt name?"
        folder = Path(spec.origin).parent
        files = [folder / Path(spec.origin).name] if spec.submodule_search_locations is None else folder.rglob("*.py")
        for source in files:
            assert b"PySide6" not in source.read_bytes(), source
            checked += 1
    assert checked > 100


def test_the_window_icon_has_every_size_a_window_shows_and_no_larger(qapp):
    """app_icon: each size from the bundled PNGs, at its own pixels, up to 256 px (the 512 px one only cost the
    start its decoding; desktops take it from the icon theme)."""
    from PySide6.QtCore import QSize

    from journeydesigner.app.main import WINDOW_ICON_SIZES, app_icon

    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(WINDOW_ICON_SIZES)
    assert max(WINDOW_ICON_SIZES) == 256
    for size in WINDOW_ICON_SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size and not image.isNull()
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not an empty pixmap
