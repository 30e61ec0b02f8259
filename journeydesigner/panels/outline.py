"""The map as an outline: stages › lanes › cards, in a tree a screen reader can read and a keyboard can walk.

Cards on the canvas are QGraphicsItems, which Qt's accessibility does not expose. The outline is their
accessible twin (and, for sighted users, a quick way to find a card on a big map): choosing a card here
selects and shows it on the canvas; selecting on the canvas selects it here.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap
from journeydesigner.model.cards import CardBase
from journeydesigner.model.cellindex import CellIndex, cell_index

CARD_ROLE = Qt.ItemDataRole.UserRole


def describe_card(card: CardBase, stage: str, lane: str) -> str:
    """One sentence a screen reader says for a card: kind, words, and where it stands (stage and lane names)."""
    words = card.title or tr("Untitled")
    return tr("{kind}: {words}. {stage}, {lane}.").format(kind=card.kind_enum.singular, words=words, stage=stage,
                                                         lane=lane)


class MapOutline(QTreeWidget):
    cardsChosen = Signal(list)  # card ids chosen in the outline

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setAccessibleName(tr("Map outline"))
        self.setAccessibleDescription(tr("Stages, their lanes and the cards in them, in the order of the map"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.jmap: JourneyMap | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        self._axes: tuple = ()  # the stages and lanes the tree was built for
        self._signatures: dict[str, tuple] = {}  # per stage: the lanes and cards its items show
        self._syncing = False
        self._stale = False
        self._dirty: set[str] | None = None  # the stages whose cards changed since the last rebuild (None: all)
        self._rebuild_soon = QTimer(self, singleShot=True, interval=250)  # typing in a card edits the model often
        self._rebuild_soon.timeout.connect(self.rebuild)
        self.itemSelectionChanged.connect(self._on_selection)

    def show_map(self, jmap: JourneyMap) -> None:
        self.jmap = jmap
        self._axes = ()  # another map (or project): build afresh
        self._dirty = None
        self.rebuild()

    def map_changed(self, cells: set[tuple[str, str]] | None = None) -> None:
        """The model changed: rebuild shortly, and only while someone can see the outline (big maps).

        ``cells`` (lane id, stage id): the only cells whose cards changed, so only their stages are filled
        again; None when anything may have changed."""
        if cells is None:
            self._dirty = None
        elif self._dirty is not None:
            self._dirty |= {stage_id for _lane_id, stage_id in cells}
        self._stale = True
        if self.isVisible():
            self._rebuild_soon.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        """Bring the tree up to date, rebuilding only the stages whose cards changed: with 20,000 cards a full
        rebuild takes a third of a second, and an edit usually touches one or two stages."""
        self._stale = False
        if self.jmap is None:
            return
        jmap = self.jmap
        selected = self.chosen_ids()
        cells = cell_index(jmap)
        dirty, self._dirty = self._dirty, set()
        axes = (tuple((s.id, s.name) for s in jmap.stages), tuple((ln.id, ln.name, ln.kind) for ln in jmap.lanes))
        self._syncing = True
        if axes != self._axes and self._axes and [a[0] for a in axes[0]] == [a[0] for a in self._axes[0]] \
                and axes[1] == self._axes[1]:  # stages renamed: their rows change, not the cards under them
            renamed = {new[0] for new, old in zip(axes[0], self._axes[0], strict=True) if new != old}
            for number, (stage, item) in enumerate(zip(jmap.stages, self._stage_items(), strict=True), start=1):
                item.setText(0, tr("Stage {n}: {name}").format(n=number, name=stage.name))
            for stage_id in renamed:  # the cards' descriptions name their stage
                self._signatures.pop(stage_id, None)
            self._axes = axes
            dirty = None if dirty is None else dirty | renamed
        if axes != self._axes:  # stages or lanes added, removed, moved or renamed: everything is new
            collapsed = {item.data(0, CARD_ROLE) for item in self._stage_items() if not item.isExpanded()}
            self.clear()
            self._items.clear()
            self._signatures.clear()
            self._axes = axes
            for number, stage in enumerate(jmap.stages, start=1):
                stage_item = QTreeWidgetItem([tr("Stage {n}: {name}").format(n=number, name=stage.name)])
                stage_item.setData(0, CARD_ROLE, stage.id)
                stage_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(stage_item)
                self._fill_stage(stage_item, cells)
                stage_item.setExpanded(stage.id not in collapsed)
        else:
            for item in self._stage_items():
                if dirty is None or item.data(0, CARD_ROLE) in dirty:
                    self._fill_stage(item, cells)
        self._syncing = False
        self.select_cards(selected)

    def _stage_items(self) -> list[QTreeWidgetItem]:
        return _children(self.invisibleRootItem())

    def _fill_stage(self, stage_item: QTreeWidgetItem, cells: CellIndex) -> None:
        """The lanes and cards under one stage, unless they are exactly what the tree shows already."""
        assert self.jmap is not None
        jmap = self.jmap
        stage = jmap.stage(stage_item.data(0, CARD_ROLE))
        lanes = [(lane, cells.cell((lane.id, stage.id))) for lane in jmap.lanes]
        signature = tuple((lane.id, tuple((c.id, c.kind, c.title) for c in cards)) for lane, cards in lanes if cards)
        if self._signatures.get(stage.id) == signature:
            return
        self._signatures[stage.id] = signature
        for lane_item in stage_item.takeChildren():
            for card_item in _children(lane_item):
                self._items.pop(card_item.data(0, CARD_ROLE), None)
        for lane, cards in lanes:
            if not cards:
                continue
            lane_item = QTreeWidgetItem(stage_item, [tr("{lane} (%n card(s))", "", len(cards)).format(lane=lane.name)])
            lane_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for card in cards:
                title = card.title or tr("Untitled")
                # The lane says what its cards are; a card of another kind than its lane says so itself.
                text = title if card.kind == lane.kind else f"{card.kind_enum.singular}: {title}"
                item = QTreeWidgetItem(lane_item, [text])
                item.setData(0, CARD_ROLE, card.id)
                description = describe_card(card, stage.name, lane.name)
                item.setToolTip(0, description)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, description)
                self._items[card.id] = item
            lane_item.setExpanded(True)

    def chosen_ids(self) -> list[str]:
        return [item.data(0, CARD_ROLE) for item in self.selectedItems() if item.data(0, CARD_ROLE) in self._items]

    def select_cards(self, card_ids: list[str]) -> None:
        """Follow the canvas's selection without echoing it back."""
        if self._stale:
            return
        self._syncing = True
        self.clearSelection()
        for card_id in card_ids:
            if item := self._items.get(card_id):
                item.setSelected(True)
        if card_ids and (last := self._items.get(card_ids[-1])):
            self.setCurrentItem(last, 0, self.selectionModel().SelectionFlag.NoUpdate)
            self.scrollToItem(last)
        self._syncing = False

    def _on_selection(self) -> None:
        if not self._syncing:
            self.cardsChosen.emit(self.chosen_ids())


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
