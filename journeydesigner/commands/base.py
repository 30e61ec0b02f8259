"""The common base: a command knows its document and which map it changes, and tells the document after."""

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from journeydesigner.model import JourneyMap, Project


class DocumentLike(Protocol):
    """What commands need of the document: the project and a way to announce a change."""

    project: Project

    def notify_changed(self, map_id: str | None) -> None: ...


class ModelCommand(QUndoCommand):
    """Subclasses implement ``apply`` and ``revert``; redo/undo call them and then notify once."""

    def __init__(self, doc: DocumentLike, map_id: str | None, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.map_id = map_id

    @property
    def jmap(self) -> JourneyMap:
        assert self.map_id is not None
        return self.doc.project.map(self.map_id)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.apply()
        self.doc.notify_changed(self.map_id)

    def undo(self) -> None:
        self.revert()
        self.doc.notify_changed(self.map_id)
