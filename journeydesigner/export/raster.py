"""PNG of a map, drawn with QPainter from the same ops as the canvas and the PDF (export/svg.py: the SVG)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from journeydesigner.export.confidential import prepared_copy
from journeydesigner.export.pngwrite import save_png
from journeydesigner.export.safefile import ExportError, partial_file
from journeydesigner.gcpause import collector_paused
from journeydesigner.i18n import number, tr
from journeydesigner.layout.mapdraw import project_map_drawing
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.qtdraw import image_source, paint_ops

# 4 bytes a pixel: 250 million pixels is a 1 GB image in memory, beyond what a slide or a printer needs.
MAX_PIXELS = 250_000_000
Region = tuple[float, float, float, float]


def render_image(project: Project, map_id: str, scale: float = 1.0, transparent: bool = False,
                 region: Region | None = None, markers: bool = False) -> QImage:
    """The map (or a region of it, in map units) as an image; raises ExportError when it would be too big."""
    drawing = project_map_drawing(project, project.map(map_id), markers)
    x, y, w, h = region or (0.0, 0.0, drawing.layout.width, drawing.layout.height)
    width, height = round(w * scale), round(h * scale)
    if width <= 0 or height <= 0:
        raise ExportError(tr("there is nothing to draw in that area"))
    if width * height > MAX_PIXELS:
        raise ExportError(tr("a {width} × {height} pixel image is more than the {limit} million pixels a PNG export "
                             "may have; choose a smaller scale (at most {scale}) or export a PDF").format(
            width=number(width), height=number(height), limit=MAX_PIXELS // 1_000_000,
            scale=number((MAX_PIXELS / (w * h)) ** 0.5, 2)))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(tr("there is not enough memory for a {width:,} × {height:,} pixel image").format(
            width=width, height=height))
    dots_per_meter = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(-x, -y)
    paint_ops(painter, drawing.all_ops(paper=not transparent), image_source(project.assets))
    painter.end()
    return image


@collector_paused()
def write_png(project: Project, map_id: str, path: Path, options: ExportOptions,
              region: Region | None = None) -> None:
    prepared = prepared_copy(project, options.model_copy(update={"map_ids": []}))
    image = render_image(prepared, map_id, options.png_scale, options.transparent, region, options.analysis_markers)
    with partial_file(path) as tmp:
        try:
            save_png(image, tmp, image.dotsPerMeterX(), alpha=options.transparent)
        except OSError as exc:
            raise ExportError(tr("could not write the PNG image {path} ({reason})").format(
                path=path, reason=exc.strerror or exc)) from None
