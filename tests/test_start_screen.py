"""The start screen as a keyboard user meets it: equal previews, a line each, arrows, Enter creates, Esc cancels."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from journeydesigner.app.start_screen import StartScreen
from tests.helpers.factories import small_project
from tests.helpers.gui import open_window


def test_templates_have_equal_previews_and_a_line_of_description(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    sizes = {screen.templates.item(i).icon().availableSizes()[0].toTuple() for i in range(screen.templates.count())}
    assert len(sizes) == 1 and min(next(iter(sizes))) >= 160  # large, and all the same
    assert all(screen.templates.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(screen.templates.count()))
    assert screen.templates.currentItem().data(Qt.ItemDataRole.UserRole) == "five-stage"
    assert screen.create_button.isDefault()


def test_arrows_and_enter_create_from_the_chosen_template(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())

    def keys() -> None:
        screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StartScreen) and w.isVisible())
        assert QApplication.focusWidget() is screen.templates  # keyboard first
        qtbot.keyClick(screen.templates, Qt.Key.Key_Right)
        qtbot.keyClick(screen.templates, Qt.Key.Key_Down)  # the second row: blank map
        qtbot.keyClick(screen.templates, Qt.Key.Key_Return)

    QTimer.singleShot(300, keys)
    window.act_start.trigger()
    assert window.doc.project.maps[0].stages[0].name == "Stage 1"  # the blank map
    assert window.doc.project.meta.title == "Untitled journey"


def test_escape_cancels_and_create_button_creates(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    before = window.doc

    def escape() -> None:
        screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StartScreen) and w.isVisible())
        qtbot.keyClick(screen.templates, Qt.Key.Key_Escape)

    QTimer.singleShot(300, escape)
    window.act_start.trigger()
    assert window.doc is before

    def create() -> None:
        screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StartScreen) and w.isVisible())
        screen.templates.setCurrentRow(2)
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, create)
    window.act_start.trigger()
    assert window.doc.project.maps[0].name == "Service blueprint"
