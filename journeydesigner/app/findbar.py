"""Find (Ctrl+F): highlight matching cards and step through them; filter the view by tag or persona."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from journeydesigner.canvas.scene import MapScene
from journeydesigner.i18n import tr
from journeydesigner.model import CardBase

ALL = ""


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene: MapScene | None = None
        self.matches: list[str] = []
        self.position = -1
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit(placeholderText=tr("Find cards…"))
        self.field.setAccessibleName(tr("Find text"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.previous = _button("↑", tr("Previous match (Shift+F3)"))
        self.next = _button("↓", tr("Next match (F3)"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(tr("Filter cards"))
        self.filter.setToolTip(tr("Show only cards with this tag or persona; the others are dimmed"))
        close = _button("✕", tr("Close (Esc)"))
        for widget in (QLabel(tr("Find:")), self.field, self.count, self.previous, self.next, QLabel(tr("Filter:")),
                       self.filter):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self.step)
        self.next.clicked.connect(self.step)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.filter.currentIndexChanged.connect(self.refresh)
        close.clicked.connect(self.close_bar)

    def attach(self, scene: MapScene) -> None:
        self.scene = scene
        self.fill_filters()
        self.refresh()

    def fill_filters(self) -> None:
        if self.scene is None:
            return
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(tr("All cards"), ALL)
        project = self.scene.doc.project
        for persona in project.personas:
            self.filter.addItem(tr("Persona: {name}").format(name=persona.name), f"persona:{persona.id}")
        for tag in sorted({t for c in self.scene.jmap.cards for t in c.tags}):
            self.filter.addItem(f"#{tag}", f"tag:{tag}")
        index = self.filter.findData(current)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)

    def _passes_filter(self, card: CardBase) -> bool:
        key = self.filter.currentData() or ALL
        if key.startswith("tag:"):
            return key[4:] in card.tags
        if key.startswith("persona:"):
            pid = key[8:]
            return pid in card.persona_ids or getattr(card, "persona_id", None) == pid
        return True

    def refresh(self) -> None:
        if self.scene is None:
            return
        needle = self.field.text().strip().casefold() if self.isVisible() else ""
        self.matches = []
        filtering = bool(self.filter.currentData()) and self.isVisible()
        # Nothing to find: only the items made so far can show a highlight (a big map's others come later, plain).
        items = self.scene.card_items if needle or filtering else self.scene.made_card_items
        for card in self.scene.jmap.cards:
            item = items.get(card.id)
            if item is None:
                continue
            hit = bool(needle) and needle in card.text().casefold()
            item.set_highlighted(hit)
            if hit:
                self.matches.append(card.id)
            item.set_faded(1.0 if not filtering or self._passes_filter(card) else 0.18)
        self.position = -1
        self.count.setText(tr("%n found", "", len(self.matches)) if needle else "")

    def step(self, direction: int = 1) -> None:
        if not self.matches or self.scene is None:
            return
        self.position = (self.position + direction) % len(self.matches)
        self.scene.select_cards([self.matches[self.position]])
        self.count.setText(tr("{n} of {total}").format(n=self.position + 1, total=len(self.matches)))

    def open_bar(self) -> None:
        self.show()
        self.fill_filters()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.refresh()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    return button
