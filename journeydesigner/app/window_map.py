"""The Map side of the main window: cards, stages, lanes and maps from menus, and job links from drops."""

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from journeydesigner.app.controller import EditController
from journeydesigner.canvas.items import CardItem, HeaderItem
from journeydesigner.canvas.scene import MapScene
from journeydesigner.commands import AddMap, EditFields, Target
from journeydesigner.commands.axis import Axis
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap, Kind, Lane, Stage
from journeydesigner.templates import new_project

# To the type checker the mixin is the window it is mixed into; at run time it adds no base class.
if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class MapActions(_Window):
    """Mixed into MainWindow, which provides the attributes and methods declared here."""

    doc: Document
    scene: MapScene | None
    controller: EditController | None
    maps_menu: QMenu

    def report(self, message: str) -> None: ...
    def show_map(self, map_id: str) -> None: ...

    def _link_job(self, job_id: str, target: object) -> None:
        """A job dropped on a card links the card to it; dropped on a stage header, the job arises there."""
        if self.scene is None or not any(j.id == job_id for j in self.doc.project.jobs):
            return
        if isinstance(target, CardItem):
            card = self.scene.jmap.card(target.card_id)
            if job_id not in card.job_ids:
                self.doc.push(EditFields(self.doc, Target("cards", card.id, self.scene.map_id),
                                         {"job_ids": [*card.job_ids, job_id]}, tr("Link job to card")))
            self.report(tr("Job linked to the card"))
        elif isinstance(target, HeaderItem):
            job = next(j for j in self.doc.project.jobs if j.id == job_id)
            if target.item_id not in job.stage_ids:
                stage_ids = [*job.stage_ids, target.item_id]
                self.doc.push(EditFields(self.doc, Target("jobs", job_id), {"stage_ids": stage_ids},
                                         tr("Link job to stage")))
            self.report(tr("Job linked to the stage"))

    def _select_all(self) -> None:
        if self.scene is not None:
            self.scene.select_cards([c.id for c in self.scene.jmap.cards], ensure_visible=False)

    def _current_cell(self) -> tuple[str, str] | None:
        scene = self.scene
        if scene is None:
            return None
        if scene.current_cell is None and scene.layout.stages and scene.layout.lanes:
            scene.set_current_cell((scene.layout.lanes[0].lane_id, scene.layout.stages[0].stage_id))
        return scene.current_cell

    def _new_card(self) -> None:
        cell = self._current_cell()
        if cell and self.scene is not None:
            selected = self.scene.selected_card_ids()
            box = self.scene.layout.cards.get(selected[-1]) if selected else None
            self.scene.request_create(cell, box.index + 1 if box and (box.lane_id, box.stage_id) == cell else None)

    def _add_from_palette(self, kind: str) -> None:
        cell = self._current_cell()
        if cell and self.scene is not None:
            self.scene.request_create(cell, None, kind)

    def _edit_card(self) -> None:
        """F2: the selected card's text, or the name of the stage or lane header last clicked."""
        if self.scene is None:
            return
        ids = self.scene.selected_card_ids()
        if len(ids) == 1:
            self.scene.edit_card(ids[0])
        elif not ids and self.scene.selected_axis is not None:
            self.scene.edit_header(*self.scene.selected_axis)

    def set_card_color(self, color: str | None) -> None:
        if self.controller is not None:
            self.controller.set_color(color)

    def _axis_target(self, axis: str) -> str | None:
        """The stage or lane to act on: the current cell's, or the header last clicked."""
        scene = self.scene
        if scene is None:
            return None
        if scene.selected_axis and scene.selected_axis[0] == axis:
            return scene.selected_axis[1]
        if scene.current_cell:
            return scene.current_cell[1] if axis == "stages" else scene.current_cell[0]
        return None

    def add_stage(self) -> None:
        """A new stage right after the current one, shown and selected, its name ready to type over."""
        if self.scene is not None and self.controller is not None:
            stage_id = self.controller.add_stage(tr("New stage"), self._axis_target("stages"))
            self.scene.edit_header("stages", stage_id)

    def add_lane(self) -> None:
        labels = [k.label for k in Kind]
        label, ok = QInputDialog.getItem(self, tr("Add lane"), tr("What the lane holds:"), labels, 0, False)
        if ok and self.scene is not None and self.controller is not None:
            kind = list(Kind)[labels.index(label)]
            lane_id = self.controller.add_lane(label, kind, self._axis_target("lanes"))
            self.scene.edit_header("lanes", lane_id)

    def rename_axis(self, axis: str, item_id: str | None = None) -> None:
        item_id = item_id or self._axis_target(axis)
        if item_id is None or self.scene is None:
            self.report(tr("Select a stage first.") if axis == "stages" else tr("Select a lane first."))
            return
        self.scene.edit_header(axis, item_id)

    def remove_axis(self, axis: Axis) -> None:
        item_id = self._axis_target(axis)
        if item_id is None or self.scene is None or self.controller is None:
            self.report(tr("Select a stage first.") if axis == "stages" else tr("Select a lane first."))
            return
        if len(getattr(self.scene.jmap, axis)) <= 1:
            self.report(tr("A map keeps at least one stage and one lane."))
            return
        field = "stage_id" if axis == "stages" else "lane_id"
        count = sum(1 for c in self.scene.jmap.cards if getattr(c, field) == item_id)
        self.controller.remove_axis_item(axis, item_id)
        self.scene.selected_axis = None
        self.report(tr("Removed with %n card(s) — Undo brings them back.", "", count))

    def add_map(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Add map"), tr("Map name:"), text=tr("Another journey"))
        if not ok:
            return
        template = new_project().maps[0].model_copy(deep=True)
        jmap = JourneyMap(name=name.strip() or tr("Another journey"),
                          stages=[Stage(name=s.name, description=s.description) for s in template.stages],
                          lanes=[Lane(name=ln.name, kind=ln.kind) for ln in template.lanes])
        self.doc.push(AddMap(self.doc, jmap))
        self.show_map(jmap.id)

    def rename_map(self) -> None:
        if self.scene is None:
            return
        jmap = self.scene.jmap
        name, ok = QInputDialog.getText(self, tr("Rename map"), tr("Map name:"), text=jmap.name)
        if ok and name.strip() and name.strip() != jmap.name:
            self.doc.push(EditFields(self.doc, Target("maps", jmap.id), {"name": name.strip()}, tr("Rename map")))

    def _fill_maps(self) -> None:
        self.maps_menu.clear()
        for jmap in self.doc.project.maps:
            action = self.maps_menu.addAction(jmap.name, partial(self.show_map, jmap.id))
            action.setCheckable(True)
            action.setChecked(self.scene is not None and jmap.id == self.scene.map_id)
