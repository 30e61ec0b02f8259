"""A bar over the map for what the user should know about the open file but need not act on."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from journeydesigner.i18n import tr
from journeydesigner.projectfile.copies import conflicted_copies, original_of


class MessageBar(QFrame):
    """A coloured bar over the map with a line of text, optional buttons and a close button; hidden at first."""

    def __init__(self, name: str, background: str, ink: str, buttons: tuple[QWidget, ...] = ()) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ background: {background}; color: {ink}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(tr("Dismiss"))
        close.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        for button in buttons:
            row.addWidget(button)
        row.addWidget(close)
        self.hide()


class NoticeBar(MessageBar):
    """Non-modal, unlike the warnings about damaged images: a file from a newer version opened whole, and a
    dialog to dismiss before working would make a note sound like a problem."""

    def __init__(self) -> None:
        super().__init__("notice-bar", "#E7F5FF", "#1C3D5A")

    def show_notes(self, notes: list[str]) -> None:
        self.label.setText(" ".join(notes))
        self.setVisible(bool(notes))


class ConflictBar(MessageBar):
    """A non-modal bar over the map: this project has conflicted copies beside it."""

    compareRequested = Signal(object)  # the Path to compare with

    def __init__(self) -> None:
        button = QPushButton(tr("Compare…"))
        super().__init__("conflict-bar", "#FFF3BF", "#5C3C00", (button,))
        self.compare_button = button
        self.compare_button.clicked.connect(lambda: self.compareRequested.emit(self.path))
        self.path: Path | None = None

    def check(self, path: Path | None) -> None:
        """Look beside ``path`` for conflicted copies (or the original, when ``path`` is a copy)."""
        self.hide()
        if path is None:
            return
        copies = conflicted_copies(path)
        if copies:
            newest = copies[0]
            tool = newest.tool + (f", {newest.who}" if newest.who else "")
            text = tr("“{copy}” beside this project looks like a conflicted copy left by a sync tool ({tool}).").format(
                copy=newest.path.name, tool=tool)
            if len(copies) > 1:
                text += " " + tr("There are %n such copies; this is the newest.", "", len(copies))
            self.path = newest.path
        elif (original := original_of(path)) is not None:
            text = tr("This file looks like a sync tool's conflicted copy of “{original}”.").format(
                original=original.name)
            self.path = original
        else:
            return
        self.label.setText(text + " " + tr("Compare them to see what differs and take the changes you want."))
        self.show()
