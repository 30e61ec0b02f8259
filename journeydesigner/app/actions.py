"""What the main window's action controllers share: commands as QActions whose shortcuts work anywhere in it."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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


class WindowActions(QObject):
    """One area of the main window's commands: its actions, when they are enabled, and what they do.

    A child of the window, so it lives exactly as long as the actions it owns.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._host = window

    def action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = "") -> QAction:
        return add_action(self._host, text, slot, shortcut, tip)
