"""Importing in the real window: drop a sheet on the map, merge it into the open map in one step, undo it."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QRadioButton

from journeydesigner.app.import_dialog import ImportDialog
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.gui import open_window
from tests.panels.test_panels import send_drop

SHEET = ("Stage,Lane,Title,Emotion score,Personas,Interviewer\n"
         "Awareness,Customer actions,Hears about it at a bike fair,,,Ana\n"
         "Onboarding,Customer actions,Unpacks the bike,,,Ana\n"
         "Onboarding,Emotions,Excited,3,Maya Okafor,\n")


def _answer_dialog(qtbot, choice: str, seen: list) -> None:
    """Waits for the import dialog, picks ``choice`` with the mouse and presses Import."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, ImportDialog):
        QTimer.singleShot(20, lambda: _answer_dialog(qtbot, choice, seen))
        return
    radio = dialog.findChild(QRadioButton, f"import-{choice}")
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))  # on the indicator
    assert radio.isChecked()
    seen.append(dialog.preview.toPlainText() + "\n" + dialog.warning_list.toPlainText())
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _drop(window, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = window.view.viewport()
    send_drop(viewport, mime, viewport.rect().center())


def test_dropped_sheet_merges_into_the_open_map_and_undoes_in_one_step(qtbot, monkeypatch, tmp_path):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    jmap = window.scene.jmap
    before = (len(jmap.cards), [s.name for s in jmap.stages], len(window.doc.project.personas))
    path = tmp_path / "workshop.csv"
    path.write_text(SHEET, encoding="utf-8")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_dialog(qtbot, "merge", seen))
    _drop(window, path)
    qtbot.waitUntil(lambda: len(jmap.cards) == before[0] + 3, timeout=5000)
    assert "1 new stage(s): Onboarding" in seen[0] and "3 card(s)" in seen[0]
    assert "column F ('Interviewer')" in seen[0]
    assert [s.name for s in jmap.stages] == [*before[1], "Onboarding"]
    assert len(window.doc.project.personas) == before[2]  # Maya matched by name
    excited = jmap.cards[-1]
    assert window.doc.project.persona(excited.persona_id).name == "Maya Okafor"
    assert excited.id in window.scene.layout.cards  # drawn on the canvas
    assert window.doc.undo_stack.undoText() == "Import workshop.csv"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(jmap.cards) == before[0])
    assert [s.name for s in jmap.stages] == before[1]
    assert excited.id not in window.scene.layout.cards


def test_file_import_as_new_map(qtbot, monkeypatch, tmp_path):
    from journeydesigner.app import import_dialog

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    path = tmp_path / "day.mmd"
    path.write_text("journey\n  title My day\n  section Work\n    Meeting: 9: Me\n", encoding="utf-8")
    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    read, cursors = import_dialog.formats.import_file, []

    def reading(name):  # a large file takes seconds: the window shows it is busy meanwhile
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor else None)
        return read(name)

    monkeypatch.setattr(import_dialog.formats, "import_file", reading)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_dialog(qtbot, "maps", seen))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: len(window.doc.project.maps) == 2)
    assert "line 4" in seen[0] and "1 new map(s): My day" in seen[0]  # the clamped score is reported
    assert cursors == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None
    assert window.scene.jmap.name == "My day"
    window.act_undo.trigger()
    assert len(window.doc.project.maps) == 1 and window.scene.jmap.name == "Subscribing to an e-bike"


def test_export_dialog_offers_the_table_shape_for_spreadsheets(qtbot, monkeypatch, tmp_path):
    from journeydesigner import formats
    from journeydesigner.app.export_dialog import ExportDialog

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    dialog = ExportDialog(window.doc, window.scene.map_id, {"map": None, "view": None, "selection": None}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.shape.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    assert dialog.shape.isVisible()
    dialog.shape.setCurrentIndex(dialog.shape.findData("grid"))
    dialog.update_preview()
    assert dialog.summary.text().startswith("<b>Excel workbook")
    dialog.export_to(tmp_path / "map.xlsx")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    assert dialog.wait()
    back = formats.import_file(tmp_path / "map.xlsx").project
    assert back.maps[0].name == "Subscribing to an e-bike" and len(back.maps[0].cards) == 86
    assert window.doc.project.export.table_shape == "grid"  # remembered with the project


def test_export_warnings_are_shown_in_the_window(qtbot, monkeypatch, tmp_path):
    """A grid cannot hold card details: the window says so in words, not only 'with warnings' in the status bar."""
    from journeydesigner.app.export_dialog import ExportDialog

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))

    def export_grid(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
        dialog.shape.setCurrentIndex(dialog.shape.findData("grid"))
        dialog.export_to(tmp_path / "grid.csv")
        qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
        assert dialog.wait()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", export_grid)
    window.act_export.trigger()
    assert window.notice_bar.isVisible()
    assert window.notice_bar.label.text().startswith("grid.csv: map 'Subscribing to an e-bike': a grid holds each")
