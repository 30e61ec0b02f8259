"""The start screen: large, equal template previews with a line each, recent files, and the sample project.

Keyboard first: the templates have the focus, arrows choose, Enter (or Create) makes the project, Esc cancels.
"""

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.app.settings import recent_files
from journeydesigner.export.raster import render_image
from journeydesigner.i18n import tr
from journeydesigner.templates import DEFAULT_TEMPLATE, list_templates, new_project

THUMB = QSize(300, 170)
TEXT_H = 44  # a bold title line and a one-line description under every preview
DESCRIPTION = Qt.ItemDataRole.UserRole + 1


def template_thumbnail(name: str) -> QIcon:
    """Every template's first map, fitted into the same frame: previews of equal size, whatever the map's shape."""
    project = new_project(name)
    image = render_image(project, project.maps[0].id, scale=0.35)
    frame = QPixmap(THUMB)
    frame.fill(QColor("#F1F3F5"))
    room = QSize(THUMB.width() - 16, THUMB.height() - 16)
    picture = QPixmap.fromImage(image).scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(frame)
    painter.drawPixmap((THUMB.width() - picture.width()) // 2, (THUMB.height() - picture.height()) // 2, picture)
    painter.end()
    return QIcon(frame)


class _TemplateDelegate(QStyledItemDelegate):
    """The preview, the template's name in bold and its description on one line (elided; the tooltip has all)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(THUMB.width() + 16, THUMB.height() + TEXT_H + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        palette = option.palette
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        icon: QIcon = index.data(Qt.ItemDataRole.DecorationRole)
        icon.paint(painter, QRect(rect.x() + 8, rect.y() + 8, THUMB.width(), THUMB.height()))
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        text_rect = QRect(rect.x() + 8, rect.y() + THUMB.height() + 12, THUMB.width(), TEXT_H // 2)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(index.data(Qt.ItemDataRole.DisplayRole),
                                                          Qt.TextElideMode.ElideRight, THUMB.width()))
        painter.setFont(option.font)
        text_rect.translate(0, TEXT_H // 2)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(index.data(DESCRIPTION) or "", Qt.TextElideMode.ElideRight,
                                                          THUMB.width()))
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(130))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.restore()


class StartScreen(QDialog):
    """Returns through ``choice``: ("template", name), ("open", path), ("sample", None) or ("browse", None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Journey Designer"))
        self.choice: tuple[str, object] | None = None
        title = QLabel(tr("<h2>Journey Designer</h2><p>Start a map from a template, or open a project.</p>"))
        self.templates = QListWidget()
        self.templates.setViewMode(QListWidget.ViewMode.IconMode)
        self.templates.setItemDelegate(_TemplateDelegate(self.templates))
        self.templates.setIconSize(THUMB)
        self.templates.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + TEXT_H + 24))
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setMovement(QListWidget.Movement.Static)
        self.templates.setUniformItemSizes(True)
        self.templates.setAccessibleName(tr("Templates"))
        for info in list_templates():
            item = QListWidgetItem(template_thumbnail(info.name), info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            # The template's words after its name: "Five-stage journey: Awareness, …" shows as the line below.
            item.setData(DESCRIPTION, info.description.partition(": ")[2] or info.description)
            item.setToolTip(info.description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, info.description)
            self.templates.addItem(item)
            if info.name == DEFAULT_TEMPLATE:
                self.templates.setCurrentItem(item)
        self.templates.itemActivated.connect(lambda _item: self.create_from_template())
        self.recent = QListWidget()
        self.recent.setAccessibleName(tr("Recent files"))
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}\n{path.parent}" if path.exists() else f"{path.name} (missing)")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not path.exists():
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
        if not self.recent.count():
            self.recent.addItem(tr("No recent files yet"))
            self.recent.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.recent.itemActivated.connect(lambda item: self._choose("open", Path(item.data(Qt.ItemDataRole.UserRole))))
        sample = QPushButton(tr("Open the Sample Project"))
        sample.clicked.connect(lambda: self._choose("sample", None))
        browse = QPushButton(tr("Open a Project…"))
        browse.clicked.connect(lambda: self._choose("browse", None))
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("<b>Recent</b>")))
        left.addWidget(self.recent, 1)
        left.addWidget(browse)
        left.addWidget(sample)
        right = QVBoxLayout()
        heading = QLabel(tr("<b>New from a &template</b>"))
        heading.setBuddy(self.templates)
        right.addWidget(heading)
        right.addWidget(self.templates, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_from_template)
        self.buttons.rejected.connect(self.reject)
        self.templates.currentItemChanged.connect(lambda item, _old: self.create_button.setEnabled(item is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.templates, self.create_button)
        self.templates.setFocus()
        columns = 2
        self.resize(int(self.templates.gridSize().width() * columns * 4 / 3) + 80,
                    self.templates.gridSize().height() * 2 + 150)

    def create_from_template(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self._choose("template", item.data(Qt.ItemDataRole.UserRole))

    def _choose(self, kind: str, value: object) -> None:
        self.choice = (kind, value)
        self.accept()
