"""Curve labels for five personas: placed without covering each other, the dots or the curves, never cut
mid-word; the curve legend names every persona in full."""

import re

import pytest

from journeydesigner.layout import style as S
from journeydesigner.layout.curve import smooth_segments
from journeydesigner.layout.map_layout import layout_map
from journeydesigner.layout.mapdraw import project_map_drawing
from journeydesigner.layout.ops import Box, Text
from journeydesigner.model import Kind
from tests.helpers.realcontent import NAMES, real_content_project


def chips(layout):
    """(rect, label lines, card) of every emotion chip: the first op of the marker is the chip's box."""
    out = []
    for box in layout.cards.values():
        if box.kind is Kind.EMOTION and box.lane_id == "l-emo":
            chip = next(op for op in box.ops if isinstance(op, Box))  # after a leader line, if any
            lines = [op.text for op in box.ops if isinstance(op, Text)]
            out.append(((box.x + chip.x, box.y + chip.y, chip.w, chip.h), lines, box))
    return out


def curve_points(layout):
    for line in layout.emotion_lines["l-emo"]:
        start = line.points[0]
        for c1, c2, end in smooth_segments(line.points):
            for k in range(1, 24):
                t = k / 24
                u = 1 - t
                yield tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d
                            for a, b, c, d in zip(start, c1, c2, end, strict=True))
            start = end


def inside(point, rect, pad=0.0):
    x, y, w, h = rect
    return x - pad < point[0] < x + w + pad and y - pad < point[1] < y + h + pad


@pytest.fixture(scope="module")
def layout():
    project = real_content_project(stages=12)
    for card in project.maps[0].cards:
        if card.kind == "emotion":
            card.title = "Reassured by the transparent price"  # long labels: the hard case
    return layout_map(project.maps[0], project.personas)


def test_five_personas_labels_do_not_cover_each_other_or_the_dots(layout):
    found = chips(layout)
    assert len(found) == 12 * 5
    for i, (a, _, _) in enumerate(found):
        for b, _, _ in found[i + 1 :]:
            overlap_x = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
            overlap_y = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
            assert overlap_x <= 0.05 or overlap_y <= 0.05, (a, b)
    dots = [p for line in layout.emotion_lines["l-emo"] for p in line.points]
    for rect, _, _ in found:
        assert not [d for d in dots if inside(d, rect, S.EMOTION_DOT_R - 1)]


def test_labels_keep_off_the_curves(layout):
    points = list(curve_points(layout))
    covered = sum(1 for rect, _, _ in chips(layout) for p in points if inside(p, rect))
    assert covered <= len(points) * 0.01  # a glancing touch at most, never a curve hidden behind a label


def test_labels_never_break_a_word_and_are_never_cut(layout):
    for _rect, lines, _box in chips(layout):
        words = re.sub(r"(\w)[-\u00ad] (\w)", r"\1\2", " ".join(lines)).split()  # a hyphenated word joined
        assert words[1:] == ["Reassured", "by", "the", "transparent", "price"]
        assert "…" not in " ".join(lines)


def test_the_legend_names_every_persona_in_full():
    project = real_content_project(stages=3)
    drawing = project_map_drawing(project, project.maps[0])
    legend = " ".join(op.text for op in drawing.lane_headers if isinstance(op, Text))
    corner = " ".join(op.text for op in drawing.corner if isinstance(op, Text))
    for name in NAMES:
        assert name in legend
        assert name.split()[0] in corner
