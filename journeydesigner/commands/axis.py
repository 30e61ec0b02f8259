"""Stages and lanes (a map's two axes): add, remove with their cards, reorder."""

from typing import Literal

from journeydesigner.commands.base import DocumentLike, ModelCommand, move_by_id, relink_stages, unlink_stages
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.model import Card, Lane, Stage

Axis = Literal["stages", "lanes"]
_TEXTS = {  # (add, remove, move) per axis, whole sentences so a translation can inflect them
    "stages": (QT_TR_NOOP("Add stage"), QT_TR_NOOP("Remove stage"), QT_TR_NOOP("Move stage")),
    "lanes": (QT_TR_NOOP("Add lane"), QT_TR_NOOP("Remove lane"), QT_TR_NOOP("Move lane")),
}
_CARD_FIELD = {"stages": "stage_id", "lanes": "lane_id"}


class AddAxisItem(ModelCommand):
    def __init__(self, doc: DocumentLike, map_id: str, axis: Axis, item: Stage | Lane, index: int) -> None:
        super().__init__(doc, map_id, tr(_TEXTS[axis][0]))
        self.axis, self.item, self.index = axis, item, index

    def apply(self) -> None:
        getattr(self.jmap, self.axis).insert(self.index, self.item)

    def revert(self) -> None:
        items = getattr(self.jmap, self.axis)
        items[:] = [i for i in items if i.id != self.item.id]


class RemoveAxisItem(ModelCommand):
    """Remove a stage or lane and the cards in it; undo brings both back where they were."""

    def __init__(self, doc: DocumentLike, map_id: str, axis: Axis, item_id: str) -> None:
        super().__init__(doc, map_id, tr(_TEXTS[axis][1]))
        self.axis, self.item_id = axis, item_id
        self.index = -1
        self.item: Stage | Lane | None = None
        self.cards: list[tuple[int, Card]] = []
        self.jobs: list = []

    def apply(self) -> None:
        items = getattr(self.jmap, self.axis)
        self.index = next(i for i, item in enumerate(items) if item.id == self.item_id)
        self.item = items.pop(self.index)
        field = _CARD_FIELD[self.axis]
        cards = self.jmap.cards
        self.cards = [(i, c) for i, c in enumerate(cards) if getattr(c, field) == self.item_id]
        cards[:] = [c for c in cards if getattr(c, field) != self.item_id]
        if self.axis == "stages":
            self.jobs = unlink_stages(self.doc.project, {self.item_id})

    def revert(self) -> None:
        relink_stages(self.jobs)
        getattr(self.jmap, self.axis).insert(self.index, self.item)
        for i, card in self.cards:
            self.jmap.cards.insert(i, card)


class MoveAxisItem(ModelCommand):
    def __init__(self, doc: DocumentLike, map_id: str, axis: Axis, item_id: str, new_index: int) -> None:
        super().__init__(doc, map_id, tr(_TEXTS[axis][2]))
        self.axis, self.item_id, self.new_index = axis, item_id, new_index
        self.old_index = -1

    def _move(self, to: int) -> int:
        return move_by_id(getattr(self.jmap, self.axis), self.item_id, to)

    def apply(self) -> None:
        self.old_index = self._move(self.new_index)

    def revert(self) -> None:
        self._move(self.old_index)
