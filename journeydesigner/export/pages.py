"""The page plan: every page of a PDF deliverable as ops with a transform and a clip.

Qt-free. The PDF writer draws a plan with reportlab; the export dialog previews page one with QPainter.
"""

from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date

from journeydesigner.export.tiling import MapGeometry, Tiling, fewest_tiles, free_positions, make_tiling
from journeydesigner.i18n import QT_TR_NOOP, long_date, number, tr
from journeydesigner.layout import style as S
from journeydesigner.layout.cardbox import STATUS_COLORS, regular_card
from journeydesigner.layout.fonts import ascent, text_width
from journeydesigner.layout.map_layout import MapLayout
from journeydesigner.layout.mapdraw import MapDrawing, project_map_drawing
from journeydesigner.layout.ops import Box, Dot, Line, Op, Picture, Text, translated
from journeydesigner.layout.textflow import TextFlow
from journeydesigner.layout.wrap import fit_with_ellipsis, use_project_language, wrap
from journeydesigner.model import (
    Job,
    JourneyMap,
    Kind,
    OpportunityStatus,
    Persona,
    Project,
    ProjectMeta,
    make_card,
)
from journeydesigner.model.export_settings import LEGIBLE_PT, MM, ExportOptions

Rect = tuple[float, float, float, float]
HEADER_H = 26.0
FOOTER_H = 20.0
DESCRIPTION_SPEC = ("regular", 9.5, 13.0)
DESCRIPTION_LINES = 4
COVER_NOTES_LINES = 14
JOB_LINES = 30  # a row stays shorter than a page; longer statements are named in a warning


@dataclass
class Part:
    """Ops drawn at ``scale`` with their origin at (dx, dy) on the page, clipped to ``clip`` (page coords)."""

    ops: list[Op]
    dx: float = 0.0
    dy: float = 0.0
    scale: float = 1.0
    clip: Rect | None = None


@dataclass
class Page:
    width: float
    height: float
    parts: list[Part] = field(default_factory=list)
    bookmark: tuple[str, int] | None = None  # title, outline level
    footer: bool = True
    # A tile's trim rectangle (x, y, w, h, y down) and its bleed: the PDF's TrimBox and BleedBox, where a print
    # shop's imposition software cuts without reading the marks.
    trim: Rect | None = None
    bleed: float = 0.0


@dataclass
class Plan:
    pages: list[Page]
    warnings: list[str]


def plan_document(project: Project, options: ExportOptions) -> Plan:
    """All pages in order; ``project`` should already be the prepared (confidential) copy."""
    use_project_language(project.meta.language)  # persona pages and the cover wrap before any map is laid out
    pw, ph = options.page_size()
    pages: list[Page] = []
    warnings: list[str] = []
    sections = set(options.sections)
    if "cover" in sections:
        pages.append(_cover(project, pw, ph, options.margin))
    if "maps" in sections:
        for jmap in project.maps:
            pages += _map_pages(project, jmap, options, warnings)
    if "personas" in sections:
        for i, persona in enumerate(project.personas):
            persona_pages = _persona_pages(project, persona, pw, ph, options.margin, warnings)
            persona_pages[0].bookmark = (tr("Personas"), 0) if i == 0 else None
            pages += persona_pages
    if "jobs" in sections and project.jobs:
        pages += _jobs_pages(project, pw, ph, options.margin)
    if "legend" in sections:
        pages.append(_legend_page(project, pw, ph, options.margin))
    _add_footers(project, pages, options.margin)
    warnings += _cut_texts(project, options, sections)
    return Plan(pages, warnings)


def _cut(text: str, spec: tuple[str, float, float] | tuple[str, float], width: float, limit: int) -> bool:
    return bool(text) and len(wrap(text, spec[0], spec[1], width)) > limit


def _cut_texts(project: Project, options: ExportOptions, sections: Container[str]) -> list[str]:
    """A warning naming every text that had to be shortened where it is drawn: nothing is cut silently."""
    pw, _ph = options.page_size()
    cut: list[str] = []
    if "cover" in sections:
        if _cut(project.meta.title, ("bold", 34.0), pw * 0.55, 3):
            cut.append(tr("the project title on the cover"))
        if _cut(project.meta.notes, ("regular", 9.5), pw * 0.34 - options.margin - 24, COVER_NOTES_LINES):
            cut.append(tr("the project notes on the cover"))
    if "maps" in sections:
        inner = S.CARD_PAD * 2 + S.CARD_ACCENT + 2
        for jmap in project.maps:
            for lane in jmap.lanes:
                if _cut(lane.name, S.LANE_NAME, S.LANE_HEADER_W - 28, 3):
                    cut.append(tr("lane “{lane}” (name)").format(lane=lane.name))
            widths = {stage.id: stage.width - 2 * S.CELL_PAD for stage in jmap.stages}
            for card in jmap.cards:
                width = widths.get(card.stage_id, 0.0) - inner
                if card.tags and _cut(" ".join(f"#{t}" for t in card.tags), S.META, width, 2):
                    cut.append(tr("card “{card}” (tags)").format(card=card.title))
    if "jobs" in sections:
        width = _content(pw, 0, options.margin)[2] * JOB_COLUMNS[1][1] - 12
        for job in project.jobs:
            if _cut(job.statement, ("regular", 9.0), width, JOB_LINES):
                cut.append(tr("job “{job}…”").format(job=job.statement[:40]))
    if not cut:
        return []
    return [tr("Shortened to fit where it is drawn: {places}.").format(places="; ".join(cut))]


def _subtitle(project: Project) -> str:
    """Title · client · version label: the line every page header and footer carries."""
    return " · ".join(p for p in (project.meta.title, project.meta.client, project.meta.version) if p)


def _content(pw: float, ph: float, m: float) -> Rect:
    return (m, m + HEADER_H, pw - 2 * m, ph - 2 * m - HEADER_H - FOOTER_H)


def _page_header(title: str, subtitle: str, pw: float, m: float) -> Part:
    """The page's title at the left, the project and client at the right. The title takes the room the right
    side leaves and steps down from 13 to 10 pt before it is shortened: a tile's "Part A1 (row 1 of 1,
    column 1 of 8) — " and a long map name in three scripts cut the name mid-word on every tile. The right side,
    which every footer repeats, is shortened first, and left out when less than a sixth of the page remains."""
    sub_room = pw - 2 * m - text_width(title, "bold", 10.0) - 18
    sub = fit_with_ellipsis(subtitle, "regular", 9, min(pw * 0.35, sub_room)) if sub_room >= pw / 6 else ""
    sub_w = text_width(sub, "regular", 9)
    room = pw - 2 * m - sub_w - 18
    size = next((s for s in (13.0, 12.0, 11.0, 10.0) if text_width(title, "bold", s) <= room), 10.0)
    ops: list[Op] = [Text(m, m + ascent("bold", 13), fit_with_ellipsis(title, "bold", size, room), "bold", size,
                          S.INK)]
    if sub:
        ops.append(Text(pw - m - sub_w, m + ascent("regular", 9) + 3, sub, "regular", 9, S.MUTED))
    ops.append(Line(m, m + HEADER_H - 8, pw - m, m + HEADER_H - 8, S.GRID, 0.75))
    return Part(ops)


def _add_footers(project: Project, pages: list[Page], m: float) -> None:
    total = len(pages)
    left = _subtitle(project)
    for page_number, page in enumerate(pages, start=1):
        if not page.footer:
            continue
        y = page.height - m
        label = tr("{page} / {pages}").format(page=page_number, pages=total)
        page.parts.append(Part([
            Line(m, y - 14, page.width - m, y - 14, S.GRID, 0.5),
            Text(m, y - 3, fit_with_ellipsis(left, "regular", 8, page.width * 0.6), "regular", 8, S.MUTED),
            Text(page.width - m - text_width(label, "regular", 8), y - 3, label, "regular", 8, S.MUTED),
        ]))


# ---- cover ------------------------------------------------------------------------------------------
def cover_details(meta: ProjectMeta) -> str:
    """The line under the title on every cover (PDF, PowerPoint, HTML): author, the project's date (the day of the
    export when it has none) in the reader's language, and the version label."""
    details = [tr("Prepared by {author}").format(author=meta.author) if meta.author else "",
               long_date(meta.date or date.today()), meta.version]
    return " · ".join(d for d in details if d)


def _cover(project: Project, pw: float, ph: float, m: float) -> Page:
    meta = project.meta
    flow = TextFlow(m + 24, ph * 0.16, pw * 0.55)
    ops: list[Op] = [Box(0, 0, pw, ph * 0.62, fill=S.STAGE_BG), Box(m + 24, ph * 0.16 - 22, 56, 5, fill="#F08C00")]
    flow.lines(meta.title or tr("Customer journey"), ("bold", 34.0, 40.0), "#FFFFFF", max_lines=3)
    flow.gap(10)
    if meta.client:
        flow.lines(tr("for {client}").format(client=meta.client), ("regular", 16.0, 22.0), "#DEE2E6")
    flow.gap(6)
    flow.lines(cover_details(meta), ("regular", 11.0, 15.0), "#ADB5BD")
    names = [jmap.name for jmap in project.maps]
    if names:
        flow.gap(18)
        flow.lines(tr("Maps: {names}").format(names=", ".join(names)), ("regular", 10.0, 14.0), "#ADB5BD", max_lines=3)
    top = m * 0.6  # above the title and the notes column, whatever the paper
    ops += flow.ops + _cover_logo(project, pw - m - 24, top, max_h=min(60.0, ph * 0.16 - 30 - top))
    parts = [Part(ops)]
    if project.maps:
        jmap = project.maps[0]
        drawing = project_map_drawing(project, jmap)
        box = (m + 24, ph * 0.62 + 24, pw - 2 * m - 48, ph * 0.38 - m - 40)
        scale = min(box[2] / drawing.layout.width, box[3] / drawing.layout.height)
        dx = box[0] + (box[2] - drawing.layout.width * scale) / 2
        frame = Box(dx - 1, box[1] - 1, drawing.layout.width * scale + 2, drawing.layout.height * scale + 2,
                    stroke=S.GRID, stroke_width=1)
        parts += [Part(drawing.all_ops(), dx, box[1], scale), Part([frame])]
    if meta.notes:
        notes = TextFlow(pw * 0.66, ph * 0.16, pw * 0.34 - m - 24)
        notes.lines(tr("Scope and method"), ("bold", 10.0, 14.0), "#F8F9FA")
        notes.lines(meta.notes, ("regular", 9.5, 13.0), "#CED4DA", max_lines=COVER_NOTES_LINES)
        parts.append(Part(notes.ops))
    return Page(pw, ph, parts, bookmark=(tr("Cover"), 0), footer=False)


def _cover_logo(project: Project, right: float, top: float, max_w: float = 150.0, max_h: float = 60.0) -> list[Op]:
    """The client's logo at the cover's top right, on a white plate (logos are made for light paper)."""
    ref = project.meta.logo
    size = png_size(project.assets.get(ref, b"")) if ref else None
    if ref is None or size is None:
        return []
    scale = min(max_w / size[0], max_h / size[1])
    w, h, pad = size[0] * scale, size[1] * scale, 8.0
    return [Box(right - w - 2 * pad, top, w + 2 * pad, h + 2 * pad, fill="#FFFFFF", radius=4),
            Picture(right - w - pad, top + pad, w, h, ref)]


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of an image as it shows, from its header without decoding it: PNG (what the app stores)
    directly, any other format (a JPEG logo from another tool) through Pillow."""
    if len(data) >= 24 and data.startswith(b"\x89PNG\r\n\x1a\n"):
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return (width, height) if width > 0 and height > 0 else None
    from journeydesigner.export.printimage import image_size  # Pillow only when an image is not a PNG

    return image_size(data) if data else None


# ---- maps -------------------------------------------------------------------------------------------
class Note(str):
    """A message about what the export chose (not a problem): the CLI prints it as a note, the dialog in grey."""

    __slots__ = ()


def _text_words(drawing: MapDrawing) -> list[tuple[float, int]]:
    """(size, words) of every text on the map, smallest first. Cards are groups: their texts are read from the
    card boxes, once, instead of walking every group."""
    words: dict[float, int] = {}
    for op in drawing.all_ops():
        if type(op) is Text:
            words[op.size] = words.get(op.size, 0) + len(op.text.split())
    for box, _ in drawing.cards:
        for op in box.ops:
            if type(op) is Text:
                words[op.size] = words.get(op.size, 0) + len(op.text.split())
    return sorted(words.items()) or [(10.0, 1)]


def _share_below(words: list[tuple[float, int]], scale: float) -> float:
    total = sum(n for _size, n in words) or 1
    return sum(n for size, n in words if size * scale < LEGIBLE_PT - 1e-9) / total


def _geometry(drawing: MapDrawing) -> MapGeometry:
    layout = drawing.layout
    boxes = list(layout.cards.values())
    curves = {lane.lane_id for lane in layout.lanes if lane.kind is Kind.EMOTION}
    cards = [b for b in boxes if b.lane_id not in curves]  # a curve label may straddle a stage; a card never
    return MapGeometry(layout.width, layout.height, S.LANE_HEADER_W, layout.header_h,
                       free_positions([(b.x, b.x + b.w) for b in cards], [s.x for s in layout.stages]),
                       free_positions([(b.y, b.y + b.h) for b in boxes], [ln.y for ln in layout.lanes]))


def _page_sizes(options: ExportOptions, band: float, gutter: float = 0.0
                ) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """(page size, content area) for each orientation allowed: both when "auto", so the larger print wins.
    ``gutter`` is kept free around tiles for the bleed and the marks."""
    orientations = ["landscape", "portrait"] if options.orientation == "auto" else [options.orientation]
    out = []
    for orientation in orientations:
        pw, ph = options.page_size(orientation)
        _cx, _cy, cw, ch = _content(pw, ph, options.margin)
        out.append(((pw, ph), (cw - 2 * gutter, ch - band - 2 * gutter)))
    return out


def _gutter(options: ExportOptions) -> float:
    """Room around a tile's trim edge: the bleed, then the trim and seam marks."""
    return options.bleed_mm * MM + (MARK_LENGTH + MARK_GAP if options.crop_marks else 0.0)


def _description_lines(jmap: JourneyMap, width: float) -> tuple[tuple[str, ...], bool]:
    """The map's description under its title: at most DESCRIPTION_LINES lines; True when some was cut."""
    if not jmap.description.strip():
        return (), False
    full = wrap(jmap.description, *DESCRIPTION_SPEC[:2], width)
    return wrap(jmap.description, *DESCRIPTION_SPEC[:2], width, DESCRIPTION_LINES), len(full) > DESCRIPTION_LINES


def _map_pages(project: Project, jmap: JourneyMap, options: ExportOptions, warnings: list[str]) -> list[Page]:
    m = options.margin
    drawing = project_map_drawing(project, jmap, options.analysis_markers)
    layout = drawing.layout
    words = _text_words(drawing)
    smallest = words[0][0]
    lines, cut = _description_lines(jmap, min(options.page_size()) - 2 * m)  # fits either orientation
    band = len(lines) * DESCRIPTION_SPEC[2] + (8 if lines else 0)
    if cut:
        warnings.append(tr("“{map}”: the map's description is longer than {lines} lines and was cut on the map page."
                           ).format(map=jmap.name, lines=DESCRIPTION_LINES))
    sizes = _page_sizes(options, band)
    tile_sizes = _page_sizes(options, band, _gutter(options))
    fits = [(min(cw / layout.width, ch / layout.height), size) for size, (cw, ch) in sizes]
    fit_scale, fit_size = max(fits, key=lambda f: f[0])
    subtitle = _subtitle(project)
    overlap = options.overlap_mm * MM
    tiling: Tiling | None = None
    if options.layout == "tile":
        cols, rows = options.tiles
        geometry = _geometry(drawing)
        tiling = max((make_tiling(geometry, size, content, cols, rows, overlap) for size, content in tile_sizes),
                     key=lambda t: t.scale)
    elif options.layout == "auto" and smallest * fit_scale < LEGIBLE_PT:
        tiling = fewest_tiles(_geometry(drawing), tile_sizes, overlap, LEGIBLE_PT / smallest)
    if tiling is None:
        scale = fit_scale
        pages = [_fit_page(drawing, jmap.name, subtitle, fit_size, options, lines, band)]
    else:
        scale = tiling.scale
        pages = _tiles(drawing, options, tiling, jmap.name, subtitle, lines, band)
    paper = tr("custom paper") if options.paper == "custom" else options.paper
    share = _share_below(words, scale)
    if options.layout == "auto":
        how = (tr("on one {paper} page").format(paper=paper) if tiling is None else
               tr("across {cols} × {rows} {paper} pages (to be joined into one poster)").format(
                   cols=tiling.cols, rows=tiling.rows, paper=paper))
        note = tr("“{map}” is printed {how}, so its smallest text is {size} pt (legible is {legible} pt or more)."
                  ).format(map=jmap.name, how=how, size=number(smallest * scale, 1), legible=number(LEGIBLE_PT))
        poster = _poster_paper(options, layout.width, layout.height + band, LEGIBLE_PT / smallest) if tiling else None
        if poster:
            note += " " + tr("On {paper} paper or larger it prints on one page.").format(paper=poster)
        warnings.append(Note(note))
    if share > 0:
        warnings.append(tr("“{map}”: {share} % of the map's words would print below {legible} pt (the smallest at "
                           "{size} pt); choose “Automatic” to tile it legibly, larger paper, or more tiles.").format(
            map=jmap.name, share=max(1, round(share * 100)), legible=number(LEGIBLE_PT),
            size=number(smallest * scale, 1)))
    pages[0].bookmark = (jmap.name, 0)
    return pages


def _poster_paper(options: ExportOptions, width: float, height: float, need: float) -> str | None:
    """The smallest standard paper on which the whole map prints on one page at scale ``need`` or more."""
    for paper in ("A3", "A2", "A1", "Tabloid"):
        trial = options.model_copy(update={"paper": paper, "orientation": "auto"})
        if any(min(cw / width, ch / height) >= need for _size, (cw, ch) in _page_sizes(trial, 0.0)):
            return paper
    return None


def _description_part(lines: tuple[str, ...], x: float, y: float) -> Part:
    font, size, leading = DESCRIPTION_SPEC
    return Part([Text(x, y + i * leading + ascent(font, size), line, font, size, S.MUTED)
                 for i, line in enumerate(lines)])


def _fit_page(drawing: MapDrawing, name: str, subtitle: str, size: tuple[float, float], options: ExportOptions,
              lines: tuple[str, ...], band: float) -> Page:
    pw, ph = size
    m = options.margin
    cx, cy, cw, ch = _content(pw, ph, m)
    width, height = drawing.layout.width, drawing.layout.height
    scale = min(cw / width, (ch - band) / height)
    dx = cx + (cw - width * scale) / 2
    parts = [_page_header(name, subtitle, pw, m)]
    if lines:
        parts.append(_description_part(lines, cx, cy))
    parts.append(Part(drawing.all_ops(), dx, cy + band, scale))
    return Page(pw, ph, parts)


def _tiles(drawing: MapDrawing, options: ExportOptions, tiling: Tiling, name: str, subtitle: str,
           lines: tuple[str, ...], band: float) -> list[Page]:
    """C×R pages, each with the stage header row and the lane column repeated, trim and seam marks, and an
    optional bleed into which the backgrounds extend."""
    pw, ph = tiling.size
    m = options.margin
    bleed = options.bleed_mm * MM
    gutter = _gutter(options)
    cx, cy, _cw, _ch = _content(pw, ph, m)
    x0, y0 = cx + gutter, cy + band + gutter  # the trim rectangle's top-left corner
    scale = tiling.scale
    layout = drawing.layout
    head_w, head_h = S.LANE_HEADER_W * scale, layout.header_h * scale  # on paper
    ov = options.overlap_mm * MM  # on paper
    pages = []
    for r in range(tiling.rows):
        for c in range(tiling.cols):
            wx = tiling.xs[c] - (ov / scale if c else 0.0)  # the body window, in map units
            wy = tiling.ys[r] - (ov / scale if r else 0.0)
            ww, wh = tiling.xs[c + 1] - wx, tiling.ys[r + 1] - wy
            bx, by = x0 + head_w, y0 + head_h  # where the body window starts on the page
            ox, oy = bx - wx * scale, by - wy * scale  # map origin for the body
            right, bottom = bx + ww * scale, by + wh * scale  # the trim edges
            window = (wx, wy, ww + bleed / scale, wh + bleed / scale)
            label = tr("Part {part} (row {row} of {rows}, column {column} of {columns}) — {map}").format(
                map=name, part=f"{chr(65 + r)}{c + 1}", row=r + 1, rows=tiling.rows, column=c + 1,
                columns=tiling.cols)
            parts = [_page_header(label, subtitle, pw, m)]
            if lines:
                parts.append(_description_part(lines, cx, cy))
            if bleed:
                parts.append(Part(_bleed_backgrounds((x0, y0, right, bottom), bleed, head_w, head_h,
                                                     c == tiling.cols - 1, r == tiling.rows - 1)))
            # The clips reach into the bleed on every side; the map's neighbouring part shows there.
            parts += [
                Part(drawing.body_ops(window), ox, oy, scale, (bx, by, right - bx + bleed, bottom - by + bleed)),
                Part(drawing.stage_headers + _continued_stages(layout, wx), ox, y0, scale,
                     (bx, y0 - bleed, right - bx + bleed, head_h + bleed)),
                Part(drawing.lane_headers + _continued_lanes(layout, wy), x0, oy, scale,
                     (x0 - bleed, by, head_w + bleed, bottom - by + bleed)),
                Part(drawing.corner, x0, y0, scale, (x0 - bleed, y0 - bleed, head_w + bleed, head_h + bleed)),
            ]
            if options.crop_marks:
                # Tile c > 0 is cut at its body's left edge and laid over its neighbour, whose right edge then
                # meets it ``ov`` further in: both lines are marked on both tiles, and the same for rows.
                seams_x = ([bx, bx + ov] if c else []) + ([right - ov] if c < tiling.cols - 1 else [])
                seams_y = ([by, by + ov] if r else []) + ([bottom - ov] if r < tiling.rows - 1 else [])
                parts.append(Part(_marks((x0, y0, right - x0, bottom - y0), bleed, seams_x, seams_y)))
            pages.append(Page(pw, ph, parts, trim=(x0, y0, right - x0, bottom - y0), bleed=bleed))
    return pages


def _bleed_backgrounds(trim: Rect, bleed: float, head_w: float, head_h: float, last_col: bool,
                       last_row: bool) -> list[Op]:
    """Backgrounds beyond the map's own edges, so a trim a little off shows no white: the dark header row
    above (and to the right of the last column), the lane column's grey to the left (and below the last row)."""
    x0, y0, right, bottom = trim
    ops: list[Op] = [Box(x0 - bleed, y0 - bleed, right - x0 + 2 * bleed, bleed, fill=S.STAGE_BG),
                     Box(x0 - bleed, y0, bleed, head_h, fill=S.STAGE_BG),
                     Box(x0 - bleed, y0 + head_h, bleed, bottom - y0 - head_h + bleed, fill=S.HEADER_BG)]
    if last_col:
        ops.append(Box(right, y0, bleed, head_h, fill=S.STAGE_BG))
    if last_row:
        ops.append(Box(x0, bottom, head_w, bleed, fill=S.HEADER_BG))
    return ops


def _continued_stages(layout: MapLayout, wx: float) -> list[Op]:
    """A stage cut by the tile's left edge gets its name again where the tile starts."""
    for stage in layout.stages:
        if stage.x < wx - 1 < stage.x + stage.w - 40:
            font, size, _leading = S.STAGE_NAME
            name = fit_with_ellipsis(stage.name, font, size, stage.x + stage.w - wx - 24)
            return [Box(wx, 0, stage.x + stage.w - wx, layout.header_h, fill=S.STAGE_BG),
                    Text(wx + 12, 30 + ascent(font, size) - 4, name, font, size, S.STAGE_INK)]
    return []


def _continued_lanes(layout: MapLayout, wy: float) -> list[Op]:
    """A lane cut by the tile's top edge gets its name again where the tile starts: never a blank name cell."""
    ops: list[Op] = []
    for lane in layout.lanes:
        if lane.y < wy - 1 < lane.y + lane.h - 20:
            font, size, leading = S.LANE_NAME
            lines = wrap(lane.name or tr("Untitled lane"), font, size, S.LANE_HEADER_W - 28)
            room = lane.y + lane.h - wy
            ops.append(Box(4, wy, S.LANE_HEADER_W - 4, room, fill=S.HEADER_BG))
            for i, line in enumerate(lines):
                if 14 + (i + 1) * leading <= room:
                    ops.append(Text(14, wy + 14 + i * leading + ascent(font, size), line, font, size, S.INK))
    return ops


MARK_LENGTH, MARK_GAP = 10.0, 3.0


def _marks(rect: Rect, bleed: float, seams_x: list[float], seams_y: list[float]) -> list[Op]:
    """Trim marks at the four corners and seam marks on every edge, all outside the bleed."""
    x, y, w, h = rect
    near, far = bleed + MARK_GAP, bleed + MARK_GAP + MARK_LENGTH
    ops: list[Op] = []
    for px, sx in ((x, -1), (x + w, 1)):
        for py, sy in ((y, -1), (y + h, 1)):
            ops.append(Line(px + sx * near, py, px + sx * far, py, "#000000", 0.4))
            ops.append(Line(px, py + sy * near, px, py + sy * far, "#000000", 0.4))
    for seam in seams_x:
        ops.append(Line(seam, y - near, seam, y - far, "#000000", 0.4, (2.0, 1.5)))
        ops.append(Line(seam, y + h + near, seam, y + h + far, "#000000", 0.4, (2.0, 1.5)))
    for seam in seams_y:
        ops.append(Line(x - near, seam, x - far, seam, "#000000", 0.4, (2.0, 1.5)))
        ops.append(Line(x + w + near, seam, x + w + far, seam, "#000000", 0.4, (2.0, 1.5)))
    return ops


# ---- personas ---------------------------------------------------------------------------------------
PERSONA_ITEM = ("regular", 9.5, 12.5)
PERSONA_LABEL = ("bold", 11.0, 15.0)
QUOTE_LINES = 8


def _persona_pages(project: Project, persona: Persona, pw: float, ph: float, m: float,
                   warnings: list[str] | None = None) -> list[Page]:
    """A persona's page, continued on further pages when its lists do not fit: no item is ever lost."""
    cx, cy, cw, ch = _content(pw, ph, m)
    bottom = cy + ch
    photo = min(190.0, cw * 0.28)
    ops: list[Op] = []
    if persona.photo and persona.photo in project.assets:
        ops.append(Picture(cx, cy + 10, photo, photo, persona.photo))
    else:
        initial = "".join(word[:1] for word in (persona.name or "?").split()[:2]).upper()
        size = 72.0 if len(initial) == 1 else 56.0
        ops.append(Dot(cx + photo / 2, cy + 10 + photo / 2, photo / 2, fill=persona.color))
        ops.append(Text(cx + photo / 2 - text_width(initial, "bold", size) / 2, cy + 10 + photo / 2 + size * 0.36,
                        initial, "bold", size, "#FFFFFF"))
    left = TextFlow(cx, cy + photo + 30, photo)
    demographics = [(tr("Age"), persona.age), (tr("Gender"), persona.gender), (tr("Location"), persona.location)]
    for label, value in demographics:
        if value:
            left.lines(label.upper(), ("bold", 7.5, 10.0), S.MUTED)
            left.lines(value, ("regular", 10.0, 13.0), S.INK)
            left.gap(6)
    if persona.preferred_channels:
        left.lines(tr("Preferred channels").upper(), ("bold", 7.5, 10.0), S.MUTED)
        left.lines(", ".join(c.label for c in persona.preferred_channels), ("regular", 10.0, 13.0), S.INK)
    ops += left.ops
    x = cx + photo + 36
    width = cx + cw - x
    main = TextFlow(x, cy + 4, width)
    main.lines(persona.name, ("bold", 28.0, 34.0), S.INK)
    if persona.role:
        main.lines(persona.role, ("regular", 13.0, 18.0), S.MUTED)
    if persona.quote:
        main.gap(14)
        top = main.y
        quote = f"“{persona.quote}”"
        if len(wrap(quote, "italic", 14.0, width - 14)) > QUOTE_LINES and warnings is not None:
            warnings.append(tr("Persona “{name}”: the quote is longer than {lines} lines and was cut on its page."
                               ).format(name=persona.name, lines=QUOTE_LINES))
        main.x += 14
        main.lines(quote, ("italic", 14.0, 19.0), S.INK, max_lines=QUOTE_LINES, width=width - 14)
        main.x -= 14
        ops.append(Box(x, top, 4, main.y - top, fill=persona.color))
    ops += main.ops
    fields = [(tr("Goals"), persona.goals), (tr("Pain points"), persona.pain_points),
              (tr("Motivations"), persona.motivations), (tr("Behaviours"), persona.behaviours),
              (tr("Values"), persona.values), (tr("Interests"), persona.interests),
              (tr("Lifestyle"), [persona.lifestyle] if persona.lifestyle else [])]
    header = _page_header(tr("Persona"), _subtitle(project), pw, m)
    pages = [Page(pw, ph, [header, Part(ops)])]
    column_w = (width - 24) / 2
    xs, ys = [x, x + column_w + 24], [main.y + 22, main.y + 22]  # the columns' left edges and filled heights
    page_ops = ops
    font, size, leading = PERSONA_ITEM

    def column_for(needed: float, preferred: int | None = None) -> int:
        """A column with room for ``needed`` (the preferred one first, else the emptiest), or the first column
        of a continuation page with three columns across the whole width."""
        nonlocal xs, ys, page_ops, column_w
        order = ([preferred] if preferred is not None else []) + sorted(range(len(ys)), key=ys.__getitem__)
        for i in order:
            if ys[i] + needed <= bottom:
                return i
        page_ops = []
        title = tr("Persona: {name} (continued)").format(name=persona.name)
        pages.append(Page(pw, ph, [_page_header(title, _subtitle(project), pw, m), Part(page_ops)]))
        column_w = (cw - 48) / 3
        xs = [cx + i * (column_w + 24) for i in range(3)]
        ys = [cy + 4] * 3
        return 0

    shown = [(label, items) for label, items in fields if items]
    for n, (label, items) in enumerate(shown):
        lines_of = [wrap(item, font, size, column_w - 10) for item in items]
        col = column_for(9 + PERSONA_LABEL[2] + len(lines_of[0]) * leading, n if n < 2 and len(pages) == 1 else None)
        page_ops.append(Box(xs[col], ys[col], 18, 3, fill=persona.color))
        ys[col] += 9
        page_ops.append(Text(xs[col], ys[col] + ascent(*PERSONA_LABEL[:2]), label, *PERSONA_LABEL[:2], S.INK))
        ys[col] += PERSONA_LABEL[2]
        for item in items:
            lines = wrap(item, font, size, column_w - 10)
            if ys[col] + len(lines) * leading > bottom:
                col = column_for(len(lines) * leading + 12)
                lines = wrap(item, font, size, column_w - 10)  # a continuation page's columns are narrower
                page_ops.append(Text(xs[col], ys[col] + ascent("italic", 8.0), tr("{label} (continued)").format(
                    label=label), "italic", 8.0, S.MUTED))
                ys[col] += 12
            page_ops.append(Dot(xs[col] + 3, ys[col] + ascent(font, size) - 3, 1.8, fill=persona.color))
            for line in lines:
                page_ops.append(Text(xs[col] + 10, ys[col] + ascent(font, size), line, font, size, S.INK))
                ys[col] += leading
        ys[col] += 12
    return pages


# ---- jobs to be done --------------------------------------------------------------------------------
JOB_COLUMNS = [("#", 0.04), (QT_TR_NOOP("Job to be done"), 0.46), (QT_TR_NOOP("Kind"), 0.1),
               (QT_TR_NOOP("Importance"), 0.09), (QT_TR_NOOP("Satisfaction"), 0.09),
               (QT_TR_NOOP("Opportunity"), 0.09), (QT_TR_NOOP("Stages"), 0.13)]


def _opportunity_color(score: int) -> str:
    return "#2F9E44" if score > 15 else "#F08C00" if score > 10 else S.MUTED


def _jobs_pages(project: Project, pw: float, ph: float, m: float) -> list[Page]:
    cx, cy, cw, ch = _content(pw, ph, m)
    stage_names = {s.id: s.name for jmap in project.maps for s in jmap.stages}
    ranked = sorted(project.jobs, key=lambda j: (-j.opportunity, -j.importance))
    widths = [cw * share for _, share in JOB_COLUMNS]
    subtitle = _subtitle(project)
    pages: list[Page] = []
    ops: list[Op] = []
    y = cy

    def start_page() -> None:
        nonlocal ops, y
        ops = []
        pages.append(Page(pw, ph, [_page_header(tr("Jobs to be done, ranked by opportunity"), subtitle, pw, m),
                                   Part(ops)]))
        y = cy + 4
        x = cx
        ops.append(Box(cx, y, cw, 22, fill=S.STAGE_BG))
        for (label, _), w in zip(JOB_COLUMNS, widths, strict=True):
            ops.append(Text(x + 6, y + 15, fit_with_ellipsis(tr(label), "bold", 8.5, w - 8), "bold", 8.5, "#FFFFFF"))
            x += w
        y += 22

    start_page()
    for rank, job in enumerate(ranked, start=1):
        cells = _job_cells(rank, job, stage_names)
        wrapped = [wrap(text, font, 9.0, w - 12, JOB_LINES) for (text, font, _), w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in wrapped) * 12.5 + 12
        if y + height > cy + ch:
            start_page()
        if rank % 2 == 0:
            ops.append(Box(cx, y, cw, height, fill="#F8F9FA"))
        x = cx
        for (_text, font, color), lines, w in zip(cells, wrapped, widths, strict=True):
            for i, line in enumerate(lines):
                ops.append(Text(x + 6, y + 6 + ascent(font, 9.0) + i * 12.5, line, font, 9.0, color))
            x += w
        y += height
        ops.append(Line(cx, y, cx + cw, y, S.GRID, 0.5))
    note = tr("Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth "
              "attention (amber), above 15 is strong (green).")
    if y + 30 > cy + ch:
        start_page()
    ops.append(Text(cx, y + 20, fit_with_ellipsis(note, "regular", 8, cw), "regular", 8, S.MUTED))
    pages[0].bookmark = (tr("Jobs to be done"), 0)
    return pages


def _job_cells(rank: int, job: Job, stage_names: dict[str, str]) -> list[tuple[str, str, str]]:
    stages = ", ".join(stage_names.get(s, "?") for s in job.stage_ids) or "–"
    return [
        (str(rank), "bold", S.MUTED),
        (job.statement, "regular", S.INK),
        (job.kind.label, "regular", S.INK),
        (str(job.importance), "regular", S.INK),
        (str(job.satisfaction), "regular", S.INK),
        (str(job.opportunity), "bold", _opportunity_color(job.opportunity)),
        (stages, "regular", S.INK),
    ]


# ---- legend -----------------------------------------------------------------------------------------
LEGEND_SAMPLES: dict[Kind, tuple[str, dict[str, str | int]]] = {
    Kind.ACTION: (QT_TR_NOOP("Customer action"), {}),
    Kind.TOUCHPOINT: (QT_TR_NOOP("Touchpoint, with its channel"), {}),
    Kind.CHANNEL: (QT_TR_NOOP("Channel"), {}),
    Kind.THOUGHT: (QT_TR_NOOP("“A thought, in the customer's words”"), {}),
    Kind.EMOTION: (QT_TR_NOOP("Emotion (off the curve)"), {"score": 2}),
    Kind.PAIN_POINT: (QT_TR_NOOP("Pain point, with severity 1–5"), {"severity": 4}),
    Kind.OPPORTUNITY: (QT_TR_NOOP("Opportunity, with status and owner"), {"owner": QT_TR_NOOP("Owner"),
                                                                          "status": "planned"}),
    Kind.KPI: (QT_TR_NOOP("KPI"), {"metric": QT_TR_NOOP("Metric name"), "value": 42, "target": 50, "unit": "%"}),
    Kind.BACKSTAGE: (QT_TR_NOOP("Backstage / support process"), {}),
    Kind.TEXT: (QT_TR_NOOP("Note"), {}),
}


def _legend_page(project: Project, pw: float, ph: float, m: float) -> Page:
    cx, cy, cw, _ch = _content(pw, ph, m)
    ops: list[Op] = []
    columns = 5
    width = (cw - (columns - 1) * 16) / columns
    top = cy + 8
    for i, (kind, (title, extra)) in enumerate(LEGEND_SAMPLES.items()):
        extra = {key: tr(value) if isinstance(value, str) and key in ("owner", "metric") else value
                 for key, value in extra.items()}
        _height, card_ops = regular_card(make_card(kind, "l", "s", title=tr(title), **extra), width)
        row, col = divmod(i, columns)
        ops += [translated(op, cx + col * (width + 16), top + row * 110) for op in card_ops]
    y = top + 240
    flow = TextFlow(cx, y, cw / 2 - 20)
    flow.lines(tr("Channels"), ("bold", 11.0, 16.0), S.INK)
    for channel, glyph in S.CHANNEL_GLYPHS.items():
        flow.lines(f"{glyph}   {channel.label}", ("regular", 9.5, 14.0), S.INK)
    ops += flow.ops
    right = TextFlow(cx + cw / 2, y, cw / 2)
    right.lines(tr("Opportunity status"), ("bold", 11.0, 16.0), S.INK)
    for status in OpportunityStatus:
        ops.append(Dot(right.x + 4, right.y + 6, 4, fill=STATUS_COLORS[status]))
        right.x += 14
        right.lines(status.label, ("regular", 9.5, 14.0), S.INK)
        right.x -= 14
    right.gap(12)
    right.lines(tr("Emotional journey"), ("bold", 11.0, 16.0), S.INK)
    scales = {(m.emotion_scale.minimum, m.emotion_scale.maximum) for m in project.maps} or {(-3, 3)}
    low, high = sorted(scales)[0]
    right.lines(tr("Each point is how the customer feels at a stage, from {low} (worst) to +{high} (best); "
                   "the curve joins a persona's points, in the persona's colour.").format(low=low, high=high),
                ("regular", 9.5, 13.0), S.INK)
    ops += right.ops
    subtitle = _subtitle(project)
    return Page(pw, ph, [_page_header(tr("Legend"), subtitle, pw, m), Part(ops)], bookmark=(tr("Legend"), 0))


def intro_slides(project: Project, width: float = 1280.0, height: float = 720.0) -> list[Page]:
    """Persona and jobs pages as 16:9 slides that may open a presentation (no footers)."""
    slides = [page for persona in project.personas for page in _persona_pages(project, persona, width, height, 40.0)]
    if project.jobs:
        slides += _jobs_pages(project, width, height, 40.0)
    for slide in slides:
        slide.footer = False
    return slides
