"""What one difference between two versions of a project is: a small value with a stable id and a sentence."""

from enum import StrEnum
from typing import Any

from msgspec import Struct, field


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"  # a card to another cell or place in its cell; a stage, lane, persona, job or map reordered
    EDITED = "edited"  # one field; ``field`` None means the whole card (its kind of payload changed)
    RENAMED = "renamed"  # a stage, lane or map's name
    EMOTION = "emotion"  # an emotion point's feeling (an emotion card's score)


class _Missing:
    """The value of a field one version has (written by a newer program) and the other lacks."""

    _instance: "_Missing | None" = None

    def __new__(cls) -> "_Missing":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "missing"

    def __bool__(self) -> bool:
        return False

    def __deepcopy__(self, memo: dict) -> "_Missing":
        return self


MISSING = _Missing()

# What a change is about, in the order apply() takes them (a stage must exist before its cards move in).
WHATS = ("meta", "export", "map", "stage", "lane", "persona", "job", "card")


class Change(Struct, frozen=True):
    """One difference from version A to version B, in A's ids (items matched by name keep A's id).

    ``before``/``after`` hold the field's values, or for a move the place (``(lane_id, stage_id)`` for a card,
    an index otherwise), or for an added/removed item its whole content as a dict. ``anchors`` are the ids
    that precede the item in B's order, nearest first: apply() puts it after the first one present.
    """

    id: str
    kind: ChangeKind
    what: str  # one of WHATS
    item_id: str | None
    map_id: str | None
    field: str | None
    before: Any
    after: Any
    text: str
    anchors: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()  # ids of changes that must be taken with this one (a card's new stage)
    contains: tuple[str, ...] = ()  # ids of items that go with it (the cards of a removed stage)
    rank: int = 0  # position in B's order: additions and moves are applied in it
    places: tuple[str, str] = ("", "")  # where the item was and is, in words ("Decision › Touchpoints")
    cell: tuple[str, ...] = ()  # a card's lane and stage ids in A (or in B when B added it)
    label: str = ""  # the item's title or name in A, for a field's change (a conflict's sentence names it)

    @property
    def touches(self) -> frozenset[str]:
        """Every item this change concerns: itself and its map, lanes and stages (for the three-way merge)."""
        ids = {i for i in (self.item_id, self.map_id, *self.cell) if i}
        if self.what == "card" and self.kind is ChangeKind.MOVED:
            ids.update(str(v) for v in self.after[:2])
        return frozenset(ids)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "what": self.what, "item_id": self.item_id,
                "map_id": self.map_id, "field": self.field, "before": jsonable(self.before),
                "after": jsonable(self.after), "text": self.text, "requires": list(self.requires)}


class Comparison(Struct):
    """The changes from A to B, and what apply() needs of B beyond them: its images."""

    changes: list[Change]
    assets: dict[str, bytes] = field(default_factory=dict)
    id_map: dict[str, str] = field(default_factory=dict)  # B's id -> A's id for items matched by name

    @property
    def same(self) -> bool:
        return not self.changes

    def by_id(self) -> dict[str, Change]:
        return {c.id: c for c in self.changes}

    def with_requirements(self, chosen: list[Change]) -> list[Change]:
        """``chosen`` and every change they need (a card's new stage, a persona a card now refers to)."""
        by_id = self.by_id()
        result: dict[str, Change] = {}
        todo = list(chosen)
        while todo:
            change = todo.pop()
            if change.id in result:
                continue
            result[change.id] = change
            todo.extend(by_id[r] for r in change.requires if r in by_id)
        return list(result.values())


def jsonable(value: Any) -> Any:
    """Plain JSON values for ``--format json``: enums by value, dates as ISO text, tuples as lists."""
    if value is MISSING:
        return None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, StrEnum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return jsonable(value.model_dump())
    return value
