"""A Document is an open project: the model, its undo stack, its file path, and change notifications."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journeydesigner.i18n import tr
from journeydesigner.model import Project
from journeydesigner.model.project import now
from journeydesigner.projectfile import read_project, write_project
from journeydesigner.resources import resources_dir


def is_bundled(path: Path) -> bool:
    return path.resolve().is_relative_to(resources_dir().resolve())


class Document(QObject):
    """Views listen to ``changed``; only commands pushed through ``push`` change the project."""

    changed = Signal(object)  # map id, or None when project-level data changed
    pathChanged = Signal()

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        # Not a child: a child stack would signal into a half-destroyed document. cleanChanged tells modification.
        self.undo_stack = QUndoStack()
        self.recovered = False  # opened from a recovery copy: unsaved work until the user saves
        self.read_only = False  # someone else has the file open: saving goes to a new file
        self.changed_cells: set[tuple[str, str]] | None = None
        self.changed_cards: set[str] | None = None
        self.changed_aspect: str | None = None

    @classmethod
    def open(cls, path: Path) -> "Document":
        """Raises ProjectFileError with a message for the user.

        A file shipped with the program (the sample) opens as an untitled copy: Save asks where, and nothing
        (no lock, no backup, no overwritten sample) is written into the install folder, which may be read-only.
        """
        project = read_project(path)
        return cls(project, None if is_bundled(path) else path)

    @property
    def modified(self) -> bool:
        return self.recovered or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else (self.project.meta.title or tr("Untitled"))

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def notify_changed(self, map_id: str | None, cells: set[tuple[str, str]] | None = None,
                       aspect: str | None = None, edited: set[str] | None = None) -> None:
        """``cells``: the (lane, stage) cells whose cards alone changed, read by listeners as ``changed_cells``
        while ``changed`` is delivered (None: anything may have changed). ``aspect``, read as ``changed_aspect``:
        for a project-wide change, the one thing that changed (ModelCommand.aspect), or None. ``edited``, read as
        ``changed_cards``: of the cards in ``cells``, those whose content changed (ModelCommand.edited_cards; for
        ``relayout_cells``), None when unknown."""
        self.changed_cells, self.changed_aspect, self.changed_cards = cells, aspect, edited
        try:
            self.changed.emit(map_id)
        finally:
            self.changed_cells = self.changed_aspect = self.changed_cards = None

    def save(self, path: Path | None = None, backup: bool = True) -> None:
        """Write atomically; raises ProjectFileError and leaves the previous file untouched on failure."""
        target = path or self.path
        if target is None:
            raise ValueError("save needs a path for a project that was never saved")
        previous = self.project.meta.modified
        self.project.meta.modified = now()
        try:
            write_project(self.project, target, backup=backup)
        except Exception:
            self.project.meta.modified = previous
            raise
        if target != self.path:
            self.path = target
            self.pathChanged.emit()
        was_recovered, self.recovered = self.recovered, False
        self.undo_stack.setClean()
        if was_recovered:
            self.undo_stack.cleanChanged.emit(True)  # the recovered work is now safely in its file
