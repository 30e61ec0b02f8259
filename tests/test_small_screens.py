"""A laptop at 1366 × 768 or a projector at 1280 × 720: the window, its panels and dialogs fit and show whole."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QToolBar, QToolButton, QWidget

from journeydesigner.app.export_dialog import ExportDialog
from journeydesigner.commands import EditFields, Target
from journeydesigner.model import Kind
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.gui import card_center, click, double_click, key, open_window, type_text


def laptop_window(qtbot, monkeypatch, size=(1366, 768)):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0], timeout=2000)
    window.view.fit_width()
    return window


def inside(widget, ancestor) -> bool:
    """The widget's whole rectangle is visible inside ``ancestor`` (nothing cut at an edge)."""
    top_left = widget.mapTo(ancestor, widget.rect().topLeft())
    return QRect(top_left, widget.size()).adjusted(1, 1, -1, -1).intersected(ancestor.rect()) == QRect(
        top_left, widget.size()).adjusted(1, 1, -1, -1)


def test_the_window_fits_a_1280_by_720_screen(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch, (1280, 720))
    minimum = window.minimumSizeHint()
    assert minimum.width() < 1280 and minimum.height() < 720 - 40  # room for a title bar and a panel
    assert window.size().height() == 720 and window.statusBar().isVisible()
    assert inside(window.statusBar(), window)


def test_panels_show_whole_forms_at_1366_by_768(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch)
    palette = window.card_palette  # every card kind shows without scrolling, once the list has laid itself out

    def all_kinds_show() -> bool:
        return all(palette.viewport().rect().contains(palette.visualItemRect(palette.item(row)))
                   for row in range(palette.count()))

    qtbot.waitUntil(all_kinds_show, timeout=3000)
    persona_form = window.persona_panel.editor
    remove = next(b for b in persona_form.findChildren(QPushButton) if b.text() == "Remove")
    scroll = persona_form.parentWidget()  # the scroll area's viewport
    assert inside(remove, scroll)
    assert persona_form.width() <= scroll.width()  # no sideways scrolling
    inspector = window.inspector
    assert inspector.widget().width() <= inspector.viewport().width()
    title = inspector.project_form.title
    assert title.mapTo(inspector.viewport(), title.rect().topRight()).x() <= inspector.viewport().width()


def test_the_map_opens_at_a_readable_zoom(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch)
    assert window.view.zoom >= 0.75  # the sample's five stages do not fit at 1366 px; text stays readable
    assert window.zoom_label.text() == f"{round(window.view.zoom * 100)} %"


def test_undo_does_not_shift_the_toolbar(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch)
    toolbar = window.findChild(QToolBar, "toolbar-main")
    add_stage = toolbar.widgetForAction(window.act_add_stage)
    undo = toolbar.widgetForAction(window.act_undo)
    before = (add_stage.x(), undo.width())
    double_click(window, card_center(window, "card-004"))
    type_text(window.view, "A much longer title than before, typed in the workshop")
    key(window.view, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert window.act_undo.text().replace("&", "") == "Undo Edit text"
    assert isinstance(undo, QToolButton) and undo.text() == "Undo"
    assert undo.toolTip() == "Undo Edit text"  # the whole story is in the tooltip and the Edit menu
    assert (add_stage.x(), undo.width()) == before


def test_export_preview_fits_its_frame(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch)
    regions = {"map": None, "view": (0.0, 0.0, 800.0, 600.0), "selection": None}
    dialog = ExportDialog(window.doc, window.scene.map_id, regions, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() < 720 - 60  # fits a 1280 × 720 screen: the options scroll instead
    for size in ((1100, 720), (900, 600)):
        dialog.resize(*size)
        qtbot.wait(250)  # the preview is redrawn for the new size
        page = dialog.preview.pixmap()
        assert page.width() <= dialog.preview.width() and page.height() <= dialog.preview.height()
        assert page.width() >= dialog.preview.width() - 40 or page.height() >= dialog.preview.height() - 40


def test_file_new_creates_from_the_default_template(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch)
    window.act_new.trigger()  # Ctrl+N; the sample was not changed, so nothing to ask
    assert window.act_new.shortcut().matches(window.act_new.shortcut()) and not window.act_new.shortcut().isEmpty()
    assert window.doc.project.meta.title == "Untitled journey" and window.doc.path is None
    assert [s.name for s in window.doc.project.maps[0].stages][:2] == ["Awareness", "Consideration"]


def test_dialogs_fit_a_1280_by_720_screen(qtbot, monkeypatch):
    from journeydesigner.app.help import ShortcutsDialog
    from journeydesigner.app.preferences import PreferencesDialog
    from journeydesigner.app.start_screen import StartScreen
    from journeydesigner.panels.project import ProjectPropertiesDialog

    window = laptop_window(qtbot, monkeypatch, (1280, 720))
    for dialog in (PreferencesDialog(window), ShortcutsDialog(window.actions(), window), StartScreen(window),
                   ProjectPropertiesDialog(window.doc, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.height() <= 720 - 60 and dialog.width() <= 1280, type(dialog).__name__
        dialog.close()


def test_fit_width_follows_the_window_until_the_user_zooms(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch, (1280, 720))
    small = window.view.zoom
    window.resize(1920, 1080)  # maximised by the window manager after the first fit
    qtbot.waitUntil(lambda: window.view.zoom > small, timeout=2000)
    assert window.view.zoom <= 1.0
    corner = window.view.mapToScene(0, 0)  # still the map's top left: the first stage and lane not scrolled away
    assert abs(corner.x()) < 2 and abs(corner.y()) < 2, corner
    key(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # the user's own zoom is kept
    chosen = window.view.zoom
    window.resize(1366, 768)
    qtbot.wait(50)
    assert window.view.zoom == chosen


def test_exporting_an_untitled_project_suggests_naming_it(qtbot, monkeypatch):
    window = laptop_window(qtbot, monkeypatch)
    window.act_new.trigger()
    dialog = ExportDialog(window.doc, window.scene.map_id, {"map": None, "view": None, "selection": None}, window)
    qtbot.addWidget(dialog)
    assert "Project Properties" in dialog.summary.text()
    window.doc.push(EditFields(window.doc, Target("meta"), {"title": "Clinic booking"}))
    dialog.update_preview()
    assert "Project Properties" not in dialog.summary.text()


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_inspector_shows_every_form_whole_in_each_language(qtbot, monkeypatch, language):
    """German labels are longer ("Schweregrad (1–5)", "Farbe des Typs"): at the default panel width no field may
    reach past the inspector's right edge, whatever is selected: a card of each kind, a stage, a lane, the map."""
    from journeydesigner import i18n

    i18n.uninstall()
    if language != "en":
        assert i18n.install(language) is not None
    try:
        window = laptop_window(qtbot, monkeypatch)
        inspector, scene = window.inspector, window.scene
        jmap = window.doc.project.maps[0]
        first_of_each_kind = {card.kind: card.id for card in reversed(jmap.cards)}
        selections = [lambda card_id=card_id: scene.select_cards([card_id]) for card_id in first_of_each_kind.values()]
        selections += [lambda: scene.select_axis_item("stages", jmap.stages[0].id),
                       lambda: scene.select_axis_item("lanes", jmap.lanes[0].id), lambda: scene.select_cards([])]
        pain = first_of_each_kind[Kind.PAIN_POINT]
        scene.select_cards([pain])  # scrolled into view
        scene.select_cards([])
        click(window, card_center(window, pain))  # the form a user meets first: a clicked card's
        assert scene.selected_card_ids() == [pain]
        for select in [lambda: None, *selections]:
            select()
            qtbot.wait(20)
            form = inspector.stack.currentWidget()
            assert inspector.widget().minimumSizeHint().width() <= inspector.viewport().width(), inspector.title.text()
            for field in form.findChildren(QWidget):
                if field.isVisibleTo(form) and field.parentWidget() is form:
                    right = field.mapTo(inspector.viewport(), field.rect().topRight()).x()
                    assert right <= inspector.viewport().width(), (inspector.title.text(), field.accessibleName())
        persona_form = window.persona_panel.editor
        assert persona_form.minimumSizeHint().width() <= persona_form.parentWidget().width()
    finally:
        i18n.uninstall()


def test_present_stays_on_the_toolbar_at_1366_in_german(qtbot, monkeypatch):
    """German words pushed Present behind the toolbar's » menu at 1366 px; the zoom buttons give up their words
    first, and have them back where there is room."""
    from journeydesigner import i18n

    i18n.uninstall()
    assert i18n.install("de") is not None
    try:
        for size in ((1366, 768), (1280, 720)):
            window = laptop_window(qtbot, monkeypatch, size)
            fit = window.toolbar_fit
            present = fit.toolbar.widgetForAction(window.act_present)
            qtbot.waitUntil(present.isVisible, timeout=2000)
            assert inside(present, fit.toolbar) and present.text() == "Präsentieren"
            assert fit.compact == (fit.full_width > fit.toolbar.width())  # words dropped only when needed
        zoom_in = fit.toolbar.widgetForAction(window.act_zoom_in)
        narrow = fit.full_width - 60  # a screen (or a font) where the words do not fit
        window.resize(narrow, 720)
        qtbot.waitUntil(lambda: fit.compact, timeout=2000)
        assert zoom_in.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert window.width() <= narrow
        qtbot.waitUntil(lambda: present.isVisible() and inside(present, fit.toolbar), timeout=2000)
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: zoom_in.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon, timeout=2000)
        assert not fit.compact and present.isVisible()
    finally:
        i18n.uninstall()


def test_renaming_a_stage_in_place_leaves_the_inspector_whole(qtbot, monkeypatch):
    """Double-clicking a stage header after a card was selected showed the stage's form wider than the inspector,
    its fields cut at the right edge: the form was sized to its widest page."""
    window = laptop_window(qtbot, monkeypatch)
    jmap, inspector = window.doc.project.maps[0], window.inspector
    card = next(c for c in jmap.cards if c.kind == Kind.PAIN_POINT)
    window.scene.select_cards([card.id])
    click(window, card_center(window, card.id))
    stage = jmap.stages[1]
    double_click(window, window.view.mapFromScene(window.scene.header_rect("stages", stage.id).center()))
    assert window.scene.editor is not None and inspector.title.text() == "Stage"
    assert inspector.stack.mapTo(inspector.viewport(), inspector.stack.rect().topRight()).x() <= (
        inspector.viewport().width())  # at once, not only after a later layout pass (the real window kept it)
    qtbot.wait(50)
    form = inspector.stack.currentWidget()
    for field in form.findChildren(QWidget):
        if field.isVisibleTo(form) and field.parentWidget() is form:
            assert field.mapTo(inspector.viewport(), field.rect().topRight()).x() <= inspector.viewport().width(), (
                field.accessibleName())
    key(window.view, Qt.Key.Key_Escape)


def test_a_new_window_paints_the_map_at_its_opening_zoom_first(qtbot, monkeypatch):
    """The window's first paint shows the map fitted to the view's width, as it stays: it was painted at 100 %
    first and again at the fitted zoom a moment later, a jump the user saw (and a second full paint)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMessageBox

    from journeydesigner.app.window import MainWindow
    from journeydesigner.document import Document

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(read_project(sample_path())))
    qtbot.addWidget(window)
    window.resize(1100, 700)  # the sample's five stages do not fit at 100 %
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(window.view.zoom)
            return False

    watcher = FirstPaint(window)
    window.view.viewport().installEventFilter(watcher)
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    qtbot.wait(200)  # the window's own fit after showing, and any repaint
    assert painted[0] < 1.0 and painted[0] == pytest.approx(window.view.zoom)
    assert set(painted) == {painted[0]}
