"""Editing fields of any model object; consecutive edits of one field in one session merge into one step."""

from dataclasses import dataclass
from typing import Any

from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.model import Project

EDIT_FIELDS_ID = 1001


@dataclass(frozen=True)
class Target:
    """Where an object lives: ``Target("cards", "card-1", "map-1")``, ``Target("meta")``, ``Target("project")``,
    ``Target("maps", id)``."""

    collection: str
    item_id: str | None = None
    map_id: str | None = None

    def resolve(self, project: Project) -> Any:
        if self.collection == "meta":
            return project.meta
        if self.collection == "project":
            return project
        if self.map_id is not None:
            items = getattr(project.map(self.map_id), self.collection)
        else:
            items = getattr(project, self.collection)
        return next(item for item in items if item.id == self.item_id)


class EditFields(ModelCommand):
    """Set fields on one object. ``session`` groups keystrokes: edits with the same session merge."""

    def __init__(self, doc: DocumentLike, target: Target, changes: dict[str, Any], text: str = "Edit",
                 session: object = None) -> None:
        super().__init__(doc, target.map_id, text)
        self.target = target
        self.changes = dict(changes)
        obj = target.resolve(doc.project)
        self.old = {name: getattr(obj, name) for name in changes}
        self.session = session

    def id(self) -> int:
        return EDIT_FIELDS_ID if self.session is not None else -1

    def mergeWith(self, other: "EditFields") -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditFields) or other.session != self.session or other.target != self.target:
            return False
        for name, value in other.changes.items():
            self.old.setdefault(name, other.old[name])
            self.changes[name] = value
        return True

    def _set(self, values: dict[str, Any]) -> None:
        obj = self.target.resolve(self.doc.project)
        for name, value in values.items():
            setattr(obj, name, value)

    def apply(self) -> None:
        self._set(self.changes)

    def revert(self) -> None:
        self._set(self.old)
