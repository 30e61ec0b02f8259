"""The layout computation on its own (no Qt): the geometry every view and export draws from.

Random valid projects (tests/helpers/factories.py) laid out and checked against the rules a reader of the map
relies on: cards of a cell stack without overlapping, a lane is exactly as tall as its tallest cell, stages are
as wide as the model says, lines of text fit the card they are in (measured from the font file itself, as Qt and
reportlab draw them: no kerning, no hinting), the emotion curve stays on its scale, and an incremental relayout
is indistinguishable from a fresh one.
"""

import itertools
from functools import cache

import pytest
from fontTools.ttLib import TTFont
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.layout import style as S
from journeydesigner.layout.curve import smooth_segments
from journeydesigner.layout.fonts import FONT_FILES, is_simple, text_width
from journeydesigner.layout.map_layout import MapLayout, layout_map, relayout_cells
from journeydesigner.layout.ops import Group, Text
from journeydesigner.layout.wrap import wrap
from journeydesigner.model import EmotionCard, GenericCard, JourneyMap, Kind, Project, TextCard, make_card
from journeydesigner.model.cellindex import forget
from journeydesigner.resources import resource_path
from tests.helpers.factories import projects

EPS = 1e-6
LONG = "An interview note long enough to wrap over several lines, so its card and maybe its lane grow taller. " * 2
PROFILE = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def plotted(jmap: JourneyMap, card) -> bool:
    """An emotion card in an emotion lane is a point on the curve; every other card is a box in its cell."""
    return isinstance(card, EmotionCard) and jmap.lane(card.lane_id).kind is Kind.EMOTION


def stacked_cells(layout: MapLayout, jmap: JourneyMap) -> dict[tuple[str, str], list]:
    """The boxes of each cell's stacked cards, in the model's order."""
    cells: dict[tuple[str, str], list] = {}
    for card in jmap.cards:
        if not plotted(jmap, card):
            cells.setdefault((card.lane_id, card.stage_id), []).append(layout.cards[card.id])
    return cells


def texts(ops, dx: float = 0.0, dy: float = 0.0):
    """Every Text op with its position made absolute through the groups it sits in."""
    for op in ops:
        if isinstance(op, Text):
            yield op, dx + op.x
        elif isinstance(op, Group):
            yield from texts(op.ops, dx + op.dx, dy + op.dy)


# ---- cells, lanes, stages ---------------------------------------------------------------------------------------

@PROFILE
@given(projects(max_cards=40))
def test_cards_of_a_cell_stack_in_order_without_overlapping_inside_their_cell(project: Project):
    for jmap in project.maps:
        layout = layout_map(jmap, project.personas)
        assert set(layout.cards) == {c.id for c in jmap.cards}
        for (lane_id, stage_id), boxes in stacked_cells(layout, jmap).items():
            lane, stage = layout.lane_box(lane_id), layout.stage_box(stage_id)
            assert [b.index for b in boxes] == list(range(len(boxes)))
            assert boxes[0].y == pytest.approx(lane.y + S.CELL_PAD)
            for box in boxes:
                assert (box.lane_id, box.stage_id) == (lane_id, stage_id)
                assert box.x == stage.x + S.CELL_PAD and box.w == stage.w - 2 * S.CELL_PAD
                assert box.h >= 34.0
            for above, below in itertools.pairwise(boxes):
                assert below.y == pytest.approx(above.y + above.h + S.CARD_GAP)  # one gap: no overlap, no hole
            bottom = boxes[-1].y + boxes[-1].h
            limit = lane.plot_top if lane.kind is Kind.EMOTION else lane.y + lane.h - S.CELL_PAD
            assert bottom <= limit + EPS


@PROFILE
@given(projects(max_cards=40))
def test_a_lane_is_exactly_as_tall_as_its_tallest_cell_needs(project: Project):
    for jmap in project.maps:
        layout = layout_map(jmap, project.personas)
        cells = stacked_cells(layout, jmap)
        y = layout.header_h
        for lane in layout.lanes:
            assert lane.y == pytest.approx(y)  # lanes follow each other with no gap
            tallest = max((boxes[-1].y + boxes[-1].h - lane.y for (lane_id, _), boxes in cells.items()
                           if lane_id == lane.lane_id), default=0.0)
            if lane.kind is Kind.EMOTION:
                assert lane.plot_top >= lane.y + max(tallest, S.CELL_PAD)
                assert lane.plot_bottom - lane.plot_top == pytest.approx(S.EMOTION_PLOT_H)
                assert lane.y + lane.h >= lane.plot_bottom
            else:
                assert lane.h == pytest.approx(max(S.MIN_LANE_H, tallest + S.CELL_PAD))
            y += lane.h
        assert layout.height == pytest.approx(y)


def test_a_card_that_grows_grows_its_lane_by_as_much_and_moves_the_lanes_below():
    project = _two_lanes()
    jmap = project.maps[0]
    jmap.card("c-1").body = LONG  # taller than the lane's minimum already
    before = layout_map(jmap)
    assert before.lanes[0].h > S.MIN_LANE_H
    jmap.card("c-1").body = LONG * 3
    after = layout_map(jmap)
    grown = after.cards["c-1"].h - before.cards["c-1"].h
    assert grown > 50
    assert after.lanes[0].h == pytest.approx(before.lanes[0].h + grown)
    assert after.lanes[1].y == pytest.approx(before.lanes[1].y + grown)
    assert after.cards["c-3"].y == pytest.approx(before.cards["c-3"].y + grown)  # in the lane below
    assert after.cards["c-2"].y == pytest.approx(before.cards["c-2"].y)  # beside it, in the same lane: stays


@PROFILE
@given(projects(max_cards=10))
def test_stages_are_as_wide_as_the_model_says_side_by_side(project: Project):
    for jmap in project.maps:
        layout = layout_map(jmap, project.personas)
        x = S.LANE_HEADER_W
        for stage, box in zip(jmap.stages, layout.stages, strict=True):
            assert (box.stage_id, box.x, box.w) == (stage.id, x, stage.width)
            assert layout.stage_at(x + stage.width / 2) is box and layout.stage_at(x + stage.width - 0.01) is box
            x += stage.width
        assert layout.width == x and layout.stage_at(x) is None


def test_a_wider_stage_makes_its_cards_wider_and_shorter():
    project = _two_lanes()
    jmap = project.maps[0]
    jmap.card("c-1").body = LONG
    narrow = layout_map(jmap)
    jmap.stages[0].width = 600
    wide = layout_map(jmap)
    assert wide.cards["c-1"].w == narrow.cards["c-1"].w + 600 - 260
    assert wide.cards["c-1"].h < narrow.cards["c-1"].h
    assert wide.stages[1].x == narrow.stages[1].x + 340
    assert wide.cards["c-2"].x == narrow.cards["c-2"].x + 340  # the next stage moved over with its cards


def _two_lanes() -> Project:
    from journeydesigner.model import Lane, Stage

    jmap = JourneyMap(id="m", stages=[Stage(id="s-1", name="One"), Stage(id="s-2", name="Two")],
                      lanes=[Lane(id="l-1", name="Actions", kind=Kind.ACTION),
                             Lane(id="l-2", name="Pains", kind=Kind.PAIN_POINT)])
    jmap.cards += [make_card(Kind.ACTION, "l-1", "s-1", id="c-1", title="Searches"),
                   make_card(Kind.ACTION, "l-1", "s-2", id="c-2", title="Compares"),
                   make_card(Kind.PAIN_POINT, "l-2", "s-1", id="c-3", title="Slow site")]
    return Project(maps=[jmap])


# ---- text ----------------------------------------------------------------------------------------------------------

@cache
def _font(key: str) -> tuple[dict[int, str], dict[str, tuple[int, int]], int]:
    font = TTFont(str(resource_path("fonts", FONT_FILES[key])))
    return font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm


def drawn_width(text: str, key: str, size: float) -> float:
    """The advance of ``text`` as Qt (kerning off, no hinting) and reportlab draw it: the font file's own widths,
    read here with fontTools, independently of the code under test (a character the font lacks: its .notdef box)."""
    cmap, hmtx, em = _font(key)
    return sum(hmtx[cmap.get(ord(ch), ".notdef")][0] for ch in text) * size / em


_LATIN = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'()äöüéèçñß€"),
                 max_size=60)


@given(_LATIN, st.sampled_from(sorted(FONT_FILES)), st.sampled_from([8.0, 9.0, 10.5, 14.0]))
def test_text_is_measured_as_the_font_file_draws_it(text: str, key: str, size: float):
    assert is_simple(text, key)
    assert text_width(text, key, size) == pytest.approx(drawn_width(text, key, size), abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéü"), min_size=1, max_size=40), min_size=1,
                max_size=30), st.floats(60, 400), st.sampled_from([S.TITLE, S.BODY, S.META]))
def test_wrapped_lines_fit_as_drawn_and_keep_every_letter(words: list[str], width: float, spec):
    text = " ".join(words)
    font, size, _leading = spec
    lines = wrap(text, font, size, width)
    for line in lines:
        assert drawn_width(line, font, size) <= width + EPS, line
    # Breaks fall between words, or inside a long word with a hyphen added: no letter is lost or doubled.
    assert "".join(lines).replace("-", "").replace(" ", "") == text.replace(" ", "")


@PROFILE
@given(projects(max_cards=25))
def test_every_line_on_a_card_fits_inside_the_card_as_drawn(project: Project):
    for jmap in project.maps:
        layout = layout_map(jmap, project.personas)
        for card in jmap.cards:
            if plotted(jmap, card):
                continue
            box = layout.cards[card.id]
            for op, x in texts(box.ops):
                width = drawn_width(op.text, op.font, op.size) if is_simple(op.text, op.font) else \
                    text_width(op.text, op.font, op.size)
                assert x >= S.CARD_PAD - EPS
                assert x + width <= box.w - S.CARD_PAD + EPS, (op.text, x, width, box.w)
                assert op.y <= box.h - S.CARD_PAD + EPS  # every line inside the card: it grew to hold them


@pytest.mark.parametrize("fields", [
    {"kind": Kind.PAIN_POINT, "severity": 1},  # "Severity ●○○○○" is wider than the narrowest card
    {"kind": Kind.KPI, "value": -1234567.25, "unit": "days", "target": 1e6},  # so is this number at 15 pt
])
def test_what_a_card_shows_below_its_text_stays_inside_the_narrowest_card(fields: dict):
    jmap = _two_lanes().maps[0]
    jmap.stages[0].width = 120  # the narrowest a stage may be
    jmap.cards.append(make_card(lane_id="l-1", stage_id="s-1", id="x", title="t", **fields))
    box = layout_map(jmap).cards["x"]
    for op, x in texts(box.ops):
        assert x + drawn_width(op.text, op.font, op.size) <= box.w - S.CARD_PAD + EPS, op.text
        assert op.y <= box.h - S.CARD_PAD + EPS


def test_a_card_of_a_newer_kind_is_laid_out_as_a_plain_text_card():
    jmap = _two_lanes().maps[0]
    generic = GenericCard(kind="quote", lane_id="l-1", stage_id="s-1", id="g", title="Where is my order?", body=LONG)
    plain = TextCard(kind="text", lane_id="l-1", stage_id="s-2", id="t", title="Where is my order?", body=LONG)
    jmap.cards += [generic, plain]
    layout = layout_map(jmap)
    assert layout.cards["g"].kind is Kind.TEXT
    assert (layout.cards["g"].h, layout.cards["g"].ops) == (layout.cards["t"].h, layout.cards["t"].ops)


# ---- the emotion curve -----------------------------------------------------------------------------------------

def _bezier(points):
    start = points[0]
    for c1, c2, end in smooth_segments(points):
        for k in range(17):
            t, u = k / 16, 1 - k / 16
            yield tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d
                        for a, b, c, d in zip(start, c1, c2, end, strict=True))
        start = end


@st.composite
def emotion_projects(draw: st.DrawFn) -> Project:
    """A map with an emotion lane full of feelings: any scale, up to three personas, a few plain cards in the lane."""
    from journeydesigner.model import EmotionScale, Lane, Persona, Stage

    low, high = draw(st.integers(-10, 0)), draw(st.integers(1, 10))
    personas = [Persona(id=f"p-{i}", name=f"P{i}") for i in range(draw(st.integers(0, 3)))]
    stages = [Stage(id=f"s-{i}", width=draw(st.floats(120, 500))) for i in range(draw(st.integers(1, 6)))]
    jmap = JourneyMap(id="m", stages=stages, emotion_scale=EmotionScale(minimum=low, maximum=high),
                      lanes=[Lane(id="l-a", kind=Kind.ACTION), Lane(id="l-e", kind=Kind.EMOTION)])
    for i in range(draw(st.integers(0, 30))):
        stage = draw(st.sampled_from(stages)).id
        if draw(st.integers(0, 5)) == 0:  # a plain card in the emotion lane: stacked above the plot
            jmap.cards.append(make_card(Kind.THOUGHT, "l-e", stage, id=f"t-{i}", title="thinks"))
        else:
            persona = draw(st.sampled_from([None, *(p.id for p in personas)]))
            jmap.cards.append(make_card(Kind.EMOTION, "l-e", stage, id=f"e-{i}", score=draw(st.integers(low, high)),
                                        persona_id=persona, title=draw(st.sampled_from(["", "ok", LONG[:40]]))))
    return Project(personas=personas, maps=[jmap])


@PROFILE
@given(st.one_of(emotion_projects(), projects(max_cards=20)))
def test_emotion_points_and_the_curve_through_them_stay_on_the_scale(project: Project):
    for jmap in project.maps:
        layout = layout_map(jmap, project.personas)
        low, high = jmap.emotion_scale.minimum, jmap.emotion_scale.maximum
        for lane in layout.lanes:
            if lane.kind is not Kind.EMOTION:
                assert lane.lane_id not in layout.emotion_lines
                continue
            top, bottom = layout.score_y(lane, high), layout.score_y(lane, low)
            assert (top, bottom) == (pytest.approx(lane.plot_top), pytest.approx(lane.plot_bottom))
            on_curve = set()
            for line in layout.emotion_lines[lane.lane_id]:
                assert len(line.points) == len(line.card_ids)
                assert [x for x, _ in line.points] == sorted(x for x, _ in line.points)  # left to right
                for (x, y), card_id in zip(line.points, line.card_ids, strict=True):
                    card = jmap.card(card_id)
                    stage = layout.stage_box(card.stage_id)
                    assert card.persona_id == line.persona_id and card.lane_id == lane.lane_id
                    assert stage.x < x < stage.x + stage.w
                    assert y == pytest.approx(layout.score_y(lane, card.score))
                    assert top - EPS <= y <= bottom + EPS
                    assert layout.score_at(lane, y) == card.score
                    on_curve.add(card_id)
                for _x, y in _bezier(line.points) if len(line.points) > 1 else ():
                    assert top - EPS <= y <= bottom + EPS
            assert on_curve == {c.id for c in jmap.cards if c.lane_id == lane.lane_id and plotted(jmap, c)}


def test_the_scale_maps_its_ends_to_the_plot_and_back():
    project = _two_lanes()
    jmap = project.maps[0]
    jmap.lanes[1].kind = Kind.EMOTION
    jmap.emotion_scale.minimum, jmap.emotion_scale.maximum = -5, 2
    layout = layout_map(jmap)
    lane = layout.lanes[1]
    assert layout.score_y(lane, 2) == lane.plot_top and layout.score_y(lane, -5) == lane.plot_bottom
    assert [layout.score_at(lane, layout.score_y(lane, s)) for s in range(-5, 3)] == list(range(-5, 3))
    assert layout.score_at(lane, lane.plot_top - 500) == 2 and layout.score_at(lane, lane.plot_bottom + 500) == -5


# ---- incremental relayout ------------------------------------------------------------------------------------------

def _same(a: MapLayout, b: MapLayout) -> None:
    assert (a.width, a.height, a.header_h, a.scale) == (b.width, pytest.approx(b.height), b.header_h, b.scale)
    assert [(s.stage_id, s.x, s.w) for s in a.stages] == [(s.stage_id, s.x, s.w) for s in b.stages]
    assert [(ln.lane_id, ln.y, ln.h, ln.plot_top, ln.plot_bottom) for ln in a.lanes] == [
        (ln.lane_id, pytest.approx(ln.y), pytest.approx(ln.h), pytest.approx(ln.plot_top),
         pytest.approx(ln.plot_bottom)) for ln in b.lanes]
    assert a.cards.keys() == b.cards.keys()
    for cid, box in a.cards.items():
        other = b.cards[cid]
        assert (box.lane_id, box.stage_id, box.index, box.x, box.w, box.h, box.ops) == (
            other.lane_id, other.stage_id, other.index, other.x, other.w, other.h, other.ops), cid
        assert box.y == pytest.approx(other.y), cid
    assert {k: v for k, v in a.cells.items() if v} == {k: v for k, v in b.cells.items() if v}
    assert {lane: [(ln.persona_id, ln.card_ids, [(x, pytest.approx(y)) for x, y in ln.points]) for ln in lines]
            for lane, lines in a.emotion_lines.items()} == {
        lane: [(ln.persona_id, ln.card_ids, ln.points) for ln in lines] for lane, lines in b.emotion_lines.items()}


def _edit(jmap: JourneyMap, data: st.DataObject) -> set[tuple[str, str]]:
    """One random edit of the cards, as a command makes it; returns the cells it touched."""
    action = data.draw(st.sampled_from(["title", "body", "tags", "score", "persona", "move", "reorder", "add",
                                        "add generic", "remove", "stage name", "stage description", "lane name"]))
    if action.startswith(("stage", "lane")):  # renamed in place: the headers, no cell
        item = data.draw(st.sampled_from(jmap.stages if action.startswith("stage") else jmap.lanes))
        text = data.draw(st.sampled_from(["", "Short", LONG]))
        if action == "stage description":
            item.description = text  # type: ignore[union-attr]
        else:
            item.name = text
        return set()
    if action in ("move", "reorder", "add", "add generic", "remove"):
        forget(jmap)  # the cards change other than through a command's put and take (cellindex.py)
    if not jmap.cards or action in ("add", "add generic"):
        lane, stage = data.draw(st.sampled_from(jmap.lanes)), data.draw(st.sampled_from(jmap.stages))
        if action == "add generic":
            card = GenericCard(kind="quote", lane_id=lane.id, stage_id=stage.id, title=data.draw(st.sampled_from(
                ["q", LONG])), speaker={"name": "Ann"})
        else:
            kind = data.draw(st.sampled_from(list(Kind)))
            card = make_card(kind, lane.id, stage.id, title=data.draw(st.sampled_from(["new", LONG])),
                             **({"score": data.draw(st.integers(-3, 3))} if kind is Kind.EMOTION else {}))
        jmap.cards.insert(data.draw(st.integers(0, len(jmap.cards))), card)
        return {(lane.id, stage.id)}
    card = data.draw(st.sampled_from(jmap.cards))
    cells = {(card.lane_id, card.stage_id)}
    if action == "title":
        card.title = data.draw(st.sampled_from(["", "short", LONG]))
    elif action == "body":
        card.body = data.draw(st.sampled_from(["", LONG, LONG * 3]))
    elif action == "tags":
        card.tags = data.draw(st.lists(st.sampled_from(["vip", "mobile", "a-long-tag-that-wraps"]), max_size=6))
    elif action == "score" and isinstance(card, EmotionCard):
        card.score = data.draw(st.integers(jmap.emotion_scale.minimum, jmap.emotion_scale.maximum))
    elif action == "persona" and isinstance(card, EmotionCard):
        card.persona_id = None
    elif action == "remove":
        jmap.cards.remove(card)
    elif action == "reorder":
        jmap.cards.remove(card)
        jmap.cards.insert(data.draw(st.integers(0, len(jmap.cards))), card)
    elif action == "move":
        lane, stage = data.draw(st.sampled_from(jmap.lanes)), data.draw(st.sampled_from(jmap.stages))
        card.lane_id, card.stage_id = lane.id, stage.id
        cells.add((lane.id, stage.id))
    return cells


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(max_cards=30), st.data())
def test_a_sequence_of_incremental_relayouts_stays_identical_to_fresh_layouts(project: Project, data):
    """After every edit, not only once: an incremental relayout must not drift from what a fresh one gives, and
    what it reports as changed is every card whose box changed (a view redraws only those)."""
    jmap = project.maps[0]
    layout = layout_map(jmap, project.personas)
    for _ in range(data.draw(st.integers(1, 6))):
        before = {cid: (b.lane_id, b.stage_id, b.x, b.y - layout.lane_box(b.lane_id).y, b.w, b.h, b.ops)
                  for cid, b in layout.cards.items()}
        cells = _edit(jmap, data)
        delta = relayout_cells(layout, jmap, project.personas, cells)
        assert delta is not None
        _same(layout, layout_map(jmap, project.personas))
        for cid, box in layout.cards.items():
            now = (box.lane_id, box.stage_id, box.x, box.y - layout.lane_box(box.lane_id).y, box.w, box.h, box.ops)
            if before.get(cid) is None or before[cid][:3] + before[cid][4:] != now[:3] + now[4:] \
                    or abs(before[cid][3] - now[3]) > EPS:
                assert cid in delta.card_ids, cid
        assert set(before) - set(layout.cards) <= delta.card_ids  # the removed ones too


@pytest.mark.parametrize("change", ["stage width", "stage added", "lane kind", "lane order", "scale"])
def test_a_change_of_the_grid_asks_for_a_full_layout(change: str):
    from journeydesigner.model import Stage

    jmap = _two_lanes().maps[0]
    layout = layout_map(jmap)
    match change:
        case "stage width":
            jmap.stages[1].width = 300
        case "stage added":
            jmap.stages.append(Stage(id="s-3"))
        case "lane kind":
            jmap.lanes[0].kind = Kind.THOUGHT
        case "lane order":
            jmap.lanes.reverse()
        case "scale":
            jmap.emotion_scale.maximum = 5
    assert relayout_cells(layout, jmap, [], {("l-1", "s-1")}) is None
