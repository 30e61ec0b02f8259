"""Action icons: SVG line drawings (resources/icons/actions) drawn in the palette's text colour, so they read
in the light and the dark theme, rendered at the size and device-pixel ratio each use asks for, so they stay
crisp on every screen."""

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from journeydesigner.resources import resource_path


@cache
def action_icon(name: str, color: str) -> QIcon:
    """The icon ``name`` with its strokes in ``color`` (a #RRGGBB string); cached per theme colour."""
    return QIcon(LineIcon(name, color))


class LineIcon(QIconEngine):
    """Draws its SVG when a size is first asked for. Rendering every icon at six sizes up front took 15 ms of
    the window's start (issue 15), for the one or two sizes a screen shows."""

    def __init__(self, name: str, color: str) -> None:
        super().__init__()
        self.name, self.color = name, color
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def clone(self) -> "LineIcon":
        return LineIcon(self.name, self.color)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        key = (size.width(), size.height(), mode, scale)
        if (drawn := self._drawn.get(key)) is None:
            drawn = self._drawn[key] = self._draw(size, mode, scale)
        return drawn

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def _draw(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        if self._renderer is None:
            svg = resource_path("icons", "actions", f"{self.name}.svg").read_bytes()
            self._renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", self.color.encode())))
        side = round(min(size.width(), size.height()) * scale)  # square drawings, as the files are
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if mode == QIcon.Mode.Disabled:  # greyed as the style greys any icon
            style = QApplication.style()
            pixmap = style.generatedIconPixmap(mode, pixmap, QStyleOption()) if style is not None else pixmap
        return pixmap
