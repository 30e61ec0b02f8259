"""File › Compare With…: another version of the project beside this one.

The changes are listed in a dock and marked on the canvas by an overlay of items this module adds to the
scene (the layout is not touched): cards only the other version has as dashed ghosts in their cell, cards it
removed faded out, moved cards with where they go and a ghost saying where from, edited cards outlined.
"Take This Change" and "Take All" are each one undoable step; "Keep Mine" takes a change off the list. With the
``.bak`` the last save kept as the common ancestor (unless it is newer than their file), changes only the other
version made are merged at once and only conflicts are left to decide.
The bar that says a project's folder holds sync tools' conflicted copies of it is notice_bar.ConflictBar.
"""

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionGraphicsItem,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from journeydesigner.app.actions_files import FILE_FILTER
from journeydesigner.app.chrome import Dock
from journeydesigner.app.notice_bar import ConflictBar
from journeydesigner.commands.compare import TakeChanges
from journeydesigner.compare import Change, ChangeKind, diff
from journeydesigner.compare.describe import field_word
from journeydesigner.compare.merge import Conflict, could_be_ancestor, merge3
from journeydesigner.i18n import tr
from journeydesigner.layout import style as S
from journeydesigner.model import Project
from journeydesigner.projectfile import ProjectFileError, read_project
from journeydesigner.projectfile.writer import backup_path

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow
    from journeydesigner.canvas.scene import MapScene
    from journeydesigner.document import Document

CHANGE_ROLE = Qt.ItemDataRole.UserRole
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1
COLORS = {"added": "#2F9E44", "removed": "#E03131", "moved": "#1971C2", "edited": "#F08C00", "conflict": "#C2255C"}
GHOST_H = 24.0
LABEL_W = 220.0  # the widest a label gets beyond a narrow mark (an emotion point's)
PAD = 8.0


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    def luminance(c: QColor) -> float:
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``color`` darkened on a light list, lightened on a dark one, until text in it reads (WCAG AA): the marks'
    orange on white and their blue and red on the dark theme did not."""
    dark = background.lightness() < 128
    shade = QColor(color)
    for _ in range(30):
        if contrast(shade, background) >= ratio:
            break
        shade = shade.lighter(110) if dark else shade.darker(110)
    return shade


class Mark(QGraphicsItem):
    """One overlay mark. Its shape is empty, so clicks and drags reach the card underneath."""

    def __init__(self, rect: QRectF, style: str, color: str, label: str, ghost_text: str = "",
                 label_floor: float = float("-inf")) -> None:
        super().__init__()
        self.rect, self.style, self.color, self.label, self.ghost_text = rect, style, QColor(color), label, ghost_text
        # The label sits on the card's top edge, but inside its lane: above the first lane the stage row covers it.
        self.label_top = max(rect.top() - 16, label_floor + 1)
        self.setZValue(15)  # above cards (10), below the frozen headers (20, 30)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def label_rect(self, metrics: QFontMetrics) -> QRectF:
        """The pill naming the change: on the card's top edge, right-aligned."""
        width = min(metrics.horizontalAdvance(self.label) + 12, max(self.rect.width(), LABEL_W))  # a point is narrow
        return QRectF(self.rect.right() - width, self.label_top, width, 15)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect.adjusted(-4, -18, 4, 4)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect
        if self.style == "gone":  # removed in the other version: the card fades to a ghost
            painter.fillRect(rect, QColor(255, 255, 255, 170))
        if self.style == "ghost":
            fill = QColor(self.color)
            fill.setAlpha(28)
            painter.setBrush(QBrush(fill))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        dashed = self.style in ("ghost", "gone")
        painter.setPen(QPen(self.color, 2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        font = QFont()
        font.setPixelSize(11)
        painter.setFont(font)
        if self.ghost_text:
            painter.setPen(self.color.darker(130))
            painter.drawText(rect.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(self.ghost_text, Qt.TextElideMode.ElideRight,
                                                              int(rect.width() - 16)))
        if self.label:
            pill = self.label_rect(painter.fontMetrics())
            width = pill.width()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.color)
            painter.drawRoundedRect(pill, 7, 7)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(self.label, Qt.TextElideMode.ElideRight,
                                                              int(width - 8)))


class CompareMarks:
    """The marks on one scene; redrawn whenever the changes or the scene change."""

    def __init__(self) -> None:
        self.scene: MapScene | None = None
        self.items: list[Mark] = []
        self.where: dict[str, QRectF] = {}  # change id -> where its mark is, to scroll to

    def clear(self) -> None:
        if self.scene is not None and Shiboken.isValid(self.scene):
            for item in self.items:
                if Shiboken.isValid(item):  # a disposed scene deleted its items
                    self.scene.removeItem(item)
        self.items.clear()
        self.where.clear()
        self.scene = None

    def draw(self, scene: "MapScene", entries: list[tuple[Change, Conflict | None]]) -> None:
        self.clear()
        self.scene = scene
        layout = scene.layout
        per_card: dict[str, list[tuple[Change, Conflict | None]]] = {}
        stacked: dict[tuple[str, str], float] = {}
        for change, conflict in entries:
            if change.what != "card" or change.map_id != scene.map_id:
                continue
            per_card.setdefault(change.item_id or "", []).append((change, conflict))
            if change.kind is ChangeKind.ADDED:
                self._ghost(scene, change, (change.after["lane_id"], change.after["stage_id"]), "added",
                            tr("New: {title}").format(title=change.after.get("title", "")), stacked, conflict)
            elif change.kind is ChangeKind.MOVED and change.before[:2] != change.after[:2]:
                card = scene.jmap.card(change.item_id or "")
                self._ghost(scene, change, tuple(change.after[:2]), "moved", tr("Moved here from {place}: {title}")
                            .format(place=change.places[0], title=card.title), stacked, conflict)
        for card_id, found in per_card.items():
            box = layout.cards.get(card_id)
            if box is None:
                continue
            rect = QRectF(box.x, box.y, box.w, box.h)
            kinds = {c.kind for c, _ in found}
            disputed = any(conf is not None for _, conf in found)
            if ChangeKind.REMOVED in kinds:
                style, key, label = "gone", "removed", tr("removed")
            elif ChangeKind.MOVED in kinds:
                move = next(c for c, _ in found if c.kind is ChangeKind.MOVED)
                style, key = "halo", "moved"
                label = tr("to {place}").format(place=move.places[1]) if move.places[1] else tr("moved")
            else:
                style, key = "halo", "edited"
                label = tr("edited: {fields}").format(fields=", ".join(
                    field_word(c.field) if c.field else tr("kind") for c, _ in found if c.kind is not ChangeKind.ADDED))
            lane_top = next((ln.y for ln in layout.lanes if ln.lane_id == box.lane_id), float("-inf"))
            self._add(scene, Mark(rect, style, COLORS["conflict" if disputed else key], label, label_floor=lane_top),
                      [c.id for c, _ in found if c.kind is not ChangeKind.ADDED])

    def _ghost(self, scene: "MapScene", change: Change, cell: tuple, key: str, text: str,
               stacked: dict[tuple[str, str], float], conflict: Conflict | None) -> None:
        """A dashed card in the cell where the other version has it: below the cell's cards, inside the cell."""
        layout = scene.layout
        lane_id, stage_id = str(cell[0]), str(cell[1])
        if not any(ln.lane_id == lane_id for ln in layout.lanes) or not any(
                s.stage_id == stage_id for s in layout.stages):
            return  # its stage or lane is new too: the list says so
        rect = scene.cell_rect(lane_id, stage_id)
        boxes = [layout.cards[c] for c in layout.cells.get((lane_id, stage_id), []) if c != change.item_id]
        top = max((b.y + b.h + 6 for b in boxes), default=rect.top() + PAD)
        top = max(top, stacked.get((lane_id, stage_id), top))
        stacked[(lane_id, stage_id)] = top + GHOST_H + 4
        top = min(top, rect.bottom() - GHOST_H - 3)  # a full cell: over its own last cards, not the next lane's
        ghost = QRectF(rect.left() + PAD, top, rect.width() - 2 * PAD, GHOST_H)
        self._add(scene, Mark(ghost, "ghost", COLORS["conflict" if conflict else key], "", text), [change.id])

    def _add(self, scene: "MapScene", mark: Mark, change_ids: list[str]) -> None:
        scene.addItem(mark)
        self.items.append(mark)
        for cid in change_ids:
            self.where.setdefault(cid, mark.rect)


class WrappedText(QStyledItemDelegate):
    """Rows whose whole sentence wraps. Qt's own item text measures and paints a line with a fallback font (Thai,
    Korean, Arabic) differently, so such rows came out one elided line and lost the values a change is about."""

    MARGIN = 3

    def _lines(self, text: str, option: QStyleOptionViewItem, width: float) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, option.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _width(self, option: QStyleOptionViewItem) -> float:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(40.0, width - 2 * self.MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        _layout, height = self._lines(str(index.data() or ""), option, self._width(option))
        return QSize(int(self._width(option)), int(height + 0.999) + 2 * self.MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        text, plain.text = plain.text, ""
        style = plain.widget.style() if plain.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)  # background only
        layout, _height = self._lines(text, option, option.rect.width() - 2 * self.MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        if selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text) if foreground is None
                           else QBrush(foreground).color())
        layout.draw(painter, QPointF(option.rect.left() + self.MARGIN, option.rect.top() + self.MARGIN))
        painter.restore()


class ComparePanel(QWidget):
    """The list of changes and what to do with them."""

    chosen = Signal(str)  # change id

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Compare"))
        column = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.ancestor = QFrame()
        row = QHBoxLayout(self.ancestor)
        row.setContentsMargins(0, 0, 0, 0)
        self.ancestor_label = QLabel()
        self.ancestor_label.setWordWrap(True)
        self.merge_button = QPushButton(tr("Merge Using It"))
        self.merge_button.setToolTip(tr("Take every change only the other version made, in one step; "
                                        "list the conflicts for a decision"))
        row.addWidget(self.ancestor_label, 1)
        row.addWidget(self.merge_button)
        column.addWidget(self.ancestor)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Changes"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # a wider or narrower dock wraps the rows anew
        self.list.setItemDelegate(WrappedText(self.list))
        self.list.currentItemChanged.connect(self._current)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.take_button = QPushButton(tr("&Take This Change"))
        self.keep_button = QPushButton(tr("&Keep Mine"))
        self.keep_button.setToolTip(tr("Leave this as your version has it: the change leaves the list, and Take All "
                                       "passes it by"))
        self.take_all_button = QPushButton(tr("Take &All"))
        self.close_button = QPushButton(tr("Close"))
        for button in (self.take_button, self.keep_button, self.take_all_button, self.close_button):
            buttons.addWidget(button)
        column.addLayout(buttons)

    def show_entries(self, entries: list[tuple[Change, Conflict | None]]) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        select = None
        base = self.list.palette().color(QPalette.ColorRole.Base)
        for change, conflict in entries:
            item = QListWidgetItem(conflict.text if conflict else change.text)
            item.setData(CHANGE_ROLE, change.id)
            item.setData(CONFLICT_ROLE, conflict is not None)
            item.setToolTip(item.text())
            key = "conflict" if conflict else {"added": "added", "removed": "removed", "moved": "moved"}.get(
                change.kind.value, "edited")
            item.setForeground(readable(QColor(COLORS[key]), base))
            self.list.addItem(item)
            if change.id == current:
                select = item
        self.list.blockSignals(False)
        if select is not None:
            self.list.setCurrentItem(select)
        self.take_all_button.setEnabled(bool(entries))
        self._buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CHANGE_ROLE) if item is not None else None

    def _current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._buttons()
        if item is not None:
            self.chosen.emit(item.data(CHANGE_ROLE))

    def _buttons(self) -> None:
        item = self.list.currentItem()
        self.take_button.setEnabled(item is not None)
        self.keep_button.setEnabled(item is not None)


class Comparer(QObject):
    """The window's comparison: the other version, its changes, the dock, the marks and the conflict bar."""

    def __init__(self, window: "MainWindow", bar: ConflictBar) -> None:
        """Made on first use (File › Compare With…, the conflict bar's button); ``bar`` is the window's, which
        has already looked beside the open file."""
        super().__init__(window)
        self.window = window
        self.bar = bar
        self.dock: QDockWidget | None = None
        self.panel: ComparePanel | None = None
        self.marks = CompareMarks()
        self.other: Project | None = None
        self.other_path: Path | None = None
        self.base: Project | None = None
        self.entries: list[tuple[Change, Conflict | None]] = []
        self.kept: set[str] = set()  # changes and conflicts decided for our version: no longer listed
        self.assets: dict[str, bytes] = {}
        self.backup_offered = False
        self._soon = QTimer(self, singleShot=True, interval=200)  # typing edits often; big maps compare in ~0.1 s
        self._soon.timeout.connect(self.refresh)
        self.doc: Document | None = window.doc
        window.doc.changed.connect(self._changed)

    # ---- following the window -------------------------------------------------------------------
    def follow(self) -> None:
        """The window shows another map or another document: redraw the marks, or start afresh."""
        doc = self.window.doc
        if doc is not self.doc:
            self.close()
            if self.doc is not None:
                self._disconnect()
            self.doc = doc
            doc.changed.connect(self._changed)
            self.bar.check(doc.path)
        elif self.other is not None:
            self._draw()

    def _disconnect(self) -> None:
        assert self.doc is not None
        if Shiboken.isValid(self.doc):
            with contextlib.suppress(RuntimeError, TypeError):  # never connected, or already gone
                self.doc.changed.disconnect(self._changed)

    def _changed(self, _map_id: object) -> None:
        if self.other is not None:
            self._soon.start()

    # ---- starting and ending ------------------------------------------------------------------
    def choose_file(self) -> None:
        doc = self.window.doc
        start = str(doc.path.parent) if doc.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Compare with another version"), start, FILE_FILTER)
        if path:
            self.compare_with(Path(path))

    def compare_with(self, path: Path | None) -> bool:
        if path is None:
            return False
        try:
            other = read_project(path)
        except ProjectFileError as exc:
            QMessageBox.critical(self.window, tr("Cannot compare"), tr("“{name}” {reason}").format(
                name=path.name, reason=exc))
            return False
        self.bar.hide()
        self.other, self.other_path, self.base = other, path, None
        self.kept.clear()
        self.assets = dict(other.assets)
        panel = self._ensure_dock()
        self._offer_backup(panel, other)
        self.refresh()
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()
        return True

    def _offer_backup(self, panel: ComparePanel, other: Project) -> None:
        """Offer the ``.bak`` the last save kept as the common ancestor, unless it cannot be one."""
        backup = backup_path(self.window.doc.path) if self.window.doc.path else None
        self.backup_offered = False
        if backup is None or not backup.is_file():
            return
        try:
            base = read_project(backup)
        except ProjectFileError:
            return  # no ancestor to offer; the comparison itself still works
        self.backup_offered = True
        plausible = could_be_ancestor(base, other)
        panel.merge_button.setVisible(plausible)
        if plausible:
            panel.ancestor_label.setText(tr("“{name}” (kept by the last save) may be the version you both started "
                                            "from.").format(name=backup.name))
        else:
            panel.ancestor_label.setText(tr("“{name}” (kept by the last save) is newer than “{other}”, so it is not "
                                            "the version you both started from: take their changes one by one.")
                                         .format(name=backup.name, other=self._other_name()))

    def close(self) -> None:
        self.other = self.base = None
        self.entries = []
        self._soon.stop()
        self.marks.clear()
        if self.dock is not None:
            self.dock.hide()

    def _ensure_dock(self) -> ComparePanel:
        if self.panel is None:
            self.panel = ComparePanel()
            self.panel.chosen.connect(self.show_change)
            self.panel.take_button.clicked.connect(self.take_current)
            self.panel.keep_button.clicked.connect(self.keep_current)
            self.panel.take_all_button.clicked.connect(self.take_all)
            self.panel.close_button.clicked.connect(self.close)
            self.panel.merge_button.clicked.connect(self.merge_with_backup)
            self.dock = Dock(tr("Compare"), self.window)
            self.dock.setObjectName("dock-compare")
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.window.tabifyDockWidget(self.window.inspector_dock, self.dock)
        return self.panel

    # ---- the changes --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._soon.stop()
        if self.other is None or self.panel is None:
            return
        project = self.window.doc.project
        if self.base is not None:
            merge = merge3(self.base, project, self.other)
            self.comparison = merge.comparison
            self.entries = [(c, None) for c in merge.take if c.id not in self.kept]
            self.entries += [(c.theirs, c) for c in merge.conflicts if c.id not in self.kept]
            summary = tr("Three-way merge with “{name}”: %n conflict(s) to decide", "", len(merge.conflicts)).format(
                name=self._other_name())
        else:
            self.comparison = diff(project, self.other)
            self.entries = [(c, None) for c in self.comparison.changes if c.id not in self.kept]
            summary = tr("%n difference(s) from “{name}”", "", len(self.entries)).format(name=self._other_name())
            if not self.entries:
                summary = tr("No differences from “{name}”").format(name=self._other_name())
            if left := len(self.comparison.changes) - len(self.entries):
                summary += " " + tr("(%n left as yours)", "", left)
        self.panel.title.setText(summary)
        self.panel.ancestor.setVisible(self.backup_offered and self.base is None)
        self.panel.show_entries(self.entries)
        self.panel.take_all_button.setText(tr("Take &All") if self.base is None else tr("Take &All Theirs"))
        self._draw()

    def _other_name(self) -> str:
        return self.other_path.name if self.other_path else ""

    def _draw(self) -> None:
        scene = self.window.scene
        if scene is None:
            self.marks.clear()
            return
        if self.marks.scene is not scene:
            self.marks.items.clear()  # the old scene took its items with it
        self.marks.draw(scene, self.entries)

    def show_change(self, change_id: str) -> None:
        """Select and scroll to the card a change is about (or to its ghost); a persona's or job's in its panel."""
        change = next((c for c, _ in self.entries if c.id == change_id), None)
        window = self.window
        if change is not None and change.what in ("persona", "job"):
            self._show_person(change)
            return
        if change is None or change.map_id is None or window.scene is None:
            return
        if change.map_id != window.scene.map_id and any(m.id == change.map_id for m in window.doc.project.maps):
            window.show_map(change.map_id)
        scene = window.scene
        layout = scene.layout
        if change.what == "card" and change.item_id in layout.cards:
            scene.select_cards([change.item_id])
        elif change.id in self.marks.where:
            scene.clearSelection()
            scene.reveal(self.marks.where[change.id])
        elif change.what == "stage" and (box := next((b for b in layout.stages if b.stage_id == change.item_id), None)):
            scene.select_axis_item("stages", box.stage_id)
            scene.reveal(QRectF(box.x, scene.frozen.y() + layout.header_h, box.w, 1))  # the stage row stays put
        elif change.what == "lane" and (lane := next((b for b in layout.lanes if b.lane_id == change.item_id), None)):
            scene.select_axis_item("lanes", lane.lane_id)
            scene.reveal(QRectF(scene.frozen.x() + S.LANE_HEADER_W, lane.y, 1, lane.h))  # so does the lane column
        else:
            scene.clearSelection()  # nothing of it on this map yet (a card in a stage only they have): no stale pick

    def _show_person(self, change: Change) -> None:
        """A persona's or job's change: bring its panel forward on it, when this version has it."""
        window, project = self.window, self.window.doc.project
        persona = change.what == "persona"
        panel = window.persona_panel if persona else window.jobs_panel
        if panel is None or not any(i.id == change.item_id for i in (project.personas if persona else project.jobs)):
            return
        dock = window.personas_dock if persona else window.jobs_dock
        dock.show()
        dock.raise_()
        panel.select(str(change.item_id))

    def _take(self, changes: list[Change], text: str) -> None:
        if not changes:
            return
        chosen = self.comparison.with_requirements(changes)
        command = TakeChanges(self.window.doc, chosen, self.assets, text)
        self.window.doc.push(command)
        self.refresh()
        if command.skipped:
            self.window.report(tr("%n change(s) no longer applied", "", len(command.skipped)))

    def take_current(self) -> None:
        change_id = self.panel.current_id() if self.panel else None
        change = next((c for c, _ in self.entries if c.id == change_id), None)
        if change is not None:
            self._take([change], tr("Take change from {name}").format(name=self._other_name()))

    def keep_current(self) -> None:
        change_id = self.panel.current_id() if self.panel else None
        if change_id is not None:
            self.kept.add(change_id)
            self.refresh()

    def take_all(self) -> None:
        if self.base is not None:
            changes = [c.theirs for c in (conf for _, conf in self.entries if conf is not None)]
            changes += [c for c, conf in self.entries if conf is None]
        else:
            changes = [c for c, _ in self.entries]
        self._take(changes, tr("Take all from {name}").format(name=self._other_name()))

    def merge_with_backup(self) -> None:
        """Three-way: the .bak is the common ancestor; what only they changed is taken in one step."""
        doc = self.window.doc
        if doc.path is None or self.other is None:
            return
        try:
            self.base = read_project(backup_path(doc.path))
        except ProjectFileError as exc:
            QMessageBox.critical(self.window, tr("Cannot merge"), tr("The backup {reason}").format(reason=exc))
            return
        merge = merge3(self.base, doc.project, self.other)
        self.comparison = merge.comparison
        self._take(merge.take, tr("Merge changes only {name} made").format(name=self._other_name()))
        self.refresh()
        conflicts = sum(1 for _, conf in self.entries if conf is not None)
        self.window.report(tr("Took %n change(s) only the other version made", "", len(merge.take)) + "; " +
                           tr("%n conflict(s) to decide", "", conflicts))
