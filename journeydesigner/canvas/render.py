"""Render a whole map to an image from the shared layout (used by PNG export and thumbnails)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from journeydesigner.canvas.qtpaint import paint_ops
from journeydesigner.layout.map_layout import layout_map
from journeydesigner.layout.mapdraw import map_ops
from journeydesigner.model import Project

MAX_PIXELS = 400_000_000


def render_map_image(project: Project, map_id: str, scale: float = 1.0) -> QImage:
    """A null image when the result would exceed MAX_PIXELS (the caller says so to the user)."""
    jmap = project.map(map_id)
    layout = layout_map(jmap, project.personas)
    width, height = round(layout.width * scale), round(layout.height * scale)
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        return QImage()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(96 / 0.0254))
    image.setDotsPerMeterY(round(96 / 0.0254))
    image.fill(Qt.GlobalColor.white)
    pixmaps: dict[str, QPixmap] = {}

    def pixmap(asset: str) -> QPixmap | None:
        if asset not in pixmaps:
            pixmaps[asset] = QPixmap()
            pixmaps[asset].loadFromData(project.assets.get(asset, b""))
        return pixmaps[asset]

    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    descriptions = {s.id: s.description for s in jmap.stages}
    paint_ops(painter, map_ops(layout, jmap.name, descriptions), pixmap)
    painter.end()
    return image
