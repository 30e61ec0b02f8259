"""What the main window's action controllers share: commands as QActions whose shortcuts work anywhere in it."""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from journeydesigner.app.controller import EditController
from journeydesigner.canvas.scene import MapScene
from journeydesigner.canvas.view import MapView
from journeydesigner.document import Document

Shortcut = QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None


def add_action(window: QWidget, text: str, slot: Callable[[], object], shortcut: Shortcut = None,
               tip: str = "") -> QAction:
    """An action of ``window`` (so Help › Keyboard Shortcuts lists it), with a status tip from its text."""
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
    action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class Editor(Protocol):
    """What a controller needs of the window: the open document, the shown map's scene, view and edit controller
    (all replaced when another document or map is shown, so read at each use), and the status line."""

    @property
    def doc(self) -> Document: ...
    @property
    def scene(self) -> MapScene | None: ...
    @property
    def view(self) -> MapView: ...
    @property
    def controller(self) -> EditController | None: ...
    def report(self, message: str) -> None: ...
    def show_map(self, map_id: str) -> None: ...


class WindowActions(QObject):
    """One area of the main window's commands: its actions, when they are enabled, and what they do.

    A child of the window, so it lives exactly as long as the actions it owns.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.host = window

    def action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = "") -> QAction:
        return add_action(self.host, text, slot, shortcut, tip)
