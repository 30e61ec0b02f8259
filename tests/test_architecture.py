"""The layering of shared/DESIGN.md, checked by a machine: import-linter's contracts in pyproject.toml, and a
fresh process that loads the Qt-free layers and finds no Qt in it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0, "run: lint-imports"
    finally:
        os.chdir(cwd)


def run_python(code: str) -> None:
    """Runs ``code`` in a fresh interpreter (in English, on this checkout): the modules it loads are its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_qt_free_layers_load_without_qt():
    code = (
        "import sys\n"
        "import journeydesigner.model, journeydesigner.layout.map_layout, journeydesigner.layout.mapdraw\n"
        "import journeydesigner.projectfile, journeydesigner.export.pdf, journeydesigner.formats\n"
        "import journeydesigner.compare.merge, journeydesigner.compare.report, journeydesigner.projectfile.copies\n"
        "from journeydesigner.cli import main\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
        "assert not loaded, loaded\n"
    )
    run_python(code)


def test_validate_loads_only_what_it_needs(tmp_path):
    """`journeydesigner validate` is a whole process a script may run thousands of times (issue 15): no Qt,
    reportlab, PIL, fontTools or logging while it reads a project without images."""
    from journeydesigner.projectfile import write_project
    from journeydesigner.templates import new_project

    project = new_project()
    project.personas = [p.model_copy(update={"photo": None}) for p in project.personas]
    write_project(project, tmp_path / "plain.journey")
    code = (
        "import sys\n"
        "from journeydesigner.cli import main\n"
        f"code = main(['validate', {str(tmp_path / 'plain.journey')!r}])\n"
        "heavy = ('PySide6', 'reportlab', 'PIL', 'fontTools', 'logging', 'openpyxl', 'pptx')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy)\n"
        "print(code, loaded)\n"
        "assert code == 0 and not loaded, loaded\n"
    )
    run_python(code)


def test_the_window_loads_only_what_its_first_paint_needs():
    """Issue 15: the window's start imports no PDF or image library, no shaping engine and none of the
    dialogs, panels and modes it does not show (export, import, start screen, presentation, comparison, help, jobs,
    the clipboard, image import; ICU's ctypes binding); they load on first use. Measuring a Latin map's text
    neither parses a font file with reportlab."""
    code = (
        "import sys\n"
        "import journeydesigner.app.main, journeydesigner.app.window\n"
        "from journeydesigner.layout.map_layout import layout_map\n"
        "from journeydesigner.templates import new_project\n"
        "project = new_project()\n"
        "layout_map(project.maps[0], project.personas)\n"
        "heavy = ('reportlab.pdfbase', 'reportlab.pdfgen', 'PIL', 'fontTools', 'uharfbuzz', 'bidi', 'openpyxl',\n"
        "         'psutil', 'pptx', 'journeydesigner.app.export_dialog', 'journeydesigner.app.start_screen',\n"
        "         'journeydesigner.present.presentation', 'journeydesigner.app.compare_panel',\n"
        "         'journeydesigner.app.import_dialog', 'journeydesigner.app.clipboard', 'journeydesigner.app.help',\n"
        "         'journeydesigner.panels.jobs', 'journeydesigner.imageimport', 'ctypes', 'subprocess')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print(loaded)\n"
        "assert not loaded, loaded\n"
    )
    run_python(code)
