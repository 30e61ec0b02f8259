"""A page of the PDF plan drawn with QPainter: the export dialog's live preview."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journeydesigner.export.pages import Page
from journeydesigner.model import Project
from journeydesigner.qtdraw import PixmapSource, image_source, paint_ops


def render_page(project: Project, page: Page, width_px: int) -> QImage:
    scale = width_px / page.width
    image = QImage(width_px, max(1, round(page.height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    paint_page(painter, page, image_source(project.assets))
    painter.end()
    return image


def paint_page(painter: QPainter, page: Page, images: PixmapSource) -> None:
    """Every part of a page plan, each with its clip and transform; used by previews and slides."""
    for part in page.parts:
        painter.save()
        if part.clip is not None:
            painter.setClipRect(QRectF(*part.clip), Qt.ClipOperation.IntersectClip)
        painter.translate(part.dx, part.dy)
        painter.scale(part.scale, part.scale)
        paint_ops(painter, part.ops, images)
        painter.restore()
