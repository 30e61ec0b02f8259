"""A big map on the canvas: cards and lanes that an edit moves far off screen are placed when idle, and before a
view reaches them; lane layers stand in for their cards in Qt's index. What a user sees is never out of place."""

from PySide6.QtCore import QEvent, QPointF, Qt

from journeydesigner.canvas import scene as scene_module
from journeydesigner.commands import AddCards, MoveCards
from journeydesigner.model import Kind, make_card
from tests.helpers.factories import small_project
from tests.helpers.gui import hold_and_move, open_window, send_mouse
from tests.perf.bigmaps import big_project


def misplaced(scene) -> list[str]:
    return [cid for cid, box in scene.layout.cards.items()
            if scene.card_items[cid].scenePos() != QPointF(box.x, box.y)]


def settled(qtbot, window) -> None:
    """The map opened in full: what its first paint left for later, and any placement after it, is done."""
    scene = window.scene
    qtbot.waitUntil(lambda: scene.items_complete and not scene._pending and not scene._pending_lanes, timeout=10_000)


def tall_map_window(qtbot, monkeypatch):
    project = big_project(3000, stages=2)  # 150 cards in each cell
    window = open_window(qtbot, monkeypatch, project)
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    settled(qtbot, window)
    return window, project.maps[0]


def far_from_views(scene, cid: str) -> bool:
    area = scene._live_area()
    box, item = scene.layout.cards[cid], scene.card_items[cid]
    at = item.scenePos()
    return not any(x < area[2] and x + box.w > area[0] and y < area[3] and y + box.h > area[1]
                   for x, y in ((box.x, box.y), (at.x(), at.y())))


def test_cards_far_off_screen_are_placed_when_idle(qtbot, monkeypatch):
    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene = window.scene
    first = jmap.cards[0]
    other = jmap.stages[1].id
    window.doc.push(MoveCards(window.doc, jmap.id, [first.id], first.lane_id, other, 0))
    assert scene._pending, "no card was left for later: the edit moved hundreds of cards at once"
    assert misplaced(scene) and all(far_from_views(scene, cid) for cid in misplaced(scene))
    qtbot.waitUntil(lambda: not scene._pending, timeout=5000)
    assert misplaced(scene) == []


def test_a_lane_that_grows_moves_far_lanes_when_idle(qtbot, monkeypatch):
    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene = window.scene
    lane = jmap.lanes[0].id
    tallest = max(jmap.stages, key=lambda s: len(jmap.cell(lane, s.id))).id
    window.doc.push(AddCards(window.doc, jmap.id, [make_card(Kind.TEXT, lane, tallest, id="new", title="New")],
                             lane, tallest, 0))
    assert scene._pending_lanes, "the lanes below, far off screen, were all moved at once"
    assert all(scene.lane_layers[lb.lane_id].y() == scene.lane_grids[lb.lane_id].y() != lb.y
               for lb in scene.layout.lanes if lb.lane_id in scene._pending_lanes), "a lane's parts came apart"
    qtbot.waitUntil(lambda: not scene._pending_lanes and not scene._pending, timeout=5000)
    assert all(scene.lane_layers[lb.lane_id].y() == lb.y == scene.lane_grids[lb.lane_id].y()
               == scene.headers[("lanes", lb.lane_id)].y() for lb in scene.layout.lanes)
    assert misplaced(scene) == []


def test_scrolling_or_zooming_places_what_comes_within_reach_first(qtbot, monkeypatch):
    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene, view = window.scene, window.view
    monkeypatch.setattr(scene_module, "PLACE_AFTER_MS", 60_000)  # idle placement never comes in this test
    bar = view.verticalScrollBar()
    for move in (lambda: bar.setValue(bar.value() + bar.pageStep() * 3), lambda: view.set_zoom(0.4),
                 lambda: bar.setValue(bar.maximum())):
        card = jmap.cards[1]
        window.doc.push(MoveCards(window.doc, jmap.id, [card.id], card.lane_id, jmap.stages[1].id, 0))
        assert misplaced(scene)
        move()
        assert all(far_from_views(scene, cid) for cid in misplaced(scene)), "a card in reach is out of place"
    scene.place_pending()
    assert misplaced(scene) == [] and not scene._pending and not scene._pending_lanes


def test_an_edit_of_small_cells_places_everything_at_once(qtbot, monkeypatch):
    project = big_project(3000, stages=20)  # 15 cards in each cell: an edit moves a few dozen
    window = open_window(qtbot, monkeypatch, project)
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    settled(qtbot, window)
    jmap = project.maps[0]
    card = jmap.cards[-1]  # far off screen
    window.doc.push(MoveCards(window.doc, jmap.id, [card.id], card.lane_id, jmap.stages[0].id, 0))
    assert not window.scene._pending
    assert misplaced(window.scene) == []


def test_a_card_dragged_out_of_its_lane_is_drawn_and_found_where_it_is(qtbot, monkeypatch):
    """A lane layer tells Qt its cards stay inside it; a dragged card leaves it, so the layer widens meanwhile."""
    window = open_window(qtbot, monkeypatch, small_project())
    scene, view = window.scene, window.view
    box = scene.layout.cards["card-1"]
    other = next(lane for lane in scene.layout.lanes if lane.lane_id != box.lane_id and lane.y > box.y + box.h)
    start = view.mapFromScene(QPointF(box.x + 20, box.y + 8))
    end = view.mapFromScene(QPointF(box.x + 40, other.y + 30))
    hold_and_move(view, start, end)
    held = scene.card_items["card-1"]
    assert held in scene.items(view.mapToScene(end)), "the dragged card is outside what its layer covers"
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)
    layer = scene.lane_layers[other.lane_id]
    assert layer.rect().height() < other.h + 40, "after the drop each layer covers its lane again"


def test_a_card_dragged_within_its_lane_leaves_its_layer_as_it_was(qtbot, monkeypatch):
    """The layer grows only where a dragged card goes beyond it: a drag to another stage of the same lane keeps
    it, so the drop repaints what the edit changed, not the whole view."""
    window = open_window(qtbot, monkeypatch, small_project())
    scene, view = window.scene, window.view
    box = scene.layout.cards["card-1"]
    layer = scene.lane_layers[box.lane_id]
    before = layer.rect()
    other = scene.layout.stage_box("stage-b")
    start = view.mapFromScene(QPointF(box.x + 20, box.y + 8))
    end = view.mapFromScene(QPointF(other.x + 40, box.y + 8))
    hold_and_move(view, start, end)
    assert scene.card_items["card-1"] in scene.items(view.mapToScene(end)), "the dragged card is found where it is"
    assert layer.rect() == before
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)
    assert window.doc.project.maps[0].card("card-1").stage_id == "stage-b"
