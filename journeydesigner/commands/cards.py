"""Adding, removing and moving cards. Cell order is the order of ``JourneyMap.cards``."""

from collections.abc import Sequence

from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.i18n import tr
from journeydesigner.model import Card, JourneyMap
from journeydesigner.model.cellindex import cell_index


def insertion_point(jmap: JourneyMap, lane_id: str, stage_id: str, index: int) -> int:
    """The position in ``jmap.cards`` that puts a card at ``index`` within its cell."""
    index_ = cell_index(jmap)
    row = index_.cell((lane_id, stage_id))
    if not row:
        return len(jmap.cards)
    if index < len(row):
        return index_.flat_positions([row[max(index, 0)]])[0]
    return index_.flat_positions([row[-1]])[0] + 1


class AddCards(ModelCommand):
    """Insert cards into one cell at ``index`` (creation, paste, duplicate, drop from the palette)."""

    keeps_cell_index = True

    def __init__(self, doc: DocumentLike, map_id: str, cards: Sequence[Card], lane_id: str, stage_id: str,
                 index: int, text: str | None = None) -> None:
        super().__init__(doc, map_id, text or tr("Add %n card(s)", "", len(cards)))
        self.cards = [c.model_copy(update={"lane_id": lane_id, "stage_id": stage_id}) for c in cards]
        self.lane_id, self.stage_id, self.index = lane_id, stage_id, index

    @property
    def card_ids(self) -> list[str]:
        return [c.id for c in self.cards]

    def apply(self) -> None:
        jmap = self.jmap
        index = cell_index(jmap)
        index.flat_insert(insertion_point(jmap, self.lane_id, self.stage_id, self.index), self.cards)
        index.put((self.lane_id, self.stage_id), self.index, self.cards)

    def revert(self) -> None:
        jmap = self.jmap
        index = cell_index(jmap)
        index.flat_delete(index.flat_positions(self.cards))
        index.take(self.cards)

    def cells(self) -> set[tuple[str, str]]:
        return {(self.lane_id, self.stage_id)}

    def edited_cards(self) -> set[str]:
        return set()


class RemoveCards(ModelCommand):
    keeps_cell_index = True

    def __init__(self, doc: DocumentLike, map_id: str, card_ids: Sequence[str], text: str | None = None) -> None:
        count = len(card_ids)
        super().__init__(doc, map_id, text or tr("Delete %n card(s)", "", count))
        self.card_ids = set(card_ids)
        self.removed: list[tuple[int, Card]] = []
        self.slots: list[tuple[tuple[str, str], int, Card]] = []

    def apply(self) -> None:
        jmap = self.jmap
        index = cell_index(jmap)
        cards = jmap.cards
        wanted = [index.by_id[i] for i in self.card_ids if i in index.by_id]
        at = index.flat_positions(wanted)
        self.removed = [(i, cards[i]) for i in at]
        index.flat_delete(at)
        self.slots = index.take(card for _i, card in self.removed)

    def revert(self) -> None:
        jmap = self.jmap
        index = cell_index(jmap)
        for i, card in self.removed:
            index.flat_insert(i, [card])
        for cell, at, card in self.slots:
            index.put(cell, at, [card])

    def cells(self) -> set[tuple[str, str]]:
        return {(card.lane_id, card.stage_id) for _i, card in self.removed}

    def edited_cards(self) -> set[str]:
        return set()


class MoveCards(ModelCommand):
    """Move cards, keeping their relative order, to ``index`` in a cell; one undo step for a multi-card drag."""

    keeps_cell_index = True

    def __init__(self, doc: DocumentLike, map_id: str, card_ids: Sequence[str], lane_id: str, stage_id: str,
                 index: int) -> None:
        count = len(card_ids)
        super().__init__(doc, map_id, tr("Move %n card(s)", "", count))
        self.card_ids = list(card_ids)
        self.lane_id, self.stage_id, self.index = lane_id, stage_id, index
        self.before: list[tuple[str, str]] = []
        self.at: list[int] = []  # where the moving cards stood in the flat list, ascending
        self.slots: list[tuple[tuple[str, str], int, Card]] = []

    def apply(self) -> None:
        jmap = self.jmap
        index = cell_index(jmap)
        cards = jmap.cards
        at = self.at = index.flat_positions([index.by_id[i] for i in self.card_ids if i in index.by_id])
        moving = [cards[i] for i in at]
        self.before = [(c.lane_id, c.stage_id) for c in moving]
        index.flat_delete(at)
        self.slots = index.take(moving)
        for card in moving:
            card.lane_id, card.stage_id = self.lane_id, self.stage_id
        index.flat_insert(insertion_point(jmap, self.lane_id, self.stage_id, self.index), moving)
        index.put((self.lane_id, self.stage_id), self.index, moving)

    def revert(self) -> None:
        jmap = self.jmap
        index = cell_index(jmap)
        moving = [card for _cell, _at, card in reversed(self.slots)]
        index.take(moving)
        for card, (lane_id, stage_id) in zip(moving, self.before, strict=True):
            card.lane_id, card.stage_id = lane_id, stage_id
        index.flat_delete(index.flat_positions(moving))
        for at, card in zip(self.at, moving, strict=True):  # ascending: each lands where it stood
            index.flat_insert(at, [card])
        for cell, at, card in self.slots:
            index.put(cell, at, [card])

    def cells(self) -> set[tuple[str, str]]:
        return {*self.before, (self.lane_id, self.stage_id)}

    def edited_cards(self) -> set[str]:
        return set()  # moved, not changed: a card in a stage of another width is measured again all the same
