"""A bar over the map for what the user should know about the open file but need not act on."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from journeydesigner.i18n import tr


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
