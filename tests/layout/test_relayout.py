"""An incremental relayout of the edited cells gives exactly the layout a full relayout gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.layout.map_layout import MapLayout, layout_map, relayout_cells
from journeydesigner.model import Kind, make_card
from tests.helpers.factories import projects

LONG = "A long interview note that wraps over several lines and makes its card, and maybe its lane, taller. " * 3


def snapshot(layout: MapLayout) -> dict:
    return {
        "size": (layout.width, round(layout.height, 6)),
        "lanes": [(b.lane_id, round(b.y, 6), round(b.h, 6), round(b.plot_top, 6)) for b in layout.lanes],
        "cards": {cid: (b.lane_id, b.stage_id, b.index, b.x, round(b.y, 6), b.w, b.h, b.ops)
                  for cid, b in layout.cards.items()},
        "cells": {cell: ids for cell, ids in layout.cells.items() if ids},
        "curves": {lane: [(ln.persona_id, [(x, round(y, 6)) for x, y in ln.points], ln.card_ids)
                          for ln in lines] for lane, lines in layout.emotion_lines.items()},
    }


def boxes_are_the_cards(layout: MapLayout) -> bool:
    """Each cell's box list holds the very boxes of ``cards``, in the cell's order: a moving lane shifts these."""
    return all([b.card_id for b in layout.cell_boxes.get(cell, [])] == ids
               and all(b is layout.cards[b.card_id] for b in layout.cell_boxes.get(cell, []))
               for cell, ids in layout.cells.items())


@settings(max_examples=60, deadline=None)
@given(projects(max_cards=30), st.data())
def test_relayout_of_edited_cells_equals_a_full_layout(project, data):
    jmap = project.maps[0]
    layout = layout_map(jmap, project.personas)
    cells: set[tuple[str, str]] = set()
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["edit", "move", "add", "remove"]))
        if action in ("edit", "move", "remove") and not jmap.cards:
            continue
        if action == "add":
            lane, stage = data.draw(st.sampled_from(jmap.lanes)), data.draw(st.sampled_from(jmap.stages))
            kind = data.draw(st.sampled_from(list(Kind)))
            jmap.cards.insert(data.draw(st.integers(0, len(jmap.cards))),
                              make_card(kind, lane.id, stage.id, title=data.draw(st.sampled_from(["new", LONG]))))
            cells.add((lane.id, stage.id))
            continue
        card = data.draw(st.sampled_from(jmap.cards))
        cells.add((card.lane_id, card.stage_id))
        if action == "edit":
            card.title = data.draw(st.sampled_from(["", "short", LONG]))
        elif action == "remove":
            jmap.cards.remove(card)
        else:
            lane, stage = data.draw(st.sampled_from(jmap.lanes)), data.draw(st.sampled_from(jmap.stages))
            card.lane_id, card.stage_id = lane.id, stage.id
            cells.add((lane.id, stage.id))
    delta = relayout_cells(layout, jmap, project.personas, cells)
    assert delta is not None
    assert snapshot(layout) == snapshot(layout_map(jmap, project.personas))
    assert boxes_are_the_cards(layout)


def test_a_grid_change_asks_for_a_full_layout():
    from tests.helpers.factories import small_project

    project = small_project()
    jmap = project.maps[0]
    layout = layout_map(jmap)
    jmap.stages[0].width += 50
    assert relayout_cells(layout, jmap, [], {(jmap.lanes[0].id, jmap.stages[0].id)}) is None


def test_an_emotion_point_edit_measures_only_the_changed_label(monkeypatch):
    """A curve spans its lane, so one point's edit lays the lane out again; its other labels are not measured
    again (2,000 points: 150 ms of measuring words)."""
    from journeydesigner.layout import map_layout
    from journeydesigner.model import JourneyMap, Lane, Stage

    jmap = JourneyMap(id="m", stages=[Stage(id=f"s{i}") for i in range(4)], lanes=[Lane(id="e", kind=Kind.EMOTION)])
    jmap.cards.extend(make_card(Kind.EMOTION, "e", f"s{i % 4}", id=f"c{i}", title=f"feeling number {i}", score=i % 3)
                      for i in range(40))
    layout = layout_map(jmap, [])
    measured: list[str] = []
    real = map_layout._chip_width
    monkeypatch.setattr(map_layout, "_chip_width", lambda card: measured.append(card.id) or real(card))
    jmap.cards[5] = jmap.cards[5].model_copy(update={"title": "a new feeling"})
    assert relayout_cells(layout, jmap, [], {("e", "s1")}) is not None
    assert measured == ["c5"]
    assert snapshot(layout) == snapshot(layout_map(jmap, []))
