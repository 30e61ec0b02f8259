"""The drawing ops as values: what the exporters and the canvas rely on."""

import gc

from journeydesigner.layout.mapdraw import project_map_drawing
from journeydesigner.layout.ops import Box, Curve, Dot, Group, Line, Op, Picture, Text, translated
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path


def leaves(ops: "list[Op] | tuple[Op, ...]") -> list[Op]:
    out: list[Op] = []
    for op in ops:
        out += leaves(op.ops) if isinstance(op, Group) else [op]
    return out


def test_a_maps_drawing_ops_are_left_out_of_the_cyclic_collectors_walks():
    """A big map holds some hundred thousand ops; they hold only numbers, text and tuples (gc=False), so the
    collector, which runs between the window's events, never walks them."""
    project = read_project(sample_path())
    ops = leaves(project_map_drawing(project, project.maps[0], markers=True).all_ops())
    kinds = {type(op) for op in ops}
    assert {Box, Text, Line, Dot, Curve} <= kinds
    assert not [op for op in ops if gc.is_tracked(op)]


def test_an_op_moved_is_equal_to_one_made_there_and_hashes_alike():
    ops = [Box(1, 2, 3, 4, fill="#FFF"), Text(1, 2, "a", "bold", 9, "#000"), Line(0, 0, 5, 5, "#111", dash=(2, 1)),
           Dot(3, 3, 2, None), Picture(1, 1, 8, 4.5, "assets/a.png"),
           Curve((0, 0), (((1, 1), (2, 2), (3, 3)),), "#F00")]
    moved = [translated(op, 10, 20) for op in ops]
    assert moved[0] == Box(11, 22, 3, 4, fill="#FFF") and hash(moved[0]) == hash(Box(11, 22, 3, 4, "#FFF"))
    assert moved[5] == Curve((10, 20), (((11, 21), (12, 22), (13, 23)),), "#F00")
    assert [translated(op, -10, -20) for op in moved] == ops
    assert len(set(ops + [translated(op, 0, 0) for op in ops])) == len(ops)
