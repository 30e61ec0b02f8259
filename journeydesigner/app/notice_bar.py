"""A bar over the map for what the user should know about the open file but need not act on."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from journeydesigner.i18n import tr


class NoticeBar(QFrame):
    """Non-modal, unlike the warnings about damaged images: a file from a newer version opened whole, and a
    dialog to dismiss before working would make a note sound like a problem."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("notice-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#notice-bar { background: #E7F5FF; color: #1C3D5A; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(tr("Dismiss"))
        close.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.hide()

    def show_notes(self, notes: list[str]) -> None:
        self.label.setText(" ".join(notes))
        self.setVisible(bool(notes))
