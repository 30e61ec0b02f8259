"""An editable PowerPoint deck (python-pptx): every card, header and curve a native shape with real text.

Geometry and line breaks come from the one layout computation (``layout_map``): a slide shows the layout at a
scale, so the deck agrees with the canvas and the PDF. The text is set in **Arial**, which every PowerPoint has;
it is measured with the bundled DejaVu Sans, which is wider than Arial (about 10 % for Latin text), so every text
fits its box with room to spare, and where Arial is missing (LibreOffice substitutes Liberation Sans, which has
Arial's metrics, or DejaVu Sans itself) it fits too.

Map shapes are written as DrawingML directly and appended to the slide in one parse: python-pptx's shape API
looks up the next shape id by scanning the slide for every new shape, 8 s for 5,000 cards against 0.4 s here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast
from xml.sax.saxutils import escape

from journeydesigner.export.confidential import prepared_copy
from journeydesigner.export.pages import cover_details, png_size
from journeydesigner.export.safefile import ExportCancelled, ExportError, partial_file
from journeydesigner.formats.common import xml_safe
from journeydesigner.formats.textlang import document_language, language_of
from journeydesigner.i18n import tr
from journeydesigner.layout import style as S
from journeydesigner.layout.curve import smooth_segments
from journeydesigner.layout.fonts import text_width
from journeydesigner.layout.map_layout import LaneBox, MapLayout, layout_map
from journeydesigner.layout.ops import Box, Dot, Op, Picture, Text
from journeydesigner.layout.wrap import fit_with_ellipsis, use_project_language, wrap
from journeydesigner.model import JourneyMap, Kind, Persona, Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile.errors import one_line

if TYPE_CHECKING:
    from pptx.presentation import Presentation as PptxPresentation
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.base import BaseShape
    from pptx.slide import Slide

FONT = "Arial"
EMU = 12700  # per point
SLIDE_W, SLIDE_H = 960.0, 540.0  # 16:9, 13.33 × 7.5 in
MARGIN = 18.0
TOP = 48.0  # below the slide title
BOTTOM = 12.0
LEGIBLE_PT = 9.0  # card titles at least this size, or the map is split across slides
MAX_SCALE = 1.25
LEADING = {S.TITLE[1]: S.TITLE[2], S.BODY[1]: S.BODY[2], S.META[1]: S.META[2], S.CHIP[1]: S.CHIP[2], 15.0: 18.0}
NS = ('xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_BREAKS = re.compile(r"[\s\-\u00ad\u2010]")


def write(project: Project, path: Path, options: ExportOptions, progress: Callable[[int, int], bool] | None = None,
          region: tuple[float, float, float, float] | None = None) -> list[str]:
    """Write the deck; returns warnings (text that had to shrink). Raises ExportError, leaving no file."""
    from pptx import Presentation
    from pptx.util import Pt

    prepared = prepared_copy(project, options)
    use_project_language(prepared.meta.language)
    sections = set(options.sections)
    plans = [plan_map(prepared, jmap) for jmap in prepared.maps] if "maps" in sections else []
    deck = _Deck(Presentation(), prepared)
    _language[0] = document_language()
    deck.prs.slide_width, deck.prs.slide_height = Pt(SLIDE_W), Pt(SLIDE_H)
    steps: list[Callable[[], None]] = []
    if "cover" in sections:
        steps.append(deck.title_slide)
    for plan in plans:
        steps += [partial(deck.map_slide, s) for s in plan.slides]
        deck.warnings += plan.warnings
    if "personas" in sections:
        steps += [partial(deck.persona_slide, p) for p in prepared.personas]
    if "jobs" in sections and prepared.jobs:
        steps.append(deck.jobs_slides)
    if not steps:
        raise ExportError(tr("there is nothing to export: choose at least one section"))
    for number, step in enumerate(steps, start=1):
        step()
        if progress is not None and not progress(number, len(steps)):
            raise ExportCancelled
    tag_languages(deck.prs, _language[0])
    core = deck.prs.core_properties
    core.language = _language[0]
    core.title = xml_safe(prepared.meta.title)
    core.author = xml_safe(prepared.meta.author)
    core.subject = tr("Customer journey map")
    with partial_file(Path(path)) as tmp:
        deck.prs.save(str(tmp))
    return deck.warnings


# ---- planning the map slides ------------------------------------------------------------------------
MAX_MAP_SLIDES = 500


@dataclass
class MapSlide:
    jmap: JourneyMap
    layout: MapLayout
    lanes: list[LaneBox]
    scale: float
    title: str
    notes: str


@dataclass
class MapPlan:
    slides: list[MapSlide]
    warnings: list[str] = field(default_factory=list)


def _room() -> tuple[float, float]:
    return SLIDE_W - 2 * MARGIN, SLIDE_H - TOP - BOTTOM


def plan_map(project: Project, jmap: JourneyMap) -> MapPlan:
    """One slide when the whole map is legible at 16:9, else stage groups × lane groups, headers repeated."""
    room_w, room_h = _room()
    least = LEGIBLE_PT / S.TITLE[1]
    if (S.LANE_HEADER_W + sum(s.width for s in jmap.stages)) * least <= room_w or not jmap.stages:
        layout = layout_map(jmap, project.personas)  # laid out whole only when it may fit one slide
        fit = min(room_w / layout.width, room_h / layout.height, MAX_SCALE)
        if fit * S.TITLE[1] >= LEGIBLE_PT or not jmap.stages:
            return MapPlan([MapSlide(jmap, layout, layout.lanes, fit, jmap.name, _notes(jmap, jmap.stages))])
    groups: list[list] = [[]]
    for stage in jmap.stages:
        if groups[-1] and S.LANE_HEADER_W + sum(s.width for s in groups[-1]) + stage.width > room_w / least:
            groups.append([])
        groups[-1].append(stage)
    scale = min(1.0, *(room_w / (S.LANE_HEADER_W + sum(s.width for s in g)) for g in groups))
    plan = MapPlan([])
    smallest = S.TITLE[1] * scale
    for gi, group in enumerate(groups):
        ids = {s.id for s in group}
        sub = jmap.model_copy(update={"stages": group, "cards": [c for c in jmap.cards if c.stage_id in ids]})
        sub_layout = layout_map(sub, project.personas)
        lane_groups: list[list[LaneBox]] = [[]]
        for lane in sub_layout.lanes:
            used = sum(ln.h for ln in lane_groups[-1])
            if lane_groups[-1] and (S.STAGE_HEADER_H + used + lane.h) * scale > room_h:
                lane_groups.append([])
            lane_groups[-1].append(lane)
        for li, lanes in enumerate(lane_groups):
            height = S.STAGE_HEADER_H + sum(ln.h for ln in lanes)
            slide_scale = min(scale, room_h / height)
            smallest = min(smallest, S.TITLE[1] * slide_scale)
            title = tr("{map} — stages {first}–{last}, part {part}").format(
                map=jmap.name, first=jmap.stages.index(group[0]) + 1, last=jmap.stages.index(group[-1]) + 1,
                part=f"{chr(65 + min(gi, 25))}{li + 1}")
            plan.slides.append(MapSlide(sub, sub_layout, lanes, slide_scale, title, _notes(jmap, group)))
        if len(plan.slides) > MAX_MAP_SLIDES:  # python-pptx adds slides in quadratic time: 14,500 took hours
            raise ExportError(tr("“{map}” would take more than {limit} slides; export it as a PDF, or leave out "
                                 "some lanes").format(map=one_line(jmap.name, 60), limit=MAX_MAP_SLIDES))
    if smallest < LEGIBLE_PT - 0.05:
        plan.warnings.append(tr("“{map}”: some lanes are taller than a slide, so their text is as small as "
                                "{size} pt.").format(map=jmap.name, size=f"{smallest:.1f}"))
    return plan


def _notes(jmap: JourneyMap, stages: list) -> str:
    """Speaker notes: each stage's description, then the internal notes of its cards."""
    parts = []
    for stage in stages:
        number = jmap.stages.index(stage) + 1
        parts.append(f"{number}. {stage.name}" + (f": {stage.description}" if stage.description else ""))
    ids = {s.id for s in stages}
    noted = [c for c in jmap.cards if c.stage_id in ids and c.notes]
    if noted:
        parts.append(tr("Notes on cards:"))
        parts += [f"• {c.title or tr('Untitled')}: {c.notes}" for c in noted]
    return "\n".join(parts)


# ---- DrawingML ------------------------------------------------------------------------------------------
def _attr(text: str) -> str:
    return escape(xml_safe(text), {'"': "&quot;"})


def _emu(points: float) -> int:
    return round(points * EMU)


def _color(value: str | None) -> str:
    """``#RRGGBB`` or ``#RRGGBBAA`` as a DrawingML colour."""
    if not value:
        return "<a:noFill/>"
    rgb = value[1:7].upper()
    alpha = f'<a:alpha val="{int(value[7:9], 16) * 100000 // 255}"/>' if len(value) == 9 else ""
    if not alpha:
        return f'<a:solidFill><a:srgbClr val="{rgb}"/></a:solidFill>'
    return f'<a:solidFill><a:srgbClr val="{rgb}">{alpha}</a:srgbClr></a:solidFill>'


def _line(color: str | None, width: float = 0.75, dash: str = "") -> str:
    if not color:
        return "<a:ln><a:noFill/></a:ln>"
    dashed = f'<a:prstDash val="{dash}"/>' if dash else ""
    return f'<a:ln w="{_emu(width)}">{_color(color)}{dashed}</a:ln>'


def _xfrm(x: float, y: float, w: float, h: float) -> str:
    return (f'<a:xfrm><a:off x="{_emu(x)}" y="{_emu(y)}"/>'
            f'<a:ext cx="{max(_emu(w), 1)}" cy="{max(_emu(h), 1)}"/></a:xfrm>')


def _geometry(kind: str, w: float, h: float, radius: float = 0.0) -> str:
    if kind == "roundRect":
        adj = min(50000, round(radius / max(min(w, h), 0.01) * 100000))
        return f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adj}"/></a:avLst></a:prstGeom>'
    return f'<a:prstGeom prst="{kind}"><a:avLst/></a:prstGeom>'


def run_xml(text: str, font: str, size: float, color: str) -> str:
    bold = ' b="1"' if font == "bold" else ""
    italic = ' i="1"' if font == "italic" else ""
    lang = language_of(text, _language[0])  # PowerPoint spell-checks the run in this language
    # No typeface: the deck's theme fonts are Arial (see _Deck), which keeps 5,000 cards' XML a third smaller.
    return (f'<a:r><a:rPr lang="{lang}" sz="{max(100, int(size * 100))}"{bold}{italic}>{_color(color)}</a:rPr>'
            f"<a:t>{escape(xml_safe(text))}</a:t></a:r>")


_language = ["en-US"]  # the deck's language while it is written (write() sets it): Latin text is tagged with it


def tag_languages(prs: PptxPresentation, default: str) -> None:
    """The runs python-pptx made (slide titles, the jobs table, speaker notes) say their language too, and the
    master's text defaults the deck's, so text typed into the deck later is not checked as American English.
    (The map shapes carry theirs from ``run_xml``.)"""
    from pptx.oxml.ns import qn

    for part in prs.part.package.iter_parts():
        root = getattr(part, "_element", None)
        if root is None:
            continue
        for run in root.iter(qn("a:r"), qn("a:fld")):  # a field (slide number, date) is a run too
            props = run.find(qn("a:rPr"))
            if props is None:
                props = run.makeelement(qn("a:rPr"), {})
                run.insert(0, props)
            props.set("lang", language_of(run.findtext(qn("a:t")) or "", default))
        for props in root.iter(qn("a:defRPr"), qn("a:endParaRPr")):
            props.set("lang", default)


@dataclass
class Para:
    """One paragraph of a text frame: runs, and its spacing in points."""

    runs: list[tuple[str, str, float, str]]  # text, font key, size, colour
    leading: float
    before: float = 0.0
    indent: float = 0.0
    align: str = "l"
    bullet: bool = False
    breaks: bool = False  # the runs are lines: keep the layout's line breaks

    def xml(self) -> str:
        attrs = f' algn="{self.align}"'
        if self.bullet:
            attrs += f' marL="{_emu(self.indent + 10)}" indent="{_emu(-10)}"'
        elif self.indent:
            attrs += f' marL="{_emu(self.indent)}"'
        bullet = f'<a:buFont typeface="{FONT}"/><a:buChar char="•"/>' if self.bullet else ""
        spacing = f'<a:lnSpc><a:spcPts val="{round(self.leading * 100)}"/></a:lnSpc>'
        if self.before > 0.005:
            spacing += f'<a:spcBef><a:spcPts val="{round(self.before * 100)}"/></a:spcBef>'
        joiner = "<a:br/>" if self.breaks else ""
        runs = joiner.join(run_xml(*run) for run in self.runs)
        return f"<a:p><a:pPr{attrs}>{spacing}{bullet}</a:pPr>{runs}</a:p>"


def text_body(paras: list[Para], insets: tuple[float, float, float, float] = (0, 0, 0, 0), anchor: str = "t") -> str:
    left, top, right, bottom = (_emu(v) for v in insets)
    body = "".join(p.xml() for p in paras) or "<a:p/>"
    return (f'<p:txBody><a:bodyPr wrap="square" lIns="{left}" tIns="{top}" rIns="{right}" bIns="{bottom}" '
            f'anchor="{anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody>')


class Shapes:
    """DrawingML shapes for one slide, with ids from a counter, appended to the slide in one parse."""

    def __init__(self, first_id: int = 100) -> None:
        self.parts: list[str] = []
        self.next_id = first_id

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def shape(self, name: str, x: float, y: float, w: float, h: float, geometry: str = "rect",
              fill: str | None = None, line: str = "", text: str = "", radius: float = 0.0,
              description: str = "") -> None:
        sid = self._id()
        descr = f' descr="{_attr(description)}"' if description else ""
        box = ' txBox="1"' if text and not fill and not line else ""
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{_attr(name)} {sid}"{descr}/>'
            f"<p:cNvSpPr{box}/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}{_geometry(geometry, w, h, radius)}"
            f"{_color(fill)}{line or _line(None)}</p:spPr>{text}</p:sp>")

    def connector(self, x1: float, y1: float, x2: float, y2: float, color: str, width: float = 0.75,
                  dash: str = "") -> None:
        sid = self._id()
        flip = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
        xfrm = _xfrm(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)).replace("<a:xfrm>", f"<a:xfrm{flip}>")
        self.parts.append(
            f'<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{sid}" name="Line {sid}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>'
            f'<p:spPr>{xfrm}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>{_line(color, width, dash)}'
            f"</p:spPr></p:cxnSp>")

    def curve(self, name: str, points: list[tuple[float, float]], color: str, width: float) -> None:
        """A freeform through ``points`` (slide points): the emotion curve as one editable path."""
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, y0 = min(xs), min(ys)
        w, h = max(max(xs) - x0, 1.0), max(max(ys) - y0, 1.0)

        def pt(p: tuple[float, float]) -> str:
            return f'<a:pt x="{_emu(p[0] - x0)}" y="{_emu(p[1] - y0)}"/>'

        path = f"<a:moveTo>{pt(points[0])}</a:moveTo>"
        path += "".join(f"<a:cubicBezTo>{pt(a)}{pt(b)}{pt(c)}</a:cubicBezTo>" for a, b, c in smooth_segments(points))
        sid = self._id()
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{_attr(name)} {sid}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{_xfrm(x0, y0, w, h)}<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
            f'<a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{_emu(w)}" h="{_emu(h)}" fill="none">{path}'
            f'</a:path></a:pathLst></a:custGeom><a:noFill/>{_line(color, width)}</p:spPr>{text_body([])}</p:sp>')

    def picture(self, rel_id: str, name: str, x: float, y: float, w: float, h: float) -> None:
        sid = self._id()
        self.parts.append(
            f'<p:pic><p:nvPicPr><p:cNvPr id="{sid}" name="{_attr(name)} {sid}"/>'
            f'<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
            f'<p:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
            f'<p:spPr>{_xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')

    def group(self, name: str, x: float, y: float, w: float, h: float, inner: Callable[[], None]) -> None:
        """Shapes drawn by ``inner`` as one group: a card moves with its accent bar and dots."""
        sid = self._id()
        start = len(self.parts)
        inner()
        children = "".join(self.parts[start:])
        del self.parts[start:]
        off, ext = f'x="{_emu(x)}" y="{_emu(y)}"', f'cx="{max(_emu(w), 1)}" cy="{max(_emu(h), 1)}"'
        self.parts.append(
            f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{sid}" name="{_attr(name)} {sid}"/>'
            f'<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off {off}/><a:ext {ext}/>'
            f'<a:chOff {off}/><a:chExt {ext}/></a:xfrm></p:grpSpPr>{children}</p:grpSp>')

    def append_to(self, slide: Slide) -> None:
        """The shapes go into the slide's XML as text when the deck is written: parsing 5,000 cards' shapes into
        lxml only to serialise them again took a third of the export. Add them after every python-pptx shape."""
        _raw_part(slide).raw_shapes.append("".join(self.parts))


class _RawSlidePart:
    """Marker base of a slide part that appends raw shape XML to its shape tree when serialised."""

    raw_shapes: list[str]


def _raw_part(slide: Slide) -> _RawSlidePart:
    part = slide.part
    if isinstance(part, _RawSlidePart):
        return part
    part.__class__ = _raw_part_class(type(part))
    raw = cast(_RawSlidePart, part)  # its class is now a subclass of _RawSlidePart
    raw.raw_shapes = []
    return raw


def _raw_part_class(base: type) -> type:
    if base.__name__.startswith("Raw"):
        return base

    def blob(self: _RawSlidePart) -> bytes:
        xml = base.blob.fget(self)  # type: ignore[attr-defined]  # the property of python-pptx's part class
        extra = "".join(self.raw_shapes).encode("utf-8")
        head, tail = xml.rsplit(b"</p:spTree>", 1)
        return head + extra + b"</p:spTree>" + tail

    return _RAW_CLASSES.setdefault(base, type(f"Raw{base.__name__}", (base, _RawSlidePart), {"blob": property(blob)}))


_RAW_CLASSES: dict[type, type] = {}


# ---- a box of layout ops as a shape with a text frame ----------------------------------------------------
def _leading(size: float) -> float:
    return LEADING.get(size, round(size * 1.25, 1))


def _key(text: str) -> str:
    """Text without the spaces and hyphens that line breaking adds or takes away."""
    return _BREAKS.sub("", text)


def source_text(lines: list[str], sources: dict[str, str]) -> str:
    """The text a paragraph's lines were broken from: a break may have eaten a space or added a hyphen."""
    joined = " ".join(lines)
    found = sources.get(_key(joined))
    return " ".join(found.split()) if found is not None else joined


def ops_paragraphs(ops: list[Op], centered: bool, skip: set[int],
                   sources: dict[str, str] | None = None) -> tuple[list[Para], float, float]:
    """The Text ops of a box as paragraphs, with the left and top insets that put them where the layout has them.

    Lines on one baseline are one paragraph's runs; consecutive lines of one style, one leading apart, are one
    paragraph that PowerPoint wraps itself (Arial is narrower than the font the layout measured with).
    """
    lines: list[tuple[float, list[Text]]] = []
    for i, op in enumerate(ops):
        if type(op) is Text and i not in skip and op.text:
            if lines and abs(lines[-1][0] - op.y) < 0.5:
                lines[-1][1].append(op)
            else:
                lines.append((op.y, [op]))
    if not lines:
        return [], 0.0, 0.0
    left = min(runs[0].x for _, runs in lines)
    groups: list[tuple[list[float], list[list[Text]]]] = []
    for y, runs in lines:
        if groups and len(runs) == 1 and len(groups[-1][1][-1]) == 1:
            prev_y, prev = groups[-1][0][-1], groups[-1][1][-1][0]
            run = runs[0]
            if ((run.font, run.size, run.color, run.x) == (prev.font, prev.size, prev.color, prev.x)
                    and abs(y - prev_y - _leading(run.size)) < 0.6):
                groups[-1][0].append(y)
                groups[-1][1].append(runs)
                continue
        groups.append(([y], [runs]))
    paras: list[Para] = []
    top = 0.0
    last_y, last_leading = 0.0, 0.0
    for ys, lines_of in groups:
        first = lines_of[0]
        size = max(t.size for t in first)
        leading = ys[1] - ys[0] if len(ys) > 1 else _leading(size)
        if len(first) > 1:
            para_runs = []
            for i, t in enumerate(first):
                gap = t.x - (first[i - 1].x + text_width(first[i - 1].text, first[i - 1].font, first[i - 1].size)) \
                    if i else 0.0
                para_runs.append((" " + t.text if gap > 2 else t.text, t.font, t.size, t.color))
        else:
            t = first[0]
            para_runs = [(source_text([line[0].text for line in lines_of], sources or {}), t.font, t.size, t.color)]
        para = Para(para_runs, leading, indent=0.0 if centered else first[0].x - left, align="ctr" if centered else "l")
        if paras:
            para.before = ys[0] - last_y - 0.2 * last_leading - 0.8 * leading
        else:
            top = max(0.0, ys[0] - 0.8 * leading)
        paras.append(para)
        last_y, last_leading = ys[-1], leading
    return paras, left, top


def _inside(t: Text, op: Op) -> bool:
    if type(op) is Dot:
        return abs(t.x + text_width(t.text, t.font, t.size) / 2 - op.cx) < op.r and abs(t.y - op.cy) < op.r + 4
    if type(op) is Box:
        return op.x <= t.x <= op.x + op.w and op.y <= t.y <= op.y + op.h
    return False


def draw_box(shapes: Shapes, name: str, ops: list[Op], ox: float, oy: float, f: float, assets: dict[str, bytes],
             pictures: Callable[[bytes, float, float], str | None], description: str = "", sources: Iterable[str] = (),
             centered: bool = False) -> None:
    """A card (or header) from its layout ops at (ox, oy) on the slide, scaled by ``f``: one shape holds the text."""
    container = next((op for op in ops if type(op) is Box), None)
    if container is None:
        return
    inner_boxes = [(i, op) for i, op in enumerate(ops) if op is not container and type(op) in (Box, Dot)]
    owned: dict[int, list[Text]] = {}
    skip: set[int] = set()
    for i, op in enumerate(ops):
        if type(op) is Text:
            holder = next((j for j, other in reversed(inner_boxes) if j < i and _inside(op, other)), None)
            if holder is not None:
                owned.setdefault(holder, []).append(op)
                skip.add(i)

    def scaled(paras: list[Para]) -> list[Para]:
        for p in paras:
            p.runs = [(t, font, size * f, color) for t, font, size, color in p.runs]
            p.leading, p.before, p.indent = p.leading * f, p.before * f, p.indent * f
        return paras

    def draw() -> None:
        c = container
        paras, left, top = ops_paragraphs(ops, centered, skip, {_key(t): t for t in sources if t})
        left, top = (4.0 if paras and paras[0].align == "ctr" else max(0.0, left - c.x)), max(0.0, top - c.y)
        right = S.CARD_PAD if paras and paras[0].align == "l" else 4.0
        for p in paras:  # a paragraph beside a badge keeps the layout's line breaks, so it never runs under it
            if p.align == "l" and len(p.runs) == 1 and inner_boxes and any(
                    type(b) is Dot and b.cx > c.w / 2 for _, b in inner_boxes):
                p.breaks = True
                p.runs = _split_lines(p.runs[0], ops, skip)
                break
        geometry = "roundRect" if c.radius else "rect"
        shapes.shape(name, ox + c.x * f, oy + c.y * f, c.w * f, c.h * f, geometry, c.fill,
                     _line(c.stroke, c.stroke_width * f) if c.stroke else "",
                     text_body(scaled(paras), (left * f, top * f, right * f, 0)), c.radius * f, description)
        for i, op in inner_boxes:
            texts = owned.get(i, [])
            body = text_body([Para([(t.text, t.font, t.size * f, t.color) for t in texts], _leading(texts[0].size) * f,
                                   align="ctr")], anchor="ctr") if texts else ""
            if type(op) is Dot:
                stroke = _line(op.stroke, op.stroke_width * f) if op.stroke else ""
                shapes.shape("Dot", ox + (op.cx - op.r) * f, oy + (op.cy - op.r) * f, 2 * op.r * f, 2 * op.r * f,
                             "ellipse", op.fill, stroke, body)
            else:
                assert type(op) is Box
                shapes.shape("Mark", ox + op.x * f, oy + op.y * f, op.w * f, op.h * f,
                             "roundRect" if op.radius else "rect", op.fill,
                             _line(op.stroke, op.stroke_width * f) if op.stroke else "", body, op.radius * f)
        for op in ops:
            if type(op) is not Picture or op.asset not in assets:
                continue
            rel_id = pictures(assets[op.asset], op.w * f, op.h * f)
            if rel_id:
                shapes.picture(rel_id, "Picture", ox + op.x * f, oy + op.y * f, op.w * f, op.h * f)

    if inner_boxes or any(type(op) is Picture for op in ops):
        shapes.group(name, ox + container.x * f, oy + container.y * f, container.w * f, container.h * f, draw)
    else:
        draw()


def _split_lines(run: tuple[str, str, float, str], ops: list[Op], skip: set[int]) -> list[tuple[str, str, float, str]]:
    """The layout's own lines of a paragraph, for a paragraph whose lines must not grow. A break may have eaten a
    space (Latin) or nothing (Chinese, Japanese); a word the layout hyphenated is left to PowerPoint to wrap, so
    the title stays the text it is (searchable, and as typed)."""
    text, font, size, color = run
    lines, rest = [], text
    for i, op in enumerate(ops):
        if type(op) is Text and i not in skip and (op.font, op.size, op.color) == (font, size, color):
            line, ahead = op.text, rest.lstrip()
            if not ahead.startswith(line):
                continue
            rest = ahead[len(line):]
            lines.append((line, font, size, color))
            if not rest.strip():
                return lines
    return [run]


# ---- the deck ---------------------------------------------------------------------------------------------
class _Deck:
    def __init__(self, prs: PptxPresentation, project: Project) -> None:
        self.prs = prs
        self.project = project
        self.warnings: list[str] = []
        self.subtitle = " · ".join(p for p in (project.meta.title, project.meta.client) if p)
        from pptx.opc.constants import RELATIONSHIP_TYPE

        theme = prs.slide_master.part.part_related_by(RELATIONSHIP_TYPE.THEME)
        theme._blob = re.sub(rb'(<a:(?:major|minor)Font><a:latin typeface=")[^"]*"', rb'\1' + FONT.encode() + b'"',
                             theme.blob)

    def _slide(self, title: str, notes: str = "") -> Slide:
        from pptx.util import Pt

        slide = self.prs.slides.add_slide(self.prs.slide_layouts[5])  # "Title Only": every slide has a title
        placeholder = slide.shapes.title
        placeholder.left, placeholder.top = Pt(MARGIN), Pt(8)
        placeholder.width, placeholder.height = Pt(SLIDE_W - 2 * MARGIN), Pt(32)
        self._set_text(placeholder, title, 20, bold=True)
        if notes:
            slide.notes_slide.notes_text_frame.text = xml_safe(notes)
        return slide

    @staticmethod
    def _set_text(shape: Shape, text: str, size: float, bold: bool = False, color: str = S.INK,
                  align: str = "l") -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.text = xml_safe(text)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = {"l": PP_ALIGN.LEFT, "ctr": PP_ALIGN.CENTER}[align]
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT
            run.font.color.rgb = RGBColor.from_string(color[1:])

    def _pictures(self, slide: Slide) -> Callable[[bytes, float, float], str | None]:
        """Adds an image to ``slide`` as it shows in a ``w`` × ``h`` pt box: cropped to the box (PowerPoint would
        stretch it), turned upright by its EXIF orientation (PowerPoint ignores it), at most 300 ppi (a camera
        photo is not carried whole). None when the bytes are no image."""
        from journeydesigner.export.printimage import fitted  # Pillow, only for a deck that has images

        def add(data: bytes, w: float, h: float) -> str | None:
            fit = fitted(data, round(w, 1), round(h, 1), round(w, 1))
            if fit is None:
                return None
            _part, rel_id = slide.part.get_or_add_image_part(io.BytesIO(fit))
            return rel_id

        return add

    # ---- title ----
    def title_slide(self) -> None:
        meta = self.project.meta
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])
        shapes = Shapes()
        shapes.shape("Background", 0, 0, SLIDE_W, SLIDE_H * 0.62, fill=S.STAGE_BG)
        shapes.shape("Accent", 60, 120, 56, 5, fill="#F08C00")
        title = meta.title or tr("Customer journey")
        size = 40.0
        while size > 20 and len(wrap(title, "bold", size, 760)) > 2:
            size -= 2
        paras = [Para([(title, "bold", size, "#FFFFFF")], size * 1.2)]
        if meta.client:
            paras.append(Para([(tr("for {client}").format(client=meta.client), "regular", 20, "#DEE2E6")], 26, 10))
        paras.append(Para([(cover_details(meta), "regular", 14, "#ADB5BD")], 18, 8))
        shapes.shape("Title", 60, 136, 800, 190, text=text_body(paras))
        names = [jmap.name for jmap in self.project.maps]
        if names:
            maps = Para([(tr("Maps: {names}").format(names=", ".join(names)), "regular", 13, S.MUTED)], 17)
            shapes.shape("Maps", 60, SLIDE_H * 0.62 + 28, 840, 60, text=text_body([maps]))
        logo = self.project.assets.get(meta.logo) if meta.logo else None
        logo_size = png_size(logo) if logo else None
        if logo and logo_size:  # the client's logo at the top right, on a white plate, as on the PDF cover
            scale = min(150 / logo_size[0], 60 / logo_size[1])
            w, h = logo_size[0] * scale, logo_size[1] * scale
            rel_id = self._pictures(slide)(logo, w, h)
            if rel_id:
                shapes.shape("Logo plate", SLIDE_W - 60 - w - 16, 40, w + 16, h + 16, "roundRect", "#FFFFFF")
                shapes.picture(rel_id, meta.client or "Logo", SLIDE_W - 60 - w - 8, 48, w, h)
        shapes.append_to(slide)
        if meta.notes:
            slide.notes_slide.notes_text_frame.text = xml_safe(meta.notes)

    # ---- maps ----
    def map_slide(self, plan: MapSlide) -> None:
        slide = self._slide(plan.title, plan.notes)
        shapes = Shapes()
        layout, f, lanes = plan.layout, plan.scale, plan.lanes
        room_w, _ = _room()
        x0 = MARGIN + max(0.0, (room_w - layout.width * f) / 2)
        top_y = lanes[0].y if lanes else S.STAGE_HEADER_H
        bottom_y = lanes[-1].y + lanes[-1].h if lanes else S.STAGE_HEADER_H
        # a map point (x, y) of the shown lanes lands at (x0 + x f, oy + y f)
        oy = TOP + (S.STAGE_HEADER_H - top_y) * f
        body_h = (bottom_y - top_y) * f
        lane_ids = {ln.lane_id for ln in lanes}
        for lane in lanes:
            fill = "#FBFBFC" if lane.index % 2 else "#FFFFFF"
            shapes.shape("Lane", x0 + S.LANE_HEADER_W * f, oy + lane.y * f, (layout.width - S.LANE_HEADER_W) * f,
                         lane.h * f, fill=fill, line=_line(S.GRID, 0.75))
        for stage in layout.stages:
            x = x0 + (stage.x + stage.w) * f
            shapes.connector(x, TOP + S.STAGE_HEADER_H * f, x, TOP + S.STAGE_HEADER_H * f + body_h, S.GRID)
        for lane in lanes:
            if lane.kind is Kind.EMOTION:
                self._emotion_lane(shapes, layout, lane, x0, oy, f)
        pictures = self._pictures(slide)
        assets = self.project.assets
        cards = {c.id: c for c in plan.jmap.cards}
        emotion_lanes = {lane.lane_id for lane in lanes if lane.kind is Kind.EMOTION}
        for box in layout.cards.values():
            if box.lane_id in lane_ids:
                card = cards[box.card_id]
                draw_box(shapes, "Card", box.ops, x0 + box.x * f, oy + box.y * f, f, assets, pictures,
                         box.kind.singular, (card.title, card.body, " ".join(f"#{t}" for t in card.tags)),
                         centered=box.kind is Kind.EMOTION and box.lane_id in emotion_lanes)  # a label on the curve
        self._stage_headers(shapes, plan, x0, f)
        for lane in lanes:
            self._lane_header(shapes, layout, lane, x0, oy, f)
        corner = Para([(plan.jmap.name, "bold", 10 * f, "#F8F9FA")], 13 * f)
        shapes.shape("Map name", x0, TOP, S.LANE_HEADER_W * f, S.STAGE_HEADER_H * f, fill=S.STAGE_BG,
                     text=text_body([corner], (10 * f, 8 * f, 8 * f, 4 * f)))
        shapes.append_to(slide)

    def _stage_headers(self, shapes: Shapes, plan: MapSlide, x0: float, f: float) -> None:
        descriptions = {s.id: s.description for s in plan.jmap.stages}
        numbers = {s.id: i + 1 for i, s in enumerate(plan.jmap.stages)}
        for stage in plan.layout.stages:
            number = numbers[stage.stage_id]
            full = plan.jmap.stage(stage.stage_id)
            name_w = stage.w - 24
            paras = [Para([(str(number), "bold", 9 * f, "#ADB5BD")], 11 * f),
                     Para([(fit_with_ellipsis(full.name or tr("Untitled stage"), "bold", 14, name_w), "bold", 14 * f,
                            S.STAGE_INK)], 17 * f)]
            description = descriptions.get(stage.stage_id, "")
            if description:
                line = fit_with_ellipsis(" ".join(description.split()), "regular", 8.5, name_w)
                paras.append(Para([(line, "regular", 8.5 * f, "#CED4DA")], 11 * f, 1 * f))
            shapes.shape("Stage", x0 + stage.x * f, TOP, stage.w * f, S.STAGE_HEADER_H * f, fill=S.STAGE_BG,
                         line=_line("#495057", 0.75), text=text_body(paras, (12 * f, 8 * f, 12 * f, 2 * f)),
                         description=description)

    def _lane_header(self, shapes: Shapes, layout: MapLayout, lane: LaneBox, x0: float, oy: float, f: float) -> None:
        w = S.LANE_HEADER_W
        font, size, leading = S.LANE_NAME
        paras = [Para([(line, font, size * f, S.INK)], leading * f) for line in
                 [" ".join(wrap(lane.name or tr("Untitled lane"), font, size, w - 28, 3))]]
        paras.append(Para([(lane.kind.label, "regular", 8 * f, S.MUTED)], 10.5 * f, 2 * f))
        for line in layout.emotion_lines.get(lane.lane_id, []):
            if line.label:
                paras.append(Para([("━ ", "bold", 9 * f, line.color),
                                   (fit_with_ellipsis(line.label, "regular", 8, w - 60), "regular", 8 * f, S.INK)],
                                  11 * f, 3 * f))
        y = oy + lane.y * f
        shapes.shape("Lane name", x0, y, w * f, lane.h * f, fill=S.HEADER_BG, line=_line(S.GRID, 0.75),
                     text=text_body(paras, (14 * f, 12 * f, 8 * f, 4 * f)))
        shapes.shape("Lane accent", x0, y, 4 * f, lane.h * f, fill=S.KIND_STYLES[lane.kind].accent)
        if lane.kind is Kind.EMOTION:
            low, high = layout.scale
            for score in range(low, high + 1, max(1, (high - low) // 6)):
                label = f"{score:+d}" if score else "0"
                sy = oy + layout.score_y(lane, score) * f
                shapes.shape("Scale", x0 + (w - 40) * f, sy - 6 * f, 32 * f, 12 * f,
                             text=text_body([Para([(label, "regular", 8 * f, S.MUTED)], 10 * f, align="r")],
                                            anchor="ctr"))

    def _emotion_lane(self, shapes: Shapes, layout: MapLayout, lane: LaneBox, x0: float, oy: float,
                      f: float) -> None:
        low, high = layout.scale
        left, right = x0 + S.LANE_HEADER_W * f, x0 + layout.width * f
        for score in range(low, high + 1, max(1, (high - low) // 6)):
            y = oy + layout.score_y(lane, score) * f
            if score == 0:
                shapes.connector(left, y, right, y, "#ADB5BD", 1.0)
            else:
                shapes.connector(left, y, right, y, "#E9ECEF", 0.75, "dash")
        for line in layout.emotion_lines.get(lane.lane_id, []):
            if len(line.points) >= 2:
                points = [(x0 + x * f, oy + y * f) for x, y in line.points]
                shapes.curve(tr("Emotion curve {name}").format(name=line.label).strip(), points, line.color, 2.5 * f)

    # ---- personas ----
    def persona_slide(self, persona: Persona) -> None:
        slide = self._slide(persona.name or tr("Persona"))
        shapes = Shapes()
        photo = 190.0
        x, y = MARGIN, TOP + 4
        photo_bytes = self.project.assets.get(persona.photo) if persona.photo else None
        rel_id = self._pictures(slide)(photo_bytes, photo, photo) if photo_bytes else None
        if rel_id:
            shapes.picture(rel_id, persona.name, x, y, photo, photo)
        else:
            initial = (persona.name or "?")[:1].upper()
            shapes.shape("Initial", x, y, photo, photo, "ellipse", persona.color,
                         text=text_body([Para([(initial, "bold", 72, "#FFFFFF")], 80, align="ctr")], anchor="ctr"))
        facts = [(tr("Age"), persona.age), (tr("Gender"), persona.gender), (tr("Location"), persona.location),
                 (tr("Preferred channels"), ", ".join(c.label for c in persona.preferred_channels))]
        paras: list[Para] = []
        for label, value in facts:
            if value:
                paras.append(Para([(label.upper(), "bold", 8, S.MUTED)], 10, 6 if paras else 0))
                paras.append(Para([(value, "regular", 11, S.INK)], 14))
        if paras:
            shapes.shape("Facts", x, y + photo + 12, photo, SLIDE_H - BOTTOM - (y + photo + 12), text=text_body(paras))
        left = x + photo + 28
        width = SLIDE_W - MARGIN - left
        head: list[Para] = []
        if persona.role:
            head.append(Para([(persona.role, "regular", 14, S.MUTED)], 18))
        if persona.quote:
            head.append(Para([(f"“{persona.quote}”", "italic", 14, S.INK)], 19, 6))
        head_h = _height(head, width - 12)
        if head:
            shapes.shape("Accent", left, y, 4, head_h, fill=persona.color)
            shapes.shape("Role and quote", left + 12, y, width - 12, head_h, text=text_body(head))
        fields = [(tr("Goals"), persona.goals), (tr("Pain points"), persona.pain_points),
                  (tr("Motivations"), persona.motivations), (tr("Behaviours"), persona.behaviours),
                  (tr("Values"), persona.values), (tr("Interests"), persona.interests),
                  (tr("Lifestyle"), [persona.lifestyle] if persona.lifestyle else [])]
        fields = [(label, items) for label, items in fields if items]
        top = y + head_h + 16
        column_w = (width - 24) / 2
        for size in (11.0, 10.0, 9.0, 8.0, 7.0):
            placed = _columns(fields, column_w, size, SLIDE_H - BOTTOM - top)
            if placed is not None:
                break
        else:
            placed = _columns(fields, column_w, 7.0, 1e9)
            assert placed is not None
            self.warnings.append(tr("Persona “{name}”: the fields do not fit one slide.").format(name=persona.name))
        for column, y0, label, paras in placed:
            cx = left + column * (column_w + 24)
            shapes.shape("Bar", cx, top + y0, 18, 3, fill=persona.color)
            shapes.shape(label, cx, top + y0 + 6, column_w, _height(paras, column_w), text=text_body(paras))
        shapes.append_to(slide)

    # ---- jobs ----
    def jobs_slides(self) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        stage_names = {s.id: s.name for jmap in self.project.maps for s in jmap.stages}
        ranked = sorted(self.project.jobs, key=lambda j: (-j.opportunity, -j.importance))
        headers = ["#", tr("Job to be done"), tr("Kind"), tr("Importance"), tr("Satisfaction"), tr("Opportunity"),
                   tr("Stages")]
        shares = [0.04, 0.44, 0.1, 0.1, 0.1, 0.1, 0.12]
        room_w, room_h = _room()
        widths = [room_w * s for s in shares]
        rows: list[list[str]] = []
        for rank, job in enumerate(ranked, start=1):
            stages = ", ".join(stage_names.get(s, "?") for s in job.stage_ids) or "–"
            rows.append([str(rank), job.statement, job.kind.label, str(job.importance), str(job.satisfaction),
                         str(job.opportunity), stages])
        heights = [max(len(wrap(text, "regular", 10, w - 10)) for text, w in zip(row, widths, strict=True)) * 13 + 10
                   for row in rows]
        pages: list[list[int]] = [[]]
        used = 24.0
        for i, h in enumerate(heights):
            if pages[-1] and used + h > room_h:
                pages.append([])
                used = 24.0
            pages[-1].append(i)
            used += h
        for number, page in enumerate(pages, start=1):
            title = tr("Jobs to be done, ranked by opportunity")
            slide = self._slide(title if len(pages) == 1 else f"{title} ({number}/{len(pages)})")
            frame = slide.shapes.add_table(len(page) + 1, len(headers), Pt(MARGIN), Pt(TOP), Pt(room_w),
                                           Pt(24 + sum(heights[i] for i in page)))
            table = frame.table
            for c, w in enumerate(widths):
                table.columns[c].width = Pt(w)
            table.rows[0].height = Pt(24)
            for r, i in enumerate(page, start=1):
                table.rows[r].height = Pt(heights[i])
            for r, values in enumerate([headers, *(rows[i] for i in page)]):
                for c, value in enumerate(values):
                    cell = table.cell(r, c)
                    cell.text = xml_safe(value)
                    cell.margin_left = cell.margin_right = Pt(5)
                    for run in cell.text_frame.paragraphs[0].runs:
                        run.font.size, run.font.name = Pt(10 if r else 9), FONT
                        run.font.bold = r == 0 or c in (0, 5)
                        if r and c == 5:
                            score = int(value)
                            color = "2F9E44" if score > 15 else "F08C00" if score > 10 else "6C757D"
                            run.font.color.rgb = RGBColor.from_string(color)
            note = tr("Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10.")
            shapes = Shapes()
            shapes.shape("Note", MARGIN, SLIDE_H - BOTTOM - 4, room_w, 14,
                         text=text_body([Para([(note, "regular", 8, S.MUTED)], 10)]))
            shapes.append_to(slide)


def _height(paras: list[Para], width: float) -> float:
    """How tall the paragraphs set at ``width``, measured with the layout's wrapping."""
    total = 0.0
    for p in paras:
        text = "".join(run[0] for run in p.runs)
        font, size = p.runs[0][1], p.runs[0][2]
        indent = p.indent + (10 if p.bullet else 0)
        total += p.before + len(wrap(text, font, size, width - indent)) * p.leading
    return total + 2


def _columns(fields: list[tuple[str, list[str]]], width: float, size: float,
             room: float) -> list[tuple[int, float, str, list[Para]]] | None:
    """Persona fields in two columns, each into the shorter one; None when they do not fit ``room``."""
    used = [0.0, 0.0]
    placed = []
    for label, items in fields:
        paras = [Para([(label, "bold", size + 1, S.INK)], (size + 1) * 1.3)]
        paras += [Para([(item, "regular", size, S.INK)], size * 1.3, size * 0.2, bullet=True) for item in items]
        height = _height(paras, width) + 6
        column = 0 if used[0] <= used[1] else 1
        placed.append((column, used[column], label, paras))
        used[column] += height + 12
        if used[column] - 12 > room:
            return None
    return placed


def iter_shapes(shapes: Iterable[BaseShape]) -> Iterator[BaseShape]:
    """Every shape of a slide, inside groups too (for tests and checks)."""
    from pptx.shapes.group import GroupShape

    for shape in shapes:
        yield shape
        if isinstance(shape, GroupShape):
            yield from iter_shapes(shape.shapes)
