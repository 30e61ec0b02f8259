"""Adding, removing and moving cards. Cell order is the order of ``JourneyMap.cards``."""

from collections.abc import Sequence

from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.i18n import tr
from journeydesigner.model import Card, JourneyMap


def insertion_point(jmap: JourneyMap, lane_id: str, stage_id: str, index: int) -> int:
    """The position in ``jmap.cards`` that puts a card at ``index`` within its cell."""
    positions = [i for i, c in enumerate(jmap.cards) if c.lane_id == lane_id and c.stage_id == stage_id]
    if not positions:
        return len(jmap.cards)
    if index < len(positions):
        return positions[max(index, 0)]
    return positions[-1] + 1


class AddCards(ModelCommand):
    """Insert cards into one cell at ``index`` (creation, paste, duplicate, drop from the palette)."""

    def __init__(self, doc: DocumentLike, map_id: str, cards: Sequence[Card], lane_id: str, stage_id: str,
                 index: int, text: str | None = None) -> None:
        super().__init__(doc, map_id, text or tr("Add %n card(s)", "", len(cards)))
        self.cards = [c.model_copy(update={"lane_id": lane_id, "stage_id": stage_id}) for c in cards]
        self.lane_id, self.stage_id, self.index = lane_id, stage_id, index

    @property
    def card_ids(self) -> list[str]:
        return [c.id for c in self.cards]

    def apply(self) -> None:
        at = insertion_point(self.jmap, self.lane_id, self.stage_id, self.index)
        self.jmap.cards[at:at] = self.cards

    def revert(self) -> None:
        ids = set(self.card_ids)
        self.jmap.cards[:] = [c for c in self.jmap.cards if c.id not in ids]

    def cells(self) -> set[tuple[str, str]]:
        return {(self.lane_id, self.stage_id)}


class RemoveCards(ModelCommand):
    def __init__(self, doc: DocumentLike, map_id: str, card_ids: Sequence[str], text: str | None = None) -> None:
        count = len(card_ids)
        super().__init__(doc, map_id, text or tr("Delete %n card(s)", "", count))
        self.card_ids = set(card_ids)
        self.removed: list[tuple[int, Card]] = []

    def apply(self) -> None:
        cards = self.jmap.cards
        self.removed = [(i, c) for i, c in enumerate(cards) if c.id in self.card_ids]
        cards[:] = [c for c in cards if c.id not in self.card_ids]

    def revert(self) -> None:
        for i, card in self.removed:
            self.jmap.cards.insert(i, card)

    def cells(self) -> set[tuple[str, str]]:
        return {(card.lane_id, card.stage_id) for _i, card in self.removed}


class MoveCards(ModelCommand):
    """Move cards, keeping their relative order, to ``index`` in a cell; one undo step for a multi-card drag."""

    def __init__(self, doc: DocumentLike, map_id: str, card_ids: Sequence[str], lane_id: str, stage_id: str,
                 index: int) -> None:
        count = len(card_ids)
        super().__init__(doc, map_id, tr("Move %n card(s)", "", count))
        self.card_ids = list(card_ids)
        self.lane_id, self.stage_id, self.index = lane_id, stage_id, index
        self.before: list[tuple[str, str]] = []
        self.order: list[Card] = []

    def apply(self) -> None:
        cards = self.jmap.cards
        self.order = list(cards)
        moving_ids = set(self.card_ids)
        moving = [c for c in cards if c.id in moving_ids]
        self.before = [(c.lane_id, c.stage_id) for c in moving]
        cards[:] = [c for c in cards if c.id not in moving_ids]
        for card in moving:
            card.lane_id, card.stage_id = self.lane_id, self.stage_id
        at = insertion_point(self.jmap, self.lane_id, self.stage_id, self.index)
        cards[at:at] = moving

    def revert(self) -> None:
        moving_ids = set(self.card_ids)
        moving = [c for c in self.order if c.id in moving_ids]
        for card, (lane_id, stage_id) in zip(moving, self.before, strict=True):
            card.lane_id, card.stage_id = lane_id, stage_id
        self.jmap.cards[:] = self.order

    def cells(self) -> set[tuple[str, str]]:
        return {*self.before, (self.lane_id, self.stage_id)}
