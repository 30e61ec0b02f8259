"""Building a map without a mouse: arrows move between cards and cells, Enter/F2 edits, Insert adds."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import MapScene


def handle_key(scene: "MapScene", event: QKeyEvent) -> bool:
    """Returns True when the key was used."""
    key, mods = event.key(), event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    selected = scene.selected_card_ids()
    if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
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
    steps = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
    if key in steps and not ctrl:
        move(scene, *steps[key])
        return True
    return False


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
