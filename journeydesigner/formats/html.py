"""A self-contained HTML map: one file that opens offline in any current browser, for people without the app.

The map is inline SVG drawn from the one layout computation (the same ops the PDF paints), so every line
breaks as on the canvas; its text is real text, searchable and selectable. Styles, script, images (data: URIs)
and the fonts (DejaVu Sans, and the bundled Noto face for Arabic, Hebrew, Devanagari or Thai text, each subset to
the characters the layout draws with it, as WOFF) are inside the file, and a
Content-Security-Policy forbids every network request. Personas and jobs follow as HTML sections.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from pathlib import Path

from journeydesigner import __version__
from journeydesigner.export.confidential import prepared_copy
from journeydesigner.export.pages import cover_details, png_size
from journeydesigner.export.safefile import ExportCancelled, ExportError, partial_file
from journeydesigner.i18n import text_language, tr
from journeydesigner.layout import style as S
from journeydesigner.layout.fonts import FONT_FILES, SCRIPT_FACES, base_rtl, face_for, is_simple, text_width
from journeydesigner.layout.mapdraw import MapDrawing, project_map_drawing
from journeydesigner.layout.ops import Box, Curve, Dot, Group, Line, Op, Picture, Text
from journeydesigner.model import CardBase, Job, JourneyMap, Persona, Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.resources import resource_path

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "font-src data:; base-uri 'none'; form-action 'none'")
FAMILY = "JD DejaVu Sans"
FONT_CSS = {"regular": "font-weight:400;font-style:normal", "bold": "font-weight:700;font-style:normal",
            "italic": "font-weight:400;font-style:italic"}
PHOTO_PT = (135.0, 135.0)  # a persona's photo: 180 × 180 CSS px (map.css)
LOGO_PT = (120.0, 36.0)  # the client's logo at most 160 × 48 CSS px


def write(project: Project, path: Path, options: ExportOptions, progress: Callable[[int, int], bool] | None = None,
          region: tuple[float, float, float, float] | None = None) -> list[str]:
    """Write the page; returns warnings (none so far). Raises ExportError or ExportCancelled, leaving no file."""
    prepared = prepared_copy(project, options)
    sections = set(options.sections)
    if not sections & {"maps", "personas", "jobs", "cover"}:
        raise ExportError(tr("there is nothing to export: choose at least one section"))
    page = render(prepared, sections, progress)
    with partial_file(Path(path)) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return []


def render(project: Project, sections: Container[str] | None = None,
           progress: Callable[[int, int], bool] | None = None) -> str:
    """The whole page as text; ``project`` is the prepared (confidential) copy."""
    sections = sections if sections is not None else {"cover", "maps", "personas", "jobs"}
    maps = project.maps if "maps" in sections else []
    body: list[str] = []
    tabs: list[tuple[str, str]] = []
    data = []
    images = _Images(project.assets)
    for number, jmap in enumerate(maps, start=1):
        anchor = f"map-{number}"
        tabs.append((anchor, jmap.name or tr("Map {number}").format(number=number)))
        drawing = project_map_drawing(project, jmap)
        body.append(_map_section(anchor, jmap, drawing, images))
        layout = drawing.layout
        data.append({"id": anchor, "width": layout.width, "height": layout.height,
                     "stages": [{"id": s.stage_id, "name": s.name, "x": s.x, "w": s.w,
                                 "description": jmap.stage(s.stage_id).description} for s in layout.stages]})
        if progress is not None and not progress(number, len(maps) + 1):
            raise ExportCancelled
    if "personas" in sections and project.personas:
        tabs.append(("personas", tr("Personas")))
        body.append(_personas_section(project, images))
    if "jobs" in sections and project.jobs:
        tabs.append(("jobs", tr("Jobs to be done")))
        body.append(_jobs_section(project))
    meta = project.meta
    title = meta.title or tr("Customer journey map")
    head = _header(project, tabs, "cover" in sections, images)
    main = "".join(body)
    fonts, families = _font_faces(_characters((head, main)))
    strings = {"cards": tr("{count} cards"), "noMatch": tr("No card matches"), "overview": tr("Whole map"),
               "stage": tr("Stage {number} of {count}")}
    script = (resource_path("html", "map.js").read_text(encoding="utf-8")
              .replace("/*DATA*/null", _script_json({"maps": data, "strings": strings})))
    css = resource_path("html", "map.css").read_text(encoding="utf-8").replace("'JD-FAMILY'", families)
    return (f'<!DOCTYPE html>\n<html lang="{text_language()}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="Journey Designer {__version__}">'
            f"<title>{_e(title)}</title><style>{fonts}{css}</style></head>"
            f"<body>{head}<main>{main}</main><script>{script}</script></body></html>\n")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can end it early."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace(
        "\u2029", "\\u2029")


def _characters(parts: Iterable[str]) -> str:
    chars: set[str] = set()
    for part in parts:
        chars.update(part)
    return "".join(sorted(chars))


# ---- fonts ------------------------------------------------------------------------------------------
# Pages whose text stays within these characters (Latin, punctuation, the map's own glyphs) embed subsets made
# once (resources/html/*.woff, rebuilt by `python -m journeydesigner.formats.html`): subsetting three fonts
# at export time takes 0.3 s each.
BASE_RANGES = ((0x20, 0x7E), (0xA0, 0x17F), (0x2010, 0x2044), (0x2190, 0x2199))
BASE_CHARACTERS = ("".join(chr(c) for low, high in BASE_RANGES for c in range(low, high + 1))
                   + "".join(S.CHANNEL_GLYPHS.values()) + "●○━⚠€™−✓✗")


def _font_faces(characters: str) -> tuple[str, str]:
    """The @font-face rules, and the CSS font-family list that uses them. Each character goes to the face the
    layout measured and shaped it with: DejaVu Sans, or a bundled Noto face (Arabic joins, Devanagari forms
    conjuncts, so those keep their layout tables); without them the browser drew such text in a wider font of
    its own, past its card."""
    faces = []
    families = [FAMILY]
    for key, style in FONT_CSS.items():
        by_script: dict[str, list[str]] = {}
        for char in characters:
            by_script.setdefault(_script_family(char, key), []).append(char)
        primary = "".join(by_script.pop("", []))
        base = resource_path("html", f"{key}.woff")
        prebuilt = set(primary) <= set(BASE_CHARACTERS) and base.is_file()
        faces.append(_face_rule(FAMILY, style, base.read_bytes() if prebuilt else _subset(FONT_FILES[key], primary)))
        for family, chars in by_script.items():
            name = f"JD {family}"
            file = Path(next(f for f in (face_for(c, key) for c in chars) if f).path).name
            faces.append(_face_rule(name, style, _subset(file, " " + "".join(chars), shaping=True)))
            if name not in families:
                families.append(name)
    return "".join(faces), ", ".join(f"'{f}'" for f in families)


def _script_family(char: str, key: str) -> str:
    """The bundled script face (such as "NotoSansArabic") the layout draws ``char`` with; "" for DejaVu Sans or a
    system font."""
    face = face_for(char, key)
    return next((f for f, _ in SCRIPT_FACES if face and face.name.startswith(f"JD-{f}-")), "")


def _face_rule(family: str, style: str, woff: bytes) -> str:
    return (f"@font-face{{font-family:'{family}';{style};"
            f"src:url(data:font/woff;base64,{base64.b64encode(woff).decode('ascii')}) format('woff')}}")


@lru_cache(maxsize=16)
def _subset(file: str, characters: str, shaping: bool = False) -> bytes:
    """The bundled font cut down to ``characters`` (about 10 KB instead of 700): kerning off, as the layout; a
    script that needs shaping keeps the tables that join and position its glyphs."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    if shaping:
        options.layout_features = ["*"]
    else:
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern"]
    options.drop_tables += ["FFTM"]
    options.hinting = False
    options.notdef_outline = True
    out = io.BytesIO()
    with TTFont(str(resource_path("fonts", file)), lazy=True) as font:  # closes the file it reads lazily
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=characters + "…?")
        subsetter.subset(font)
        font.flavor = "woff"
        font.save(out)
    return out.getvalue()


def build_base_fonts() -> None:
    """Write the prebuilt subsets of BASE_CHARACTERS beside the page's script and style."""
    for key in FONT_CSS:
        resource_path("html", f"{key}.woff").write_bytes(_subset(FONT_FILES[key], BASE_CHARACTERS))


# ---- images -----------------------------------------------------------------------------------------
class _Images:
    """Images as data: URIs, each as it shows in its box: cropped to it, upright, at most 300 ppi at the box's
    size (the page zooms a map to 4× on a normal screen before that shows), so a camera photo is not carried
    whole into the page."""

    def __init__(self, assets: dict[str, bytes]) -> None:
        self.assets = assets
        self.uris: dict[tuple[str, float, float], str | None] = {}

    def uri(self, asset: str, w: float, h: float) -> str | None:
        """``asset`` shown in a ``w`` × ``h`` box, in points (CSS px × 0.75)."""
        if asset not in self.assets:
            return None
        key = (asset, round(w, 1), round(h, 1))
        if key not in self.uris:
            from journeydesigner.export.printimage import fitted  # Pillow, only for a page that has images

            data = fitted(self.assets[asset], key[1], key[2], key[1])
            mime = "image/png" if data and data.startswith(b"\x89PNG") else "image/jpeg"
            self.uris[key] = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}" if data else None
        return self.uris[key]


# ---- the map as SVG ---------------------------------------------------------------------------------
def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _paint(color: str | None) -> str:
    return color or "none"


def _text_place(op: Text) -> str:
    """Where a line starts. Text the layout shaped (joined, reordered, kerned) is kerned in the browser too, and a
    right-to-left line is anchored at its right end, in its own direction, so it ends where the layout ends it."""
    if op.text.isascii() or is_simple(op.text, op.font):
        return f'x="{_n(op.x)}"'
    style = "font-kerning:normal"
    family = next((f for f in (_script_family(c, op.font) for c in op.text) if f), "")
    if family:  # first, so that the spaces between its words are its own, as the layout measured them
        style += f";font-family:'JD {family}','{FAMILY}',sans-serif"
    if base_rtl(op.text):
        return f'x="{_n(op.x + text_width(op.text, op.font, op.size))}" direction="rtl" style="{style}"'
    return f'x="{_n(op.x)}" style="{style}"'


def svg_ops(ops: Iterable[Op], images: _Images, out: list[str]) -> None:
    """Layout ops as SVG elements: the same drawing the PDF painter makes, as markup."""
    for op in ops:
        if type(op) is Text:
            out.append(f'<text {_text_place(op)} y="{_n(op.y)}" class="{op.font[0]}" font-size="{op.size:g}" '
                       f'fill="{op.color}">{_e(op.text)}</text>')
        elif type(op) is Box:
            stroke = f' stroke="{op.stroke}" stroke-width="{op.stroke_width:g}"' if op.stroke else ""
            radius = f' rx="{op.radius:g}"' if op.radius else ""
            out.append(f'<rect x="{_n(op.x)}" y="{_n(op.y)}" width="{_n(op.w)}" height="{_n(op.h)}"{radius} '
                       f'fill="{_paint(op.fill)}"{stroke}/>')
        elif type(op) is Group:
            out.append(f'<g transform="translate({_n(op.dx)} {_n(op.dy)})">')
            svg_ops(op.ops, images, out)
            out.append("</g>")
        elif type(op) is Line:
            dash = f' stroke-dasharray="{" ".join(f"{d:g}" for d in op.dash)}"' if op.dash else ""
            out.append(f'<line x1="{_n(op.x1)}" y1="{_n(op.y1)}" x2="{_n(op.x2)}" y2="{_n(op.y2)}" '
                       f'stroke="{op.color}" stroke-width="{op.width:g}"{dash}/>')
        elif type(op) is Dot:
            stroke = f' stroke="{op.stroke}" stroke-width="{op.stroke_width:g}"' if op.stroke else ""
            out.append(f'<circle cx="{_n(op.cx)}" cy="{_n(op.cy)}" r="{op.r:g}" fill="{_paint(op.fill)}"{stroke}/>')
        elif type(op) is Curve:
            path = f"M{_n(op.start[0])} {_n(op.start[1])}" + "".join(
                f"C{_n(a[0])} {_n(a[1])} {_n(b[0])} {_n(b[1])} {_n(c[0])} {_n(c[1])}" for a, b, c in op.segments)
            out.append(f'<path d="{path}" fill="none" stroke="{op.color}" stroke-width="{op.width:g}" '
                       f'stroke-linecap="round"/>')
        elif type(op) is Picture:
            uri = images.uri(op.asset, op.w, op.h)
            if uri:
                out.append(f'<image href="{uri}" x="{_n(op.x)}" y="{_n(op.y)}" width="{_n(op.w)}" '
                           f'height="{_n(op.h)}" preserveAspectRatio="xMidYMid slice"/>')


def _card_label(card: CardBase) -> str:
    """A card's full text for its tooltip and for search: the map shows at most eight lines of a body."""
    parts = [card.title or tr("Untitled"), card.body, " ".join(f"#{t}" for t in card.tags)]
    return "\n".join(p for p in parts if p)


def _map_section(anchor: str, jmap: JourneyMap, drawing: MapDrawing, images: _Images) -> str:
    layout = drawing.layout
    cards = {c.id: c for c in jmap.cards}
    out: list[str] = [
        f'<section class="view map-view" id="{anchor}" aria-label="{_e(jmap.name)}">',
        f'<h2 class="print-only">{_e(jmap.name)}</h2>',
        '<div class="viewport" tabindex="0"><div class="canvas">',
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {_n(layout.width)} {_n(layout.height)}" '
        f'width="{_n(layout.width)}" height="{_n(layout.height)}" role="img" aria-label="{_e(jmap.name)}">',
    ]
    svg_ops(drawing.paper + drawing.background + drawing.curves, images, out)
    for box, ops in drawing.cards:
        card = cards.get(box.card_id)
        label = _card_label(card) if card else ""
        out.append(f'<g class="card" id="{_e(anchor + "-" + box.card_id)}" data-stage="{_e(box.stage_id)}">'
                   f"<title>{_e(label)}</title>"
                   f'<rect class="hit" x="{_n(box.x - 3)}" y="{_n(box.y - 3)}" width="{_n(box.w + 6)}" '
                   f'height="{_n(box.h + 6)}" rx="8"/>')
        svg_ops(ops, images, out)
        out.append("</g>")
    out.append('<g class="headers">')
    svg_ops(drawing.stage_headers + drawing.lane_headers + drawing.corner, images, out)
    out.append("</g></svg></div></div>")
    described = [(s, jmap.stage(s.stage_id).description) for s in layout.stages]
    out.append('<ol class="stage-notes">' + "".join(
        f"<li><b>{_e(s.name)}</b>{': ' + _e(d) if d else ''}</li>" for s, d in described) + "</ol>")
    out.append("</section>")
    return "".join(out)


# ---- personas and jobs --------------------------------------------------------------------------------
def _personas_section(project: Project, images: _Images) -> str:
    out = ['<section class="view people" id="personas"><h2>' + _e(tr("Personas")) + "</h2>"]
    for persona in project.personas:
        out.append(_persona(persona, images))
    out.append("</section>")
    return "".join(out)


def _persona(persona: Persona, images: _Images) -> str:
    uri = images.uri(persona.photo, *PHOTO_PT) if persona.photo else None
    initial = _e((persona.name or "?")[:1].upper())
    photo = (f'<img class="photo" src="{uri}" alt="{_e(persona.name)}">' if uri else
             f'<div class="photo initial" style="background:{persona.color}">{initial}</div>')
    facts = [(tr("Age"), persona.age), (tr("Gender"), persona.gender), (tr("Location"), persona.location),
             (tr("Preferred channels"), ", ".join(c.label for c in persona.preferred_channels))]
    facts_html = "".join(f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in facts if value)
    fields = [(tr("Goals"), persona.goals), (tr("Pain points"), persona.pain_points),
              (tr("Motivations"), persona.motivations), (tr("Behaviours"), persona.behaviours),
              (tr("Values"), persona.values), (tr("Interests"), persona.interests),
              (tr("Lifestyle"), [persona.lifestyle] if persona.lifestyle else [])]
    lists = "".join(f"<div class='field'><h4>{_e(label)}</h4><ul>" + "".join(f"<li>{_e(i)}</li>" for i in items)
                    + "</ul></div>" for label, items in fields if items)
    quote = f"<blockquote>“{_e(persona.quote)}”</blockquote>" if persona.quote else ""
    role = f"<p class='role'>{_e(persona.role)}</p>" if persona.role else ""
    return (f'<article class="persona" style="--persona:{persona.color}"><div class="side">{photo}'
            f"<dl>{facts_html}</dl></div><div class='main'><h3>{_e(persona.name)}</h3>{role}{quote}"
            f"<div class='fields'>{lists}</div></div></article>")


def _jobs_section(project: Project) -> str:
    stage_names = {s.id: s.name for jmap in project.maps for s in jmap.stages}
    ranked = sorted(project.jobs, key=lambda j: (-j.opportunity, -j.importance))
    headers = ["#", tr("Job to be done"), tr("Kind"), tr("Importance"), tr("Satisfaction"), tr("Opportunity"),
               tr("Stages")]
    rows = "".join(_job_row(rank, job, stage_names) for rank, job in enumerate(ranked, start=1))
    note = tr("Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth "
              "attention, above 15 is strong.")
    return (f'<section class="view jobs" id="jobs"><h2>{_e(tr("Jobs to be done, ranked by opportunity"))}</h2>'
            f"<table><thead><tr>{''.join(f'<th>{_e(h)}</th>' for h in headers)}</tr></thead><tbody>{rows}</tbody>"
            f"</table><p class='note'>{_e(note)}</p></section>")


def _job_row(rank: int, job: Job, stage_names: dict[str, str]) -> str:
    level = "strong" if job.opportunity > 15 else "notable" if job.opportunity > 10 else ""
    stages = ", ".join(stage_names.get(s, "?") for s in job.stage_ids) or "–"
    cells = [str(rank), job.statement, job.kind.label, str(job.importance), str(job.satisfaction)]
    return ("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells)
            + f"<td class='score {level}'>{job.opportunity}</td><td>{_e(stages)}</td></tr>")


# ---- header ------------------------------------------------------------------------------------------
def _header(project: Project, tabs: list[tuple[str, str]], cover: bool, images: _Images) -> str:
    meta = project.meta
    size = png_size(project.assets.get(meta.logo, b"")) if meta.logo else None
    scale = min(LOGO_PT[0] / size[0], LOGO_PT[1] / size[1]) if size else 0.0
    # The client's logo, as on the PDF cover, whole: its box has its own proportions.
    logo_uri = images.uri(meta.logo, size[0] * scale, size[1] * scale) if meta.logo and size else None
    logo = f"<img class='logo' src='{logo_uri}' alt='{_e(meta.client or tr('Client logo'))}'>" if logo_uri else ""
    subtitle = " · ".join(p for p in (meta.client, cover_details(meta)) if p)
    nav = "".join(f'<a href="#{anchor}" data-view="{anchor}">{_e(name)}</a>' for anchor, name in tabs)
    notes = f"<p class='scope'>{_e(meta.notes)}</p>" if cover and meta.notes else ""
    return (f"<header>{logo}<div class='titles'><h1>{_e(meta.title or tr('Customer journey map'))}</h1>"
            f"<p class='subtitle'>{_e(subtitle)}</p>{notes}</div><nav>{nav}</nav>"
            f"<div class='tools'><input type='search' id='search' placeholder='{_e(tr('Search cards'))}' "
            f"aria-label='{_e(tr('Search cards'))}'><span id='found' aria-live='polite'></span>"
            f"<button id='prev' title='{_e(tr('Previous stage (←)'))}'>◀</button>"
            f"<span id='where'></span>"
            f"<button id='next' title='{_e(tr('Next stage (→)'))}'>▶</button>"
            f"<button id='fit' title='{_e(tr('Whole map (0)'))}'>{_e(tr('Fit'))}</button>"
            f"<button id='zoomout' title='{_e(tr('Zoom out (−)'))}'>−</button>"
            f"<button id='zoomin' title='{_e(tr('Zoom in (+)'))}'>+</button></div></header>")


if __name__ == "__main__":
    build_base_fonts()
