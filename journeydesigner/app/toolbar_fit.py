"""A toolbar whose less needed buttons drop their words when all of them would not fit.

At 1366 px in German ("Verkleinern", "Map einpassen", "Vergrößern") the words pushed Present, the button a
workshop needs most, behind the toolbar's » menu. The zoom buttons' magnifier icons say what they do (their
tooltips too), so they go icon-only first and every button stays on the bar.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton


class ToolbarFit(QObject):
    """Watches ``toolbar``'s width; ``compactable`` actions show icons only while the words would not fit."""

    def __init__(self, toolbar: QToolBar, compactable: list[QAction]) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.buttons = [b for a in compactable if isinstance(b := toolbar.widgetForAction(a), QToolButton)]
        self.compact = False
        self.full_width = 0
        toolbar.installEventFilter(self)

    def _set(self, compact: bool) -> None:
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if compact else self.toolbar.toolButtonStyle()
        for button in self.buttons:
            button.setToolButtonStyle(style)
        self.compact = compact

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.toolbar:
            if not self.compact:
                self.full_width = self.toolbar.sizeHint().width()  # every button with its words
            compact = self.full_width > self.toolbar.width()
            if compact != self.compact:
                self._set(compact)
        return False
