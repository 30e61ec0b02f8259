"""File › Import… and files dropped on the window: read a spreadsheet or Mermaid file, show what it will add
and what could not be read, then open it as a new project or add it to the open one as one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner import formats
from journeydesigner.commands.imports import ImportInto
from journeydesigner.document import Document
from journeydesigner.formats import merge
from journeydesigner.i18n import tr
from journeydesigner.model import Project

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

NEW_PROJECT, NEW_MAPS, MERGE = "new", "maps", "merge"


def import_filter() -> str:
    readable = formats.importers()
    every = " ".join("*" + s for f in readable for s in f.suffixes)
    return ";;".join([tr("Tables and diagrams ({patterns})").format(patterns=every), *(f.filter() for f in readable)])


def can_import(path: str | Path) -> bool:
    fmt = formats.find(path)
    return bool(fmt and fmt.reader)


def choose_and_import(window: MainWindow) -> None:
    start = str(window.doc.path.parent) if window.doc.path else ""
    path, _ = QFileDialog.getOpenFileName(window, tr("Import"), start, import_filter())
    if path:
        import_path(window, Path(path))


def import_path(window: MainWindow, path: Path) -> bool:
    """Read ``path``, ask how to add it, and do so; False when it could not be read or the user cancelled."""
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large workbook takes seconds to read
        try:
            imported = formats.import_file(path)
        finally:
            QApplication.restoreOverrideCursor()
    except formats.ImportFailed as exc:
        QMessageBox.warning(window, tr("Cannot import"), tr("“{name}” cannot be imported: {reason}").format(
            name=path.name, reason=exc))
        return False
    map_id = window.scene.map_id if window.scene is not None else None
    dialog = ImportDialog(window.doc.project, imported, path.name, map_id, window)
    if not dialog.exec():
        return False
    if dialog.choice() == NEW_PROJECT:
        if not window.maybe_save():
            return False
        window.autosaver.discard()
        window._set_document(Document(imported.project))
        return True
    plan = dialog.plan()
    window.doc.push(ImportInto(window.doc, plan, path.name))
    if plan.maps:
        window.show_map(plan.maps[0].id)
    window.report(tr("Imported {cards} card(s) from {name}.").format(cards=plan.card_count, name=path.name))
    return True


class ImportDialog(QDialog):
    """How to add the file, a preview of what that adds, and the warnings."""

    def __init__(self, project: Project, imported: formats.Imported, name: str, map_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import {name}").format(name=name))
        self.setObjectName("importDialog")
        self.project, self.imported, self.map_id = project, imported, map_id
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("How should “{name}” be added?").format(name=name)))
        self.group = QButtonGroup(self)
        current = project.map(map_id).name if map_id else ""
        choices = [(MERGE, tr("Merge into the current map “{map}” (stages and lanes matched by name)").format(
                        map=current)),
                   (NEW_MAPS, tr("Add to this project as new map(s)")),
                   (NEW_PROJECT, tr("Open as a new project"))]
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"import-{key}")
            self.buttons[key] = button
            self.group.addButton(button)
            layout.addWidget(button)
        self.buttons[MERGE].setEnabled(map_id is not None)
        self.buttons[MERGE if map_id else NEW_MAPS].setChecked(True)
        layout.addWidget(QLabel(tr("What will be added:")))
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setAccessibleName(tr("What the import adds"))
        layout.addWidget(self.preview)
        self.warning_label = QLabel(tr("What could not be read as it was ({count}):").format(
            count=len(imported.warnings)))
        self.warning_list = QPlainTextEdit("\n".join(imported.warnings), readOnly=True)
        self.warning_list.setAccessibleName(tr("Import warnings"))
        layout.addWidget(self.warning_label)
        layout.addWidget(self.warning_list)
        self.warning_label.setVisible(bool(imported.warnings))
        self.warning_list.setVisible(bool(imported.warnings))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self._plan: merge.Additions | None = None
        self.resize(560, 460)
        self._update()

    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def plan(self) -> merge.Additions:
        assert self._plan is not None
        return self._plan

    def _update(self) -> None:
        choice = self.choice()
        if choice == NEW_PROJECT:
            self._plan = merge.plan_merge(Project(), self.imported.project, None)
            lines = [tr("A new, unsaved project:"), *self._plan.summary()]
        else:
            self._plan = merge.plan_merge(self.project, self.imported.project,
                                          self.map_id if choice == MERGE else None)
            lines = [*self._plan.summary(), tr("One step: Edit › Undo takes it all back.")]
        self.preview.setPlainText("\n".join(lines))
