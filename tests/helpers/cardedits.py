"""Card edits made the way the card commands make them (through the map's cell index, journeydesigner/commands/
cards.py), without Qt: for the layout's own tests and the layout benchmark. Each returns the cells it changed."""

from journeydesigner.model import Card, JourneyMap
from journeydesigner.model.cellindex import cell_index

Cell = tuple[str, str]


def add(jmap: JourneyMap, card: Card, cell: Cell, at: int) -> set[Cell]:
    """AddCards.apply: into the flat list where ``at`` of the cell puts it, and into the cell."""
    index = cell_index(jmap)
    row = index.cell(cell)
    card.lane_id, card.stage_id = cell
    flat = (index.flat_positions([row[max(at, 0)]])[0] if at < len(row) else
            index.flat_positions([row[-1]])[0] + 1 if row else len(jmap.cards))
    index.flat_insert(flat, [card])
    index.put(cell, at, [card])
    return {cell}


def remove(jmap: JourneyMap, card_id: str) -> set[Cell]:
    """RemoveCards.apply for one card."""
    index = cell_index(jmap)
    card = index.by_id[card_id]
    index.flat_delete(index.flat_positions([card]))
    index.take([card])
    return {(card.lane_id, card.stage_id)}


def move(jmap: JourneyMap, card_id: str, cell: Cell, at: int) -> set[Cell]:
    """MoveCards.apply for one card: out of its cell, into ``cell`` at ``at`` (a drop, a reorder, an undo)."""
    card = cell_index(jmap).by_id[card_id]
    before = remove(jmap, card_id)
    return before | add(jmap, card, cell, at)


def retitle(jmap: JourneyMap, card_id: str, title: str) -> set[Cell]:
    """EditFields of a card's title."""
    card = cell_index(jmap).by_id[card_id]
    card.title = title
    return {(card.lane_id, card.stage_id)}
