"""The palette of card kinds: drag one onto a cell, or double-click to add it to the current cell."""

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from journeydesigner.i18n import tr
from journeydesigner.layout.style import KIND_STYLES
from journeydesigner.mime import KIND_MIME
from journeydesigner.model import Kind


def kind_icon(kind: Kind) -> QIcon:
    style = KIND_STYLES[kind]
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(style.fill))
    painter.setPen(QColor("#CED4DA"))
    painter.drawRoundedRect(3, 5, 26, 22, 4, 4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.accent))
    painter.drawRoundedRect(6, 9, 3, 14, 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)


class KindPalette(QListWidget):
    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(20, 20))
        # Two columns of compact chips: every kind visible in a short dock, even on a 768-pixel-high screen.
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setAccessibleName(tr("Card kinds"))
        self.setToolTip(tr("Drag a card kind onto a cell of the map, or double-click to add it to the current cell"))
        for kind in Kind:
            item = QListWidgetItem(kind_icon(kind), kind.singular)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setToolTip(tr("{kind} card").format(kind=kind.singular))
            self.addItem(item)
        self.row_height = self.sizeHintForRow(0) + 2
        self.itemDoubleClicked.connect(lambda item: self.addRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Two columns while the dock is wide enough for them, one column when it is not."""
        super().resizeEvent(event)
        # Room for a scroll bar is kept whether it shows or not: one appearing narrows the viewport without a
        # resize event here, and two columns a pixel too wide would fall into one for good.
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        columns = 2 if room >= 2 * 124 else 1
        size = QSize(room // columns - 1, self.row_height)
        if self.item(0).sizeHint() != size:
            for row in range(self.count()):
                self.item(row).setSizeHint(size)
            self.doItemsLayout()

    def needed_height(self) -> int:
        """The height that shows every kind in two columns."""
        rows = (self.count() + 1) // 2
        return rows * self.row_height + 2 * self.frameWidth() + 16

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            mime.setData(KIND_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode("ascii"))
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [KIND_MIME]
