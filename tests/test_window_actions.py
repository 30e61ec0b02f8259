"""The main window is composed of action controllers (files, map, view, present): each owns its actions, and
every one of them still acts from anywhere in the window, under the name the menus and tests know."""

from PySide6.QtGui import QAction

from journeydesigner.document import Document
from tests.helpers.factories import small_project
from tests.helpers.gui import open_window


def test_every_controller_action_is_a_window_action_under_its_old_name(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    controllers = [window.file_actions, window.map_actions, window.view_actions, window.present_actions]
    owned = {name: value for c in controllers for name, value in vars(c).items() if isinstance(value, QAction)}
    assert len(owned) >= 40  # files 11, map 18, view 8, present 3
    in_window = set(window.actions())
    for name, action in owned.items():
        assert action in in_window, f"{name}: its shortcut would not work in the window"
        assert getattr(window, name) is action, f"window.{name} is not the controller's action"
    assert all(c.parent() is window for c in controllers)


def test_undo_follows_the_document_opened_later_not_the_first(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window._set_document(Document(small_project()))
    assert not window.act_undo.isEnabled()
    window.act_add_stage.trigger()  # on the new document: a stage, its name being typed
    assert window.act_undo.isEnabled()
    assert window.act_undo.text().replace("&", "").startswith("Undo ")
    window.act_undo.trigger()
    assert not window.act_undo.isEnabled() and window.act_redo.isEnabled()
