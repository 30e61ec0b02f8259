"""A smooth curve through points for the emotional journey: monotone cubic (Fritsch–Carlson) as Béziers.

Monotone interpolation never overshoots: between two points the curve stays between their heights, so a +3
maximum is never drawn above +3 (Catmull-Rom drew it at +3.2).
"""
import itertools

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]


def _slopes(points: list[Point]) -> list[float]:
    """Tangent slopes at every point, limited (Fritsch–Carlson) so each segment stays monotone."""
    n = len(points)
    deltas = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        deltas.append((y1 - y0) / (x1 - x0) if x1 != x0 else 0.0)
    slopes = [deltas[0]] + [0.0] * (n - 2) + [deltas[-1]]
    for i in range(1, n - 1):
        before, after = deltas[i - 1], deltas[i]
        slopes[i] = 0.0 if before * after <= 0 else (before + after) / 2
    for i, delta in enumerate(deltas):
        if delta == 0:
            slopes[i] = slopes[i + 1] = 0.0
            continue
        a, b = slopes[i] / delta, slopes[i + 1] / delta
        if a < 0 or b < 0:  # an end tangent pointing against the segment
            slopes[i] = 0.0 if a < 0 else slopes[i]
            slopes[i + 1] = 0.0 if b < 0 else slopes[i + 1]
            continue
        length = a * a + b * b
        if length > 9:
            t = 3 / length**0.5
            slopes[i], slopes[i + 1] = t * a * delta, t * b * delta
    return slopes


def smooth_segments(points: list[Point]) -> tuple[Segment, ...]:
    """Bézier segments through ``points`` (x increasing); the curve passes through every point."""
    if len(points) < 2:
        return ()
    slopes = _slopes(points)
    segments = []
    for i in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        third = (x1 - x0) / 3
        segments.append(((x0 + third, y0 + slopes[i] * third), (x1 - third, y1 - slopes[i + 1] * third), (x1, y1)))
    return tuple(segments)
