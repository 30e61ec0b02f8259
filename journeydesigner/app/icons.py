"""Action icons: SVG line drawings (resources/icons/actions) drawn in the palette's text colour, so they read
in the light and the dark theme, and rendered at several sizes and device-pixel ratios so they stay crisp."""

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeydesigner.resources import resource_path

SIZES = (16, 20, 24, 32, 48, 64)  # logical 16–32 px at 1× and 2×


@cache
def action_icon(name: str, color: str) -> QIcon:
    """The icon ``name`` with its strokes in ``color`` (a #RRGGBB string); cached per theme colour."""
    svg = resource_path("icons", "actions", f"{name}.svg").read_bytes().replace(b"currentColor", color.encode())
    renderer = QSvgRenderer(QByteArray(svg))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
