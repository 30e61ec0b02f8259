"""The start screen: recent files, the templates with thumbnails, and the sample project."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.app.settings import recent_files
from journeydesigner.export.raster import render_image
from journeydesigner.i18n import tr
from journeydesigner.templates import list_templates, new_project

THUMB = QSize(220, 150)


def template_thumbnail(name: str) -> QIcon:
    project = new_project(name)
    image = render_image(project, project.maps[0].id, scale=0.25)
    pixmap = QPixmap.fromImage(image).scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
    return QIcon(pixmap)


class StartScreen(QDialog):
    """Returns through ``choice``: ("template", name), ("open", path), ("sample", None) or ("browse", None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Journey Designer"))
        self.resize(1080, 620)
        self.choice: tuple[str, object] | None = None
        title = QLabel(tr("<h1>Journey Designer</h1><p>Start a map from a template, or open a project.</p>"))
        self.templates = QListWidget()
        self.templates.setViewMode(QListWidget.ViewMode.IconMode)
        self.templates.setIconSize(THUMB)
        self.templates.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 56))
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setMovement(QListWidget.Movement.Static)
        self.templates.setWordWrap(True)
        self.templates.setAccessibleName(tr("Templates"))
        for info in list_templates():
            item = QListWidgetItem(template_thumbnail(info.name), info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.description)
            self.templates.addItem(item)
        self.templates.itemActivated.connect(lambda item: self._choose("template", item.data(Qt.ItemDataRole.UserRole)))
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
        sample = QPushButton(tr("Open the sample project"))
        sample.clicked.connect(lambda: self._choose("sample", None))
        browse = QPushButton(tr("Open a project…"))
        browse.clicked.connect(lambda: self._choose("browse", None))
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("<b>Recent</b>")))
        left.addWidget(self.recent, 1)
        left.addWidget(browse)
        left.addWidget(sample)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("<b>New from a template</b> (double-click)")))
        right.addWidget(self.templates, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)

    def _choose(self, kind: str, value: object) -> None:
        self.choice = (kind, value)
        self.accept()
