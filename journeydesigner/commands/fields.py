"""Editing fields of any model object; consecutive edits of one field in one session merge into one step."""

from collections.abc import Sequence
from typing import Any

from msgspec import Struct
from PySide6.QtGui import QUndoCommand

from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.model import Project

EDIT_FIELDS_ID = 1001


class Target(Struct, frozen=True):
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
            if self.collection == "cards":
                return project.map(self.map_id).card(self.item_id or "")
            items = getattr(project.map(self.map_id), self.collection)
        else:
            items = getattr(project, self.collection)
        return next(item for item in items if item.id == self.item_id)


# Card fields that move a card or change what it is: such an edit is not local to one cell.
MOVES_CARD = frozenset({"lane_id", "stage_id", "kind", "id"})
# Stage and lane fields whose change shows in the headers only.
HEADER_ONLY = frozenset({"name", "description"})
# Project-wide collections whose edits a map view redraws without laying the map out again (ModelCommand.aspect).
ASPECTS = frozenset({"personas", "jobs", "meta"})
PERSONA_ON_MAP = frozenset({"name", "color"})  # what a map shows of a persona (its curve, its chip in the corner)


class EditFields(ModelCommand):
    """Set the same fields on one or several objects (an inspector edit of many cards is one step).

    ``session`` groups keystrokes: consecutive edits with the same session and targets merge into one step.
    """

    def __init__(self, doc: DocumentLike, target: Target | Sequence[Target], changes: dict[str, Any],
                 text: str = "Edit", session: object = None) -> None:
        self.targets = (target,) if isinstance(target, Target) else tuple(target)
        map_ids = {t.map_id for t in self.targets}
        super().__init__(doc, map_ids.pop() if len(map_ids) == 1 else None, text)
        self.changes = dict(changes)
        objects = [t.resolve(doc.project) for t in self.targets]
        self.old = [{name: getattr(obj, name) for name in changes} for obj in objects]
        self.session = session
        if objects:  # refuse bad values before the command reaches the undo stack (raises ValidationError)
            trial = objects[0].model_copy()
            for name, value in changes.items():
                setattr(trial, name, value)

    @property
    def target(self) -> Target:
        return self.targets[0]

    @property
    def keeps_cell_index(self) -> bool:
        """Editing a card's words or colour leaves every card where it was; changing its cell or id does not."""
        return MOVES_CARD.isdisjoint(self.changes) or all(t.collection != "cards" for t in self.targets)

    def id(self) -> int:
        return EDIT_FIELDS_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditFields) or other.session != self.session or other.targets != self.targets:
            return False
        for mine, theirs in zip(self.old, other.old, strict=True):
            for name, value in theirs.items():
                mine.setdefault(name, value)
        self.changes.update(other.changes)
        return True

    def apply(self) -> None:
        self._cells: set[tuple[str, str]] | None = set()
        for target in self.targets:
            obj = target.resolve(self.doc.project)
            for name, value in self.changes.items():
                setattr(obj, name, value)
            self._note_cell(target, obj)

    def _note_cell(self, target: Target, obj: Any) -> None:
        """A card edited in place changes its cell only; anything else (or a card changing cell) is more."""
        if self._cells is None:
            return
        if target.collection != "cards" or not MOVES_CARD.isdisjoint(self.changes):
            self._cells = None
        else:
            self._cells.add((obj.lane_id, obj.stage_id))

    def cells(self) -> set[tuple[str, str]] | None:
        if HEADER_ONLY.issuperset(self.changes) and all(t.collection in ("stages", "lanes") for t in self.targets):
            return set()  # renaming a stage or a lane changes its header and no card: no cell to lay out again
        return getattr(self, "_cells", None)

    def edited_cards(self) -> set[str] | None:
        """The cards edited in place; None for an edit of anything else (no cells, or more than cells)."""
        if self.cells() is None or any(t.collection != "cards" for t in self.targets):
            return None
        return {t.item_id for t in self.targets if t.item_id is not None}

    def aspect(self) -> str | None:
        """Editing personas, jobs or the project's details changes nothing else (their ids are not editable)."""
        collections = {t.collection for t in self.targets}
        if len(collections) != 1 or (only := collections.pop()) not in ASPECTS or "id" in self.changes:
            return super().aspect()
        if only == "personas" and PERSONA_ON_MAP.isdisjoint(self.changes):
            return "persona_details"  # goals, quote, photo…: the persona panel shows them, no map does
        return only

    def revert(self) -> None:
        self._cells = set()
        for target, old in zip(self.targets, self.old, strict=True):
            obj = target.resolve(self.doc.project)
            for name, value in old.items():
                setattr(obj, name, value)
            self._note_cell(target, obj)
