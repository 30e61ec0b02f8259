"""Review findings on the deferred placement of far lanes (issue 15)."""

from journeydesigner.canvas import scene as scene_module
from journeydesigner.commands import AddCards, RemoveCards
from journeydesigner.model import Kind, make_card
from tests.canvas.test_big_map_canvas import tall_map_window


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
