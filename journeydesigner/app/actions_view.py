"""The View menu of the main window: zoom, find, and the panels (shown or hidden, and reached from the keyboard)."""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from journeydesigner.app.actions import WindowActions
from journeydesigner.app.findbar import FindBar
from journeydesigner.canvas.view import MapView
from journeydesigner.i18n import tr

SK = QKeySequence.StandardKey


class ViewActions(WindowActions):
    """Zoom and fit the map, find cards, and show or go to each panel; it needs only the view, the find bar and
    the docks, never the document."""

    def __init__(self, window: QWidget, view: MapView, find_bar: Callable[[], FindBar],
                 docks: list[QDockWidget]) -> None:
        """``find_bar`` gives the window's find bar, which it makes on first use."""
        super().__init__(window)
        self.docks = docks
        a = self.action
        self.act_find = a(tr("&Find…"), lambda: find_bar().open_bar(), SK.Find)
        self.act_find_next = a(tr("Find &Next"), lambda: find_bar().step(1), SK.FindNext)
        self.act_find_prev = a(tr("Find Pre&vious"), lambda: find_bar().step(-1), SK.FindPrevious)
        self.act_zoom_in = a(tr("Zoom &In"), lambda: view.zoom_by(1.25), [QKeySequence(SK.ZoomIn),
                                                                      QKeySequence("Ctrl+=")])
        self.act_zoom_out = a(tr("Zoom &Out"), lambda: view.zoom_by(0.8), SK.ZoomOut)
        self.act_fit = a(tr("&Fit Map"), view.fit_map, QKeySequence("Ctrl+0"))
        self.act_actual = a(tr("&Actual Size (100 %)"), lambda: view.set_zoom(1.0), QKeySequence("Ctrl+1"))
        # Keyboard users reach every panel and come back to the map without the mouse: Alt+0, Alt+1…
        self.act_focus_map = self.action(tr("Go to the &Map"), view.setFocus, QKeySequence("Alt+0"),
                                         tr("Move the keyboard focus to the map"))
        self.focus_actions = [self.act_focus_map]
        for number, dock in enumerate(self.docks, start=1):
            action = self.action(tr("Go to {panel}").format(panel=dock.windowTitle()), partial(self.focus_dock, dock),
                                 QKeySequence(f"Alt+{number}"),
                                 tr("Show the {panel} panel and move the keyboard focus there")
                                 .format(panel=dock.windowTitle()))
            self.focus_actions.append(action)

    def add_panels_menu(self, menu: QMenu) -> QMenu:
        """View › Panels: each panel shown or hidden, then where the keyboard goes."""
        panels = menu.addMenu(tr("&Panels"))
        for dock in self.docks:
            panels.addAction(dock.toggleViewAction())
        panels.addSeparator()
        for action in self.focus_actions:
            panels.addAction(action)
        return panels

    def focus_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        widget = dock.widget()
        if widget is None:
            return
        target = widget if widget.focusPolicy() != Qt.FocusPolicy.NoFocus else widget.nextInFocusChain()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
