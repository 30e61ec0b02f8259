"""apply(A, changes): take chosen changes from B into A.

Changes are taken in an order that keeps the project whole: maps, stages and lanes before the cards that move
into them; cards out of a stage before the stage goes; personas and jobs unlinked from cards when removed.
Additions and moves are taken in B's order and put after their nearest predecessor in B, so taking every
change gives B's order, and taking a few gives a sensible one.
"""

from collections.abc import Iterable, Mapping
from copy import deepcopy
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from journeydesigner.compare.changes import MISSING, Change, ChangeKind
from journeydesigner.model import Card, EmotionCard, Job, JourneyMap, Lane, Persona, Project, Stage


@cache
def card_adapter() -> TypeAdapter:
    """Built when changes are first taken (≈10 ms of the window's start otherwise: issue 15)."""
    return TypeAdapter(Card)


MODELS: dict[str, Any] = {"stage": Stage, "lane": Lane, "persona": Persona, "job": Job, "map": JourneyMap}
COLLECTIONS = {"stage": "stages", "lane": "lanes", "persona": "personas", "job": "jobs", "map": "maps"}
_BUILD, _REMOVE = (ChangeKind.ADDED, ChangeKind.MOVED), ChangeKind.REMOVED
_PHASES = {  # (what, removal?) -> phase: additions before what goes in them, removals after what leaves them
    ("meta", False): 0, ("export", False): 0, ("map", False): 1, ("stage", False): 2, ("lane", False): 2,
    ("persona", False): 3, ("job", False): 3, ("card", False): 4, ("card", True): 5, ("stage", True): 6,
    ("lane", True): 6, ("persona", True): 7, ("job", True): 7, ("map", True): 8,
}


class Journal:
    """Every mutation apply made, to undo and redo it exactly: the same objects go back where they were, so
    the other commands on the undo stack, which hold objects, still find theirs."""

    def __init__(self) -> None:
        self.steps: list[tuple] = []

    def set(self, obj: Any, field: str | None, value: Any) -> None:
        assert field is not None
        known = field in type(obj).model_fields or field in (obj.__pydantic_extra__ or {})
        self.steps.append(("set", obj, field, getattr(obj, field) if known else MISSING, value))
        _assign(obj, field, value)

    def insert(self, items: list, index: int, item: Any) -> None:
        self.steps.append(("insert", items, index, item))
        items.insert(index, item)

    def pop(self, items: list, index: int) -> Any:
        item = items.pop(index)
        self.steps.append(("pop", items, index, item))
        return item

    def replace(self, items: list, index: int, item: Any) -> None:
        self.steps.append(("replace", items, index, items[index], item))
        items[index] = item

    def asset(self, assets: dict[str, bytes], name: str, data: bytes) -> None:
        self.steps.append(("asset", assets, name, data))
        assets[name] = data

    def undo(self) -> None:
        for step in reversed(self.steps):
            match step:
                case ("set", obj, field, old, _new):
                    _assign(obj, field, old)
                case ("insert", items, index, _item):
                    items.pop(index)
                case ("pop", items, index, item):
                    items.insert(index, item)
                case ("replace", items, index, old, _new):
                    items[index] = old
                case ("asset", assets, name, _data):
                    assets.pop(name, None)

    def redo(self) -> None:
        for step in self.steps:
            match step:
                case ("set", obj, field, _old, new):
                    _assign(obj, field, new)
                case ("insert", items, index, item):
                    items.insert(index, item)
                case ("pop", items, index, _item):
                    items.pop(index)
                case ("replace", items, index, _old, new):
                    items[index] = new
                case ("asset", assets, name, data):
                    assets[name] = data


def _assign(obj: Any, field: str, value: Any) -> None:
    if value is MISSING:  # a field of a newer version that the other version does not have
        if obj.__pydantic_extra__ is not None:
            obj.__pydantic_extra__.pop(field, None)
    else:
        setattr(obj, field, deepcopy(value))


def apply(project: Project, changes: Iterable[Change], assets: Mapping[str, bytes] | None = None) -> Project:
    """A copy of ``project`` with ``changes`` taken (``assets``: B's images, for cards and photos B added)."""
    result = project.model_copy(deep=True)
    apply_in_place(result, changes, assets)
    return result


def apply_in_place(project: Project, changes: Iterable[Change], assets: Mapping[str, bytes] | None = None,
                   journal: Journal | None = None) -> list[Change]:
    """Take ``changes`` into ``project``; returns those that no longer fit (their item is gone)."""
    j = journal if journal is not None else Journal()
    decks: dict[str, _Deck] = {}
    skipped = []
    ordered = sorted(changes, key=lambda c: (_PHASES[(c.what, c.kind is _REMOVE)], c.kind not in _BUILD, c.rank))
    for change in ordered:
        try:
            done = _take(j, project, change, decks)
        except (StopIteration, KeyError):  # the item is gone
            done = False
        if not done:
            skipped.append(change)
    if assets:
        for _loc, ref in project.asset_refs():
            if ref not in project.assets and ref in assets:
                j.asset(project.assets, ref, assets[ref])
    return skipped


def _take(j: Journal, project: Project, c: Change, decks: dict[str, "_Deck"]) -> bool:
    if c.what in ("meta", "export"):
        j.set(getattr(project, c.what), c.field, c.after)
        return True
    if c.what == "card":
        jmap = next((m for m in project.maps if m.id == c.map_id), None)
        if jmap is None:
            return False
        if c.map_id not in decks:
            decks[jmap.id] = _Deck(jmap.cards)
        return _take_card(j, decks[jmap.id], c)
    decks.clear()  # stages, lanes and maps taken after the cards may remove cards
    items = _items(project, c)
    if items is None:
        return False
    at = next((n for n, i in enumerate(items) if i.id == c.item_id), None)
    if c.kind is ChangeKind.ADDED:
        if at is not None:
            return False
        _insert(j, items, MODELS[c.what].model_validate(deepcopy(c.after)), c.anchors)
    elif at is None:
        return False
    elif c.kind is ChangeKind.MOVED:
        _insert(j, items, j.pop(items, at), c.anchors)
    elif c.kind is ChangeKind.REMOVED:
        _unlink(j, project, c, j.pop(items, at))
    else:
        j.set(items[at], c.field, c.after)
    return True


class _Deck:
    """A map's cards with their ids and cells alongside, so finding a card or a place in a cell is a C-speed
    list search, not a Python loop: taking every change of a 5,000-card comparison stays well under a second."""

    def __init__(self, cards: list) -> None:
        self.cards = cards
        self.ids = [c.id for c in cards]
        self.cells = [(c.lane_id, c.stage_id) for c in cards]
        self.by_id = dict(zip(self.ids, cards, strict=True))

    def insert(self, j: Journal, card: Any, anchors: tuple[str, ...]) -> None:
        """Right after the nearest anchor in the card's cell, else before the cell's first card (or last)."""
        cell = (card.lane_id, card.stage_id)
        at = None
        for anchor in anchors:
            if anchor in self.by_id:
                n = self.ids.index(anchor)
                if self.cells[n] == cell:
                    at = n + 1
                    break
        if at is None:
            at = self.cells.index(cell) if cell in self.cells else len(self.cards)
        j.insert(self.cards, at, card)
        self.ids.insert(at, card.id)
        self.cells.insert(at, cell)
        self.by_id[card.id] = card

    def pop(self, j: Journal, at: int) -> Any:
        card = j.pop(self.cards, at)
        del self.ids[at], self.cells[at], self.by_id[card.id]
        return card


def _take_card(j: Journal, deck: _Deck, c: Change) -> bool:
    if c.kind is ChangeKind.ADDED:
        if c.item_id in deck.by_id:
            return False
        deck.insert(j, card_adapter().validate_python(deepcopy(c.after)), c.anchors)
        return True
    card = deck.by_id.get(c.item_id or "")
    if card is None:
        return False
    if c.kind is ChangeKind.REMOVED:
        deck.pop(j, deck.ids.index(card.id))
    elif c.kind is ChangeKind.MOVED:
        deck.pop(j, deck.ids.index(card.id))
        j.set(card, "lane_id", c.after[0])
        j.set(card, "stage_id", c.after[1])
        deck.insert(j, card, c.anchors)
    elif c.field is None:  # another kind of card under the same id: a new object where the old one stood
        at = deck.ids.index(card.id)
        new = card_adapter().validate_python({**deepcopy(c.after), "lane_id": card.lane_id, "stage_id": card.stage_id})
        j.replace(deck.cards, at, new)
        deck.by_id[card.id] = new
    else:
        j.set(card, c.field, c.after)
    return True


def _items(project: Project, c: Change) -> list | None:
    if c.what in ("persona", "job", "map"):
        return getattr(project, COLLECTIONS[c.what])
    jmap = next((m for m in project.maps if m.id == c.map_id), None)
    return None if jmap is None else getattr(jmap, COLLECTIONS[c.what])


def _insert(j: Journal, items: list, item: Any, anchors: tuple[str, ...]) -> None:
    """Right after the nearest of B's predecessors present, else first."""
    where = {i.id: n for n, i in enumerate(items)}
    at = next((where[a] + 1 for a in anchors if a in where), 0)
    j.insert(items, at, item)


def _unlink(j: Journal, project: Project, c: Change, item: Any) -> None:
    """What goes with a removed item: a stage's or lane's cards, and every reference to it."""
    if c.what in ("stage", "lane"):
        cards = next(m for m in project.maps if m.id == c.map_id).cards
        for n in reversed(range(len(cards))):
            if item.id in (cards[n].stage_id, cards[n].lane_id):
                j.pop(cards, n)
    gone = {s.id for s in item.stages} | {ln.id for ln in item.lanes} if c.what == "map" else {item.id}
    _drop_refs(j, project, gone)


def _drop_refs(j: Journal, project: Project, gone: set[str]) -> None:
    def drop(obj: Any, field: str) -> None:
        if any(i in gone for i in getattr(obj, field)):
            j.set(obj, field, [i for i in getattr(obj, field) if i not in gone])

    for job in project.jobs:
        drop(job, "stage_ids")
        drop(job, "persona_ids")
    for jmap in project.maps:
        drop(jmap, "persona_ids")
        for card in jmap.cards:
            drop(card, "persona_ids")
            drop(card, "job_ids")
            if isinstance(card, EmotionCard) and card.persona_id in gone:
                j.set(card, "persona_id", None)
    drop(project.export, "map_ids")
    drop(project.export, "omit_lane_ids")
