"""The Edit and Map menus of the main window: undo, the clipboard, cards, stages, lanes and maps; job links from drops.

Card edits go through the shown map's EditController (app/controller.py); this only decides what to act on.
"""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from journeydesigner.app.actions import Editor, WindowActions
from journeydesigner.app.controller import EditController
from journeydesigner.canvas.items import CardItem, HeaderItem
from journeydesigner.commands import AddMap, EditFields, Target
from journeydesigner.commands.axis import Axis
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap, Kind, Lane, Stage
from journeydesigner.templates import new_project

SK = QKeySequence.StandardKey


class MapActions(WindowActions):
    """Undo and redo, cut/copy/paste/duplicate/delete, new and edited cards, and adding, renaming and removing
    stages, lanes and maps."""

    def __init__(self, window: QWidget, editor: Editor) -> None:
        super().__init__(window)
        self.editor = editor
        a = self.action
        self.act_undo = a(tr("&Undo"), lambda: editor.doc.undo_stack.undo(), SK.Undo)
        self.act_redo = a(tr("&Redo"), lambda: editor.doc.undo_stack.redo(), SK.Redo)
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
        self.act_add_stage = a(tr("Add &Stage"), self.add_stage, QKeySequence("Ctrl+Alt+Right"),
                               tr("Add a stage after the current one and name it"))
        self.act_rename_stage = a(tr("&Rename Stage"), lambda: self.rename_axis("stages"))
        self.act_remove_stage = a(tr("Re&move Stage"), lambda: self.remove_axis("stages"))
        self.act_add_lane = a(tr("Add &Lane…"), self.add_lane, QKeySequence("Ctrl+Alt+Down"),
                              tr("Add a lane below the current one"))
        self.act_rename_lane = a(tr("Re&name Lane"), lambda: self.rename_axis("lanes"))
        self.act_remove_lane = a(tr("Remo&ve Lane"), lambda: self.remove_axis("lanes"))
        self.act_add_map = a(tr("Add &Map…"), self.add_map)
        self.act_rename_map = a(tr("Rename Ma&p…"), self.rename_map)

    def add_maps_menu(self, menu: QMenu) -> QMenu:
        """Map › Switch to Map, filled each time it opens with the project's maps, the shown one checked."""
        self.maps_menu = menu.addMenu(tr("&Switch to Map"))
        self.maps_menu.aboutToShow.connect(self._fill_maps)
        return self.maps_menu

    def document_links(self, doc: Document) -> list[tuple[SignalInstance, Callable[..., object]]]:
        """Undo and Redo follow the document's undo stack: enabled, and saying what they would undo."""
        stack = doc.undo_stack
        return [
            (stack.canUndoChanged, self.act_undo.setEnabled),
            (stack.canRedoChanged, self.act_redo.setEnabled),
            (stack.undoTextChanged, self._undo_text),
            (stack.redoTextChanged, self._redo_text),
        ]

    def follow_document(self, doc: Document) -> None:
        self.act_undo.setEnabled(doc.undo_stack.canUndo())
        self.act_redo.setEnabled(doc.undo_stack.canRedo())

    def follow_selection(self, count: int) -> None:
        """What acts on selected cards is enabled while there are some."""
        for action in (self.act_cut, self.act_copy, self.act_duplicate, self.act_delete):
            action.setEnabled(count > 0)

    def _undo_text(self, text: str) -> None:
        self.act_undo.setText(tr("&Undo {action}").format(action=text).strip())
        self.act_undo.setToolTip(self.act_undo.text().replace("&", ""))

    def _redo_text(self, text: str) -> None:
        self.act_redo.setText(tr("&Redo {action}").format(action=text).strip())
        self.act_redo.setToolTip(self.act_redo.text().replace("&", ""))

    def _on_controller(self, act: Callable[[EditController], object]) -> Callable[[], None]:
        """A slot that calls ``act`` on the shown map's controller; nothing without a map."""
        def slot() -> None:
            if self.editor.controller is not None:
                act(self.editor.controller)
        return slot

    def link_job(self, job_id: str, target: object) -> None:
        """A job dropped on a card links the card to it; dropped on a stage header, the job arises there."""
        doc, scene = self.editor.doc, self.editor.scene
        if scene is None or not any(j.id == job_id for j in doc.project.jobs):
            return
        if isinstance(target, CardItem):
            card = scene.jmap.card(target.card_id)
            if job_id not in card.job_ids:
                doc.push(EditFields(doc, Target("cards", card.id, scene.map_id),
                                    {"job_ids": [*card.job_ids, job_id]}, tr("Link job to card")))
            self.editor.report(tr("Job linked to the card"))
        elif isinstance(target, HeaderItem):
            job = next(j for j in doc.project.jobs if j.id == job_id)
            if target.item_id not in job.stage_ids:
                stage_ids = [*job.stage_ids, target.item_id]
                doc.push(EditFields(doc, Target("jobs", job_id), {"stage_ids": stage_ids}, tr("Link job to stage")))
            self.editor.report(tr("Job linked to the stage"))

    def _select_all(self) -> None:
        scene = self.editor.scene
        if scene is not None:
            scene.select_cards([c.id for c in scene.jmap.cards], ensure_visible=False)

    def _current_cell(self) -> tuple[str, str] | None:
        scene = self.editor.scene
        if scene is None:
            return None
        if scene.current_cell is None and scene.layout.stages and scene.layout.lanes:
            scene.set_current_cell((scene.layout.lanes[0].lane_id, scene.layout.stages[0].stage_id))
        return scene.current_cell

    def _new_card(self) -> None:
        cell, scene = self._current_cell(), self.editor.scene
        if cell and scene is not None:
            selected = scene.selected_card_ids()
            box = scene.layout.cards.get(selected[-1]) if selected else None
            scene.request_create(cell, box.index + 1 if box and (box.lane_id, box.stage_id) == cell else None)

    def add_from_palette(self, kind: str) -> None:
        cell, scene = self._current_cell(), self.editor.scene
        if cell and scene is not None:
            scene.request_create(cell, None, kind)

    def _edit_card(self) -> None:
        """F2: the selected card's text, or the name of the stage or lane header last clicked."""
        scene = self.editor.scene
        if scene is None:
            return
        ids = scene.selected_card_ids()
        if len(ids) == 1:
            scene.edit_card(ids[0])
        elif not ids and scene.selected_axis is not None:
            scene.edit_header(*scene.selected_axis)

    def set_card_color(self, color: str | None) -> None:
        if self.editor.controller is not None:
            self.editor.controller.set_color(color)

    def _axis_target(self, axis: str) -> str | None:
        """The stage or lane to act on: the current cell's, or the header last clicked."""
        scene = self.editor.scene
        if scene is None:
            return None
        if scene.selected_axis and scene.selected_axis[0] == axis:
            return scene.selected_axis[1]
        if scene.current_cell:
            return scene.current_cell[1] if axis == "stages" else scene.current_cell[0]
        return None

    def add_stage(self) -> None:
        """A new stage right after the current one, shown and selected, its name ready to type over."""
        scene, controller = self.editor.scene, self.editor.controller
        if scene is not None and controller is not None:
            stage_id = controller.add_stage(tr("New stage"), self._axis_target("stages"))
            scene.edit_header("stages", stage_id)

    def add_lane(self) -> None:
        labels = [k.label for k in Kind]
        label, ok = QInputDialog.getItem(self.host, tr("Add lane"), tr("What the lane holds:"), labels, 0, False)
        scene, controller = self.editor.scene, self.editor.controller
        if ok and scene is not None and controller is not None:
            kind = list(Kind)[labels.index(label)]
            lane_id = controller.add_lane(label, kind, self._axis_target("lanes"))
            scene.edit_header("lanes", lane_id)

    def rename_axis(self, axis: str, item_id: str | None = None) -> None:
        item_id = item_id or self._axis_target(axis)
        if item_id is None or self.editor.scene is None:
            self.editor.report(tr("Select a stage first.") if axis == "stages" else tr("Select a lane first."))
            return
        self.editor.scene.edit_header(axis, item_id)

    def remove_axis(self, axis: Axis) -> None:
        item_id = self._axis_target(axis)
        scene, controller = self.editor.scene, self.editor.controller
        if item_id is None or scene is None or controller is None:
            self.editor.report(tr("Select a stage first.") if axis == "stages" else tr("Select a lane first."))
            return
        if len(getattr(scene.jmap, axis)) <= 1:
            self.editor.report(tr("A map keeps at least one stage and one lane."))
            return
        field = "stage_id" if axis == "stages" else "lane_id"
        count = sum(1 for c in scene.jmap.cards if getattr(c, field) == item_id)
        controller.remove_axis_item(axis, item_id)
        scene.selected_axis = None
        self.editor.report(tr("Removed with %n card(s) — Undo brings them back.", "", count))

    def add_map(self) -> None:
        name, ok = QInputDialog.getText(self.host, tr("Add map"), tr("Map name:"), text=tr("Another journey"))
        if not ok:
            return
        template = new_project().maps[0].model_copy(deep=True)
        jmap = JourneyMap(name=name.strip() or tr("Another journey"),
                          stages=[Stage(name=s.name, description=s.description) for s in template.stages],
                          lanes=[Lane(name=ln.name, kind=ln.kind) for ln in template.lanes])
        self.editor.doc.push(AddMap(self.editor.doc, jmap))
        self.editor.show_map(jmap.id)

    def rename_map(self) -> None:
        doc, scene = self.editor.doc, self.editor.scene
        if scene is None:
            return
        jmap = scene.jmap
        name, ok = QInputDialog.getText(self.host, tr("Rename map"), tr("Map name:"), text=jmap.name)
        if ok and name.strip() and name.strip() != jmap.name:
            doc.push(EditFields(doc, Target("maps", jmap.id), {"name": name.strip()}, tr("Rename map")))

    def _fill_maps(self) -> None:
        self.maps_menu.clear()
        scene = self.editor.scene
        for jmap in self.editor.doc.project.maps:
            action = self.maps_menu.addAction(jmap.name, partial(self.editor.show_map, jmap.id))
            action.setCheckable(True)
            action.setChecked(scene is not None and jmap.id == scene.map_id)
