"""Where a map's pages cut it: one fitted page, or C×R tiles with seams between cards and an exact overlap.

Qt-free geometry for the page plan. Map units are points at scale 1; a tile shows the lane header column and the
stage header row, then its window of the map's body. Tile c > 0 repeats the last ``overlap`` of tile c - 1 (and
row r > 0 that of row r - 1), so neighbours share a strip exactly ``overlap`` wide on paper.
"""

from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

MAX_TILES = 20  # per axis, as the export options allow


@dataclass(frozen=True)
class Tiling:
    size: tuple[float, float]  # page width, height (pt)
    xs: tuple[float, ...]  # body seams in map units: cols + 1 values from the lane header's right edge to the map's
    ys: tuple[float, ...]
    scale: float

    @property
    def cols(self) -> int:
        return len(self.xs) - 1

    @property
    def rows(self) -> int:
        return len(self.ys) - 1


def free_positions(spans: list[tuple[float, float]], edges: list[float]) -> list[float]:
    """Where a cut meets no card, sorted: the middles of the gaps between ``spans`` (start, end), and the ``edges``
    (stage or lane boundaries) that no span covers."""
    merged: list[list[float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    free = [(a[1] + b[0]) / 2 for a, b in pairwise(merged)]
    starts = [span[0] for span in merged]
    for edge in edges:
        i = bisect_left(starts, edge) - 1
        if i < 0 or merged[i][1] <= edge:
            free.append(edge)
    return sorted(free)


def seams(start: float, end: float, count: int, free: list[float]) -> tuple[float, ...]:
    """``count`` + 1 cut positions from ``start`` to ``end``: even steps moved to the nearest free position when
    one lies within 40 % of a step, so a seam passes between cards where the layout allows."""
    step = (end - start) / count
    cuts = [start]
    for k in range(1, count):
        ideal = start + step * k
        i = bisect_left(free, ideal)
        near = [p for p in free[max(0, i - 1) : i + 1] if abs(p - ideal) <= 0.4 * step and cuts[-1] < p < end]
        cuts.append(min(near, key=lambda p: abs(p - ideal)) if near else ideal)
    cuts.append(end)
    return tuple(cuts)


def tile_scale(content: tuple[float, float], head: tuple[float, float], xs: tuple[float, ...],
               ys: tuple[float, ...], overlap: float) -> float:
    """The largest scale at which every tile's headers, overlap strip and window fit the content area."""
    cw, ch = content
    head_w, head_h = head
    across = min((cw - (overlap if c else 0.0)) / (head_w + xs[c + 1] - xs[c]) for c in range(len(xs) - 1))
    down = min((ch - (overlap if r else 0.0)) / (head_h + ys[r + 1] - ys[r]) for r in range(len(ys) - 1))
    return max(0.0, min(across, down))


@dataclass(frozen=True)
class MapGeometry:
    """What tiling needs to know of a map: its size, its headers, and where cuts meet no card."""

    width: float
    height: float
    head_w: float
    head_h: float
    free_x: list[float]
    free_y: list[float]


def make_tiling(geo: MapGeometry, size: tuple[float, float], content: tuple[float, float], cols: int, rows: int,
                overlap: float) -> Tiling:
    xs = seams(geo.head_w, geo.width, cols, geo.free_x)
    ys = seams(geo.head_h, geo.height, rows, geo.free_y)
    return Tiling(size, xs, ys, tile_scale(content, (geo.head_w, geo.head_h), xs, ys, overlap))


def pack(start: float, end: float, first: float, rest: float, free: list[float]) -> tuple[float, ...]:
    """Cuts from ``start`` to ``end`` with windows at most ``first`` wide (then ``rest``), each cut at the last free
    position that fits when one lies in the window's second half: the fewest windows, seams between cards."""
    cuts = [start]
    limit = first
    while end - cuts[-1] > limit + 1e-6:
        if limit <= 1:
            return ()
        edge = cuts[-1] + limit
        i = bisect_left(free, edge + 1e-9) - 1
        fits = free[i] if i >= 0 and free[i] > cuts[-1] + limit / 2 else None
        cuts.append(fits if fits is not None else edge)
        limit = rest
    cuts.append(end)
    return tuple(cuts)


def fewest_tiles(geo: MapGeometry, sizes: list[tuple[tuple[float, float], tuple[float, float]]], overlap: float,
                 need: float) -> Tiling:
    """The fewest pages (then the largest print) at scale ``need`` or more, packed so seams fall between cards;
    the largest scale 20 × 20 tiles allow when nothing reaches it. ``sizes`` pairs each page size with its content
    area (one per orientation)."""
    best: Tiling | None = None
    for size, (cw, ch) in sizes:
        xs = pack(geo.head_w, geo.width, cw / need - geo.head_w, (cw - overlap) / need - geo.head_w, geo.free_x)
        ys = pack(geo.head_h, geo.height, ch / need - geo.head_h, (ch - overlap) / need - geo.head_h, geo.free_y)
        if not xs or not ys or len(xs) - 1 > MAX_TILES or len(ys) - 1 > MAX_TILES:
            continue
        tiling = Tiling(size, xs, ys, tile_scale((cw, ch), (geo.head_w, geo.head_h), xs, ys, overlap))
        even = make_tiling(geo, size, (cw, ch), tiling.cols, tiling.rows, overlap)
        if even.scale >= need:  # the same pages with seams spread evenly: no sliver of a last tile
            tiling = even
        if best is None or (tiling.cols * tiling.rows, -tiling.scale) < (best.cols * best.rows, -best.scale):
            best = tiling
    if best is not None:
        return best
    return max((make_tiling(geo, size, content, MAX_TILES, MAX_TILES, overlap) for size, content in sizes),
               key=lambda t: t.scale)
