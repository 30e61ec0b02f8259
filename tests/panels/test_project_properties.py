"""Project properties as a consultant edits them: typed in the dialog or the inspector, undoable, on the cover."""

import datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QToolButton

from journeydesigner.document import Document
from journeydesigner.export.pages import plan_document
from journeydesigner.layout.ops import Picture
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.panels.project import ProjectForm, ProjectPropertiesDialog
from journeydesigner.templates import new_project
from tests.helpers.factories import png_bytes, small_project
from tests.helpers.gui import click, open_window, type_text, view_point


def test_a_new_project_is_untitled_not_named_after_its_template():
    project = new_project("five-stage")
    assert project.meta.title == "Untitled journey"
    assert Document(project).display_name == "Untitled journey"


def test_project_properties_dialog_edits_the_title_as_one_undo_step(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    seen: list[ProjectPropertiesDialog] = []

    def type_into_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ProjectPropertiesDialog) and w.isVisible())
        seen.append(dialog)
        title = dialog.form.title
        assert title.hasFocus()
        title.selectAll()
        type_text(title, "Clinic booking")
        qtbot.keyClick(title, Qt.Key.Key_Tab)
        type_text(dialog.form.client, "Northside Health")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(200, type_into_dialog)
    window.act_properties.trigger()
    assert seen, "the dialog did not open"
    meta = window.doc.project.meta
    assert (meta.title, meta.client) == ("Clinic booking", "Northside Health")
    assert window.doc.undo_stack.count() == 2  # one step per field, not per keystroke
    assert window.doc.modified
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert (window.doc.project.meta.title, window.doc.project.meta.client) == ("Small", "Client")


def test_inspector_shows_the_project_when_nothing_is_selected(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    layout = window.scene.layout
    stage = window.scene.header_rect("stages", "stage-a").center()
    click(window, window.view.mapFromScene(stage))  # a stage header: the inspector shows the stage
    assert window.inspector.selection == ("stages", ["stage-a"])
    click(window, view_point(window, layout.width - 5, layout.height - 5))  # then an empty spot of the map
    assert window.inspector.selection == ("map", [])
    form = window.inspector.project_form
    assert form.title.isVisible() and form.logo.isVisible()
    form.version.setFocus()
    type_text(form.version, "Draft 2")
    assert window.doc.project.meta.version == "Draft 2"
    form.date.setFocus()
    form.date.setDate(QDate(2026, 12, 3))
    assert window.doc.project.meta.date == datetime.date(2026, 12, 3)
    qtbot.mouseClick(form.date.parentWidget().findChild(QToolButton), Qt.MouseButton.LeftButton)  # ✕: no date
    assert window.doc.project.meta.date is None
    window.act_undo.trigger()
    assert window.doc.project.meta.date == datetime.date(2026, 12, 3)


def test_client_logo_goes_into_the_assets_and_onto_the_cover(qtbot, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes(120, 40, "#0B7285"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    doc = Document(small_project())
    form = ProjectForm(doc)
    qtbot.addWidget(form)
    form.show()
    buttons = {b.text(): b for b in form.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Choose…"], Qt.MouseButton.LeftButton)
    ref = doc.project.meta.logo
    assert ref is not None and ref in doc.project.assets
    assert form.logo.pixmap() is not None and not form.logo.pixmap().isNull()
    cover = plan_document(doc.project, ExportOptions(sections=["cover"])).pages[0]
    pictures = [op for part in cover.parts for op in part.ops if isinstance(op, Picture)]
    assert any(p.asset == ref and abs(p.w / p.h - 3.0) < 0.01 for p in pictures)  # the logo's own proportions
    qtbot.mouseClick(buttons["Remove"], Qt.MouseButton.LeftButton)
    assert doc.project.meta.logo is None
    doc.undo_stack.undo()
    assert doc.project.meta.logo == ref
    form.detach()


def test_the_version_label_and_date_reach_every_page(qtbot, monkeypatch):
    doc = Document(small_project())
    form = ProjectForm(doc)
    qtbot.addWidget(form)
    form.show()
    form.version.setFocus()
    type_text(form.version, "Draft 2")
    form.date.setFocus()
    form.date.setDate(QDate(2026, 12, 3))
    pages = plan_document(doc.project, ExportOptions()).pages
    texts = [[op.text for part in page.parts for op in part.ops if hasattr(op, "text")] for page in pages]
    assert any("3 December 2026 · Draft 2" in t for t in texts[0])  # the cover
    assert all(any("Small · Client · Draft 2" in t for t in page) for page in texts[1:])  # headers and footers
    form.detach()


def test_the_project_language_hyphenates_the_map_as_one_undo_step(qtbot, monkeypatch):
    """A consultant writing German with the program in English picks the project's language: the canvas then
    breaks the German compound at German points ("Kundenzufrie-"), and Undo brings English's back."""
    from journeydesigner.layout import wrap as wrapping
    from journeydesigner.layout.ops import Text

    project = small_project()
    project.maps[0].stages[1].width = 120
    project.maps[0].cards[4].body = "Kundenzufriedenheitsbefragungsergebnisse"
    window = open_window(qtbot, monkeypatch, project)

    def lines() -> list[str]:  # the body's lines on the canvas
        texts = [op.text for op in window.scene.layout.cards["card-5"].ops if isinstance(op, Text)]
        return [t for t in texts if t.removesuffix("-") in "Kundenzufriedenheitsbefragungsergebnisse"]

    try:
        wrapping.set_language("en_US")  # the program speaks English
        window.scene.rebuild()
        english = lines()
        combo = window.inspector.project_form.language
        assert combo.isVisible() and combo.currentData() == ""  # nothing selected: the project's own fields
        combo.setFocus()
        qtbot.keyClicks(combo, "Deutsch")  # typed on the closed list: the first language of that name
        assert window.doc.project.meta.language == "de_DE"
        assert lines()[0] == "Kundenzufrie-" and lines() != english
        window.act_undo.trigger()
        assert window.doc.project.meta.language == "" and combo.currentData() == ""
        assert lines() == english
    finally:
        wrapping.set_language(None)


def test_the_language_list_is_made_when_first_needed_and_shows_the_projects_language(qtbot, monkeypatch):
    """Fifty languages named in their own words are not made at the window's start (issue 15); a project
    written in German shows its language at once, and a key on the closed list finds every language."""
    from journeydesigner.panels.project import language_options

    window = open_window(qtbot, monkeypatch, small_project())
    combo = window.inspector.project_form.language
    assert combo.count() == 1 and combo.currentText() == "Automatic"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # a key on the closed list: its first choice, now among them all
    assert combo.count() == 1 + len(language_options()) and combo.currentData() == ""
    assert window.doc.project.meta.language == ""

    german = small_project()
    german.meta.language = "de_DE"
    window = open_window(qtbot, monkeypatch, german)
    combo = window.inspector.project_form.language
    assert combo.currentData() == "de_DE" and combo.currentText().startswith("Deutsch")
