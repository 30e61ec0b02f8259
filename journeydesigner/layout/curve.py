"""A smooth curve through points (Catmull-Rom as cubic Béziers), for the emotional journey."""

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]


def smooth_segments(points: list[Point], tension: float = 0.5) -> tuple[Segment, ...]:
    """Bézier segments through ``points`` in order; the curve passes through every point."""
    if len(points) < 2:
        return ()
    segments = []
    k = tension / 3.0 * 2.0  # 1/6 of the neighbours' difference for tension 0.5, the centripetal default
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * k / 2, p1[1] + (p2[1] - p0[1]) * k / 2)
        c2 = (p2[0] - (p3[0] - p1[0]) * k / 2, p2[1] - (p3[1] - p1[1]) * k / 2)
        segments.append((c1, c2, p2))
    return tuple(segments)
