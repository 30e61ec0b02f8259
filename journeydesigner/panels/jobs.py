"""The jobs-to-be-done panel: job statements ranked by opportunity; drag one onto a card or a stage."""

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.commands import AddPerson, RemovePerson, Target, references
from journeydesigner.document import Document
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.layout import style as S
from journeydesigner.mime import JOB_MIME
from journeydesigner.model import Job, JobKind
from journeydesigner.panels.binder import FieldBinder, button_row, narrow_form, narrow_scroll, persona_choices
from journeydesigner.panels.follow import FollowsDocument

# Short headers: the form below the table spells out importance, satisfaction and opportunity.
COLUMNS = [QT_TR_NOOP("Job"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Imp."), QT_TR_NOOP("Sat."), QT_TR_NOOP("Opp.")]


class _Number(QTableWidgetItem):
    """Sorts by number, not by text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class JobTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSortingEnabled(True)
        self.setWordWrap(True)
        self.setAccessibleName(tr("Jobs to be done"))
        self.setToolTip(tr("Drag a job onto a card or a stage header to link them"))

    def job_cell(self, row: int) -> QTableWidgetItem:
        """Column 0 of a row, which every row has: it carries the job's id."""
        cell = self.item(row, 0)
        assert cell is not None
        return cell

    def mimeData(self, items: Sequence[QTableWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            cell = self.job_cell(items[0].row())
            mime.setData(JOB_MIME, cell.data(Qt.ItemDataRole.UserRole).encode("ascii"))
            mime.setText(cell.text())
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [JOB_MIME]

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        """Drag a compact chip with the job's words, not the whole 400-pixel row that would hide the target."""
        items = self.selectedItems()
        if not items:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData(items))
        chip = job_chip(self.job_cell(items[0].row()).text(), self.font())
        drag.setPixmap(chip)
        drag.setHotSpot(QPoint(12, chip.height() // 2))
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.LinkAction, Qt.DropAction.CopyAction)


CHIP_TEXT_W = 180
JOB_CHIP = S.JOB_COLOR  # the chip and the badge it leaves on a card share a colour


def job_chip(text: str, font: QFont) -> QPixmap:
    """A small rounded chip: the job's first words, elided, in the jobs' colour."""
    metrics = QFontMetrics(font)
    label = metrics.elidedText(text.splitlines()[0] if text else "", Qt.TextElideMode.ElideRight, CHIP_TEXT_W)
    ratio = 2.0  # crisp on high-density screens
    size = QSize(metrics.horizontalAdvance(label) + 20, metrics.height() + 8)
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(JOB_CHIP))
    painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), size.height() / 2, size.height() / 2)
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(font)
    painter.drawText(QRectF(10, 0, size.width() - 20, size.height()), Qt.AlignmentFlag.AlignVCenter, label)
    painter.end()
    return pixmap


class JobsPanel(QWidget, FollowsDocument):
    follows_cards = False  # it shows nothing of the cards

    jobSelected = Signal(object)

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.doc = doc
        self.current: str | None = None
        self.table = JobTable()
        self.table.itemSelectionChanged.connect(self._on_selection)
        buttons = button_row((tr("Add"), self.add), (tr("Delete"), self.delete))
        buttons.addStretch(1)
        self.binder = FieldBinder(doc, lambda: [Target("jobs", self.current)] if self.current else [], "job",
                                  self)
        b = self.binder
        self.editor = QWidget()
        form = narrow_form(self.editor)
        form.addRow(tr("When…"), b.line("situation", tr("When (the situation)")))
        form.addRow(tr("I want to…"), b.line("motivation", tr("I want to (the motivation)")))
        form.addRow(tr("so I can…"), b.line("outcome", tr("So I can (the expected outcome)")))
        form.addRow(tr("Kind"), b.combo("kind", tr("Job kind"), [(k.label, k) for k in JobKind]))
        form.addRow(tr("Importance"), b.spin("importance", tr("Importance, 1 to 10"), 1, 10))
        form.addRow(tr("Satisfaction"), b.spin("satisfaction", tr("Satisfaction, 1 to 10"), 1, 10))
        self.opportunity = QLabel()
        self.opportunity.setAccessibleName(tr("Opportunity score"))
        form.addRow(tr("Opportunity"), self.opportunity)
        form.addRow(tr("Personas"), b.checklist("persona_ids", tr("Job personas"),
                                            persona_choices(self.doc)))
        form.addRow(tr("Stages"), b.checklist("stage_ids", tr("Job stages"), self._stage_choices, height=110))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.table, 2)
        column.addLayout(buttons)
        column.addWidget(narrow_scroll(self.editor), 3)  # a small screen scrolls the form, not the window
        self.follow(doc)
        self.refresh()
        self.table.sortItems(4, Qt.SortOrder.DescendingOrder)

    def _stage_choices(self) -> list[tuple[str, str]]:
        maps = self.doc.project.maps
        return [(f"{m.name} › {s.name}" if len(maps) > 1 else s.name, s.id) for m in maps for s in m.stages]

    def refresh(self) -> None:
        jobs = self.doc.project.jobs
        if self.current not in {j.id for j in jobs}:
            self.current = None
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            statement = QTableWidgetItem(job.statement)
            statement.setData(Qt.ItemDataRole.UserRole, job.id)
            statement.setToolTip(job.statement)
            cells = [statement, QTableWidgetItem(job.kind.label), _Number(str(job.importance)),
                     _Number(str(job.satisfaction)), _Number(str(job.opportunity))]
            if job.opportunity > 15:
                cells[4].setForeground(QColor("#2F9E44"))
            elif job.opportunity > 10:
                cells[4].setForeground(QColor("#E67700"))
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(sorting)
        for row in range(self.table.rowCount()):
            if self.table.job_cell(row).data(Qt.ItemDataRole.UserRole) == self.current:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.editor.setEnabled(self.current is not None)
        if self.current is not None:
            job = next(j for j in jobs if j.id == self.current)
            self.opportunity.setText(tr("<b>{score}</b> = importance + max(importance − satisfaction, 0)").format(
                score=job.opportunity))
            self.binder.load()
        else:
            self.opportunity.setText("")

    def select(self, job_id: str) -> None:
        """Select a job's row, as a click does (the details follow), and scroll it into view."""
        for row in range(self.table.rowCount()):
            if self.table.job_cell(row).data(Qt.ItemDataRole.UserRole) == job_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.job_cell(row))

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.binder.end_session()
        self.current = self.table.job_cell(rows[0].row()).data(Qt.ItemDataRole.UserRole) if rows else None
        self.refresh()
        self.jobSelected.emit(self.current)

    def add(self) -> None:
        job = Job(situation="…", motivation="…", outcome="…")
        self.doc.push(AddPerson(self.doc, "jobs", job))
        self.current = job.id
        self.refresh()

    def delete(self) -> None:
        if self.current is None:
            return
        links = references(self.doc.project, "jobs", self.current)
        if links and QMessageBox.question(
                self, tr("Delete job"), tr("%n card(s) link to this job. Delete it and remove the links? "
                                           "(Undo brings everything back.)", "", links),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        self.doc.push(RemovePerson(self.doc, "jobs", self.current))
