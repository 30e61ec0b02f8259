"""Which cards are in which cell, and where a card is, without walking every card of the map on each edit.

``JourneyMap.cards`` is one flat list (the file's order; a cell's order is the order of its cards in it). At
20,000 cards a walk over it in Python costs 5-15 ms, and an edit used to make several. The index is built once,
in one walk, and then kept by the card commands, which change the list through ``put`` and ``take``; any other
change to a map's cards drops it (``forget``), and it is built again when next asked for. A change of the list's
length behind its back (an importer appending) is noticed too, so a stale index is never used for that.

Kept outside the pydantic model on purpose: a private attribute would take part in ``==`` and in copies.
"""

import weakref
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import compress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journeydesigner.model.cards import Card
    from journeydesigner.model.journey import JourneyMap

Cell = tuple[str, str]  # (lane id, stage id)


class CellIndex:
    """The cards of each cell in their order, and each card by id, for one map's ``cards`` list."""

    def __init__(self, cards: "list[Card]") -> None:
        self.source = cards
        self.length = len(cards)
        self._ids: list[int] = []  # id() of each card of ``source`` in order, kept by flat_insert and flat_delete
        self.by_id: dict[str, Card] = {}
        self.cells: dict[Cell, list[Card]] = {}
        for card in cards:
            self.by_id[card.id] = card
            self.cells.setdefault((card.lane_id, card.stage_id), []).append(card)

    def fits(self, cards: "list[Card]") -> bool:
        return cards is self.source and len(cards) == self.length

    def cell(self, cell: Cell) -> "list[Card]":
        return self.cells.get(cell, [])

    def flat_positions(self, cards: "Iterable[Card]") -> list[int]:
        """Where each of ``cards`` is in the flat list, ascending. A list of ids kept beside the cards is searched
        in C; building it for each search cost 0.5-1 ms at 20,000 cards, three times per drop. Each answer is
        checked against the cards themselves, and the list built again if it was stale."""
        want = set(map(id, cards))
        for _attempt in range(2):
            ids = self._ids
            if len(ids) != len(self.source):
                ids = self._ids = list(map(id, self.source))
            try:
                found = sorted(map(ids.index, want)) if len(want) <= 8 else list(
                    compress(range(len(ids)), map(want.__contains__, ids)))
            except ValueError:  # a card not in the list: only a full scan says which are
                found = []
            source = self.source
            if len(found) == len(want) and all(id(source[at]) in want for at in found):
                return found
            self._ids = []
        return positions_of(self.source, [card for card in self.source if id(card) in want])

    def flat_insert(self, at: int, cards: "Sequence[Card]") -> None:
        self.source[at:at] = cards
        if len(self._ids) == len(self.source) - len(cards):
            self._ids[at:at] = map(id, cards)

    def flat_delete(self, positions: list[int]) -> None:
        """Delete the cards at ``positions`` (ascending): one by one for a few, in one rebuild for many."""
        if len(self._ids) == len(self.source):
            _delete(self._ids, positions)
        else:
            self._ids = []
        _delete(self.source, positions)

    def put(self, cell: Cell, index: int, cards: "Sequence[Card]") -> None:
        """``cards`` (already in ``cell``, by their lane and stage) now stand at ``index`` of it (past its end:
        at the end); the caller has put them into the flat list at the matching place."""
        row = self.cells.setdefault(cell, [])
        at = max(index, 0) if index < len(row) else len(row)
        row[at:at] = cards
        for card in cards:
            self.by_id[card.id] = card
        self.length += len(cards)

    def take(self, cards: "Iterable[Card]") -> list[tuple[Cell, int, "Card"]]:
        """Remove ``cards`` from their cells; returns (cell, index in the cell, card) in the order that ``put``
        one by one gives the cells back as they were."""
        slots = []
        for card in cards:
            cell = (card.lane_id, card.stage_id)
            row = self.cells[cell]
            at = position_of(row, card)
            slots.append((cell, at, card))
            del row[at]
            if not row:
                del self.cells[cell]
            del self.by_id[card.id]
            self.length -= 1
        slots.reverse()  # the last taken goes back first, so every index means what it meant when taken
        return slots


def _delete(flat: list[Any], positions: list[int]) -> None:
    if len(positions) <= 32:
        for at in reversed(positions):
            del flat[at]
    else:
        gone = set(positions)
        flat[:] = [c for i, c in enumerate(flat) if i not in gone]


_INDEXES: dict[int, tuple["weakref.ref[JourneyMap]", CellIndex]] = {}


def cell_index(jmap: "JourneyMap") -> CellIndex:
    """The map's index, built now if there is none or it no longer fits its cards."""
    key = id(jmap)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is jmap and entry[1].fits(jmap.cards):
        return entry[1]
    index = CellIndex(jmap.cards)
    _INDEXES[key] = (weakref.ref(jmap, partial(_drop, key)), index)
    return index


def _drop(key: int, _ref: object) -> None:
    _INDEXES.pop(key, None)


def forget(jmap: "JourneyMap") -> None:
    """The map's cards changed other than through ``put`` and ``take``: build the index afresh when needed."""
    _INDEXES.pop(id(jmap), None)


def position_of(cards: "Sequence[Card]", card: "Card") -> int:
    """Where ``card`` itself (not an equal one) is in ``cards``: compared by identity, in C."""
    return list(map(id, cards)).index(id(card))


def positions_of(cards: "Sequence[Card]", wanted: "Iterable[Card]") -> list[int]:
    """Where each of ``wanted`` is in ``cards``, ascending; one pass in C, however many are wanted."""
    want = set(map(id, wanted))
    return list(compress(range(len(cards)), map(want.__contains__, map(id, cards))))
