"""Every user-visible string goes through Qt's translation, so adding a language is adding a file."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
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
from journeydesigner.panels.project import ProjectPropertiesDialog
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
    from journeydesigner.panels.project import language_options

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    data = project_words(window) | {name for name, _code in language_options()}  # languages named in themselves
    assert untranslated(window, data) == []
    assert window.menuBar().actions()[0].text() == "‹&File›"
    jmap = window.doc.project.maps[0]
    data |= {c.title for c in jmap.cards} | {c.body for c in jmap.cards}
    for kind in dict.fromkeys(c.kind for c in jmap.cards):  # the inspector's form for each kind of card
        window.scene.select_cards([next(c.id for c in jmap.cards if c.kind == kind)])
        assert untranslated(window.inspector, data) == [], kind
    regions = {"map": None, "view": (0.0, 0.0, 400.0, 300.0), "selection": None}
    for dialog in (ExportDialog(window.doc, window.scene.map_id, regions, window), PreferencesDialog(window),
                   StartScreen(window), ShortcutsDialog(window.actions(), window), AboutDialog(window),
                   ProjectPropertiesDialog(window.doc, window)):
        screen_names = {dialog.screen_choice.itemText(i) for i in range(1, dialog.screen_choice.count())} \
            | set(i18n.LANGUAGES.values()) if isinstance(dialog, PreferencesDialog) else set()  # names in themselves
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
def test_the_command_line_speaks_the_users_language(monkeypatch, tmp_path, capsys):
    from journeydesigner import cli

    compile_german(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    german_shell(monkeypatch)
    try:
        assert cli.main(["validate", str(tmp_path / "missing.journey")]) == 2
        assert "existiert nicht" in capsys.readouterr().err
    finally:
        i18n.uninstall()


def test_the_translation_template_is_current():
    """resources/translations/journeydesigner_template.ts lists every string; regenerate it with
    python packaging/update-translations.py when this fails."""
    template = Path(__file__).resolve().parents[1] / "resources" / "translations" / "journeydesigner_template.ts"
    sources = set(re.findall(r"<source>(.*?)</source>", template.read_text(encoding="utf-8"), re.S))
    assert len(sources) > 300
    for expected in ("&amp;File", "Jobs to be done, ranked by opportunity", "Move %n card(s)", "Five-stage journey"):
        assert expected in sources


# The languages that ship: complete, consistent with the code, and what the program really loads.

def _translations_module():
    """packaging/translations.py: the same extraction and checks the release scripts use."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("jd_packaging_translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ts_tools = _translations_module()
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
SHIPPED = [code for code in i18n.LANGUAGES if code != "en"]


def test_the_languages_offered_are_the_languages_shipped():
    assert sorted(SHIPPED) == sorted(ts_tools.LANGUAGES)
    for code in SHIPPED:
        assert ts_tools.ts_path(code).exists() and ts_tools.ts_path(code).with_suffix(".qm").exists(), code


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory):
    """Every string the code and the templates have now, extracted by lupdate as the release does."""
    if LUPDATE is None:
        pytest.skip("needs PySide6's lupdate")
    template = tmp_path_factory.mktemp("ts") / "fresh.ts"
    ts_tools.extract([template], quiet=True)
    return template


@pytest.mark.parametrize("language", ts_tools.LANGUAGES)
def test_every_string_is_translated(fresh_template, language):
    """Fails for a string added to the code without a translation: run packaging/untranslated.py --json LANG,
    translate, and merge with packaging/fill-translations.py LANG FILE.json."""
    left = ts_tools.unfinished(fresh_template, ts_tools.ts_path(language))
    assert [m.source for m in left] == []
    assert len(ts_tools.read(fresh_template)) > 600


@pytest.mark.parametrize("language", ts_tools.LANGUAGES)
def test_translations_keep_every_placeholder(language):
    """{name}, %n, HTML tags, line breaks and the &-mnemonic survive translation, or .format() and menus break."""
    assert ts_tools.placeholder_problems(ts_tools.ts_path(language)) == []


def test_the_placeholder_check_catches_a_lost_field(tmp_path):
    ts = tmp_path / "journeydesigner_xx.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de"><context><name></name>
<message><source>Saved {name}</source><translation>Gespeichert</translation></message>
<message><source>&amp;File</source><translation>Datei</translation></message>
<message numerus="yes"><source>Move %n card(s)</source><translation>
<numerusform>Eine Karte verschieben</numerusform><numerusform>Karten verschieben</numerusform></translation></message>
</context></TS>""", encoding="utf-8")
    problems = ts_tools.placeholder_problems(ts)
    assert len(problems) == 3 and "{name}" in problems[0] and "&" in problems[1] and "%n" in problems[2]


@pytest.mark.skipif(LRELEASE is None, reason="needs PySide6's lrelease")
@pytest.mark.parametrize("language", ts_tools.LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path, language):
    """The wheel and the bundle carry the .qm files: they must say what the .ts says."""
    ts = ts_tools.ts_path(language)
    fresh = ts_tools.compile_qm(ts, tmp_path / "fresh.qm", quiet=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run python packaging/update-translations.py"


def test_the_wheel_and_the_bundle_carry_the_translations():
    root = Path(__file__).resolve().parents[1]
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "journeydesigner/resources"' in pyproject  # resources/translations/*.qm included
    spec = (root / "packaging" / "journeydesigner.spec").read_text(encoding="utf-8")
    assert '(str(root / "resources"), "journeydesigner/resources")' in spec
    assert not any(".qm" in line for line in (root / ".gitignore").read_text().splitlines())


def mnemonic_clashes(menu: QMenu) -> list[str]:
    """Alt+letter must reach one item per menu: two items with the same letter make Alt+letter cycle."""
    from collections import Counter

    letters = []
    for action in menu.actions():
        found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
        if action.menu():
            letters_below = mnemonic_clashes(action.menu())
            if letters_below:
                return letters_below
    return [f"{menu.title()}: {letter}" for letter, count in Counter(letters).items() if count > 1]


@pytest.fixture
def speaking(qapp):
    """Install a shipped language for the test, and go back to English after it."""
    def install(language: str) -> str | None:
        i18n.uninstall()
        return i18n.install(language)

    yield install
    i18n.uninstall()


@pytest.mark.parametrize("language", ts_tools.LANGUAGES)
def test_menus_in_each_language_have_distinct_access_keys(qtbot, monkeypatch, speaking, language):
    assert speaking(language) is not None
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles[0] != "&File"  # really translated
    keys = [re.search(r"&(\w)", t).group(1).lower() for t in titles]
    assert len(set(keys)) == len(keys), titles
    for action in bar.actions():
        assert mnemonic_clashes(action.menu()) == []


def test_the_german_window_speaks_german(qtbot, monkeypatch, speaking):
    """A real user's view: menus, docks, the Jobs table, Qt's own buttons and a new map all in German."""
    from PySide6.QtWidgets import QDialogButtonBox

    speaking("de")
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert {d.windowTitle() for d in window.findChildren(QDockWidget)} >= {"Karten", "Personas", "Gliederung"}
    table = window.jobs_panel.table
    assert [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())][1:3] == ["Art", "Wicht."]
    dialog = PreferencesDialog(window)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's words too
    dialog.deleteLater()
    assert [s.name for s in new_project().maps[0].stages][:2] == ["Aufmerksamkeit", "Abwägung"]


def test_a_language_chosen_in_preferences_applies_at_the_next_start(qtbot, speaking):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.uninstall()
    assert i18n.started_in() == ""
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.language.currentText() == "System default" and not dialog.language_note.isVisible()
    dialog.language.setFocus()
    qtbot.keyClicks(dialog.language, "Fr")  # a closed combo box selects by typing, as a keyboard user does
    assert dialog.language.currentData() == "fr"
    assert dialog.language_note.isVisible()  # says the change waits for the next start
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert i18n.chosen_language() == "fr"
    assert i18n.translation_available()  # the command line follows the choice too
    assert speaking(None).endswith("journeydesigner_fr.qm")  # the next start
    assert i18n.tr("&File") == "&Fichier" and i18n.started_in() == "fr"


def test_the_system_language_is_picked_when_nothing_was_chosen(speaking):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("es_MX"))  # a regional variant finds the language's file
    try:
        assert speaking(None).endswith("journeydesigner_es.qm")
        assert i18n.tr("Move %n card(s)", "", 2) == "Mover 2 tarjetas"
        i18n.uninstall()
        QLocale.setDefault(QLocale("fr_CA"))
        assert speaking(None).endswith("journeydesigner_fr.qm")
        assert i18n.tr("Move %n card(s)", "", 0) == "Déplacer 0 fiche"  # French: 0 is singular
        i18n.uninstall()
        QLocale.setDefault(QLocale("ja_JP"))
        assert speaking(None) is None and i18n.tr("&File") == "&File"  # no Japanese: English
    finally:
        QLocale.setDefault(previous)


def german_shell(monkeypatch) -> None:
    """The environment a German user's terminal gives the command line, which reads it as Qt does on Unix."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def test_the_german_pdf_and_command_line(speaking, tmp_path, capsys, monkeypatch):
    from journeydesigner import cli

    speaking("de")
    out = tmp_path / "out.pdf"
    write_pdf(read_project(sample_path()), ExportOptions(sections=["cover", "maps", "jobs", "legend"]), out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Legende" in text and "Jobs to be Done, nach Opportunity Score geordnet" in text
    assert "Schweregrad" in text and not re.search(r"\bLegend\b", text)
    i18n.uninstall()
    german_shell(monkeypatch)
    assert cli.main(["export", "--help"]) == 0
    assert "Ein Projekt exportieren." in capsys.readouterr().out


def test_dates_read_as_each_language_writes_them(speaking):
    from datetime import date

    day = date(2026, 3, 5)
    assert i18n.long_date(day) == "5 March 2026"
    expected = {"de": "5. März 2026", "fr": "5 mars 2026", "es": "5 de marzo de 2026"}
    for language, text in expected.items():
        speaking(language)
        assert i18n.long_date(day) == text


def test_argparse_words_follow_the_language(speaking, capsys):
    """usage:, the group titles and argparse's own errors come from gettext, not from tr(): install() routes them."""
    from journeydesigner import cli

    speaking("fr")
    assert cli.build_parser().format_help().startswith("utilisation\u00a0: journeydesigner")
    i18n.uninstall()
    assert cli.build_parser().format_help().startswith("usage: ")


def test_the_web_page_states_the_language_its_words_are_in(speaking):
    from journeydesigner.formats import html

    project = read_project(sample_path())
    assert '<html lang="en">' in html.render(project)
    speaking("de")
    page = html.render(project)
    assert i18n.text_language() == "de-DE" and '<html lang="de-DE">' in page


def test_a_german_command_reads_its_translation_without_qt_and_a_window_still_opens_after(tmp_path):
    """In a German shell the command line speaks German without importing Qt (whose start-up made a German
    command 0.3-0.9 s slower than an English one), and a Qt application made later in the same process (a test
    run, PNG export) still gets working widgets: a translation loaded first used to make QWidget abort."""
    script = f"""
import sys
from journeydesigner import cli
code = cli.main(["validate", {str(sample_path())!r}])
print("Qt imported:", "PySide6.QtCore" in sys.modules)
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton("ok")
button.show()
print("widget shown:", button.isVisible(), code)
"""
    env = {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen", JOURNEYDESIGNER_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "gültig" in done.stdout and "Qt imported: False" in done.stdout
    assert "widget shown: True 0" in done.stdout


@pytest.mark.parametrize("language", ts_tools.LANGUAGES)
def test_the_plain_reader_finds_every_message_as_qt_does(language):
    """qmfile reads a shipped file as QTranslator does: every message, every plural form."""
    from PySide6.QtCore import QTranslator

    from journeydesigner.qmfile import QmFile

    path = i18n.translations_dir() / f"journeydesigner_{language}.qm"
    qm, qt = QmFile(path), QTranslator()
    assert qt.load(str(path)) and qm.language == qt.language()
    assert len(qm.messages) > 500
    for (context, source, comment), forms in qm.messages.items():
        for n in ((0, 1, 2, 5, 21, 101) if len(forms) > 1 else (-1,)):
            assert qm.translate(context, source, comment or None, n) == (
                qt.translate(context, source, comment or None, n) or None), (source, n)


@pytest.mark.skipif(LRELEASE is None, reason="needs PySide6's lrelease")
@pytest.mark.parametrize("language", ["ru", "pl", "cs", "ar", "ga", "lt", "lv", "sl", "ro", "fr", "ja", "cy"])
def test_plural_forms_follow_qt_rules_in_every_language(language, tmp_path):
    """The numerus byte code that lrelease writes for each language picks the form Qt picks."""
    from PySide6.QtCore import QTranslator

    from journeydesigner.qmfile import QmFile

    forms = "".join(f"<numerusform>form {i} %n</numerusform>" for i in range(6))
    ts = tmp_path / f"t_{language}.ts"
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{language}"><context><name></name>
<message numerus="yes"><source>%n file(s)</source><translation>{forms}</translation></message>
</context></TS>""", encoding="utf-8")
    qm_path = tmp_path / f"t_{language}.qm"
    subprocess.run([LRELEASE, str(ts), "-qm", str(qm_path)], check=True, capture_output=True)
    qm, qt = QmFile(qm_path), QTranslator()
    assert qt.load(str(qm_path))
    for n in [*range(0, 230), 1000, 1001, 1002, 1011, 1021, 100000, 1000000]:
        assert qm.translate("", "%n file(s)", None, n) == (qt.translate("", "%n file(s)", None, n) or None), n


def test_numbers_in_sentences_follow_the_language(speaking):
    """6,2 pt and 12.000 Pixel in German, as a careful German writer puts them; 6.2 and 12,000 in English."""
    from journeydesigner.export.pages import plan_document

    assert (i18n.number(6.24, 1), i18n.number(12000)) == ("6.2", "12,000")
    expected = {"de": ("6,2", "12.000"), "fr": ("6,2", "12\u202f000"), "es": ("6,2", "12.000")}
    for language, figures in expected.items():
        speaking(language)
        assert (i18n.number(6.24, 1), i18n.number(12000)) == figures
    speaking("de")
    from journeydesigner.layout.cardbox import format_number

    assert [format_number(v) for v in (48000, 2.1, 7.5)] == ["48.000", "2,1", "7,5"]  # KPI figures on the map
    notes = [str(w) for w in plan_document(read_project(sample_path()), ExportOptions(paper="A3")).warnings]
    assert any(re.search(r"\d,\d pt", note) for note in notes), notes
