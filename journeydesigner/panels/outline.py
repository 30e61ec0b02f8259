"""The map as an outline: stages › lanes › cards, in a tree a screen reader can read and a keyboard can walk.

Cards on the canvas are QGraphicsItems, which Qt's accessibility does not expose. The outline is their
accessible twin (and, for sighted users, a quick way to find a card on a big map): choosing a card here
selects and shows it on the canvas; selecting on the canvas selects it here.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from journeydesigner.i18n import tr
from journeydesigner.model import Card, JourneyMap, Lane, Stage
from journeydesigner.model.cards import CardBase
from journeydesigner.model.cellindex import CellIndex, cell_index

CARD_ROLE = Qt.ItemDataRole.UserRole


def _child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    """One row under ``item``, without building the list of all of them (``_children``)."""
    child = item.child(index)
    assert child is not None
    return child


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
        # Every row is one line: without this, changing one row's text re-measured all 20,000 (84 ms).
        self.setUniformRowHeights(True)
        self.setAccessibleName(tr("Map outline"))
        self.setAccessibleDescription(tr("Stages, their lanes and the cards in them, in the order of the map"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.jmap: JourneyMap | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        self._axes: tuple = ()  # the stages and lanes the tree was built for
        # Per cell (stage id, lane id): its lane row and what the row's card rows show (id, kind, title).
        self._rows: dict[tuple[str, str], tuple[QTreeWidgetItem, tuple]] = {}
        self._syncing = False
        self._stale = False
        self._dirty: set[tuple[str, str]] | None = None  # cells changed since the last rebuild (None: all)
        self._rebuild_soon = QTimer(self, singleShot=True, interval=250)  # typing in a card edits the model often
        self._rebuild_soon.timeout.connect(self.refresh_if_seen)
        self.itemSelectionChanged.connect(self._on_selection)

    def show_map(self, jmap: JourneyMap) -> None:
        """Build the tree for ``jmap`` now if the outline can be seen, else when it is shown: a tab behind another
        (as on a first start) must not hold up the window's first paint (0.2–0.6 s at 5,000 cards)."""
        self.jmap = jmap
        self._axes = ()  # another map (or project): build afresh
        self._dirty = None
        self._stale = True
        self.refresh_if_seen()

    def map_changed(self, cells: set[tuple[str, str]] | None = None) -> None:
        """The model changed: rebuild shortly, and only while someone can see the outline (big maps).

        ``cells`` (lane id, stage id): the only cells whose cards changed, so only their stages are filled
        again; None when anything may have changed."""
        if cells is None:
            self._dirty = None
        elif self._dirty is not None:
            self._dirty |= cells
        self._stale = True
        if self.isVisible():
            self._rebuild_soon.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh_if_seen)  # once laid out: a tab behind another one shows nothing

    def refresh_if_seen(self) -> None:
        """Rebuild a stale tree if some of it is on the screen. A dock tab behind another (the outline behind
        Personas on a first start) counts as visible to Qt but has no visible region; its dock's
        ``visibilityChanged`` calls this again when its tab is chosen."""
        if self._stale and self.isVisible() and not self.visibleRegion().isEmpty():
            self.rebuild()

    def rebuild(self) -> None:
        """Bring the tree up to date, refilling only the cells whose cards changed, and of a cell whose cards
        only changed their words, only those rows: with 20,000 cards a full rebuild takes a second, a stage's
        rows a tenth of one, and an edit usually touches one or two cards."""
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
            lanes = {lane.id: lane for lane in jmap.lanes}
            for (stage_id, lane_id), (lane_item, shown) in self._rows.items():
                if stage_id in renamed:  # the cards' descriptions name their stage: say it anew, rows stay
                    stage, lane = jmap.stage(stage_id), lanes[lane_id]
                    for item, (card_id, _kind, _title) in zip(_children(lane_item), shown, strict=True):
                        self._describe(item, jmap.card(card_id), stage, lane)
            self._axes = axes
        if axes != self._axes:  # stages or lanes added, removed, moved or renamed: everything is new
            collapsed = {item.data(0, CARD_ROLE) for item in self._stage_items() if not item.isExpanded()}
            self.clear()
            self._items.clear()
            self._rows.clear()
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
                stage_id = item.data(0, CARD_ROLE)
                if dirty is None or any(cell[1] == stage_id for cell in dirty):
                    self._fill_stage(item, cells, None if dirty is None else {c[0] for c in dirty if c[1] == stage_id})
        self._syncing = False
        self.select_cards(selected)

    def _stage_items(self) -> list[QTreeWidgetItem]:
        return _children(self.invisibleRootItem())

    def _fill_stage(self, stage_item: QTreeWidgetItem, cells: CellIndex, lane_ids: set[str] | None = None) -> None:
        """The lanes (those of ``lane_ids``, or all) and cards under one stage, where they changed."""
        assert self.jmap is not None
        stage = self.jmap.stage(stage_item.data(0, CARD_ROLE))
        position = 0  # where the next shown lane's row stands under the stage
        for lane in self.jmap.lanes:
            if lane_ids is None or lane.id in lane_ids:
                self._fill_cell(stage_item, stage, lane, cells.cell((lane.id, stage.id)), position)
            position += (stage.id, lane.id) in self._rows

    def _fill_cell(self, stage_item: QTreeWidgetItem, stage: Stage, lane: Lane, cards: list[Card],
                   position: int) -> None:
        key = (stage.id, lane.id)
        shown = tuple((c.id, c.kind, c.title) for c in cards)
        row = self._rows.get(key)
        if row is not None and row[1] == shown:
            return
        if row is not None and [s[0] for s in row[1]] == [s[0] for s in shown]:  # the same cards: words changed
            lane_item = row[0]
            for i, (before, now, card) in enumerate(zip(row[1], shown, cards, strict=True)):
                if before != now:
                    self._show_card(_child(lane_item, i), card, stage, lane)
            self._rows[key] = (lane_item, shown)
            return
        if row is not None:
            lane_item = row[0]
            for item in _children(lane_item):
                self._items.pop(item.data(0, CARD_ROLE), None)
            lane_item.takeChildren()
        if not cards:
            if row is not None:
                stage_item.removeChild(row[0])
                del self._rows[key]
            return
        if row is None:
            lane_item = QTreeWidgetItem()
            lane_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            stage_item.insertChild(position, lane_item)
        lane_item.setText(0, tr("{lane} (%n card(s))", "", len(cards)).format(lane=lane.name))
        for card in cards:
            item = QTreeWidgetItem(lane_item)
            item.setData(0, CARD_ROLE, card.id)
            self._show_card(item, card, stage, lane)
            self._items[card.id] = item
        lane_item.setExpanded(True)
        self._rows[key] = (lane_item, shown)

    @staticmethod
    def _show_card(item: QTreeWidgetItem, card: Card, stage: Stage, lane: Lane) -> None:
        title = card.title or tr("Untitled")
        # The lane says what its cards are; a card of another kind than its lane says so itself.
        item.setText(0, title if card.kind == lane.kind else f"{card.kind_enum.singular}: {title}")
        MapOutline._describe(item, card, stage, lane)

    @staticmethod
    def _describe(item: QTreeWidgetItem, card: Card, stage: Stage, lane: Lane) -> None:
        description = describe_card(card, stage.name, lane.name)
        item.setToolTip(0, description)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, description)

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
