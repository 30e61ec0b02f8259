"""Every user-visible string goes through Qt's translation, so adding a language is adding a file."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from journeydesigner import i18n
from journeydesigner.app.export_dialog import ExportDialog
from journeydesigner.app.help import AboutDialog, ShortcutsDialog
from journeydesigner.app.preferences import PreferencesDialog
from journeydesigner.app.start_screen import StartScreen
from journeydesigner.export.pdf import write_pdf
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import new_project, sample_path
from tests.helpers.gui import open_window


class Pseudo(QTranslator):
    """Marks every translated string, as a pseudo-localisation does: what is not marked was not translated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"‹{source}›"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def pseudo(qapp):
    i18n.install("xx")  # no such translation: tr now asks Qt, in the source language
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    i18n.uninstall()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    from PySide6.QtGui import QAction

    found: list[tuple[str, str]] = []
    for action in root.findChildren(QAction):
        found += [("action", action.text()), ("status tip", action.statusTip())]
    found += [("menu", m.title()) for m in root.findChildren(QMenu)]
    found += [("dock", d.windowTitle()) for d in root.findChildren(QDockWidget)]
    found += [("label", label.text()) for label in root.findChildren(QLabel)]
    found += [("button", b.text()) for b in root.findChildren(QAbstractButton)]
    found += [("group", g.title()) for g in root.findChildren(QGroupBox)]
    for kind in (QLineEdit, QPlainTextEdit):
        found += [("placeholder", e.placeholderText()) for e in root.findChildren(kind)]
    for table in root.findChildren(QTableWidget):
        found += [("cell", table.item(r, c).text()) for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) and c > 0]  # column 0 of a table holds keys or names: data
    for combo in root.findChildren(QComboBox):
        found += [("choice", combo.itemText(i)) for i in range(combo.count())]
    for widget in root.findChildren(QWidget):
        found += [("accessible name", widget.accessibleName()), ("tooltip", widget.toolTip())]
    return found


def untranslated(root: QWidget, data: set[str]) -> list[tuple[str, str]]:
    """Words (two letters or more) shown without the pseudo-translation's marks, leaving out the user's data."""
    return sorted({(kind, text) for kind, text in visible_texts(root)
                   if re.search("[A-Za-z]{2}", text) and "‹" not in text and text not in data})


def project_words(window) -> set[str]:
    """What the user typed (names, tags, file names) is shown as it is, never translated."""
    project = window.doc.project
    words = {p.name for p in project.personas} | {m.name for m in project.maps}
    for jmap in project.maps:
        words |= {s.name for s in jmap.stages} | {ln.name for ln in jmap.lanes}
        words |= {f"#{t}" for c in jmap.cards for t in c.tags}
    return words


def test_every_string_of_the_window_and_its_dialogs_is_translated(qtbot, monkeypatch, pseudo):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    data = project_words(window)
    assert untranslated(window, data) == []
    assert window.menuBar().actions()[0].text() == "‹&File›"
    regions = {"map": None, "view": (0.0, 0.0, 400.0, 300.0), "selection": None}
    for dialog in (ExportDialog(window.doc, window.scene.map_id, regions, window), PreferencesDialog(window),
                   StartScreen(window), ShortcutsDialog(window.actions(), window), AboutDialog(window)):
        screen_names = {dialog.screen.itemText(i) for i in range(1, dialog.screen.count())} \
            if isinstance(dialog, PreferencesDialog) else set()
        assert untranslated(dialog, data | screen_names) == [], type(dialog).__name__
        dialog.deleteLater()


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name: no accessible name and no text of their own.
    Qt's internals (a combo box's popup, a table's header, a field's clear button, overflow buttons) are left out."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QToolBar

    found = []
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton):
        for control in root.findChildren(kind):
            if control.accessibleName() or (isinstance(control, QAbstractButton) and control.text().strip("&")):
                continue
            ancestors, parent = [], control.parent()
            while parent is not None:
                ancestors.append(parent)
                parent = parent.parent()
            if (any(isinstance(a, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)) for a in ancestors)
                    or isinstance(control.parent(), QToolBar) or control.objectName().startswith("qt_")):
                continue
            found.append(f"{type(control).__name__} {control.objectName()} {control.toolTip()}")
    return found


def test_every_control_has_an_accessible_name(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    assert unnamed_controls(window) == []
    regions = {"map": None, "view": (0.0, 0.0, 400.0, 300.0), "selection": None}
    for dialog in (ExportDialog(window.doc, window.scene.map_id, regions, window), PreferencesDialog(window),
                   StartScreen(window), ShortcutsDialog(window.actions(), window), AboutDialog(window)):
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.deleteLater()


def test_the_pdf_speaks_the_installed_language(pseudo, tmp_path):
    """Section titles, legend and footers of the deliverable go through the same translation."""
    project = read_project(sample_path())
    out = tmp_path / "out.pdf"
    write_pdf(project, ExportOptions(sections=["cover", "maps", "jobs", "legend"]), out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "‹Legend›" in text and "‹Jobs to be done, ranked by opportunity›" in text
    assert "‹Severity›" in text  # a word inside the map's cards, not only page furniture


def test_without_a_translation_the_source_language_reads_well(qapp):
    i18n.uninstall()
    assert i18n.tr("Move %n card(s)", "", 1) == "Move 1 card"
    assert i18n.tr("Move %n card(s)", "", 3) == "Move 3 cards"


LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")


def compile_german(folder: Path) -> None:
    """A German translation of a few messages, compiled by lrelease into ``folder`` as a release would ship it."""
    ts = folder / "journeydesigner_de.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de"><context><name></name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
<message><source>Awareness</source><translation>Aufmerksamkeit</translation></message>
<message><source>does not exist</source><translation>existiert nicht</translation></message>
<message numerus="yes"><source>Move %n card(s)</source><translation>
<numerusform>%n Karte verschieben</numerusform><numerusform>%n Karten verschieben</numerusform>
</translation></message>
</context></TS>""", encoding="utf-8")
    subprocess.run([LRELEASE, str(ts), "-qm", str(folder / "journeydesigner_de.qm")],
                   check=True, capture_output=True, timeout=60)


@pytest.mark.skipif(LRELEASE is None, reason="needs PySide6's lrelease")
def test_a_translation_is_a_file_not_code(qtbot, monkeypatch, tmp_path):
    """A .ts compiled by lrelease and dropped into the translations folder changes the menus and new maps."""
    compile_german(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        assert i18n.install("de") is not None
        assert i18n.tr("Move %n card(s)", "", 3) == "3 Karten verschieben"
        window = open_window(qtbot, monkeypatch, read_project(sample_path()))
        assert window.menuBar().actions()[0].text() == "&Datei"
        assert new_project().maps[0].stages[0].name == "Aufmerksamkeit"  # a new map starts in the user's language
    finally:
        i18n.uninstall()


@pytest.mark.skipif(LRELEASE is None, reason="needs PySide6's lrelease")
def test_the_command_line_speaks_the_users_language(qapp, monkeypatch, tmp_path, capsys):
    from PySide6.QtCore import QLocale

    from journeydesigner import cli

    compile_german(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    previous = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        assert cli.main(["validate", str(tmp_path / "missing.journey")]) == 2
        assert "existiert nicht" in capsys.readouterr().err
    finally:
        QLocale.setDefault(previous)
        i18n.uninstall()


def test_the_translation_template_is_current():
    """resources/translations/journeydesigner_template.ts lists every string; regenerate it with
    python packaging/update-translations.py when this fails."""
    template = Path(__file__).resolve().parents[1] / "resources" / "translations" / "journeydesigner_template.ts"
    sources = set(re.findall(r"<source>(.*?)</source>", template.read_text(encoding="utf-8"), re.S))
    assert len(sources) > 300
    for expected in ("&amp;File", "Jobs to be done, ranked by opportunity", "Move %n card(s)", "Five-stage journey"):
        assert expected in sources
