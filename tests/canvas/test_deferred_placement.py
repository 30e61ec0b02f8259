"""An edit that moves hundreds of cards places those far off screen when idle, and all of them before the view
shows more of the map: what a user sees is never a card out of place."""

from PySide6.QtCore import QPointF

from journeydesigner.canvas import scene as scene_module
from journeydesigner.commands import MoveCards
from tests.helpers.gui import open_window
from tests.perf.bigmaps import big_project


def misplaced(scene) -> list[str]:
    return [cid for cid, box in scene.layout.cards.items()
            if scene.card_items[cid].scenePos() != QPointF(box.x, box.y)]


def tall_map_window(qtbot, monkeypatch):
    project = big_project(3000, stages=2)  # 150 cards in each cell
    window = open_window(qtbot, monkeypatch, project)
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    return window, project.maps[0]


def test_cards_far_off_screen_are_placed_when_idle(qtbot, monkeypatch):
    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene = window.scene
    first = jmap.cards[0]
    other = jmap.stages[1].id
    window.doc.push(MoveCards(window.doc, jmap.id, [first.id], first.lane_id, other, 0))
    assert scene._pending, "no card was left for later: the edit moved hundreds of cards at once"
    area = scene._live_area()
    assert area is not None
    for cid in misplaced(scene):  # only cards no view can show are out of place for now
        box = scene.layout.cards[cid]
        assert box.y > area[3] or box.y + box.h < area[1] or box.x > area[2] or box.x + box.w < area[0], cid
    qtbot.waitUntil(lambda: not scene._pending, timeout=5000)
    assert misplaced(scene) == []


def test_scrolling_or_zooming_places_every_card_first(qtbot, monkeypatch):
    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene, view = window.scene, window.view
    monkeypatch.setattr(scene_module, "PLACE_AFTER_MS", 60_000)  # idle placement never comes in this test
    for move in (lambda: view.verticalScrollBar().setValue(view.verticalScrollBar().maximum()),
                 lambda: view.set_zoom(0.5)):
        card = jmap.cards[1]
        window.doc.push(MoveCards(window.doc, jmap.id, [card.id], card.lane_id, jmap.stages[1].id, 0))
        assert misplaced(scene)
        move()
        assert misplaced(scene) == []
        assert not scene._pending


def test_an_edit_of_small_cells_places_everything_at_once(qtbot, monkeypatch):
    project = big_project(3000, stages=20)  # 15 cards in each cell: an edit moves a few dozen
    window = open_window(qtbot, monkeypatch, project)
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    jmap = project.maps[0]
    card = jmap.cards[-1]  # far off screen
    window.doc.push(MoveCards(window.doc, jmap.id, [card.id], card.lane_id, jmap.stages[0].id, 0))
    assert not window.scene._pending
    assert misplaced(window.scene) == []
