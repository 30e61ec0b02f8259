"""Building a map without a mouse: arrows move between cards and cells, Alt+arrows move the selected cards,
Enter/F2 edits, Insert adds."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from journeydesigner.model import EmotionCard, Kind

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import MapScene


def handle_key(scene: "MapScene", event: QKeyEvent) -> bool:
    """Returns True when the key was used."""
    key, mods = event.key(), event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    selected = scene.selected_card_ids()
    if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
        if not selected and scene.selected_axis is not None:  # a stage or lane header was clicked: rename it
            scene.edit_header(*scene.selected_axis)
            return True
        if len(selected) == 1:
            scene.edit_card(selected[0])
            return True
        if scene.current_cell and not selected and key != Qt.Key.Key_F2:
            scene.request_create(scene.current_cell)
            return True
        return False
    if key == Qt.Key.Key_Insert or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
        if scene.current_cell:
            index = None
            if selected and (box := scene.layout.cards.get(selected[-1])):
                index = box.index + 1
            scene.request_create(scene.current_cell, index)
        return True
    steps: dict[int, tuple[int, int]] = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0),
                                         Qt.Key.Key_Right: (1, 0)}
    if key in steps and alt and not ctrl:
        if selected:
            shift_cards(scene, selected, *steps[key])
        return True
    if key in steps and not ctrl:
        move(scene, *steps[key])
        return True
    return False


def shift_cards(scene: "MapScene", ids: list[str], dx: int, dy: int) -> None:
    """Move the selected cards one place: up or down in their cell and on into the next lane, or into the
    next stage. On the emotion curve, up and down change the feeling instead, as dragging the point does.
    Each press is one undoable step, through the same signal a mouse drop sends."""
    layout, jmap = scene.layout, scene.jmap
    first = layout.cards.get(ids[0])
    if first is None or not layout.stages or not layout.lanes:
        return
    lane_ids = [ln.lane_id for ln in layout.lanes]
    stage_ids = [s.stage_id for s in layout.stages]
    lane_id, stage_id = first.lane_id, first.stage_id
    card = jmap.card(ids[0])
    if dy and len(ids) == 1 and isinstance(card, EmotionCard) and layout.lane_box(lane_id).kind is Kind.EMOTION:
        low, high = layout.scale
        score = max(low, min(high, card.score - dy))  # up is a better feeling
        if score != card.score:
            scene.cardsMoved.emit(ids, lane_id, stage_id, layout.cells[(lane_id, stage_id)].index(ids[0]), score)
        return
    cell = layout.cells.get((lane_id, stage_id), [])
    moving = set(ids)
    positions = [i for i, cid in enumerate(cell) if cid in moving]
    remaining = len(cell) - len(positions)
    if dy and positions and 0 <= positions[0] + dy <= remaining:
        target, index = (lane_id, stage_id), positions[0] + dy
    else:
        li = lane_ids.index(lane_id) + dy
        si = stage_ids.index(stage_id) + dx
        if not (0 <= li < len(lane_ids) and 0 <= si < len(stage_ids)):
            return
        target = (lane_ids[li], stage_ids[si])
        others = [cid for cid in layout.cells.get(target, []) if cid not in moving]
        index = len(others) if dy < 0 else 0 if dy > 0 else min(positions[0] if positions else 0, len(others))
    scene.cardsMoved.emit(ids, target[0], target[1], index, None)
    scene.select_cards(ids)


def move(scene: "MapScene", dx: int, dy: int) -> None:
    """Step to the next card in the cell, or on to the neighbouring cell (selecting its nearest card)."""
    layout = scene.layout
    if not layout.stages or not layout.lanes:
        return
    selected = scene.selected_card_ids()
    if selected and (box := layout.cards.get(selected[-1])):
        cell, index = (box.lane_id, box.stage_id), box.index
    elif scene.current_cell:
        cell, index = scene.current_cell, -1
    else:
        first = (layout.lanes[0].lane_id, layout.stages[0].stage_id)
        cards = layout.cells.get(first, [])
        scene.set_current_cell(first)
        scene.select_cards(cards[:1])
        return
    cards = layout.cells.get(cell, [])
    if dy and index >= 0 and 0 <= index + dy < len(cards):
        scene.select_cards([cards[index + dy]])
        return
    lane_ids = [ln.lane_id for ln in layout.lanes]
    stage_ids = [s.stage_id for s in layout.stages]
    li, si = lane_ids.index(cell[0]), stage_ids.index(cell[1])
    li, si = max(0, min(len(lane_ids) - 1, li + dy)), max(0, min(len(stage_ids) - 1, si + dx))
    target = (lane_ids[li], stage_ids[si])
    if target == cell:
        return
    target_cards = layout.cells.get(target, [])
    if not target_cards:
        scene.clearSelection()
        scene.set_current_cell(target)
        for view in scene.views():
            view.ensureVisible(scene.cell_rect(*target), 40, 40)
        return
    if dy < 0:
        pick = target_cards[-1]
    elif dy > 0:
        pick = target_cards[0]
    else:
        pick = target_cards[min(max(index, 0), len(target_cards) - 1)]
    scene.select_cards([pick])
