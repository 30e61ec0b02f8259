"""Ops for everything on a map that is not a card: grid, headers, emotion scale and curves."""

from msgspec import Struct

from journeydesigner.i18n import tr
from journeydesigner.layout import style as S
from journeydesigner.layout.cardbox import CardBox
from journeydesigner.layout.curve import smooth_segments
from journeydesigner.layout.fonts import ascent, text_width
from journeydesigner.layout.map_layout import DESC_GAP, NAME_TOP, EmotionLine, LaneBox, MapLayout, StageBox, layout_map
from journeydesigner.layout.ops import Box, Curve, Dot, Group, Line, Op, Text, translated
from journeydesigner.layout.wrap import use_project_language, wrap
from journeydesigner.model import JourneyMap, Project
from journeydesigner.model.cellindex import cell_index
from journeydesigner.model.kinds import Kind


def paper_ops(layout: MapLayout) -> list[Op]:
    return [Box(0, 0, layout.width, layout.height, fill=S.PAPER)]


def grid_ops(layout: MapLayout) -> list[Op]:
    """Cell backgrounds and separators, in map coordinates."""
    ops: list[Op] = []
    right = layout.width
    for lane in layout.lanes:
        if lane.index % 2:
            ops.append(Box(S.LANE_HEADER_W, lane.y, right - S.LANE_HEADER_W, lane.h, fill="#FBFBFC"))
        ops.append(Line(0, lane.y + lane.h, right, lane.y + lane.h, S.GRID, 1.0))
        if lane.kind is Kind.EMOTION:
            ops += _scale_lines(layout, lane, lane.y)
    for stage in layout.stages:
        ops.append(Line(stage.x + stage.w, layout.header_h, stage.x + stage.w, layout.height, S.GRID, 1.0))
    ops.append(Line(S.LANE_HEADER_W, 0, S.LANE_HEADER_W, layout.height, S.GRID, 1.0))
    return ops


def lane_grid_ops(layout: MapLayout, lane: LaneBox) -> list[Op]:
    """One lane's part of the paper and the grid, in the lane's coordinates: the canvas keeps an item per lane,
    so a lane that grows repaints itself and moves the lanes below, not one item as tall as the map (changing
    that item's size cost Qt 2.4-2.9 ms and a repaint of the whole view at 20,000 cards). Its bottom line is
    half over the next lane: the canvas draws lanes above over lanes below."""
    right = layout.width
    ops: list[Op] = [Box(0, 0, right, lane.h, fill=S.PAPER)]
    if lane.index % 2:
        ops.append(Box(S.LANE_HEADER_W, 0, right - S.LANE_HEADER_W, lane.h, fill="#FBFBFC"))
    ops.append(Line(0, lane.h, right, lane.h, S.GRID, 1.0))
    if lane.kind is Kind.EMOTION:
        ops += _scale_lines(layout, lane, 0.0)
    ops += [Line(stage.x + stage.w, 0, stage.x + stage.w, lane.h, S.GRID, 1.0) for stage in layout.stages]
    ops.append(Line(S.LANE_HEADER_W, 0, S.LANE_HEADER_W, lane.h, S.GRID, 1.0))
    return ops


def header_grid_ops(layout: MapLayout) -> list[Op]:
    """The paper and the lane column's edge above the lanes, for the canvas (see lane_grid_ops)."""
    return [Box(0, 0, layout.width, layout.header_h, fill=S.PAPER),
            Line(S.LANE_HEADER_W, 0, S.LANE_HEADER_W, layout.header_h, S.GRID, 1.0)]


def _scale_lines(layout: MapLayout, lane: LaneBox, top: float) -> list[Op]:
    """The plot's score lines, ``top`` being the lane's top (0: in the lane's coordinates)."""
    low, high = layout.scale
    ops: list[Op] = []
    step = max(1, (high - low) // 6)
    for score in range(low, high + 1, step):
        y = top + layout.score_below(lane, score)
        neutral = score == 0
        ops.append(Line(S.LANE_HEADER_W, y, layout.width, y, "#ADB5BD" if neutral else "#E9ECEF",
                        1.0 if neutral else 0.75, () if neutral else (3.0, 3.0)))
    return ops


def curve_ops(layout: MapLayout, focus: str | None = None) -> list[Op]:
    """The emotion curves; with a ``focus`` persona, the other personas' curves fade."""
    return [op for lines in layout.emotion_lines.values() for op in lane_curve_ops(lines, focus)]


def lane_curve_ops(lines: list[EmotionLine], focus: str | None = None, in_lane: bool = False) -> list[Curve]:
    """The curves of one emotion lane, on the map or, ``in_lane``, below the lane's top (the canvas keeps each
    lane's curves in the lane's layer)."""
    ops: list[Curve] = []
    for line in lines:
        points = line.below if in_lane else line.points
        if len(points) >= 2:
            faded = focus is not None and line.persona_id != focus
            color = line.color + "40" if faded else line.color
            ops.append(Curve(points[0], smooth_segments(points), color, 2.5))
    return ops


class StageBadge(Struct, frozen=True):
    """Jobs that arise at a stage: how many, the best opportunity, and whether a strong one lacks a touchpoint."""

    jobs: int
    best: int
    alert: bool


def stage_badges(project: Project, jmap: JourneyMap) -> dict[str, StageBadge]:
    scores: dict[str, list[int]] = {}
    for stage in jmap.stages:
        found = [j.opportunity for j in project.jobs if stage.id in j.stage_ids]
        if found:
            scores[stage.id] = found
    strong = {stage_id for stage_id, found in scores.items() if max(found) > 10}
    # Only a stage with a strong job asks whether it has a touchpoint, through the map's cell index, stopping at
    # the first: the canvas asks at every edit, and a walk over 20,000 cards took 2 ms.
    cells = cell_index(jmap)
    touching = (Kind.TOUCHPOINT.value, Kind.CHANNEL.value)
    touched = {stage_id for stage_id in strong if any(
        card.kind in touching for lane in jmap.lanes for card in cells.cell((lane.id, stage_id)))}
    return {stage_id: StageBadge(len(found), max(found), stage_id in strong and stage_id not in touched)
            for stage_id, found in scores.items()}


def stage_header_ops(stage: StageBox, number: int, badge: StageBadge | None = None,
                     height: float = S.STAGE_HEADER_H) -> list[Op]:
    """A stage's header in local coordinates (0, 0 is its top-left corner); the name wraps, never cut."""
    w = stage.w
    ops: list[Op] = [Box(0, 0, w, height, fill=S.STAGE_BG), Line(w, 0, w, height, "#495057")]
    if badge is not None:
        label = ("⚠ " if badge.alert else "") + tr("%n job(s)", "", badge.jobs) + f" · {badge.best}"
        width = text_width(label, "bold", 8) + 12
        fill = "#F08C00" if badge.alert else "#495057"
        ops.append(Box(w - width - 8, 9, width, 15, fill=fill, radius=7.5))
        ops.append(Text(w - width - 2, 19.5, label, "bold", 8, "#FFFFFF"))
        if badge.alert:
            ops.append(Box(0, height - 4, w, 4, fill="#F08C00"))
    font, size, leading = S.STAGE_NAME
    label = f"{number}"
    ops.append(Text(12, 14 + ascent("bold", 9), label, "bold", 9, "#ADB5BD"))
    lines = stage.name_lines if stage.name else wrap(tr("Untitled stage"), font, size, w - 24)
    for i, line in enumerate(lines):
        ops.append(Text(12, NAME_TOP + i * leading + ascent(font, size) - 4, line, font, size, S.STAGE_INK))
    return ops


def stage_description_ops(stage: StageBox, description: str) -> list[Op]:
    """The description under the name, every line of it (the header row grows to hold it)."""
    font, size, leading = S.STAGE_DESC
    if not description.strip():
        return []
    lines = stage.desc_lines or wrap(description, font, size, stage.w - 24)
    top = NAME_TOP + max(1, len(stage.name_lines)) * S.STAGE_NAME[2] + DESC_GAP
    return [Text(12, top + i * leading + ascent(font, size) - 2, line, font, size, "#CED4DA")
            for i, line in enumerate(lines)]


def lane_header_ops(layout: MapLayout, lane: LaneBox) -> list[Op]:
    """A lane's header in local coordinates: name, kind, and the emotion scale where it applies."""
    w, h = S.LANE_HEADER_W, lane.h
    accent = S.KIND_STYLES[lane.kind].accent
    ops: list[Op] = [Box(0, 0, w, h, fill=S.HEADER_BG), Line(0, h, w, h, S.GRID), Line(w, 0, w, h, S.GRID),
                     Box(0, 0, 4, h, fill=accent)]
    font, size, leading = S.LANE_NAME
    y = 14.0
    for line in wrap(lane.name or tr("Untitled lane"), font, size, w - 28, 3):
        ops.append(Text(14, y + ascent(font, size), line, font, size, S.INK))
        y += leading
    kfont, ksize, kleading = S.LANE_KIND
    if lane.kind.label.lower() != (lane.name or "").lower():
        ops.append(Text(14, y + 2 + ascent(kfont, ksize), lane.kind.label, kfont, ksize, S.MUTED))
        y += kleading + 2
    for curve in layout.emotion_lines.get(lane.lane_id, []):
        if curve.label:
            y += 6
            ops.append(Line(14, y + 4, 30, y + 4, curve.color, 2.5))
            for text in wrap(curve.label, kfont, ksize, w - 90):  # a persona's whole name, never cut
                ops.append(Text(36, y + 7, text, kfont, ksize, S.INK))
                y += kleading
    if lane.kind is Kind.EMOTION:
        low, high = layout.scale
        step = max(1, (high - low) // 6)
        for score in range(low, high + 1, step):
            label = f"{score:+d}" if score else "0"
            y = layout.score_below(lane, score)
            ops.append(Text(w - 10 - text_width(label, "regular", 8), y + 3, label, "regular", 8, S.MUTED))
    return ops


def corner_ops(title: str, personas: list[tuple[str, str]] | None = None,
               height: float = S.STAGE_HEADER_H) -> list[Op]:
    """The top-left corner: the map's name, and the strip of personas the map is for."""
    font, size, leading = ("bold", 10.0, 13.0)
    ops: list[Op] = [Box(0, 0, S.LANE_HEADER_W, height, fill=S.STAGE_BG)]
    firsts = [name.split()[0] if name.split() else "?" for name, _color in personas or []]
    distinct = len(set(firsts)) == len(firsts)  # "Persona A", "Persona B" need more than their first word
    rows: list[list[tuple[str, str, float]]] = [[]]  # every persona shown: the strip wraps onto more rows
    x = 14.0
    for (name, color), first in zip(personas or [], firsts, strict=True):
        label = first if distinct else name
        width = text_width(label, "regular", 8) + 16
        if x + width > S.LANE_HEADER_W - 8 and rows[-1]:
            rows.append([])
            x = 14.0
        rows[-1].append((label, color, x))
        x += width
    strip_top = height - 14 - 12 * (len(rows) - 1) if personas else height
    room = max(1, int((strip_top - 14 - 8) // leading)) if personas else 3
    for i, line in enumerate(wrap(title, font, size, S.LANE_HEADER_W - 24, min(3, room))):
        ops.append(Text(14, 14 + i * leading + ascent(font, size), line, font, size, "#F8F9FA"))
    for r, row in enumerate(rows):
        y = height - 14 - 12 * (len(rows) - 1 - r)
        for label, color, x in row:
            ops.append(Dot(x + 4, y, 4, fill=color))
            ops.append(Text(x + 11, y + 3, label, "regular", 8, "#DEE2E6"))
    return ops


class MapDrawing(Struct):
    """A whole map as ops in map coordinates, grouped so a page tile can take only what it shows."""

    layout: MapLayout
    paper: list[Op]
    background: list[Op]
    curves: list[Op]
    cards: list[tuple[CardBox, list[Op]]]
    stage_headers: list[Op]
    lane_headers: list[Op]
    corner: list[Op]

    def body_ops(self, window: tuple[float, float, float, float] | None = None) -> list[Op]:
        """Grid, curves and the cards that meet ``window`` (x, y, w, h); every card without one."""
        ops = self.paper + self.background + self.curves
        for box, card_ops in self.cards:
            if window is None or _meets(box, window):
                ops += card_ops
        return ops

    def all_ops(self, paper: bool = True) -> list[Op]:
        body = self.body_ops() if paper else self.body_ops()[len(self.paper):]
        return body + self.stage_headers + self.lane_headers + self.corner


def _meets(box: CardBox, window: tuple[float, float, float, float]) -> bool:
    x, y, w, h = window
    return box.x < x + w and box.x + box.w > x and box.y < y + h and box.y + box.h > y


def map_drawing(layout: MapLayout, title: str, descriptions: dict[str, str] | None = None,
                badges: dict[str, StageBadge] | None = None,
                personas: list[tuple[str, str]] | None = None) -> MapDrawing:
    descriptions, badges = descriptions or {}, badges or {}
    stage_headers: list[Op] = []
    for stage in layout.stages:
        description = descriptions.get(stage.stage_id, "")
        local = stage_header_ops(stage, stage.index + 1, badges.get(stage.stage_id), layout.header_h)
        local += stage_description_ops(stage, description)
        stage_headers += [translated(op, stage.x, 0) for op in local]
    lane_headers: list[Op] = []
    for lane in layout.lanes:
        lane_headers += [translated(op, 0, lane.y) for op in lane_header_ops(layout, lane)]
    cards: list[tuple[CardBox, list[Op]]] = [(box, [Group(box.x, box.y, box.ops)]) for box in layout.cards.values()]
    return MapDrawing(layout, paper_ops(layout), grid_ops(layout), curve_ops(layout), cards, stage_headers,
                      lane_headers, corner_ops(title, personas, layout.header_h))


def project_map_drawing(project: Project, jmap: JourneyMap, markers: bool = False) -> MapDrawing:
    """Everything a map shows, from the project it belongs to: what every exporter draws. The analysis
    ``markers`` (job badges, flags) are internal and only drawn when asked for."""
    use_project_language(project.meta.language)
    layout = layout_map(jmap, project.personas)
    badges = stage_badges(project, jmap) if markers else {}
    return map_drawing(layout, jmap.name, {s.id: s.description for s in jmap.stages}, badges,
                       persona_strip(project, jmap))


def persona_strip(project: Project, jmap: JourneyMap) -> list[tuple[str, str]]:
    """(name, colour) of the personas the map is for, in the map's order: the corner strip."""
    names = {p.id: (p.name, p.color) for p in project.personas}
    return [names[pid] for pid in jmap.persona_ids if pid in names]


def map_ops(layout: MapLayout, title: str, descriptions: dict[str, str] | None = None) -> list[Op]:
    """Everything, in map coordinates and painting order: what an exporter draws."""
    return map_drawing(layout, title, descriptions).all_ops()
