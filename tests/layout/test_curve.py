"""The emotion curve stays on the scale: monotone interpolation never overshoots its points."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from journeydesigner.layout.curve import smooth_segments


def _sample(points: list[tuple[float, float]], steps: int = 24) -> list[list[tuple[float, float]]]:
    """Points along each Bézier segment."""
    out = []
    start = points[0]
    for c1, c2, end in smooth_segments(points):
        seg = []
        for k in range(steps + 1):
            t = k / steps
            u = 1 - t
            seg.append(tuple(u**3 * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t**3 * p3
                             for p0, p1, p2, p3 in zip(start, c1, c2, end, strict=True)))
        out.append(seg)
        start = end
    return out


def test_a_maximum_of_plus_three_is_never_drawn_above_it() -> None:
    # y grows downwards: +3 is the smallest y (100), -3 the largest (300); the old Catmull-Rom went to 93.
    scores = [0, 2, 3, 3, -1, 3, -3]
    points = [(100.0 + 240 * i, 200 - s * 100 / 3) for i, s in enumerate(scores)]
    drawn = [p for seg in _sample(points) for p in seg]
    assert min(y for _x, y in drawn) >= 100 - 1e-9
    assert max(y for _x, y in drawn) <= 300 + 1e-9


@given(st.lists(st.integers(-3, 3), min_size=2, max_size=12), st.lists(st.floats(20, 400), min_size=12, max_size=12))
def test_every_segment_stays_between_its_two_points(scores: list[int], gaps: list[float]) -> None:
    xs = [sum(gaps[:i]) for i in range(len(scores))]
    points = [(x, float(-s)) for x, s in zip(xs, scores, strict=True)]
    for (a, b), seg in zip(itertools.pairwise(points), _sample(points), strict=True):
        low, high = min(a[1], b[1]), max(a[1], b[1])
        assert all(low - 1e-9 <= y <= high + 1e-9 for _x, y in seg)
        assert seg[0] == a or abs(seg[0][1] - a[1]) < 1e-9
        assert abs(seg[-1][1] - b[1]) < 1e-9
