"""Turns the canvas's intents and the menu's actions into undoable commands on the document."""

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication

from journeydesigner.canvas.scene import MapScene
from journeydesigner.commands import (
    AddAxisItem,
    AddCards,
    EditFields,
    MoveAxisItem,
    MoveCards,
    RemoveAxisItem,
    RemoveCards,
    Target,
)
from journeydesigner.commands.axis import Axis
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.model import Channel, EmotionCard, Kind, Lane, Stage, TouchpointCard, make_card, new_id
from journeydesigner.model.kinds import CHANNEL_LABELS


class EditController:
    def __init__(self, doc: Document, scene: MapScene, report: Callable[[str], None]) -> None:
        self.doc, self.scene, self.report = doc, scene, report
        scene.cardsMoved.connect(self.move_cards)
        scene.cardCreateRequested.connect(self.create_card)
        scene.cardTextCommitted.connect(self.set_title)
        scene.axisMoved.connect(self.move_axis_item)
        scene.stageResized.connect(self.resize_stage)
        scene.headerRenamed.connect(self.rename)

    @property
    def map_id(self) -> str:
        return self.scene.map_id

    # ---- cards ----------------------------------------------------------------------------------
    def move_cards(self, ids: list[str], lane_id: str, stage_id: str, index: int, score: int | None) -> None:
        jmap = self.scene.jmap
        cell = [c.id for c in jmap.cell(lane_id, stage_id)]
        same_place = cell[index : index + len(ids)] == ids if index + len(ids) <= len(cell) else False
        first = jmap.card(ids[0])
        changes_score = score is not None and isinstance(first, EmotionCard) and first.score != score
        if same_place and not changes_score:
            return
        stack = self.doc.undo_stack
        feeling = EditFields(self.doc, Target("cards", ids[0], self.map_id), {"score": score},
                             tr("Change feeling")) if changes_score else None
        if same_place and feeling is not None:
            self.doc.push(feeling)  # raising a point is a change of feeling, and the Undo label says so
        else:
            stack.beginMacro(tr("Move %n card(s)", "", len(ids)))
            self.doc.push(MoveCards(self.doc, self.map_id, ids, lane_id, stage_id, index))
            if feeling is not None:
                self.doc.push(feeling)
            stack.endMacro()
        self.scene.select_cards(ids, ensure_visible=False)

    def create_card(self, lane_id: str, stage_id: str, index: int, kind: str, score: int | None = None) -> None:
        card = make_card(Kind(kind), lane_id, stage_id)
        if score is not None and isinstance(card, EmotionCard):
            card.score = score
        if isinstance(card, EmotionCard) and self.doc.project.personas:
            persona_ids = self.scene.jmap.persona_ids or [self.doc.project.personas[0].id]
            card.persona_id = persona_ids[0]
        self.doc.push(AddCards(self.doc, self.map_id, [card], lane_id, stage_id, index, tr("Add card")))
        self.scene.edit_card(card.id)

    def set_title(self, card_id: str, title: str) -> None:
        changes: dict[str, object] = {"title": title}
        card = self.scene.jmap.card(card_id)
        if isinstance(card, TouchpointCard) and card.kind == Kind.CHANNEL.value and card.channel is Channel.WEB:
            named = channel_named_in(title)  # a Channel card called "Social media" is on social media, not the web
            if named is not None:
                changes["channel"] = named
        self.doc.push(EditFields(self.doc, Target("cards", card_id, self.map_id), changes, tr("Edit text")))

    def set_color(self, color: str | None) -> None:
        ids = self.scene.selected_card_ids()
        if not ids:
            return
        self.doc.undo_stack.beginMacro(tr("Change colour"))
        for cid in ids:
            target = Target("cards", cid, self.map_id)
            self.doc.push(EditFields(self.doc, target, {"color": color}, tr("Change colour")))
        self.doc.undo_stack.endMacro()

    def delete_selected(self) -> None:
        ids = self.scene.selected_card_ids()
        if ids:
            self.doc.push(RemoveCards(self.doc, self.map_id, ids))

    def copy(self) -> bool:
        ids = set(self.scene.selected_card_ids())
        if not ids:
            return False
        cards = [c for c in self.scene.jmap.cards if c.id in ids]
        from journeydesigner.app.clipboard import to_mime  # on first use (issue 15: not before the first paint)

        QGuiApplication.clipboard().setMimeData(to_mime(cards, self.doc.project.assets))
        self.report(tr("Copied %n card(s)", "", len(cards)))
        return True

    def cut(self) -> None:
        if self.copy():
            ids = self.scene.selected_card_ids()
            self.doc.push(RemoveCards(self.doc, self.map_id, ids, tr("Cut %n card(s)", "", len(ids))))

    def paste(self) -> None:
        cell = self._target_cell()
        if cell is None:
            self.report(tr("Click a cell first: pasted cards go into the current cell."))
            return
        lane = self.scene.jmap.lane(cell[0])
        from journeydesigner.app.clipboard import PasteError, from_mime

        try:
            pasted = from_mime(QGuiApplication.clipboard().mimeData(), lane.kind)
        except PasteError as exc:
            self.report(str(exc))
            return
        self.doc.project.assets.update(pasted.assets)
        self._insert(pasted.cards, cell, tr("Paste"))

    def duplicate(self) -> None:
        ids = self.scene.selected_card_ids()
        if not ids:
            return
        jmap = self.scene.jmap
        last = jmap.card(ids[-1])
        copies = [jmap.card(i).model_copy(deep=True, update={"id": new_id("card")}) for i in ids]
        self._insert(copies, (last.lane_id, last.stage_id), tr("Duplicate"))

    def _insert(self, cards: list, cell: tuple[str, str], text: str) -> None:
        selected = self.scene.selected_card_ids()
        index = len(self.scene.jmap.cell(*cell))
        if selected and (box := self.scene.layout.cards.get(selected[-1])) and (box.lane_id, box.stage_id) == cell:
            index = box.index + 1
        command = AddCards(self.doc, self.map_id, cards, cell[0], cell[1], index, text)
        self.doc.push(command)
        self.scene.select_cards(command.card_ids)

    def _target_cell(self) -> tuple[str, str] | None:
        return self.scene.current_cell

    # ---- stages and lanes -----------------------------------------------------------------------
    def move_axis_item(self, axis: Axis, item_id: str, index: int) -> None:
        self.doc.push(MoveAxisItem(self.doc, self.map_id, axis, item_id, index))

    def resize_stage(self, stage_id: str, width: float) -> None:
        target = Target("stages", stage_id, self.map_id)
        self.doc.push(EditFields(self.doc, target, {"width": width}, tr("Resize stage")))

    def add_stage(self, name: str, after: str | None) -> str:
        """Insert a stage after ``after`` (or last); returns its id."""
        stages = self.scene.jmap.stages
        index = next((i + 1 for i, s in enumerate(stages) if s.id == after), len(stages))
        stage = Stage(name=name)
        self.doc.push(AddAxisItem(self.doc, self.map_id, "stages", stage, index))
        return stage.id

    def add_lane(self, name: str, kind: Kind, after: str | None) -> str:
        """Insert a lane below ``after`` (or last); returns its id."""
        lanes = self.scene.jmap.lanes
        index = next((i + 1 for i, ln in enumerate(lanes) if ln.id == after), len(lanes))
        lane = Lane(name=name, kind=kind)
        self.doc.push(AddAxisItem(self.doc, self.map_id, "lanes", lane, index))
        return lane.id

    def remove_axis_item(self, axis: Axis, item_id: str) -> None:
        self.doc.push(RemoveAxisItem(self.doc, self.map_id, axis, item_id))

    def rename(self, axis: str, item_id: str, name: str) -> None:
        text = tr("Rename stage") if axis == "stages" else tr("Rename lane")
        self.doc.push(EditFields(self.doc, Target(axis, item_id, self.map_id), {"name": name}, text))


def channel_named_in(title: str) -> Channel | None:
    """The channel whose name (in the user's language or in English) a card's title contains, longest first."""
    text = title.casefold()
    names = sorted(((name.casefold(), channel) for channel in Channel
                    for name in {channel.label, CHANNEL_LABELS[channel]} if channel is not Channel.OTHER),
                   key=lambda pair: -len(pair[0]))
    return next((channel for name, channel in names if name in text), None)
