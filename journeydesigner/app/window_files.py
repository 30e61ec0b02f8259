"""The File side of the main window: open, save, recent files, shared and changed files, the start screen."""

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from journeydesigner.app.import_dialog import can_import, import_path
from journeydesigner.app.recovery import Autosaver
from journeydesigner.app.settings import add_recent_file, bool_setting, clear_recent_files, recent_files
from journeydesigner.app.sharing import ChangeWatcher, held_by_other, release_lock, take_lock
from journeydesigner.app.start_screen import StartScreen
from journeydesigner.canvas.scene import MapScene
from journeydesigner.document import Document
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.projectfile import ProjectFileError
from journeydesigner.projectfile.atomic import clean_leftovers
from journeydesigner.projectfile.errors import one_line
from journeydesigner.templates import new_project, sample_path

FILE_FILTER = QT_TR_NOOP("Journey Designer projects (*.journey)")  # tr() where shown


# To the type checker the mixin is the window it is mixed into; at run time it adds no base class.
if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

    _Window = QMainWindow
else:
    _Window = object


class FileActions(_Window):
    """Mixed into MainWindow, which provides the attributes and methods declared here."""

    doc: Document
    autosaver: Autosaver
    watcher: ChangeWatcher
    recent_menu: QMenu
    scene: MapScene | None

    def _set_document(self, doc: Document, map_id: str | None = None) -> None: ...
    def report(self, message: str) -> None: ...
    def _update_title(self) -> None: ...

    def show_start_screen(self) -> None:
        screen = StartScreen(self)
        if not screen.exec() or screen.choice is None:
            return
        kind, value = screen.choice
        if kind == "template":
            self.new_from_template(str(value))
        elif kind == "open":
            self.open_path(Path(str(value)))
        elif kind == "browse":
            self.open_dialog()
        elif self.maybe_save():
            doc = Document.open(sample_path())
            self.autosaver.discard()
            self._set_document(doc)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.doc.modified:
            return True
        answer = QMessageBox.warning(
            self, tr("Unsaved changes"),
            tr("Save the changes to “{name}” before closing?").format(name=self.doc.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_from_template(self, name: str) -> None:
        if self.maybe_save():
            self.autosaver.discard()
            self._set_document(Document(new_project(name)))

    def open_dialog(self) -> None:
        start = str(self.doc.path.parent) if self.doc.path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project"), start, tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        doc, problem = open_document(path, self)
        if problem:
            QMessageBox.critical(self, tr("Cannot open project"), problem)
        if doc is None:
            return False
        self.autosaver.discard()
        self._set_document(doc)
        return True

    def _open_dropped(self, files: list[str]) -> None:
        for name in files:
            if name.lower().endswith(".journey"):
                self.open_path(Path(name))
                return
            if can_import(name):
                # After the drop has finished: a modal dialog inside a drop event would hold the drag source.
                QTimer.singleShot(0, partial(import_path, cast("MainWindow", self), Path(name)))
                return
        self.report(tr("Drop a .journey file to open it, or a table or Mermaid diagram to import it."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._open_dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    def save(self) -> bool:
        if self.doc.path is None or self.doc.read_only:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        suggestion = str(self.doc.path or Path.home() / f"{self.doc.project.meta.title or tr('Untitled')}.journey")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save project as"), suggestion, tr(FILE_FILTER))
        if not path:
            return False
        if not path.lower().endswith(".journey"):
            path += ".journey"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        previous = self.doc.path
        try:
            self.doc.save(path, backup=bool_setting("save/keep_backup", True))
        except ProjectFileError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, tr("Could not save"),
                              tr("“{name}” {reason}.\n\nThe previous version of the file is unchanged, and your "
                                 "work is kept in a recovery copy. Save it somewhere else?").format(
                                  name=path.name, reason=exc), parent=self)
            elsewhere = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            return self.save_as() if box.clickedButton() is elsewhere else False
        if previous != path or self.doc.read_only:
            if previous is not None and not self.doc.read_only:
                release_lock(previous)
            self.doc.read_only = False
            take_lock(path)
            self._update_title()
        self.watcher.watch(path)
        add_recent_file(path)
        self.report(tr("Saved {name}").format(name=path.name))
        return True

    def _changed_on_disk(self) -> None:
        path = self.doc.path
        if path is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Changed on disk"),
                          tr("“{name}” was changed on disk by someone else (or a sync client).\n\n"
                             "Reload it, or keep the version you have here? If you keep yours, saving will replace "
                             "theirs; Save As keeps both.").format(name=path.name), parent=self)
        reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is reload:
            try:
                doc = Document.open(path)
            except ProjectFileError as exc:
                QMessageBox.critical(self, tr("Cannot reload"), tr("“{name}” {reason}. Your version is still open.")
                                     .format(name=path.name, reason=exc))
                return
            map_id = self.scene.map_id if self.scene else None
            self.autosaver.discard()
            self._set_document(doc, map_id if any(m.id == map_id for m in doc.project.maps) else None)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(str(path), partial(self.open_path, path))
            if not path.exists():
                action.setText(tr("{path} (missing)").format(path=path))
                action.setEnabled(False)
        if not files:
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(tr("Clear Recent Files"), clear_recent_files)


def open_document(path: Path, parent: QWidget | None) -> tuple[Document | None, str | None]:
    """Open ``path`` after asking about a file someone else has open, for the window and for start-up alike.

    Returns (document, None); (None, message) when the file cannot be read; (None, None) when the user
    cancelled. A file the user owns joins the recent files; the bundled sample opens as an untitled copy.
    """
    mode = confirm_shared_open(path, parent)
    if mode is None:
        return None, None
    try:
        doc = Document.open(path)
    except ProjectFileError as exc:
        return None, tr("“{name}” {reason}").format(name=one_line(path.name), reason=exc)
    if doc.path is not None and mode == "write":
        clean_leftovers(doc.path)  # temporaries of a save that was killed last time
    doc.read_only = mode == "read-only"
    if doc.path is not None:
        add_recent_file(path)
    return doc, None


def confirm_shared_open(path: Path, parent: QWidget | None) -> str | None:
    """"write", "read-only", or None (cancel) for a file another person or instance may have open."""
    other = held_by_other(path)
    if other is None:
        return "write"
    box = QMessageBox(QMessageBox.Icon.Warning, tr("File in use"),
                      tr("“{name}” is open by {who}.\n\nOpen a read-only copy (Save As keeps your changes apart), "
                         "or open it anyway (the last one to save wins)?").format(name=path.name, who=other.describe()),
                      parent=parent)
    read_only = box.addButton(tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "read-only" if clicked is read_only else "write" if clicked is anyway else None
