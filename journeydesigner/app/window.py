"""The main window: the canvas in the centre, docks around it, menus with the standard shortcuts."""

import contextlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QShowEvent
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

from journeydesigner.app.collector import settle_garbage_soon
from journeydesigner.app.compare_panel import Comparer
from journeydesigner.app.context_menus import show_context_menu
from journeydesigner.app.controller import EditController
from journeydesigner.app.export_dialog import ExportDialog
from journeydesigner.app.findbar import FindBar
from journeydesigner.app.help import AboutDialog, ShortcutsDialog
from journeydesigner.app.icons import action_icon
from journeydesigner.app.import_dialog import choose_and_import
from journeydesigner.app.notice_bar import NoticeBar
from journeydesigner.app.palette import KindPalette
from journeydesigner.app.preferences import PreferencesDialog
from journeydesigner.app.recovery import DEFAULT_DELAY_MS, Autosaver
from journeydesigner.app.settings import (
    bool_setting,
    int_setting,
    settings,
)
from journeydesigner.app.sharing import ChangeWatcher, release_lock, take_lock
from journeydesigner.app.toolbar_fit import ToolbarFit
from journeydesigner.app.window_files import FileActions
from journeydesigner.app.window_map import MapActions
from journeydesigner.canvas.scene import MapScene
from journeydesigner.canvas.view import MapView
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap
from journeydesigner.panels.inspector import Inspector
from journeydesigner.panels.jobs import JobsPanel
from journeydesigner.panels.outline import MapOutline, describe_card
from journeydesigner.panels.personas import PersonaPanel
from journeydesigner.panels.project import ProjectPropertiesDialog
from journeydesigner.present.presentation import OVERVIEW, Presentation, start_presentation
from journeydesigner.templates import DEFAULT_TEMPLATE, list_templates, new_project

SK = QKeySequence.StandardKey


def default_template() -> str:
    """The template File › New uses: the one chosen in Preferences."""
    known = {info.name for info in list_templates()}
    chosen = str(settings().value("new/template", DEFAULT_TEMPLATE))
    return chosen if chosen in known else DEFAULT_TEMPLATE


class MainWindow(FileActions, MapActions, QMainWindow):
    def __init__(self, doc: Document | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1440, 900)
        self.setAcceptDrops(True)
        self.doc: Document = doc or Document(new_project())
        self.scene: MapScene | None = None
        self.presentation: Presentation | None = None
        self.watcher = ChangeWatcher(self)
        self.watcher.changedOnDisk.connect(self._changed_on_disk)
        self._shown_once = False
        self.controller: EditController | None = None
        self.view = MapView()
        self.view.filesDropped.connect(self._open_dropped)
        self.view.jobDropped.connect(self._link_job)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(lambda pos: show_context_menu(self, pos))
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.closed.connect(self.view.setFocus)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.comparer = Comparer(self)  # File › Compare With…, and the bar about conflicted copies
        column.addWidget(self.comparer.bar)
        self.notice_bar = NoticeBar()  # a file from a newer version: what is shown simplified
        column.addWidget(self.notice_bar)
        column.addWidget(self.find_bar)
        column.addWidget(self.view)
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
        self.card_palette.addRequested.connect(self._add_from_palette)

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
        self.jobs_panel: JobsPanel | None = None
        self.inspector: Inspector | None = None

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setAccessibleName(tr("{title} panel").format(title=title))
        self.addDockWidget(area, dock)
        return dock

    def _make_status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.selection_label = QLabel("")
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _on_controller(self, act: Callable[[EditController], object]) -> Callable[[], None]:
        """A slot that calls ``act`` on the shown map's controller; nothing without a map."""
        def slot() -> None:
            if self.controller is not None:
                act(self.controller)
        return slot

    def _make_actions(self) -> None:
        a = self._action
        self.act_new = a(tr("&New"), lambda: self.new_from_template(default_template()), SK.New,
                         tr("A new project from the default template (Preferences)"))
        self.act_open = a(tr("&Open…"), self.open_dialog, SK.Open)
        self.act_import = a(tr("&Import…"), lambda: choose_and_import(self), None,
                            tr("A spreadsheet (CSV, Excel) or a Mermaid journey, as a new project or into this one"))
        self.act_properties = a(tr("Project &Properties…"), self.show_project_properties, None,
                                tr("Title, client, author, date, version, notes and logo of the deliverable"))
        self.act_save = a(tr("&Save"), self.save, SK.Save)
        self.act_save_as = a(tr("Save &As…"), self.save_as, SK.SaveAs)
        self.act_export = a(tr("&Export…"), self.export_dialog, QKeySequence("Ctrl+E"),
                            tr("Export the map as PDF, PNG or SVG"))
        self.act_compare = a(tr("Co&mpare With…"), self.comparer.choose_file, None,
                             tr("Compare with another version of this project and take its changes"))
        self.act_close = a(tr("&Close"), self.close, SK.Close)
        self.act_quit = a(tr("&Quit"), self.close, SK.Quit)
        self.act_undo = a(tr("&Undo"), lambda: self.doc.undo_stack.undo(), SK.Undo)
        self.act_redo = a(tr("&Redo"), lambda: self.doc.undo_stack.redo(), SK.Redo)
        # The toolbar keeps the short words (the menu and the tooltip say what will be undone), so the buttons
        # after Undo and Redo do not jump sideways whenever that text changes length.
        self.act_undo.setIconText(tr("Undo"))
        self.act_redo.setIconText(tr("Redo"))
        self.act_cut = a(tr("Cu&t"), self._on_controller(EditController.cut), SK.Cut)
        self.act_copy = a(tr("&Copy"), self._on_controller(EditController.copy), SK.Copy)
        self.act_paste = a(tr("&Paste"), self._on_controller(EditController.paste), SK.Paste)
        self.act_duplicate = a(tr("D&uplicate"), self._on_controller(EditController.duplicate),
                               QKeySequence("Ctrl+D"))
        self.act_delete = a(tr("&Delete"), self._on_controller(EditController.delete_selected),
                            [QKeySequence(SK.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        self.act_select_all = a(tr("Select &All"), self._select_all, SK.SelectAll)
        self.act_new_card = a(tr("&New Card"), self._new_card, QKeySequence(Qt.Key.Key_Insert),
                              tr("Add a card to the current cell"))
        self.act_edit_card = a(tr("&Edit Card Text"), self._edit_card, QKeySequence(Qt.Key.Key_F2))
        self.act_find = a(tr("&Find…"), self.find_bar.open_bar, SK.Find)
        self.act_find_next = a(tr("Find &Next"), lambda: self.find_bar.step(1), SK.FindNext)
        self.act_find_prev = a(tr("Find Pre&vious"), lambda: self.find_bar.step(-1), SK.FindPrevious)
        self.act_zoom_in = a(tr("Zoom &In"), lambda: self.view.zoom_by(1.25), [QKeySequence(SK.ZoomIn),
                                                                           QKeySequence("Ctrl+=")])
        self.act_zoom_out = a(tr("Zoom &Out"), lambda: self.view.zoom_by(0.8), SK.ZoomOut)
        self.act_fit = a(tr("&Fit Map"), self.view.fit_map, QKeySequence("Ctrl+0"))
        self.act_actual = a(tr("&Actual Size (100 %)"), lambda: self.view.set_zoom(1.0), QKeySequence("Ctrl+1"))
        self.act_present = a(tr("&Present"), lambda: self.present(False), QKeySequence(Qt.Key.Key_F5),
                             tr("Present the map full-screen from the overview"))
        self.act_present_here = a(tr("Present from Current &Stage"), lambda: self.present(True),
                                  QKeySequence("Shift+F5"), tr("Present the map full-screen from the current stage"))
        self.act_present_intro = a(tr("Begin with Personas and &Jobs"), self._remember_intro, None,
                                   tr("Open presentations with a slide per persona and the ranked jobs"))
        self.act_present_intro.setCheckable(True)
        self.act_present_intro.setChecked(bool_setting("presentation/intro_slides", False))
        self.act_add_stage = a(tr("Add &Stage"), self.add_stage, QKeySequence("Ctrl+Alt+Right"),
                               tr("Add a stage after the current one and name it"))
        self.act_rename_stage = a(tr("&Rename Stage"), lambda: self.rename_axis("stages"))
        self.act_remove_stage = a(tr("Re&move Stage"), lambda: self.remove_axis("stages"))
        self.act_add_lane = a(tr("Add &Lane…"), self.add_lane, QKeySequence("Ctrl+Alt+Down"),
                              tr("Add a lane below the current one"))
        self.act_rename_lane = a(tr("Re&name Lane"), lambda: self.rename_axis("lanes"))
        self.act_remove_lane = a(tr("Remo&ve Lane"), lambda: self.remove_axis("lanes"))
        self.act_add_map = a(tr("Add &Map…"), self.add_map)
        self.act_shortcuts = a(tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence(SK.HelpContents),
                               tr("Every keyboard shortcut"))
        self.act_start = a(tr("&Start Screen…"), self.show_start_screen, QKeySequence("Ctrl+Shift+N"),
                           tr("Recent files, templates and the sample project"))
        self.act_preferences = a(tr("&Preferences…"), self.show_preferences, QKeySequence(SK.Preferences),
                                 tr("Default template, autosave, theme, presentation screen"))
        self.act_about = a(tr("&About Journey Designer"), lambda: AboutDialog(self).exec(), None,
                           tr("Version and licences"))
        self.act_rename_map = a(tr("Rename Ma&p…"), self.rename_map)
        self.doc_actions: list[QAction] = []
        # Keyboard users reach every panel and come back to the map without the mouse.
        self.act_focus_map = a(tr("Go to the &Map"), self.view.setFocus, QKeySequence("Alt+0"),
                               tr("Move the keyboard focus to the map"))
        self.focus_actions = [self.act_focus_map]
        for number, dock in enumerate(self.docks, start=1):
            action = a(tr("Go to {panel}").format(panel=dock.windowTitle()), partial(self.focus_dock, dock),
                       QKeySequence(f"Alt+{number}"), tr("Show the {panel} panel and move the keyboard focus there")
                       .format(panel=dock.windowTitle()))
            self.focus_actions.append(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.act_new)
        self.new_menu = file_menu.addMenu(tr("New from &Template"))
        for info in list_templates():
            action = self.new_menu.addAction(info.title, partial(self.new_from_template, info.name))
            action.setStatusTip(info.description)
        file_menu.addAction(self.act_start)
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_import)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
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
        panels = view.addMenu(tr("&Panels"))
        for dock in self.docks:
            panels.addAction(dock.toggleViewAction())
        panels.addSeparator()
        for action in self.focus_actions:
            panels.addAction(action)

        map_menu = bar.addMenu(tr("&Map"))
        for action in (self.act_add_stage, self.act_rename_stage, self.act_remove_stage):
            map_menu.addAction(action)
        map_menu.addSeparator()
        for action in (self.act_add_lane, self.act_rename_lane, self.act_remove_lane):
            map_menu.addAction(action)
        map_menu.addSeparator()
        self.maps_menu = map_menu.addMenu(tr("&Switch to Map"))
        self.maps_menu.aboutToShow.connect(self._fill_maps)
        map_menu.addAction(self.act_add_map)
        map_menu.addAction(self.act_rename_map)

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)

    def _make_toolbar(self) -> None:
        tools = QToolBar(tr("Main toolbar"))
        tools.setObjectName("toolbar-main")
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
            (stack.canUndoChanged, self.act_undo.setEnabled),
            (stack.canRedoChanged, self.act_redo.setEnabled),
            (stack.undoTextChanged, self._undo_text),
            (stack.redoTextChanged, self._redo_text),
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
        self.act_undo.setEnabled(doc.undo_stack.canUndo())
        self.act_redo.setEnabled(doc.undo_stack.canRedo())
        if not doc.project.maps:
            doc.project.maps.append(JourneyMap(name=tr("Customer journey")))
        self._make_panels(doc)
        self.autosaver = Autosaver(doc, int_setting("autosave/delay_ms", DEFAULT_DELAY_MS))
        if doc.path is not None and not doc.read_only:
            take_lock(doc.path)
        self.watcher.watch(doc.path)
        self.show_map(map_id or doc.project.maps[0].id)
        self._update_title()
        settle_garbage_soon(collect=replaced)
        self.notice_bar.show_notes(doc.project.load_notes)
        if doc.project.load_warnings:
            QTimer.singleShot(0, lambda: self._show_load_warnings(doc))

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
        for panel in (self.persona_panel, self.jobs_panel, self.inspector):
            if panel is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    panel.detach()
                panel.deleteLater()
        self.persona_panel = PersonaPanel(doc)
        self.persona_panel.personaFocused.connect(self._focus_persona)
        self.jobs_panel = JobsPanel(doc)
        self.inspector = Inspector(doc)
        binders = [self.persona_panel.binder, self.jobs_panel.binder, self.inspector.project_form.binder]
        for binder in binders + [form.binder for form in self.inspector.forms.values()]:
            binder.rejected.connect(self.report)  # a value the model refuses: say why, change nothing
        self.personas_dock.setWidget(self.persona_panel)
        self.jobs_dock.setWidget(self.jobs_panel)
        self.inspector_dock.setWidget(self.inspector)

    def present(self, from_current: bool) -> None:
        """Full screen on the chosen screen; the editor stays exactly as it is underneath."""
        if self.scene is None:
            return
        start = OVERVIEW
        if from_current and self.scene.current_cell is not None:
            stage_ids = [s.stage_id for s in self.scene.layout.stages]
            start = stage_ids.index(self.scene.current_cell[1])
        if self.scene.editor is not None:
            self.scene.editor.commit()
        screen = str(settings().value("presentation/screen", "") or "")
        intro = self.act_present_intro.isChecked() and not from_current
        self.presentation = start_presentation(self.doc, self.scene.map_id, start, self, screen, intro=intro)
        self.presentation.closed.connect(self._presentation_closed)

    def show_preferences(self) -> None:
        if PreferencesDialog(self).exec():
            self.autosaver.timer.setInterval(int_setting("autosave/delay_ms", DEFAULT_DELAY_MS))
            self.act_present_intro.setChecked(bool_setting("presentation/intro_slides", False))
            self.view.apply_theme()

    def show_project_properties(self) -> None:
        ProjectPropertiesDialog(self.doc, self).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions(), self).exec()

    def _remember_intro(self) -> None:
        settings().setValue("presentation/intro_slides", self.act_present_intro.isChecked())

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.activateWindow()
        self.view.setFocus()

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

    def _undo_text(self, text: str) -> None:
        self.act_undo.setText(tr("&Undo {action}").format(action=text).strip())
        self.act_undo.setToolTip(self.act_undo.text().replace("&", ""))

    def _redo_text(self, text: str) -> None:
        self.act_redo.setText(tr("&Redo {action}").format(action=text).strip())
        self.act_redo.setToolTip(self.act_redo.text().replace("&", ""))

    def show_map(self, map_id: str) -> None:
        old = self.scene
        self.scene = MapScene(self.doc, map_id, self)
        self.scene.selectionChanged.connect(self._update_selection)
        self.scene.selectionChanged.connect(self._update_inspector)
        self.scene.axisSelected.connect(lambda _axis, _id: self._update_inspector())
        self.scene.axisCleared.connect(self._update_inspector)
        self.view.setScene(self.scene)
        self.controller = EditController(self.doc, self.scene, self.report)
        self.find_bar.attach(self.scene)
        self.outline.show_map(self.scene.jmap)
        if old is not None and Shiboken.isValid(old):
            old.dispose()
        self._update_title()
        self._update_selection()
        self._update_inspector()
        self.view.set_zoom(1.0)
        if self.isVisible():
            self.view.fit_width()
        self.comparer.follow()

    def _on_doc_changed(self, map_id: object) -> None:
        if self.scene is not None and not any(m.id == self.scene.map_id for m in self.doc.project.maps):
            self.show_map(self.doc.project.maps[0].id)
        if self.find_bar.isVisible():
            self.find_bar.refresh()
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
        for action in (self.act_cut, self.act_copy, self.act_duplicate, self.act_delete):
            action.setEnabled(count > 0)

    def focus_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        widget = dock.widget()
        if widget is None:
            return
        target = widget if widget.focusPolicy() != Qt.FocusPolicy.NoFocus else widget.nextInFocusChain()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _describe_selection(self, ids: list[str]) -> None:
        """Screen readers cannot see the cards (QGraphicsItems): the canvas describes its selection instead."""
        jmap = self.scene.jmap if self.scene is not None else None
        # While several cards are deleted the scene still selects items whose cards have left the model.
        card = next((c for c in jmap.cards if c.id == ids[0]), None) if jmap is not None and len(ids) == 1 else None
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
    def export_dialog(self) -> None:
        if self.scene is None:
            return
        view = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        boxes = [self.scene.layout.cards[c] for c in self.scene.selected_card_ids()]
        selection = None
        if boxes:
            x0, y0 = min(b.x for b in boxes) - 10, min(b.y for b in boxes) - 10
            x1, y1 = max(b.x + b.w for b in boxes) + 10, max(b.y + b.h for b in boxes) + 10
            selection = (x0, y0, x1 - x0, y1 - y0)
        regions = {"map": None, "view": (view.x(), view.y(), view.width(), view.height()), "selection": selection}
        dialog = ExportDialog(self.doc, self.scene.map_id, regions, self)
        if dialog.exec() and dialog.saved_path is not None:
            self.report(tr("Exported {name}").format(name=dialog.saved_path.name)
                        + (tr(" — with warnings") if dialog.warnings else ""))

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
