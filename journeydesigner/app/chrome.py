"""The window chrome's own look (shared/DESIGN.md: a calm, consistent look on top of the Fusion style).

The toolbar and the status bar take ui/journeydesigner.qss, set on them alone; dock titles are semi-bold by
their font. An application-wide style sheet would send every widget of the window, every panel's field too,
through Qt's style sheet engine: ≈0.1 s of CPU before a 5,000-card map's first paint (issue 15), for rules that
touch three kinds of widget.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QWidget

from journeydesigner.resources import stylesheet


def style_chrome(widget: QWidget) -> None:
    """The toolbar's or the status bar's spacing, from the stylesheet (colours stay the palette's)."""
    widget.setStyleSheet(stylesheet())


class Dock(QDockWidget):
    """A dock whose title is semi-bold while what it holds keeps the normal weight."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        font = QFont()  # only the weight: family and size still follow the application's font
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        normal = QFont()  # only the weight: family and size still come from the dock
        normal.setWeight(QFont.Weight.Normal)
        widget.setFont(normal)
        super().setWidget(widget)
