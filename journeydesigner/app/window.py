"""The main window: the canvas in the centre, docks around it, menus with the standard shortcuts."""

import contextlib
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from journeydesigner.app.actions import add_action
from journeydesigner.app.actions_files import FileActions
from journeydesigner.app.actions_map import MapActions
from journeydesigner.app.actions_present import PresentActions
from journeydesigner.app.actions_view import ViewActions
from journeydesigner.app.chrome import Dock, style_chrome
from journeydesigner.app.collector import settle_garbage_soon
from journeydesigner.app.context_menus import show_context_menu
from journeydesigner.app.controller import EditController
from journeydesigner.app.findbar import FindBar
from journeydesigner.app.icons import action_icon
from journeydesigner.app.notice_bar import ConflictBar, NoticeBar
from journeydesigner.app.palette import KindPalette
from journeydesigner.app.preferences import PreferencesDialog
from journeydesigner.app.recovery import DEFAULT_DELAY_MS, Autosaver
from journeydesigner.app.settings import int_setting, settings
from journeydesigner.app.sharing import ChangeWatcher, release_lock, take_lock, take_lock_aside
from journeydesigner.app.toolbar_fit import ToolbarFit
from journeydesigner.canvas.scene import MapScene
from journeydesigner.canvas.view import MapView
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap
from journeydesigner.model.cellindex import cell_index
from journeydesigner.panels.inspector import Inspector
from journeydesigner.panels.outline import MapOutline, describe_card
from journeydesigner.panels.personas import PersonaPanel
from journeydesigner.templates import new_project

if TYPE_CHECKING:
    from journeydesigner.app.compare_panel import Comparer
    from journeydesigner.panels.jobs import JobsPanel
    from journeydesigner.present.presentation import Presentation

SK = QKeySequence.StandardKey
FIRST_LOCK_AFTER_MS = 300  # the start's document: its lock waits for the first paint (issue 15)


class MainWindow(QMainWindow):
    """The widgets, docks and the open document's wiring; the menus' commands belong to one action controller
    per area (files, map, view, present), composed here."""

    def __init__(self, doc: Document | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1440, 900)
        self.setAcceptDrops(True)
        self.doc: Document = doc or Document(new_project())
        self.scene: MapScene | None = None
        self.watcher = ChangeWatcher(self)
        self._locking: threading.Thread | None = None  # the first document's lock, being taken aside
        self._shown_once = False
        self.controller: EditController | None = None
        self.view = MapView()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(lambda pos: show_context_menu(self, pos))
        self._find_bar: FindBar | None = None  # Edit › Find…: made on first use (see find_bar)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.conflict_bar = ConflictBar()  # sync tools' conflicted copies beside the file: compare with one
        self.conflict_bar.compareRequested.connect(lambda path: self.comparer.compare_with(path))
        self._comparer: Comparer | None = None
        self._conflicts_checked: Document | None = None
        column.addWidget(self.conflict_bar)
        self.notice_bar = NoticeBar()  # a file from a newer version: what is shown simplified
        column.addWidget(self.notice_bar)
        column.addWidget(self.view)
        self._column = column
        self.setCentralWidget(central)
        self._make_docks()
        self._make_status_bar()
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._set_document(self.doc)
        geometry = settings().value("window/geometry")
        self.has_saved_geometry = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        state = settings().value("window/state")
        # Docks and toolbars where the user left them.
        self.has_saved_layout = isinstance(state, QByteArray) and self.restoreState(state)

    # ---- building the window --------------------------------------------------------------------
    def _make_docks(self) -> None:
        self.card_palette = KindPalette()
        self.palette_dock = self._dock(tr("Cards"), "palette", self.card_palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.personas_dock = self._dock(tr("Personas"), "personas", QWidget(), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.jobs_dock = self._dock(tr("Jobs to be done"), "jobs", QWidget(), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.outline = MapOutline()
        self.outline.cardsChosen.connect(self._cards_chosen_in_outline)
        self.outline_dock = self._dock(tr("Outline"), "outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.outline_dock.visibilityChanged.connect(  # its tab chosen: built only now (once laid out)
            lambda shown: shown and QTimer.singleShot(0, self.outline.refresh_if_seen))
        self.tabifyDockWidget(self.personas_dock, self.jobs_dock)
        self.tabifyDockWidget(self.jobs_dock, self.outline_dock)
        self.personas_dock.raise_()
        self.inspector_dock = self._dock(tr("Inspector"), "inspector", QWidget(), Qt.DockWidgetArea.RightDockWidgetArea)
        self.docks = [self.palette_dock, self.personas_dock, self.jobs_dock, self.outline_dock, self.inspector_dock]
        # Wide enough for whole forms (the persona photo's buttons, the inspector's fields), and the palette
        # tall enough to show every card kind; the map keeps the rest, even at 1280 × 720.
        self.resizeDocks([self.palette_dock, self.inspector_dock], [300, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.palette_dock, self.personas_dock], [self.card_palette.needed_height() + 40, 600],
                         Qt.Orientation.Vertical)
        self.persona_panel: PersonaPanel | None = None
        self._jobs_panel: JobsPanel | None = None
        self.inspector: Inspector | None = None
        self.jobs_dock.visibilityChanged.connect(  # its tab chosen: the panel is made now (once laid out)
            lambda shown: shown and QTimer.singleShot(0, self._jobs_panel_if_seen))

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = Dock(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setAccessibleName(tr("{title} panel").format(title=title))
        self.addDockWidget(area, dock)
        return dock

    def _make_status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.selection_label = QLabel("")
        style_chrome(self.statusBar())
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))

    def _make_actions(self) -> None:
        # Each area's controller owns its actions; the window keeps their names, so menus, tests and the
        # context menus reach them as before.
        self.file_actions = files = FileActions(self)
        (self.act_new, self.act_open, self.act_import, self.act_properties, self.act_save, self.act_save_as,
         self.act_export, self.act_compare, self.act_close, self.act_quit, self.act_start) = (
            files.act_new, files.act_open, files.act_import, files.act_properties, files.act_save, files.act_save_as,
            files.act_export, files.act_compare, files.act_close, files.act_quit, files.act_start)
        self.open_path, self.save, self.maybe_save, self.show_start_screen = (
            files.open_path, files.save, files.maybe_save, files.show_start_screen)
        self.map_actions = edits = MapActions(self, self)
        self.view.jobDropped.connect(edits.link_job)
        self.card_palette.addRequested.connect(edits.add_from_palette)
        (self.act_undo, self.act_redo, self.act_cut, self.act_copy, self.act_paste, self.act_duplicate,
         self.act_delete, self.act_select_all, self.act_new_card, self.act_edit_card) = (
            edits.act_undo, edits.act_redo, edits.act_cut, edits.act_copy, edits.act_paste, edits.act_duplicate,
            edits.act_delete, edits.act_select_all, edits.act_new_card, edits.act_edit_card)
        (self.act_add_stage, self.act_rename_stage, self.act_remove_stage, self.act_add_lane, self.act_rename_lane,
         self.act_remove_lane, self.act_add_map, self.act_rename_map) = (
            edits.act_add_stage, edits.act_rename_stage, edits.act_remove_stage, edits.act_add_lane,
            edits.act_rename_lane, edits.act_remove_lane, edits.act_add_map, edits.act_rename_map)
        self.add_stage, self.add_lane, self.rename_axis, self.remove_axis, self.set_card_color = (
            edits.add_stage, edits.add_lane, edits.rename_axis, edits.remove_axis, edits.set_card_color)
        self.view_actions = views = ViewActions(self, self.view, lambda: self.find_bar, self.docks)
        (self.act_find, self.act_find_next, self.act_find_prev, self.act_zoom_in, self.act_zoom_out, self.act_fit,
         self.act_actual, self.act_focus_map) = (
            views.act_find, views.act_find_next, views.act_find_prev, views.act_zoom_in, views.act_zoom_out,
            views.act_fit, views.act_actual, views.act_focus_map)
        self.focus_actions = views.focus_actions
        self.present_actions = presents = PresentActions(self, self)
        self.act_present, self.act_present_here, self.act_present_intro, self.present = (
            presents.act_present, presents.act_present_here, presents.act_present_intro, presents.present)
        a = partial(add_action, self)  # the window's own: Help, and Preferences
        self.act_shortcuts = a(tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence(SK.HelpContents),
                               tr("Every keyboard shortcut"))
        self.act_preferences = a(tr("&Preferences…"), self.show_preferences, QKeySequence(SK.Preferences),
                                 tr("Default template, autosave, theme, presentation screen"))
        self.act_about = a(tr("&About Journey Designer"), self.show_about, None,
                           tr("Version and licences"))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.act_new)
        self.new_menu = self.file_actions.add_template_menu(file_menu)
        file_menu.addAction(self.act_start)
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_import)
        self.recent_menu = self.file_actions.add_recent_menu(file_menu)
        file_menu.addSeparator()
        for action in (self.act_save, self.act_save_as, self.act_export, self.act_compare):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_properties)
        file_menu.addAction(self.act_preferences)
        file_menu.addSeparator()
        file_menu.addAction(self.act_close)
        file_menu.addAction(self.act_quit)

        edit = bar.addMenu(tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        for action in (self.act_cut, self.act_copy, self.act_paste, self.act_duplicate, self.act_delete):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.act_new_card, self.act_edit_card, self.act_select_all):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.act_find, self.act_find_next, self.act_find_prev):
            edit.addAction(action)

        view = bar.addMenu(tr("&View"))
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_present)
        view.addAction(self.act_present_here)
        view.addAction(self.act_present_intro)
        view.addSeparator()
        self.view_actions.add_panels_menu(view)

        map_menu = bar.addMenu(tr("&Map"))
        for action in (self.act_add_stage, self.act_rename_stage, self.act_remove_stage):
            map_menu.addAction(action)
        map_menu.addSeparator()
        for action in (self.act_add_lane, self.act_rename_lane, self.act_remove_lane):
            map_menu.addAction(action)
        map_menu.addSeparator()
        self.maps_menu = self.map_actions.add_maps_menu(map_menu)
        map_menu.addAction(self.act_add_map)
        map_menu.addAction(self.act_rename_map)

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)

    def _make_toolbar(self) -> None:
        tools = QToolBar(tr("Main toolbar"))
        tools.setObjectName("toolbar-main")
        style_chrome(tools)
        for action in (self.act_open, self.act_save, None, self.act_undo, self.act_redo, None, self.act_add_stage,
                       self.act_add_lane, self.act_new_card, None, self.act_zoom_out, self.act_fit, self.act_zoom_in,
                       None, self.act_find, self.act_export, None, self.act_present):
            if action is None:
                tools.addSeparator()
            else:
                tools.addAction(action)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tools.setIconSize(QSize(22, 22))
        self.addToolBar(tools)
        self.toolbar_fit = ToolbarFit(tools, [self.act_zoom_out, self.act_fit, self.act_zoom_in])
        self.apply_icons()

    def apply_icons(self) -> None:
        """Icons in the theme's text colour: apply_theme calls this again on every window."""
        color = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
        icons = {self.act_open: "open", self.act_save: "save", self.act_undo: "undo", self.act_redo: "redo",
                 self.act_add_stage: "add-stage", self.act_add_lane: "add-lane", self.act_new_card: "new-card",
                 self.act_zoom_out: "zoom-out", self.act_fit: "fit", self.act_zoom_in: "zoom-in",
                 self.act_find: "find", self.act_export: "export", self.act_present: "present"}
        for action, name in icons.items():
            action.setIcon(action_icon(name, color))


    # ---- the document -----------------------------------------------------------------------------
    def _document_links(self, doc: Document) -> list[tuple[SignalInstance, Callable[..., object]]]:
        stack = doc.undo_stack
        return [
            (stack.cleanChanged, self._update_title),
            (doc.pathChanged, self._update_title),
            (doc.changed, self._on_doc_changed),
            *self.map_actions.document_links(doc),
        ]

    def _set_document(self, doc: Document, map_id: str | None = None) -> None:
        replaced = self.scene is not None  # another document was open: its objects are garbage now
        if doc is not self.doc or self.scene is not None:
            self._release_document()
            if doc is not self.doc:
                self.doc.deleteLater()  # freed at a safe point of the event loop, not by a random collection
        self.doc = doc
        for signal, slot in self._document_links(doc):
            signal.connect(slot)
        self.map_actions.follow_document(doc)
        if not doc.project.maps:
            doc.project.maps.append(JourneyMap(name=tr("Customer journey")))
        self._make_panels(doc)
        self.autosaver = Autosaver(doc, int_setting("autosave/delay_ms", DEFAULT_DELAY_MS))
        if doc.path is not None and not doc.read_only:
            if self.isVisible():
                take_lock(doc.path)
            else:  # the window's first document: locked once the window is drawn (the lock needs psutil, ≈20 ms)
                # With the window as the timer's context: a window deleted before then is not called (it raised).
                QTimer.singleShot(FIRST_LOCK_AFTER_MS, self, partial(self._lock_if_still_open, doc))
        self.watcher.watch(doc.path)
        self.show_map(map_id or doc.project.maps[0].id)
        self._update_title()
        settle_garbage_soon(collect=replaced)
        self.notice_bar.show_notes(doc.project.load_notes)
        if doc.project.load_warnings:
            QTimer.singleShot(0, self, lambda: self._show_load_warnings(doc))

    def _lock_if_still_open(self, doc: Document) -> None:
        if doc is self.doc and doc.path is not None and not doc.read_only and self.isVisible():
            self._locking = take_lock_aside(doc.path)  # (not after a close: closing released what there was)

    def _show_load_warnings(self, doc: Document) -> None:
        problems = "\n".join(f"• {w}" for w in doc.project.load_warnings[:12])
        more = len(doc.project.load_warnings) - 12
        # Missing or damaged images show as placeholders; converted or reduced ones are kept, changed: say which.
        QMessageBox.warning(self, tr("Opened with warnings"),
                            tr("“{name}” opened, but some of its images could not be used as they were:").format(
                                name=doc.display_name) + f"\n\n{problems}"
                            + ("\n" + tr("… and %n more", "", more) if more > 0 else ""))

    def _make_panels(self, doc: Document) -> None:
        """Panels belong to one document: a newly opened project gets new ones."""
        for panel in (self.persona_panel, self._jobs_panel, self.inspector):
            if panel is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    panel.detach()
                panel.deleteLater()
        self.persona_panel = PersonaPanel(doc)
        self.persona_panel.personaFocused.connect(self._focus_persona)
        self._jobs_panel = None
        self.inspector = Inspector(doc)
        for refused in (self.persona_panel.binder.rejected, self.inspector.project_form.binder.rejected,
                        self.inspector.rejected):
            refused.connect(self.report)  # a value the model refuses: say why, change nothing
        self.personas_dock.setWidget(self.persona_panel)
        self._replace_dock_widget(self.jobs_dock, QWidget())
        self.inspector_dock.setWidget(self.inspector)
        self._jobs_panel_if_seen()

    @property
    def find_bar(self) -> FindBar:
        """The find bar over the map, made when Find is first used: hidden until then, it need not be built
        before the window's first paint (issue 15)."""
        if self._find_bar is None:
            self._find_bar = FindBar()
            self._find_bar.hide()
            self._find_bar.closed.connect(self.view.setFocus)
            self._column.insertWidget(self._column.indexOf(self.view), self._find_bar)
            if self.scene is not None:
                self._find_bar.attach(self.scene)
        return self._find_bar

    @property
    def comparer(self) -> "Comparer":
        """File › Compare With…, made on first use with its modules (the comparison, the merge, the panel): a
        window that never compares need not load them before its first paint (issue 15)."""
        if self._comparer is None:
            from journeydesigner.app.compare_panel import Comparer

            self._comparer = Comparer(self, self.conflict_bar)
        return self._comparer

    def _follow_comparison(self) -> None:
        """Another map or document shown: the comparison redraws or ends; a new document's folder is looked at
        for conflicted copies."""
        if self._comparer is not None:
            self._comparer.follow()
        elif self._conflicts_checked is not self.doc:
            self._conflicts_checked = self.doc
            self.conflict_bar.check(self.doc.path)

    @property
    def jobs_panel(self) -> "JobsPanel":
        """The Jobs panel of the open document, made when its tab is first shown or it is first asked for: on a
        first start it sits behind the Personas tab, and need not hold up the window's first paint (issue 15)."""
        if self._jobs_panel is None:
            from journeydesigner.panels.jobs import JobsPanel

            self._jobs_panel = JobsPanel(self.doc)
            self._jobs_panel.binder.rejected.connect(self.report)
            self._replace_dock_widget(self.jobs_dock, self._jobs_panel)
        return self._jobs_panel

    def _jobs_panel_if_seen(self) -> None:
        if self._jobs_panel is None and not self.jobs_dock.visibleRegion().isEmpty():
            self.jobs_panel  # noqa: B018 (made on first use)

    @staticmethod
    def _replace_dock_widget(dock: QDockWidget, widget: QWidget) -> None:
        """A dock's new widget; a placeholder it held is deleted (a panel is deleted by its owner)."""
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None and type(old) is QWidget:
            old.deleteLater()

    def show_preferences(self) -> None:
        if PreferencesDialog(self).exec():
            self.autosaver.timer.setInterval(int_setting("autosave/delay_ms", DEFAULT_DELAY_MS))
            self.present_actions.follow_settings()
            self.view.apply_theme()

    def show_shortcuts(self) -> None:
        from journeydesigner.app.help import ShortcutsDialog  # the Help dialogs load when asked for

        ShortcutsDialog(self.actions(), self).exec()

    def show_about(self) -> None:
        from journeydesigner.app.help import AboutDialog

        AboutDialog(self).exec()

    def _focus_persona(self, persona_id: object) -> None:
        if self.scene is not None:
            self.scene.set_focus_persona(persona_id if isinstance(persona_id, str) else None)

    def _update_inspector(self) -> None:
        scene = self.scene
        if self.inspector is None or scene is None or not Shiboken.isValid(scene):
            return
        ids = scene.selected_card_ids()
        if ids:
            scene.selected_axis = None
            self.inspector.show_selection(scene.map_id, ("cards", ids))
        elif scene.selected_axis is not None:
            axis, item_id = scene.selected_axis
            self.inspector.show_selection(scene.map_id, (axis, [item_id]))
        else:
            self.inspector.show_selection(scene.map_id, ("map", []))

    def _release_document(self) -> None:
        """Disconnect from the document: its undo stack signals while it is destroyed."""
        if self._locking is not None:
            self._locking.join()  # the lock written first, then released: none left behind
            self._locking = None
        if self.doc.path is not None:
            release_lock(self.doc.path)
        for signal, slot in self._document_links(self.doc):
            with contextlib.suppress(RuntimeError, TypeError):  # never connected, or already gone
                signal.disconnect(slot)
        if self.scene is not None and Shiboken.isValid(self.scene):
            self.scene.detach()
        saver = getattr(self, "autosaver", None)
        if saver is not None and saver.doc is self.doc:
            with contextlib.suppress(RuntimeError, TypeError):
                saver.stop()

    @property
    def presentation(self) -> "Presentation | None":
        """The running presentation, None while editing."""
        return self.present_actions.presentation

    def show_map(self, map_id: str) -> None:
        old = self.scene
        self.scene = MapScene(self.doc, map_id, self)
        self.scene.selectionChanged.connect(self._update_selection)
        self.scene.selectionChanged.connect(self._update_inspector)
        self.scene.axisSelected.connect(lambda _axis, _id: self._update_inspector())
        self.scene.axisCleared.connect(self._update_inspector)
        self.view.setScene(self.scene)
        self.controller = EditController(self.doc, self.scene, self.report)
        if self._find_bar is not None:
            self._find_bar.attach(self.scene)
        self.outline.show_map(self.scene.jmap)
        if old is not None and Shiboken.isValid(old):
            old.dispose()
        self._update_title()
        self._update_selection()
        self._update_inspector()
        self.view.set_zoom(1.0)
        if self.isVisible():
            self.view.fit_width()
        else:
            self.view.fit_width_when_sized()
        self._follow_comparison()

    def _on_doc_changed(self, map_id: object) -> None:
        if self.scene is not None and not any(m.id == self.scene.map_id for m in self.doc.project.maps):
            self.show_map(self.doc.project.maps[0].id)
        if self._find_bar is not None and self._find_bar.isVisible():
            self._find_bar.refresh()
        if self.scene is not None:
            self.outline.jmap = self.scene.jmap
            self.outline.map_changed(self.doc.changed_cells if map_id == self.scene.map_id else None)
        self._update_title()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(100, self.view.fit_width)  # after the window manager has given its size
            if not self.has_saved_layout:
                self.personas_dock.raise_()  # the tab a first run opens on; later, the user's own layout

    def _update_title(self) -> None:
        map_name = self.scene.jmap.name if self.scene else ""
        recovered = tr(" (recovered)") if self.doc.recovered else tr(" (read-only)") if self.doc.read_only else ""
        self.setWindowTitle(tr("{file}{state}[*] — {map} — Journey Designer").format(
            file=self.doc.display_name, state=recovered, map=map_name))
        self.setWindowModified(self.doc.modified)

    def _update_selection(self) -> None:
        scene = self.scene  # it signals while it is destroyed
        ids = scene.selected_card_ids() if scene is not None and Shiboken.isValid(scene) else []
        count = len(ids)
        self.selection_label.setText(tr("%n selected", "", count) if count else "")
        self.outline.select_cards(ids)
        self._describe_selection(ids)
        self.map_actions.follow_selection(count)

    def _describe_selection(self, ids: list[str]) -> None:
        """Screen readers cannot see the cards (QGraphicsItems): the canvas describes its selection instead."""
        jmap = self.scene.jmap if self.scene is not None else None
        # While several cards are deleted the scene still selects items whose cards have left the model.
        card = cell_index(jmap).by_id.get(ids[0]) if jmap is not None and len(ids) == 1 else None
        if jmap is None or not ids or (len(ids) == 1 and card is None):
            text = tr("No card selected")
        elif card is not None:
            text = describe_card(card, jmap.stage(card.stage_id).name, jmap.lane(card.lane_id).name)
        else:
            text = tr("%n cards selected", "", len(ids))
        self.view.setAccessibleDescription(text)

    def _cards_chosen_in_outline(self, ids: list[str]) -> None:
        if self.scene is not None and ids:
            self.scene.select_cards(ids)

    def report(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    # ---- files ----------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.file_actions.open_dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.scene is not None and self.scene.editor is not None:
            self.scene.editor.commit()
        if self.maybe_save():
            settings().setValue("window/geometry", self.saveGeometry())
            settings().setValue("window/state", self.saveState())
            self.autosaver.discard()  # saved or deliberately discarded: nothing left to recover
            self._release_document()
            self.watcher.watch(None)  # a closed window asks nothing about the file any more
            if self.scene is not None and Shiboken.isValid(self.scene):
                self.scene.dispose()
            self.scene = None
            event.accept()
        else:
            event.ignore()

    # ---- editing --------------------------------------------------------------------------------
