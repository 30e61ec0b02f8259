"""Edits update only their cells, and the scene then shows exactly what a scene built afresh shows."""

from msgspec.structs import astuple
from PySide6.QtCore import QPointF

from journeydesigner.canvas.scene import MapScene
from journeydesigner.commands import AddCards, EditFields, MoveCards, RemoveCards, Target
from journeydesigner.document import Document
from journeydesigner.layout.ops import Op
from journeydesigner.model import Kind, make_card
from tests.helpers.factories import small_project

LONG = "Waited three weeks for the delivery slot and nobody told us why, so we called twice. " * 2


def items_of(scene: MapScene) -> dict:
    return {cid: (round(item.scenePos().x(), 3), round(item.scenePos().y(), 3), item.boundingRect().getRect())
            for cid, item in scene.card_items.items()}


def grids_of(scene: MapScene) -> dict:
    """Each lane's paper and grid: where it is and what it draws."""
    def rounded(op: Op) -> tuple:
        return tuple(round(v, 6) if isinstance(v, float) else v for v in astuple(op))

    return {lane_id: (round(item.y(), 3), item.boundingRect().getRect(), [rounded(op) for op in item._ops])
            for lane_id, item in scene.lane_grids.items()}


def headers_of(scene: MapScene) -> dict:
    return {key: (round(item.y(), 3), item.boundingRect().getRect()) for key, item in scene.headers.items()
            if key[0] == "lanes"}


def test_card_edits_take_the_incremental_path_and_match_a_fresh_scene(qtbot, make_scene):
    project = small_project()
    doc = Document(project)
    scene = make_scene(doc, "map-1")
    layout = scene.layout
    commands = [
        EditFields(doc, Target("cards", "card-1", "map-1"), {"title": LONG}),  # the touchpoint lane grows
        MoveCards(doc, "map-1", ["card-5"], "lane-t", "stage-a", 0),  # up into a lane above the curve
        AddCards(doc, "map-1", [make_card(Kind.EMOTION, "lane-e", "stage-b", id="card-9", score=3)],
                 "lane-e", "stage-b", 1),
        RemoveCards(doc, "map-1", ["card-2"]),
    ]
    for command in commands:
        doc.push(command)
        assert scene.layout is layout, "a card edit relaid the whole map"
        for cid, box in scene.layout.cards.items():
            assert scene.card_items[cid].scenePos() == QPointF(box.x, box.y)
        assert items_of(scene) == items_of(make_scene(doc, "map-1"))
        assert headers_of(scene) == headers_of(make_scene(doc, "map-1"))
        assert grids_of(scene) == grids_of(make_scene(doc, "map-1"))
    for _ in commands:
        doc.undo_stack.undo()
        assert items_of(scene) == items_of(make_scene(doc, "map-1"))
    assert scene.layout is layout


def test_a_grid_edit_still_relays_out_the_whole_map(qtbot, make_scene):
    doc = Document(small_project())
    scene = make_scene(doc, "map-1")
    layout = scene.layout
    doc.push(EditFields(doc, Target("stages", "stage-a", "map-1"), {"width": 400.0}))
    assert scene.layout is not layout
    assert items_of(scene) == items_of(make_scene(doc, "map-1"))


def test_a_card_added_while_a_persona_is_in_focus_fades_like_the_rest(qtbot, make_scene):
    doc = Document(small_project())
    scene = make_scene(doc, "map-1")
    scene.set_focus_persona("persona-a")
    doc.push(AddCards(doc, "map-1", [make_card(Kind.TOUCHPOINT, "lane-t", "stage-b", id="card-9")],
                      "lane-t", "stage-b", 0))
    assert scene.card_items["card-9"].opacity() == 0.25  # not linked to the persona in focus
    assert scene.card_items["card-3"].opacity() == 1.0  # her emotion point


def test_renaming_stages_and_lanes_updates_headers_in_place_and_matches_a_fresh_scene(qtbot, make_scene):
    doc = Document(small_project())
    scene = make_scene(doc, "map-1")
    layout = scene.layout
    header_h = layout.header_h
    edits = [
        EditFields(doc, Target("stages", "stage-a", "map-1"), {"name": "Compare"}),  # same height
        EditFields(doc, Target("stages", "stage-b", "map-1"),
                   {"name": "Checkout and the first delivery, which took three weeks", "description": LONG}),
        EditFields(doc, Target("lanes", "lane-t", "map-1"), {"name": "Points of contact"}),
    ]
    for edit in edits:
        doc.push(edit)
        assert scene.layout is layout, "a rename relaid the whole map"
        fresh = make_scene(doc, "map-1")
        assert items_of(scene) == items_of(fresh) and headers_of(scene) == headers_of(fresh)
        assert scene.layout.header_h == fresh.layout.header_h
        assert [s.name_lines for s in scene.layout.stages] == [s.name_lines for s in fresh.layout.stages]
    assert layout.header_h > header_h  # the long name and description made the header row taller
    assert scene.headers[("stages", "stage-b")].boundingRect().height() == layout.header_h + 6  # 3 px margin
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert layout.header_h == header_h and items_of(scene) == items_of(make_scene(doc, "map-1"))


def test_persona_job_and_project_edits_draw_what_a_fresh_scene_draws(qtbot, make_scene):
    """Project-wide edits no longer relay out the map (ModelCommand.aspect): what they change must still show."""
    doc = Document(small_project())
    doc.push(EditFields(doc, Target("cards", "card-1", "map-1"), {"job_ids": ["job-1"]}))
    scene = make_scene(doc, "map-1")
    layout = scene.layout

    def drawn(s: MapScene) -> tuple:
        return ({cid: (item._ops, item.toolTip()) for cid, item in s.card_items.items()},
                [item._ops for item in s.curve_items], s.corner._ops,
                {key: item._ops for key, item in s.headers.items()})

    commands = [
        EditFields(doc, Target("personas", "persona-a"), {"color": "#D6336C"}),  # the curve and its chips
        EditFields(doc, Target("personas", "persona-a"), {"name": "Ana Beatriz Souza"}),  # label and corner
        EditFields(doc, Target("jobs", "job-1"), {"motivation": "pay without a second card"}),  # badge tooltip
        EditFields(doc, Target("jobs", "job-1"), {"importance": 9, "satisfaction": 2}),  # a strong job: the stage badge
        EditFields(doc, Target("meta"), {"title": "Renamed project"}),
    ]
    for command in commands:
        doc.push(command)
        assert scene.layout is layout
        assert drawn(scene) == drawn(make_scene(doc, "map-1"))
        assert items_of(scene) == items_of(make_scene(doc, "map-1"))
    for _ in commands:
        doc.undo_stack.undo()
        assert drawn(scene) == drawn(make_scene(doc, "map-1"))


def test_a_persona_edit_lays_out_only_the_emotion_lanes_with_its_points(qtbot, make_scene, monkeypatch):
    from journeydesigner.layout import map_layout

    doc = Document(small_project())
    scene = make_scene(doc, "map-1")
    plotted: list[str] = []
    real = map_layout._plot_emotions
    monkeypatch.setattr(map_layout, "_plot_emotions", lambda result, lane, *rest: plotted.append(lane.lane_id)
                        or real(result, lane, *rest))
    chip = scene.card_items["card-3"]._ops
    doc.push(EditFields(doc, Target("personas", "persona-a"), {"color": "#D6336C"}))
    assert plotted == ["lane-e"]  # Ana's points are there
    assert scene.card_items["card-3"]._ops != chip  # and take her new colour
    for card_id in ("card-3", "card-4"):
        doc.push(EditFields(doc, Target("cards", card_id, "map-1"), {"persona_id": None}))
    plotted.clear()
    doc.push(EditFields(doc, Target("personas", "persona-a"), {"color": "#0CA678"}))
    assert plotted == []  # no point of Ana's on any lane: nothing laid out again
    assert items_of(scene) == items_of(make_scene(doc, "map-1"))


def test_curves_move_with_their_lane_and_outlive_a_removed_lane(qtbot, make_scene, monkeypatch):
    """A lane above the emotion lane grows: the curve moves with its lane instead of every segment being made
    again. Removing the emotion lane, and bringing it back, leaves the curves drawn as a fresh scene draws them."""
    from journeydesigner.canvas import scene as scene_module
    from journeydesigner.commands.axis import RemoveAxisItem

    def placed(s: MapScene) -> list:
        return sorted(tuple(round(v, 3) for v in item.mapRectToScene(item.rect()).getRect()) for item in s.curve_items)

    doc = Document(small_project())
    scene = make_scene(doc, "map-1")
    assert scene.curve_items
    cut: list[object] = []
    real = scene_module.curve_pieces
    monkeypatch.setattr(scene_module, "curve_pieces", lambda op: cut.append(op) or real(op))
    doc.push(EditFields(doc, Target("cards", "card-1", "map-1"), {"title": LONG}))  # the touchpoint lane grows
    assert cut == []  # the curve was not cut into segments again
    assert placed(scene) == placed(make_scene(doc, "map-1"))
    doc.push(RemoveAxisItem(doc, "map-1", "lanes", "lane-e"))
    assert scene.curve_items == [] and placed(scene) == placed(make_scene(doc, "map-1"))
    doc.undo_stack.undo()
    assert placed(scene) == placed(make_scene(doc, "map-1")) and scene.curve_items
    doc.push(RemoveAxisItem(doc, "map-1", "lanes", "lane-t"))  # a lane above: the curve's layer stays
    assert placed(scene) == placed(make_scene(doc, "map-1"))


def test_a_point_added_or_removed_redraws_the_segments_beside_it_and_the_curve_stays_whole(qtbot, make_scene,
                                                                                           monkeypatch):
    """Curve items are matched from both ends: removing a point in the middle of a long curve must not redraw
    every segment after it, and the curve must equal a fresh scene's after each step."""
    from journeydesigner.canvas import items as items_module

    project = small_project()
    jmap = project.maps[0]
    for stage in ("stage-a", "stage-b"):
        jmap.cards += [make_card(Kind.EMOTION, "lane-e", stage, id=f"{stage}-p{i}", title=f"feeling {i}",
                                 score=(i * 7) % 7 - 3, persona_id="persona-a") for i in range(30)]
    doc = Document(project)
    scene = make_scene(doc, "map-1")

    def curve(s: MapScene) -> list:
        return [item._ops for item in s.curve_items]

    drawn: list[object] = []
    real = items_module.CurveItem.setPath
    monkeypatch.setattr(items_module.CurveItem, "setPath", lambda item, path: drawn.append(item) or real(item, path))
    middle = jmap.card("stage-a-p15")  # the second stage's segments stay, one place earlier in the curve
    doc.push(RemoveCards(doc, "map-1", [middle.id]))
    assert 0 < len(drawn) <= 32, f"{len(drawn)} segments drawn anew for one point removed"  # its stage's points move
    assert curve(scene) == curve(make_scene(doc, "map-1"))
    doc.undo_stack.undo()
    assert curve(scene) == curve(make_scene(doc, "map-1"))
    doc.push(EditFields(doc, Target("cards", "stage-a-p3", "map-1"), {"score": 3}))
    assert curve(scene) == curve(make_scene(doc, "map-1"))
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert curve(scene) == curve(make_scene(doc, "map-1"))
