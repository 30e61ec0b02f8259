"""Help › Keyboard Shortcuts and Help › About: every shortcut in one place; version and licences."""

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from journeydesigner import __version__
from journeydesigner.i18n import QT_TR_NOOP, tr

CANVAS_KEYS = [
    (QT_TR_NOOP("Arrow keys"), QT_TR_NOOP("Move between cards and cells")),
    (QT_TR_NOOP("Alt + arrow keys"), QT_TR_NOOP("Move the selected cards; on the emotion curve, up and down change "
                                                "the feeling")),
    (QT_TR_NOOP("Enter / F2"), QT_TR_NOOP("Edit the selected card's text (Shift+Enter: new line, Esc: cancel)")),
    (QT_TR_NOOP("Insert / Ctrl+Enter"), QT_TR_NOOP("Add a card to the current cell")),
    (QT_TR_NOOP("Ctrl+click / Shift+click"), QT_TR_NOOP("Add a card to the selection")),
    (QT_TR_NOOP("Space + drag, middle drag"), QT_TR_NOOP("Pan")),
    (QT_TR_NOOP("Ctrl + wheel, pinch"), QT_TR_NOOP("Zoom")),
    (QT_TR_NOOP("Double-click a cell"), QT_TR_NOOP("Add a card there")),
    (QT_TR_NOOP("Double-click a header"), QT_TR_NOOP("Rename the stage or lane")),
]
PRESENTATION_KEYS = [
    (QT_TR_NOOP("Right, Down, Page Down, Space"), QT_TR_NOOP("Next stage")),
    (QT_TR_NOOP("Left, Up, Page Up, Backspace"), QT_TR_NOOP("Previous stage")),
    (QT_TR_NOOP("Home / End"), QT_TR_NOOP("Overview / last stage")),
    (QT_TR_NOOP("1 … 9"), QT_TR_NOOP("Jump to a stage")),
    (QT_TR_NOOP("L"), QT_TR_NOOP("Spotlight the next lane")),
    (QT_TR_NOOP("E"), QT_TR_NOOP("Reveal the emotion curve stage by stage")),
    (QT_TR_NOOP("A"), QT_TR_NOOP("Show or hide the analysis markers (job badges, flags)")),
    (QT_TR_NOOP("B / W"), QT_TR_NOOP("Black / white screen")),
    (QT_TR_NOOP("Esc"), QT_TR_NOOP("Leave the presentation")),
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
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.resize(620, 640)
        rows = shortcut_rows(actions) + [(tr(keys), tr(what)) for keys, what in CANVAS_KEYS]
        rows += [(tr(keys), tr("Presenting: {what}").format(what=tr(what))) for keys, what in PRESENTATION_KEYS]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Does")])
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
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
        + tr("<p>Design customer journey maps offline, present them, export them.</p>"
             "<p>Licence: MIT.</p>"
             "<p><b>Bundled font:</b> DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).</p>"
             "<p><b>Libraries:</b> Qt and PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), "
             "pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).</p>"
             "<p>Journey Designer opens no network connection.</p>").format(
            pyside=pyside_version, reportlab=reportlab.Version, pydantic=pydantic.VERSION)
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Journey Designer"))
        self.label = QLabel(about_text())
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("About Journey Designer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
