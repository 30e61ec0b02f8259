"""Far lanes, and the cards in them that edits leave for idle placement, come back together and in place when an
edit or a view reaches them."""

from journeydesigner.canvas import scene as scene_module
from journeydesigner.commands import AddCards, RemoveCards
from journeydesigner.model import Kind, make_card
from tests.canvas.test_big_map_canvas import tall_map_window
from tests.helpers.gui import open_window


def apart(scene) -> list[str]:
    """Lanes whose layer (cards), paper-and-grid item and header are not at the same height."""
    return [lb.lane_id for lb in scene.layout.lanes
            if not (scene.lane_layers[lb.lane_id].y() == scene.lane_grids[lb.lane_id].y()
                    == scene.headers[("lanes", lb.lane_id)].y())]


def test_a_pending_lane_that_an_edit_brings_near_keeps_its_grid_and_header(qtbot, monkeypatch):
    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene = window.scene
    monkeypatch.setattr(scene_module, "PLACE_AFTER_MS", 60_000)  # the edits come faster than the idle placement
    top = scene.layout.lanes[0].lane_id
    stage = jmap.stages[0].id
    window.doc.push(AddCards(window.doc, jmap.id, [make_card(Kind.TEXT, top, stage, id="new", title="New")],
                             top, stage, 0))
    far = set(scene._pending_lanes)
    assert far and not apart(scene)
    # The top lane's cards go: the lanes below move up, some of the far ones into reach of the view.
    gone = [c.id for s in jmap.stages for c in jmap.cell(top, s.id)]
    window.doc.push(RemoveCards(window.doc, jmap.id, gone))
    area = scene._live_area()
    near = [lb.lane_id for lb in scene.layout.lanes if lb.lane_id in far and lb.y < area[3]]
    assert near, "the test needs a far lane that the second edit brings near"
    assert apart(scene) == [], "a lane's cards moved without its paper, grid and header"


def test_a_card_dragged_past_the_map_is_drawn_where_it_is(qtbot, monkeypatch):
    """A small map in a large window: the view shows scene beyond the map, where a card may be dragged."""
    from PySide6.QtCore import QEvent, QPointF, Qt

    from tests.helpers.factories import small_project
    from tests.helpers.gui import send_mouse

    window = open_window(qtbot, monkeypatch, small_project())
    window.resize(2400, 1400)
    qtbot.wait(50)
    scene, view = window.scene, window.view
    view.set_zoom(0.5)
    box = scene.layout.cards["card-1"]
    start = view.mapFromScene(QPointF(box.x + 20, box.y + 8))
    end = view.viewport().rect().bottomRight() - view.viewport().rect().topLeft()
    end.setX(end.x() - 40)
    end.setY(start.y())
    assert view.mapToScene(end).x() > scene.sceneRect().right(), "the test needs the view to show past the scene"
    send_mouse(view.viewport(), QEvent.Type.MouseButtonPress, start)
    for step in range(1, 9):
        send_mouse(view.viewport(), QEvent.Type.MouseMove, start + (end - start) * (step / 8),
                   button=Qt.MouseButton.NoButton)
    held = scene.card_items["card-1"]
    assert held.sceneBoundingRect().contains(view.mapToScene(end)), "the card follows the mouse"
    found = held in scene.items(view.mapToScene(end))
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)
    assert found, "the dragged card is outside what its layer covers"


def test_every_card_stays_inside_its_lane_layer(qtbot, monkeypatch):
    """A lane layer tells Qt its children stay inside it (ItemContainsChildrenInShape): Qt neither draws nor finds
    what sticks out where only that part is exposed. A crowded emotion lane (more than 8 points a stage) centres
    each label on its dot, and a long label is widened until it takes three lines."""
    from journeydesigner.model import JourneyMap, Lane, Project, Stage

    jmap = JourneyMap(id="m", name="m", stages=[Stage(id=f"s{i}", name=f"S{i}") for i in range(3)],
                      lanes=[Lane(id="e", name="E", kind=Kind.EMOTION)])
    title = "A long feeling that the participant described at length in the interview " * 5
    for i in range(3):
        for j in range(9):
            jmap.cards.append(make_card(Kind.EMOTION, "e", f"s{i}", id=f"c{i}-{j}", title=title, score=3))
    window = open_window(qtbot, monkeypatch, Project(maps=[jmap]))
    scene = window.scene
    layer = scene.lane_layers["e"].sceneBoundingRect()
    out = [cid for cid, item in scene.card_items.items() if not layer.contains(item.sceneBoundingRect())]
    assert out == [], "emotion labels stick out of their lane layer"


def test_cards_left_pending_in_a_lane_that_an_edit_brings_near_are_placed(qtbot, monkeypatch):
    from journeydesigner.commands import MoveCards
    from tests.canvas.test_big_map_canvas import far_from_views, misplaced

    window, jmap = tall_map_window(qtbot, monkeypatch)
    scene = window.scene
    monkeypatch.setattr(scene_module, "PLACE_AFTER_MS", 60_000)  # the edits come faster than the idle placement
    lanes = scene.layout.lanes
    top, far = lanes[0].lane_id, lanes[1].lane_id
    first = jmap.cell(far, jmap.stages[0].id)[0]
    window.doc.push(MoveCards(window.doc, jmap.id, [first.id], far, jmap.stages[1].id, 0))
    assert scene._pending, "the far lane's cards that moved within it wait for an idle moment"
    gone = [c.id for s in jmap.stages for c in jmap.cell(top, s.id)]
    window.doc.push(RemoveCards(window.doc, jmap.id, gone))  # the far lane comes up to the top of the map
    assert [cid for cid in misplaced(scene) if not far_from_views(scene, cid)] == [], "a card in reach is out of place"
