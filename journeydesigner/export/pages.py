"""The page plan: every page of a PDF deliverable as ops with a transform and a clip.

Qt-free. The PDF writer draws a plan with reportlab; the export dialog previews page one with QPainter.
"""

from dataclasses import dataclass, field
from datetime import date

from journeydesigner.i18n import QT_TR_NOOP, long_date, tr
from journeydesigner.layout import style as S
from journeydesigner.layout.cardbox import STATUS_COLORS, regular_card
from journeydesigner.layout.fonts import ascent, text_width
from journeydesigner.layout.mapdraw import MapDrawing, project_map_drawing
from journeydesigner.layout.ops import Box, Dot, Line, Op, Picture, Text, translated
from journeydesigner.layout.textflow import TextFlow
from journeydesigner.layout.wrap import fit_with_ellipsis, wrap
from journeydesigner.model import Job, JourneyMap, Kind, OpportunityStatus, Persona, Project, make_card
from journeydesigner.model.export_settings import LEGIBLE_PT, ExportOptions

Rect = tuple[float, float, float, float]
HEADER_H = 26.0
FOOTER_H = 20.0


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


@dataclass
class Plan:
    pages: list[Page]
    warnings: list[str]


def plan_document(project: Project, options: ExportOptions) -> Plan:
    """All pages in order; ``project`` should already be the prepared (confidential) copy."""
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
            page = _persona_page(project, persona, pw, ph, options.margin)
            page.bookmark = (tr("Personas"), 0) if i == 0 else None
            pages.append(page)
    if "jobs" in sections and project.jobs:
        pages += _jobs_pages(project, pw, ph, options.margin)
    if "legend" in sections:
        pages.append(_legend_page(project, pw, ph, options.margin))
    _add_footers(project, pages, options.margin)
    return Plan(pages, warnings)


def _subtitle(project: Project) -> str:
    """Title · client: the line every page header and footer carries."""
    return " · ".join(p for p in (project.meta.title, project.meta.client) if p)


def _content(pw: float, ph: float, m: float) -> Rect:
    return (m, m + HEADER_H, pw - 2 * m, ph - 2 * m - HEADER_H - FOOTER_H)


def _page_header(title: str, subtitle: str, pw: float, m: float) -> Part:
    ops: list[Op] = [Text(m, m + ascent("bold", 13), fit_with_ellipsis(title, "bold", 13, pw * 0.6), "bold", 13, S.INK)]
    sub = fit_with_ellipsis(subtitle, "regular", 9, pw * 0.35)
    ops.append(Text(pw - m - text_width(sub, "regular", 9), m + ascent("regular", 9) + 3, sub, "regular", 9, S.MUTED))
    ops.append(Line(m, m + HEADER_H - 8, pw - m, m + HEADER_H - 8, S.GRID, 0.75))
    return Part(ops)


def _add_footers(project: Project, pages: list[Page], m: float) -> None:
    total = len(pages)
    left = _subtitle(project)
    for number, page in enumerate(pages, start=1):
        if not page.footer:
            continue
        y = page.height - m
        label = tr("{page} / {pages}").format(page=number, pages=total)
        page.parts.append(Part([
            Line(m, y - 14, page.width - m, y - 14, S.GRID, 0.5),
            Text(m, y - 3, fit_with_ellipsis(left, "regular", 8, page.width * 0.6), "regular", 8, S.MUTED),
            Text(page.width - m - text_width(label, "regular", 8), y - 3, label, "regular", 8, S.MUTED),
        ]))


# ---- cover ------------------------------------------------------------------------------------------
def _cover(project: Project, pw: float, ph: float, m: float) -> Page:
    meta = project.meta
    flow = TextFlow(m + 24, ph * 0.16, pw * 0.55)
    ops: list[Op] = [Box(0, 0, pw, ph * 0.62, fill=S.STAGE_BG), Box(m + 24, ph * 0.16 - 22, 56, 5, fill="#F08C00")]
    flow.lines(meta.title or tr("Customer journey"), ("bold", 34.0, 40.0), "#FFFFFF", max_lines=3)
    flow.gap(10)
    if meta.client:
        flow.lines(tr("for {client}").format(client=meta.client), ("regular", 16.0, 22.0), "#DEE2E6")
    details = [tr("Prepared by {author}").format(author=meta.author) if meta.author else "",
               long_date(meta.date or date.today()), meta.version]
    flow.gap(6)
    flow.lines(" · ".join(d for d in details if d), ("regular", 11.0, 15.0), "#ADB5BD")
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
        notes.lines(meta.notes, ("regular", 9.5, 13.0), "#CED4DA", max_lines=14)
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
    """Width and height from a PNG's header (imported images are stored as PNG), without decoding it."""
    if len(data) < 24 or not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return (width, height) if width > 0 and height > 0 else None


# ---- maps -------------------------------------------------------------------------------------------
def _smallest_text(drawing: MapDrawing) -> float:
    """Cards are groups: their texts are read from the card boxes, once, instead of walking every group."""
    sizes = {op.size for op in drawing.all_ops() if type(op) is Text}
    sizes.update(op.size for box, _ in drawing.cards for op in box.ops if type(op) is Text)
    return min(sizes) if sizes else 10.0


def _map_pages(project: Project, jmap: JourneyMap, options: ExportOptions, warnings: list[str]) -> list[Page]:
    m = options.margin
    drawing = project_map_drawing(project, jmap, options.analysis_markers)
    width, height = drawing.layout.width, drawing.layout.height
    pw, ph = options.page_size()
    if options.orientation == "auto" and options.layout == "fit":
        upright = options.page_size("portrait")
        fits = [(min(c[2] / width, c[3] / height), size) for size in ((pw, ph), upright) for c in [_content(*size, m)]]
        pw, ph = max(fits, key=lambda fit: fit[0])[1]
    cx, cy, cw, ch = _content(pw, ph, m)
    subtitle = _subtitle(project)
    if options.layout == "fit":
        scale = min(cw / width, ch / height)
        dx = cx + (cw - width * scale) / 2
        pages = [Page(pw, ph, [_page_header(jmap.name, subtitle, pw, m), Part(drawing.all_ops(), dx, cy, scale)])]
    else:
        scale, pages = _tiles(drawing, options, (pw, ph), jmap.name, subtitle)
    smallest = _smallest_text(drawing) * scale
    if smallest < LEGIBLE_PT:
        warnings.append(tr("“{map}”: the smallest text would print at {size} pt, below the legible {legible} pt; "
                           "choose larger paper or tile the map across more pages.").format(
            map=jmap.name, size=f"{smallest:.1f}", legible=f"{LEGIBLE_PT:.0f}"))
    pages[0].bookmark = (jmap.name, 0)
    return pages


def _tiles(drawing: MapDrawing, options: ExportOptions, size: tuple[float, float], name: str,
           subtitle: str) -> tuple[float, list[Page]]:
    """N×M pages, each with the stage header row and the lane label column repeated."""
    pw, ph = size
    m = options.margin
    cx, cy, cw, ch = _content(pw, ph, m)
    cols, rows = options.tiles
    head_w, head_h = S.LANE_HEADER_W, S.STAGE_HEADER_H
    body_w, body_h = drawing.layout.width - head_w, drawing.layout.height - head_h
    step_x, step_y = body_w / cols, body_h / rows
    overlap = options.overlap_mm * 72 / 25.4
    scale = min((cw - 2 * overlap) / (head_w + step_x), (ch - 2 * overlap) / (head_h + step_y))
    ov = overlap / scale  # the overlap in map units
    pages = []
    for r in range(rows):
        for c in range(cols):
            left = ov if c > 0 else 0.0
            top = ov if r > 0 else 0.0
            wx, wy = head_w + c * step_x - left, head_h + r * step_y - top
            ww = step_x + left + (ov if c < cols - 1 else 0.0)
            wh = step_y + top + (ov if r < rows - 1 else 0.0)
            bx, by = cx + head_w * scale, cy + head_h * scale  # where the body window starts on the page
            body_clip = (bx, by, ww * scale, wh * scale)
            ox, oy = bx - wx * scale, by - wy * scale  # map origin for the body
            label = tr("{map} — part {part} (row {row} of {rows}, column {column} of {columns})").format(
                map=name, part=f"{chr(65 + r)}{c + 1}", row=r + 1, rows=rows, column=c + 1, columns=cols)
            parts = [
                _page_header(label, subtitle, pw, m),
                Part(drawing.body_ops((wx, wy, ww, wh)), ox, oy, scale, body_clip),
                Part(drawing.stage_headers, ox, cy, scale, (bx, cy, ww * scale, head_h * scale)),
                Part(drawing.lane_headers, cx, oy, scale, (cx, by, head_w * scale, wh * scale)),
                Part(drawing.corner, cx, cy, scale, (cx, cy, head_w * scale, head_h * scale)),
            ]
            if options.crop_marks:
                parts.append(Part(_crop_marks((cx, cy, (head_w + ww) * scale, (head_h + wh) * scale), m)))
            pages.append(Page(pw, ph, parts))
    return scale, pages


def _crop_marks(rect: Rect, margin: float) -> list[Op]:
    x, y, w, h = rect
    length, gap = min(10.0, margin * 0.8), 2.0
    ops: list[Op] = []
    for px, sx in ((x, -1), (x + w, 1)):
        for py, sy in ((y, -1), (y + h, 1)):
            ops.append(Line(px + sx * gap, py, px + sx * (gap + length), py, "#000000", 0.4))
            ops.append(Line(px, py + sy * gap, px, py + sy * (gap + length), "#000000", 0.4))
    return ops


# ---- personas ---------------------------------------------------------------------------------------
def _persona_page(project: Project, persona: Persona, pw: float, ph: float, m: float) -> Page:
    cx, cy, cw, _ch = _content(pw, ph, m)
    photo = min(190.0, cw * 0.28)
    ops: list[Op] = []
    if persona.photo and persona.photo in project.assets:
        ops.append(Picture(cx, cy + 10, photo, photo, persona.photo))
    else:
        initial = (persona.name or "?")[:1].upper()
        ops.append(Dot(cx + photo / 2, cy + 10 + photo / 2, photo / 2, fill=persona.color))
        ops.append(Text(cx + photo / 2 - text_width(initial, "bold", 72) / 2, cy + 10 + photo / 2 + 26, initial,
                        "bold", 72, "#FFFFFF"))
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
    main.lines(persona.name, ("bold", 28.0, 34.0), S.INK, max_lines=2)
    if persona.role:
        main.lines(persona.role, ("regular", 13.0, 18.0), S.MUTED, max_lines=2)
    if persona.quote:
        main.gap(14)
        top = main.y
        main.x += 14
        main.lines(f"“{persona.quote}”", ("italic", 14.0, 19.0), S.INK, max_lines=5, width=width - 14)
        main.x -= 14
        ops.append(Box(x, top, 4, main.y - top, fill=persona.color))
    ops += main.ops
    fields = [(tr("Goals"), persona.goals), (tr("Pain points"), persona.pain_points),
              (tr("Motivations"), persona.motivations), (tr("Behaviours"), persona.behaviours),
              (tr("Values"), persona.values), (tr("Interests"), persona.interests),
              (tr("Lifestyle"), [persona.lifestyle] if persona.lifestyle else [])]
    fields = [(label, items) for label, items in fields if items]
    column_w = (width - 24) / 2
    columns = [TextFlow(x, main.y + 22, column_w), TextFlow(x + column_w + 24, main.y + 22, column_w)]
    for i, (label, items) in enumerate(fields):
        flow = min(columns, key=lambda f: f.y) if i > 1 else columns[i]
        flow.ops.append(Box(flow.x, flow.y, 18, 3, fill=persona.color))
        flow.gap(9)
        flow.lines(label, ("bold", 11.0, 15.0), S.INK)
        for item in items:
            flow.x += 10
            start = len(flow.ops)
            flow.lines(item, ("regular", 9.5, 12.5), S.INK, max_lines=4, width=column_w - 10)
            flow.x -= 10
            if len(flow.ops) > start:
                first = flow.ops[start]
                assert isinstance(first, Text)
                flow.ops.append(Dot(flow.x + 3, first.y - 3, 1.8, fill=persona.color))
        flow.gap(12)
    for flow in columns:
        ops += flow.ops
    header = _page_header(tr("Persona"), _subtitle(project), pw, m)
    return Page(pw, ph, [header, Part(ops)])


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
        wrapped = [wrap(text, font, 9.0, w - 12, 6) for (text, font, _), w in zip(cells, widths, strict=True)]
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
LEGEND_SAMPLES = {
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
        extra = {key: tr(value) if key in ("owner", "metric") else value for key, value in extra.items()}
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
    slides = [_persona_page(project, persona, width, height, 40.0) for persona in project.personas]
    if project.jobs:
        slides += _jobs_pages(project, width, height, 40.0)
    for slide in slides:
        slide.footer = False
    return slides
