"""Edit after edit, laying out only the changed cells from their first change gives exactly the boxes a full
layout gives, and ``Relayout.new_boxes`` names exactly the cards whose box changed within its lane."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.layout.map_layout import MapLayout, layout_map, relayout_cells
from journeydesigner.model import Card, EmotionCard, JourneyMap, Kind, Lane, Stage, make_card
from journeydesigner.model.cellindex import cell_index
from tests.helpers import cardedits
from tests.layout.test_relayout import LONG, boxes_are_the_cards, snapshot

TITLES = ["", "short", "a title of a few words", LONG]
PERSONAS = [None, "maya", "tom"]


@st.composite
def maps(draw: st.DrawFn, crowded: bool = False) -> JourneyMap:
    """A small grid with crowded cells, so that a change often falls in the middle of a cell; ``crowded``: with an
    emotion lane of more than 8 points a stage, whose edits plot again only the stages they change."""
    stages = [Stage(id=f"s{i}", width=draw(st.sampled_from([160.0, 260.0]))) for i in range(draw(st.integers(1, 3)))]
    kinds = draw(st.lists(st.sampled_from([Kind.ACTION, Kind.THOUGHT, Kind.KPI, Kind.EMOTION]), min_size=1,
                          max_size=4))
    if crowded and Kind.EMOTION not in kinds:
        kinds.append(Kind.EMOTION)
    lanes = [Lane(id=f"l{i}", kind=kind) for i, kind in enumerate(kinds)]
    jmap = JourneyMap(id="m", stages=stages, lanes=lanes)
    for i in range(draw(st.integers(0, 40))):
        jmap.cards.append(new_card(draw, jmap, f"c{i}"))
    emotion = [lane for lane in lanes if lane.kind is Kind.EMOTION]
    if emotion and (crowded or draw(st.booleans())):
        for i in range(9 * len(stages) + draw(st.integers(0, 12))):
            jmap.cards.append(make_card(Kind.EMOTION, emotion[0].id, draw(st.sampled_from(stages)).id, id=f"p{i}",
                                        title=draw(st.sampled_from(TITLES[:3])), score=draw(st.integers(-3, 3)),
                                        persona_id=draw(st.sampled_from(PERSONAS))))
    return jmap


def new_card(draw: st.DrawFn, jmap: JourneyMap, card_id: str) -> Card:
    lane, stage = draw(st.sampled_from(jmap.lanes)), draw(st.sampled_from(jmap.stages))
    kind = lane.kind if draw(st.booleans()) else draw(st.sampled_from([Kind.ACTION, Kind.EMOTION, Kind.PAIN_POINT]))
    extra = {"score": draw(st.integers(-3, 3)), "persona_id": draw(st.sampled_from(PERSONAS))} \
        if kind is Kind.EMOTION else {}
    return make_card(kind, lane.id, stage.id, id=card_id, title=draw(st.sampled_from(TITLES)), **extra)


def in_lane(layout: MapLayout) -> dict[str, tuple]:
    """Each card's box as its lane sees it: a card whose box this did not change keeps its item where it is."""
    return {cid: (b.lane_id, b.stage_id, b.index, b.x, b.top, b.w, b.h, id(b.ops)) for cid, b in layout.cards.items()}


def edit(draw: st.DrawFn, jmap: JourneyMap, serial: int) -> tuple[set[tuple[str, str]], set[str]]:
    """One random edit as a command makes it: the cells it changed, and the cards whose content it changed."""
    cards = cell_index(jmap).by_id
    action = draw(st.sampled_from(["move", "reorder", "add", "remove", "retitle", "point"]))
    if action == "add" or not cards:
        card = new_card(draw, jmap, f"new{serial}")
        cell = (card.lane_id, card.stage_id)
        return cardedits.add(jmap, card, cell, draw(st.integers(0, len(jmap.cell(*cell)) + 1))), set()
    card_id = draw(st.sampled_from(sorted(cards)))
    card = cards[card_id]
    if action == "remove":
        return cardedits.remove(jmap, card_id), set()
    if action == "retitle":
        return cardedits.retitle(jmap, card_id, draw(st.sampled_from(TITLES))), {card_id}
    if action == "point" and isinstance(card, EmotionCard):  # another score, persona or colour
        setattr(card, *draw(st.sampled_from([("score", 3), ("score", -2), ("persona_id", "tom"), ("persona_id", None),
                                             ("color", "#123456")])))
        return {(card.lane_id, card.stage_id)}, {card_id}
    cell = (card.lane_id, card.stage_id)
    if action == "move":
        cell = (draw(st.sampled_from(jmap.lanes)).id, draw(st.sampled_from(jmap.stages)).id)
    return cardedits.move(jmap, card_id, cell, draw(st.integers(0, len(jmap.cell(*cell))))), set()


@settings(max_examples=80, deadline=None)
@given(maps(), st.data())
def test_edit_after_edit_the_relayout_is_the_full_layout(jmap, data):
    edit_and_compare(jmap, data)


@settings(max_examples=60, deadline=None)
@given(maps(crowded=True), st.data())
def test_edit_after_edit_of_a_crowded_emotion_lane_the_relayout_is_the_full_layout(jmap, data):
    edit_and_compare(jmap, data)


def edit_and_compare(jmap: JourneyMap, data: st.DataObject) -> None:
    layout = layout_map(jmap, [])
    serial = 0
    for _step in range(data.draw(st.integers(1, 5))):
        cells: set[tuple[str, str]] = set()
        edited: set[str] = set()
        for _ in range(data.draw(st.integers(1, 3))):
            serial += 1
            changed, contents = edit(data.draw, jmap, serial)
            cells |= changed
            edited |= contents
        hint = data.draw(st.sampled_from(["exact", "unknown", "more"]))
        if hint == "more":  # naming cards whose content did not change is allowed: they are measured again
            edited |= set(data.draw(st.lists(st.sampled_from(sorted(cell_index(jmap).by_id) or ["none"]))))
        before = in_lane(layout)
        delta = relayout_cells(layout, jmap, [], cells, None if hint == "unknown" else edited)
        assert delta is not None
        assert snapshot(layout) == snapshot(layout_map(jmap, []))
        assert boxes_are_the_cards(layout)
        after = in_lane(layout)
        changed_boxes = {cid for cid in before.keys() | after.keys() if before.get(cid) != after.get(cid)}
        assert changed_boxes <= delta.new_boxes <= delta.card_ids
        emotion = {lane.id for lane in jmap.lanes if lane.kind is Kind.EMOTION}
        # Exactly: only an emotion lane, laid out whole, names cards that kept their box.
        assert {cid for cid in delta.new_boxes - changed_boxes if after[cid][0] not in emotion} == set()


def test_an_edit_low_in_a_cell_leaves_the_boxes_above_it_alone():
    jmap = JourneyMap(id="m", stages=[Stage(id="s")], lanes=[Lane(id="l", kind=Kind.ACTION), Lane(id="k")])
    jmap.cards.extend(make_card(Kind.ACTION, "l", "s", id=f"c{i}", title=f"card {i}") for i in range(10))
    jmap.cards.append(make_card(Kind.ACTION, "k", "s", id="below", title="in the lane below"))
    layout = layout_map(jmap, [])
    above = [layout.cards[f"c{i}"] for i in range(6)]
    below = layout.cards["below"]
    cells = cardedits.retitle(jmap, "c6", LONG)
    delta = relayout_cells(layout, jmap, [], cells, {"c6"})
    assert delta is not None and delta.lanes_moved
    assert [layout.cards[f"c{i}"] for i in range(6)] == above and all(
        layout.cards[f"c{i}"] is box for i, box in enumerate(above))
    assert delta.new_boxes == {"c6", "c7", "c8", "c9"}  # the card edited, and the three it pushed down
    assert layout.cards["below"] is below  # its lane moved, and its box with it
    assert snapshot(layout) == snapshot(layout_map(jmap, []))
