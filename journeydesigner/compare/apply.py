"""apply(A, changes): take chosen changes from B into A.

Changes are taken in an order that keeps the project whole: maps, stages and lanes before the cards that move
into them; cards out of a stage before the stage goes; personas and jobs unlinked from cards when removed.
Additions and moves are taken in B's order and put after their nearest predecessor in B, so taking every
change gives B's order, and taking a few gives a sensible one.
"""

from collections.abc import Iterable, Mapping
from copy import deepcopy
from typing import Any

from pydantic import TypeAdapter

from journeydesigner.compare.changes import MISSING, Change, ChangeKind
from journeydesigner.model import Card, EmotionCard, Job, JourneyMap, Lane, Persona, Project, Stage

CARD_ADAPTER: TypeAdapter = TypeAdapter(Card)
MODELS: dict[str, Any] = {"stage": Stage, "lane": Lane, "persona": Persona, "job": Job, "map": JourneyMap}
COLLECTIONS = {"stage": "stages", "lane": "lanes", "persona": "personas", "job": "jobs", "map": "maps"}
_BUILD, _REMOVE = (ChangeKind.ADDED, ChangeKind.MOVED), ChangeKind.REMOVED
_PHASES = {  # (what, removal?) -> phase: additions before what goes in them, removals after what leaves them
    ("meta", False): 0, ("export", False): 0, ("map", False): 1, ("stage", False): 2, ("lane", False): 2,
    ("persona", False): 3, ("job", False): 3, ("card", False): 4, ("card", True): 5, ("stage", True): 6,
    ("lane", True): 6, ("persona", True): 7, ("job", True): 7, ("map", True): 8,
}


def apply(project: Project, changes: Iterable[Change], assets: Mapping[str, bytes] | None = None) -> Project:
    """A copy of ``project`` with ``changes`` taken (``assets``: B's images, for cards and photos B added)."""
    result = project.model_copy(deep=True)
    apply_in_place(result, changes, assets)
    return result


def apply_in_place(project: Project, changes: Iterable[Change], assets: Mapping[str, bytes] | None = None
                   ) -> list[Change]:
    """Take ``changes`` into ``project``; returns those that no longer fit (their item is gone)."""
    skipped = []
    ordered = sorted(changes, key=lambda c: (_PHASES[(c.what, c.kind is _REMOVE)], c.kind not in _BUILD, c.rank))
    for change in ordered:
        try:
            done = _take(project, change)
        except StopIteration:
            done = False
        if not done:
            skipped.append(change)
    if assets:
        for _loc, ref in project.asset_refs():
            if ref not in project.assets and ref in assets:
                project.assets[ref] = assets[ref]
    return skipped


def _take(project: Project, c: Change) -> bool:
    if c.what in ("meta", "export"):
        _set(getattr(project, c.what), c.field, c.after)
        return True
    if c.what == "card":
        return _take_card(project, c)
    items = _items(project, c)
    if items is None:
        return False
    if c.kind is ChangeKind.ADDED:
        if any(i.id == c.item_id for i in items):
            return False
        _insert(items, MODELS[c.what].model_validate(deepcopy(c.after)), c.anchors)
    elif c.kind is ChangeKind.MOVED:
        item = _pop(items, c.item_id)
        if item is None:
            return False
        _insert(items, item, c.anchors)
    elif c.kind is ChangeKind.REMOVED:
        item = _pop(items, c.item_id)
        if item is None:
            return False
        _unlink(project, c, item)
    else:
        _set(next(i for i in items if i.id == c.item_id), c.field, c.after)
    return True


def _take_card(project: Project, c: Change) -> bool:
    jmap = next((m for m in project.maps if m.id == c.map_id), None)
    if jmap is None:
        return False
    cards = jmap.cards
    at = next((n for n, card in enumerate(cards) if card.id == c.item_id), None)
    if c.kind is ChangeKind.ADDED:
        if at is not None:
            return False
        card = CARD_ADAPTER.validate_python(deepcopy(c.after))
        cards.insert(_cell_position(cards, card.lane_id, card.stage_id, c.anchors), card)
        return True
    if at is None:
        return False
    if c.kind is ChangeKind.REMOVED:
        del cards[at]
    elif c.kind is ChangeKind.MOVED:
        card = cards.pop(at)
        card.lane_id, card.stage_id = c.after[0], c.after[1]
        cards.insert(_cell_position(cards, card.lane_id, card.stage_id, c.anchors), card)
    elif c.field is None:  # another kind of card under the same id: a new object where the old one stood
        old = cards[at]
        cards[at] = CARD_ADAPTER.validate_python({**deepcopy(c.after), "lane_id": old.lane_id,
                                                  "stage_id": old.stage_id})
    else:
        _set(cards[at], c.field, c.after)
    return True


def _set(obj: Any, field: str | None, value: Any) -> None:
    assert field is not None
    if value is MISSING:  # a field of a newer version that B no longer has
        if obj.__pydantic_extra__ is not None:
            obj.__pydantic_extra__.pop(field, None)
        return
    setattr(obj, field, deepcopy(value))


def _items(project: Project, c: Change) -> list | None:
    if c.what in ("persona", "job", "map"):
        return getattr(project, COLLECTIONS[c.what])
    jmap = next((m for m in project.maps if m.id == c.map_id), None)
    return None if jmap is None else getattr(jmap, COLLECTIONS[c.what])


def _pop(items: list, item_id: str | None) -> Any:
    at = next((n for n, i in enumerate(items) if i.id == item_id), None)
    return None if at is None else items.pop(at)


def _insert(items: list, item: Any, anchors: tuple[str, ...]) -> None:
    """Right after the nearest of B's predecessors present, else first."""
    where = {i.id: n for n, i in enumerate(items)}
    for anchor in anchors:
        if anchor in where:
            items.insert(where[anchor] + 1, item)
            return
    items.insert(0, item)


def _cell_position(cards: list, lane_id: str, stage_id: str, anchors: tuple[str, ...]) -> int:
    """The place in ``cards`` right after the nearest anchor in the cell, else before the cell's first card."""
    first = None
    where: dict[str, int] = {}
    for n, card in enumerate(cards):
        if card.lane_id == lane_id and card.stage_id == stage_id:
            where[card.id] = n
            if first is None:
                first = n
    for anchor in anchors:
        if anchor in where:
            return where[anchor] + 1
    return len(cards) if first is None else first


def _unlink(project: Project, c: Change, item: Any) -> None:
    """What goes with a removed item: a stage's or lane's cards, and every reference to it."""
    if c.what in ("stage", "lane"):
        jmap = next(m for m in project.maps if m.id == c.map_id)
        jmap.cards[:] = [card for card in jmap.cards if card.stage_id != item.id and card.lane_id != item.id]
    gone = {s.id for s in item.stages} | {ln.id for ln in item.lanes} if c.what == "map" else {item.id}
    _drop_refs(project, gone)


def _drop_refs(project: Project, gone: set[str]) -> None:
    for job in project.jobs:
        for field in ("stage_ids", "persona_ids"):
            if any(i in gone for i in getattr(job, field)):
                setattr(job, field, [i for i in getattr(job, field) if i not in gone])
    for jmap in project.maps:
        if any(i in gone for i in jmap.persona_ids):
            jmap.persona_ids = [i for i in jmap.persona_ids if i not in gone]
        for card in jmap.cards:
            for field in ("persona_ids", "job_ids"):
                if any(i in gone for i in getattr(card, field)):
                    setattr(card, field, [i for i in getattr(card, field) if i not in gone])
            if isinstance(card, EmotionCard) and card.persona_id in gone:
                card.persona_id = None
    export = project.export
    for field in ("map_ids", "omit_lane_ids"):
        if any(i in gone for i in getattr(export, field)):
            setattr(export, field, [i for i in getattr(export, field) if i not in gone])
