"""Personas and jobs: add, remove (unlinking every reference, restored on undo), reorder."""

from typing import Literal

from journeydesigner.commands.base import DocumentLike, ModelCommand, move_by_id
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.model import EmotionCard, Job, Persona, Project

Collection = Literal["personas", "jobs"]
_TEXTS = {  # (add, delete, move) per collection
    "personas": (QT_TR_NOOP("Add persona"), QT_TR_NOOP("Delete persona"), QT_TR_NOOP("Move persona")),
    "jobs": (QT_TR_NOOP("Add job"), QT_TR_NOOP("Delete job"), QT_TR_NOOP("Move job")),
}


class AddPerson(ModelCommand):
    """Add a persona or a job at ``index``."""

    def __init__(self, doc: DocumentLike, collection: Collection, item: Persona | Job, index: int | None = None,
                 text: str | None = None) -> None:
        super().__init__(doc, None, text or tr(_TEXTS[collection][0]))
        self.collection, self.item = collection, item
        self.index = len(getattr(doc.project, collection)) if index is None else index

    def apply(self) -> None:
        getattr(self.doc.project, self.collection).insert(self.index, self.item)

    def revert(self) -> None:
        items = getattr(self.doc.project, self.collection)
        items[:] = [i for i in items if i.id != self.item.id]


def _unlink(project: Project, collection: Collection, item_id: str) -> list[tuple[object, str, object]]:
    """Remove references to a persona or job; returns (object, field, old value) to restore."""
    changed: list[tuple[object, str, object]] = []

    def drop(obj: object, field: str) -> None:
        value = getattr(obj, field)
        if isinstance(value, list) and item_id in value:
            changed.append((obj, field, list(value)))
            setattr(obj, field, [v for v in value if v != item_id])
        elif value == item_id:
            changed.append((obj, field, value))
            setattr(obj, field, None)

    for jmap in project.maps:
        if collection == "personas":
            drop(jmap, "persona_ids")
        for card in jmap.cards:
            drop(card, "persona_ids" if collection == "personas" else "job_ids")
            if collection == "personas" and isinstance(card, EmotionCard):
                drop(card, "persona_id")
    if collection == "personas":
        for job in project.jobs:
            drop(job, "persona_ids")
    return changed


class RemovePerson(ModelCommand):
    def __init__(self, doc: DocumentLike, collection: Collection, item_id: str) -> None:
        super().__init__(doc, None, tr(_TEXTS[collection][1]))
        self.collection, self.item_id = collection, item_id
        self.index = -1
        self.item: Persona | Job | None = None
        self.unlinked: list[tuple[object, str, object]] = []

    def apply(self) -> None:
        items = getattr(self.doc.project, self.collection)
        self.index = next(i for i, item in enumerate(items) if item.id == self.item_id)
        self.item = items.pop(self.index)
        self.unlinked = _unlink(self.doc.project, self.collection, self.item_id)

    def revert(self) -> None:
        for obj, field, value in reversed(self.unlinked):
            setattr(obj, field, value)
        getattr(self.doc.project, self.collection).insert(self.index, self.item)


def references(project: Project, collection: Collection, item_id: str) -> int:
    """How many cards (and maps and jobs) refer to a persona or job: what deleting it would unlink."""
    copy = project.model_copy(deep=True)
    return len(_unlink(copy, collection, item_id))


class MovePerson(ModelCommand):
    def __init__(self, doc: DocumentLike, collection: Collection, item_id: str, new_index: int) -> None:
        super().__init__(doc, None, tr(_TEXTS[collection][2]))
        self.collection, self.item_id, self.new_index = collection, item_id, new_index
        self.old_index = -1

    def _move(self, to: int) -> int:
        return move_by_id(getattr(self.doc.project, self.collection), self.item_id, to)

    def apply(self) -> None:
        self.old_index = self._move(self.new_index)

    def revert(self) -> None:
        self._move(self.old_index)
