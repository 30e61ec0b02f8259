"""Write a PDF deliverable with reportlab: vector, fonts embedded as subsets, bookmarks and metadata."""

import os
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from journeydesigner import __version__
from journeydesigner.export.confidential import prepare
from journeydesigner.export.pages import Page, Plan, plan_document
from journeydesigner.export.pdfpaint import PdfPainter
from journeydesigner.export.printimage import LOW_PPI
from journeydesigner.export.safefile import ExportCancelled, ExportError, partial_file
from journeydesigner.gcpause import collector_paused
from journeydesigner.i18n import tr
from journeydesigner.layout.fonts import register_fonts
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions


def plan_for(project: Project, options: ExportOptions) -> tuple[Project, Plan]:
    prepared, warnings = prepare(project, options)
    plan = plan_document(prepared, options)
    plan.warnings[:0] = warnings
    return prepared, plan


def write_pdf(project: Project, options: ExportOptions, path: str | os.PathLike[str],
              progress: Callable[[int, int], bool] | None = None) -> list[str]:
    """Write the PDF; returns warnings (legibility). Raises ExportError or ExportCancelled, leaving no file."""
    with collector_paused():
        return _write_pdf(project, options, Path(path), progress)


def _write_pdf(project: Project, options: ExportOptions, path: Path,
               progress: Callable[[int, int], bool] | None) -> list[str]:
    prepared, plan = plan_for(project, options)
    if not plan.pages:
        raise ExportError(tr("there is nothing to export: choose at least one section"))
    with partial_file(path) as tmp:
        fonts = register_fonts()  # the bundled font from the first byte: no unembedded Helvetica in the file
        # types-reportlab has initialFontName as a float; reportlab takes a font name.
        canvas = Canvas(str(tmp), pagesize=(plan.pages[0].width, plan.pages[0].height), pageCompression=1,
                        initialFontName=fonts["regular"], initialFontSize=10)  # type: ignore[arg-type]
        meta = prepared.meta
        canvas.setTitle(meta.title or tr("Customer journey map"))
        canvas.setAuthor(meta.author or "")
        canvas.setSubject(tr("Customer journey map for {client}").format(client=meta.client) if meta.client
                          else tr("Customer journey map"))
        canvas.setKeywords(", ".join([tr("customer journey"), tr("journey map"), *(m.name for m in prepared.maps),
                                      *(p.name for p in prepared.personas)]))
        canvas.setCreator(f"Journey Designer {__version__}")
        painter = PdfPainter(canvas, prepared.assets)
        for number, page in enumerate(plan.pages, start=1):
            _draw_page(canvas, painter, page, number)
            if progress is not None and not progress(number, len(plan.pages)):
                raise ExportCancelled
        canvas.showOutline()
        canvas.save()
    return plan.warnings + painter.font_warnings() + low_resolution_warnings(prepared, painter.image_ppi)


def low_resolution_warnings(project: Project, image_ppi: dict[str, float]) -> list[str]:
    """One warning per photo that prints below LOW_PPI, named as the user knows it."""
    names: dict[str, str] = {}
    for persona in project.personas:
        if persona.photo:
            names.setdefault(persona.photo, tr("the photo of {name}").format(name=persona.name))
    for jmap in project.maps:
        for card in jmap.cards:
            if card.image:
                names.setdefault(card.image, tr("the image on the card “{title}”").format(title=card.title[:60]))
    return [tr("{what} prints at {ppi} ppi, below the {low} ppi a photo needs to look sharp; use a larger "
               "image").format(what=names.get(asset, asset), ppi=round(ppi), low=LOW_PPI)
            for asset, ppi in image_ppi.items() if ppi < LOW_PPI]


def _draw_page(canvas: Canvas, painter: PdfPainter, page: Page, number: int) -> None:
    canvas.setPageSize((page.width, page.height))
    trim = bleed = None  # reportlab keeps a box for the pages after: every page sets its own
    if page.trim is not None:
        x, y, w, h = page.trim
        b = page.bleed
        trim = (x, page.height - y - h, x + w, page.height - y)  # PDF boxes are y up
        bleed = (trim[0] - b, trim[1] - b, trim[2] + b, trim[3] + b)
    canvas.setTrimBox(trim)
    canvas.setBleedBox(bleed)
    if page.bookmark:
        title, level = page.bookmark
        key = f"page-{number}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(title, key, level=level)
    canvas.saveState()
    canvas.translate(0, page.height)
    canvas.scale(1, -1)  # the plan is y-down, like the layout and the screen
    for part in page.parts:
        canvas.saveState()
        if part.clip is not None:
            x, y, w, h = part.clip
            path = canvas.beginPath()
            path.rect(x, y, w, h)
            canvas.clipPath(path, stroke=0, fill=0)
        canvas.translate(part.dx, part.dy)
        if part.scale != 1.0:
            canvas.scale(part.scale, part.scale)
        painter.paint(part.ops)
        canvas.restoreState()
        painter.reset()
    canvas.restoreState()
    canvas.showPage()
