"""Help › Keyboard Shortcuts and Help › About: every shortcut in one place; version and licences."""

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from journeydesigner import __version__

CANVAS_KEYS = [
    ("Arrow keys", "Move between cards and cells"),
    ("Enter / F2", "Edit the selected card's text (Shift+Enter: new line, Esc: cancel)"),
    ("Insert / Ctrl+Enter", "Add a card to the current cell"),
    ("Ctrl+click / Shift+click", "Add a card to the selection"),
    ("Space + drag, middle drag", "Pan"),
    ("Ctrl + wheel, pinch", "Zoom"),
    ("Double-click a cell", "Add a card there"),
    ("Double-click a header", "Rename the stage or lane"),
]
PRESENTATION_KEYS = [
    ("Right, Down, Page Down, Space", "Next stage"),
    ("Left, Up, Page Up, Backspace", "Previous stage"),
    ("Home / End", "Overview / last stage"),
    ("1 … 9", "Jump to a stage"),
    ("L", "Spotlight the next lane"),
    ("E", "Reveal the emotion curve stage by stage"),
    ("B / W", "Black / white screen"),
    ("Esc", "Leave the presentation"),
]


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            rows.append((keys, action.text().replace("&", "")))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(620, 640)
        rows = shortcut_rows(actions) + CANVAS_KEYS + [(k, f"Presenting: {what}") for k, what in PRESENTATION_KEYS]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.setAccessibleName("Keyboard shortcuts")
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def about_text() -> str:
    import pydantic
    import reportlab

    return (
        f"<h2>Journey Designer {__version__}</h2>"
        "<p>Design customer journey maps offline, present them, export them.</p>"
        "<p>Licence: MIT.</p>"
        "<p><b>Bundled font:</b> DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).</p>"
        "<p><b>Libraries:</b> "
        f"Qt and PySide6 {pyside_version} (LGPLv3), reportlab {reportlab.Version} (BSD), "
        f"pydantic {pydantic.VERSION} (MIT), Pillow (MIT-CMU), rl_accel (BSD).</p>"
        "<p>Journey Designer opens no network connection.</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Journey Designer")
        self.label = QLabel(about_text())
        self.label.setWordWrap(True)
        self.label.setAccessibleName("About Journey Designer")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
