"""SVG of a map, drawn with QPainter into Qt's SVG generator from the same ops as the canvas and the PDF."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from journeydesigner.export.confidential import prepared_copy
from journeydesigner.export.safefile import ExportError, write_export
from journeydesigner.export.svgfonts import embed_fonts
from journeydesigner.formats.common import xml_safe
from journeydesigner.gcpause import collector_paused
from journeydesigner.i18n import tr
from journeydesigner.layout.mapdraw import project_map_drawing
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile.errors import one_line
from journeydesigner.qtdraw import image_source, paint_ops


@collector_paused()
def write_svg(project: Project, map_id: str, path: Path, options: ExportOptions) -> None:
    prepared = prepared_copy(project, options.model_copy(update={"map_ids": []}))
    drawing = project_map_drawing(prepared, prepared.map(map_id), options.analysis_markers)
    width, height = drawing.layout.width, drawing.layout.height
    # Drawn into memory and then written through the safe-write path: QSvgGenerator does not report a failed
    # write (a full disk gave "wrote out.svg" and an empty file), so it never writes to disk itself.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(prepared.map(map_id).name)
    generator.setDescription(tr("{title} — made with Journey Designer").format(title=prepared.meta.title))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(tr("could not write the SVG file {path}").format(path=one_line(path)))
    paint_ops(painter, drawing.all_ops(paper=not options.transparent), image_source(prepared.assets))
    if not painter.end():
        raise ExportError(tr("could not write the SVG file {path}").format(path=one_line(path)))
    buffer.close()
    svg = embed_fonts(bytes(buffer.data().data()).decode("utf-8"))  # the same look on a machine without the fonts
    write_export(path, xml_safe(svg).encode("utf-8"))  # QSvgGenerator copies a NUL in a title into the XML
