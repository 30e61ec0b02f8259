"""The common base: a command knows its document and which map it changes, and tells the document after."""

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from journeydesigner.model import Job, JourneyMap, Project
from journeydesigner.model.cellindex import forget


class DocumentLike(Protocol):
    """What commands need of the document: the project and a way to announce a change."""

    project: Project

    def notify_changed(self, map_id: str | None, cells: set[tuple[str, str]] | None = None,
                       aspect: str | None = None, edited: set[str] | None = None) -> None: ...


# How many commands are changing the model right now: the tests' write guard (tests/helpers/writeguard.py)
# proves that nothing else writes into an open project.
running = 0


class ModelCommand(QUndoCommand):
    """Subclasses implement ``apply`` and ``revert``; redo/undo call them and then notify once."""

    @property
    def keeps_cell_index(self) -> bool:
        """A command that changes which cards are where keeps the maps' cell index itself (model/cellindex.py) and
        says so here; after any other, the index of its map (of every map, for a project-wide one) is dropped."""
        return False

    def __init__(self, doc: DocumentLike, map_id: str | None, text: str) -> None:
        super().__init__(text)
        self._doc = weakref.ref(doc)
        self.map_id = map_id

    @property
    def doc(self) -> DocumentLike:
        """Held weakly: the document's undo stack holds its commands, and a command holding the document back
        would make every document a reference cycle, freed by Python's collector in an order that crashes Qt."""
        doc = self._doc()
        assert doc is not None, "a command outlived its document"
        return doc

    @property
    def jmap(self) -> JourneyMap:
        assert self.map_id is not None
        return self.doc.project.map(self.map_id)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def cells(self) -> set[tuple[str, str]] | None:
        """The (lane id, stage id) cells whose cards this command changed, both before and after, so a view
        lays out only those; None when it changed more (the grid, personas, the project), the safe answer."""
        return None

    def edited_cards(self) -> set[str] | None:
        """Of the cards in ``cells``, those whose content (words, look) this command changed, so a layout measures
        only these again and finds the cards moved, added or removed by their ids; None when unknown."""
        return None

    def aspect(self) -> str | None:
        """The one part of the project a command changed: "cards" (of the cells ``cells`` names), or for a
        project-wide command "personas", "persona_details" (what no map shows), "jobs" or "meta". A view then
        redraws what shows that part, or nothing. None when the command may have changed more."""
        return "cards" if self.cells() else None

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, change: Callable[[], None]) -> None:
        global running
        running += 1
        try:
            change()
        finally:
            running -= 1
        self._after()

    def _after(self) -> None:
        if not self.keeps_cell_index:
            project = self.doc.project
            for jmap in project.maps if self.map_id is None else [m for m in project.maps if m.id == self.map_id]:
                forget(jmap)
        self.doc.notify_changed(self.map_id, self.cells(), self.aspect(), self.edited_cards())


def unlink_stages(project: Project, stage_ids: set[str]) -> list[tuple[Job, list[str]]]:
    """Drop references from jobs to removed stages; returns what to put back on undo."""
    changed = []
    for job in project.jobs:
        if any(s in stage_ids for s in job.stage_ids):
            changed.append((job, list(job.stage_ids)))
            job.stage_ids = [s for s in job.stage_ids if s not in stage_ids]
    return changed


def relink_stages(changed: list[tuple[Job, list[str]]]) -> None:
    for job, stage_ids in changed:
        job.stage_ids = stage_ids


def move_by_id(items: list, item_id: str, to: int) -> int:
    """Move the item with ``item_id`` to index ``to`` (clamped); returns where it was."""
    current = next(i for i, item in enumerate(items) if item.id == item_id)
    items.insert(max(0, min(to, len(items) - 1)), items.pop(current))
    return current
