"""The export dialog: live preview and page count, remembered settings, export off the GUI thread."""

from pypdf import PdfReader
from PySide6.QtCore import Qt

from journeydesigner.app.export_dialog import ExportDialog
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.gui import open_window


def make_dialog(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    regions = {"map": None, "view": (0.0, 0.0, 800.0, 600.0), "selection": None}
    dialog = ExportDialog(window.doc, window.scene.map_id, regions, window)
    return window, dialog


def test_preview_shows_the_page_count_and_follows_the_options(qtbot, monkeypatch):
    _window, dialog = make_dialog(qtbot, monkeypatch)
    assert dialog.summary.text().startswith("<b>9 pages")  # the map on 2 × 2 A3 tiles, so its text is legible
    assert "2 × 2 A3 pages" in dialog.summary.text() and "⚠" not in dialog.summary.text()
    dialog.fit.setChecked(True)
    dialog.update_preview()
    assert dialog.summary.text().startswith("<b>6 pages")
    assert "% of the map's words would print below 6 pt" in dialog.summary.text()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    dialog.sections["cover"].setChecked(False)
    dialog.sections["legend"].setChecked(False)
    dialog.update_preview()
    assert dialog.summary.text().startswith("<b>4 pages")
    dialog.tile.setChecked(True)
    dialog.tile_cols.setValue(2)
    dialog.tile_rows.setValue(2)
    dialog.update_preview()
    assert dialog.summary.text().startswith("<b>7 pages")


def test_small_text_warning_is_shown(qtbot, monkeypatch):
    _window, dialog = make_dialog(qtbot, monkeypatch)
    dialog.paper.setCurrentText("A4")
    dialog.fit.setChecked(True)
    dialog.update_preview()
    assert "would print below 6 pt" in dialog.summary.text()


def test_export_runs_and_remembers_the_settings(qtbot, monkeypatch, tmp_path):
    window, dialog = make_dialog(qtbot, monkeypatch)
    dialog.sections["cover"].setChecked(False)
    dialog.anonymise.setChecked(True)
    path = tmp_path / "client.pdf"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=30_000)
    assert dialog.wait()
    assert len(PdfReader(path).pages) == 8  # the map on 2 × 2 tiles
    assert window.doc.project.export.anonymise_personas is True
    assert "cover" not in window.doc.project.export.sections
    # Remembered with the project, but exporting is not an edit: no undo step, no "unsaved changes".
    assert window.doc.undo_stack.count() == 0 and not window.doc.modified
    assert not window.isWindowModified()
    saved = tmp_path / "project.journey"
    window.doc.save(saved)
    assert read_project(saved).export.anonymise_personas is True  # written by the next save


def test_png_of_the_current_view(qtbot, monkeypatch, tmp_path):
    from PIL import Image

    _window, dialog = make_dialog(qtbot, monkeypatch)
    dialog.format.setCurrentIndex(1)
    dialog.scope.setCurrentIndex(dialog.scope.findData("view"))
    dialog.scale.setValue(1.0)
    dialog.update_preview()
    assert "800 × 600 pixels" in dialog.summary.text()
    path = tmp_path / "view.png"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=30_000)
    assert dialog.wait()
    with Image.open(path) as image:
        assert image.size == (800, 600)


def test_paper_lengths_follow_the_unit_preference(qtbot, monkeypatch):
    """Preferences › Paper sizes in: inches shows and takes inches; the project still stores millimetres."""
    from journeydesigner.app.settings import settings

    settings().setValue("units/paper", "in")
    try:
        window, dialog = make_dialog(qtbot, monkeypatch)
        assert dialog.margin.suffix().strip() == "in"
        assert abs(dialog.margin.value() - window.doc.project.export.margin_mm / 25.4) < 0.01
        dialog.margin.setValue(1.0)
        dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
        dialog.custom_w.setValue(11.0)
        dialog.custom_h.setValue(8.5)
        options = dialog.options()
        assert options.margin_mm == 25.4
        assert options.paper == "custom" and options.custom_mm == (279.4, 215.9)
    finally:
        settings().setValue("units/paper", "mm")
    _window, dialog = make_dialog(qtbot, monkeypatch)
    assert dialog.margin.suffix().strip() == "mm"


def test_markers_bleed_and_layout_choices_reach_the_export(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QPoint, Qt

    window, dialog = make_dialog(qtbot, monkeypatch)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.auto.isChecked() and not dialog.markers.isChecked()  # legible, and no internal markers
    qtbot.mouseClick(dialog.markers, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.markers.height() // 2))
    qtbot.mouseClick(dialog.tile, Qt.MouseButton.LeftButton)
    dialog.bleed.setValue(3)
    options = dialog.options()
    assert options.analysis_markers and options.layout == "tile" and options.bleed_mm == 3
    path = tmp_path / "internal.pdf"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=30_000)
    assert dialog.wait()
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    assert "1 job · 14" in text
    assert window.doc.project.export.analysis_markers is True


def test_the_preview_opens_on_the_first_map_page_and_browses_the_tiles(qtbot, monkeypatch):
    _window, dialog = make_dialog(qtbot, monkeypatch)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_box.value() == 2 and dialog.page_box.maximum() == 9  # after the cover: tile A1 of 2 × 2
    first = dialog.preview.pixmap().toImage()
    dialog.page_box.setFocus()
    qtbot.keyClick(dialog.page_box, Qt.Key.Key_Up)
    assert dialog.page_box.value() == 3
    assert dialog.preview.pixmap().toImage() != first
    assert dialog.summary.text().startswith("<b>9 pages")
