"""File › Export…: choose the deliverable, see its first page and page count, export without freezing."""

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesigner import formats
from journeydesigner.app.preferences import MM_PER_UNIT, choose, paper_unit
from journeydesigner.document import Document
from journeydesigner.export.pages import Note, Page
from journeydesigner.export.pdf import plan_for
from journeydesigner.export.run import export
from journeydesigner.export.safefile import ExportCancelled, ExportError
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ALL_SECTIONS, PAPER_SIZES_MM, ExportOptions
from journeydesigner.panels.binder import narrow_scroll, spin_box_look

Region = tuple[float, float, float, float]
TABLES = (".csv", ".xlsx")  # the formats with a choice of table shape
SECTION_LABELS = {"cover": QT_TR_NOOP("Cover page"), "maps": QT_TR_NOOP("Map pages"),
                  "personas": QT_TR_NOOP("A page per persona"), "jobs": QT_TR_NOOP("Jobs to be done, ranked"),
                  "legend": QT_TR_NOOP("Legend")}
IMAGE_FORMATS = (".png", ".svg")  # the map as a picture: the image options; every other format the document's
DESCRIPTIONS = {  # formats without a preview
    ".pptx": QT_TR_NOOP("An editable PowerPoint deck: a title slide, the map as native shapes and text (split "
                        "across slides where it would be too small to read), the emotion curve, a slide per "
                        "persona and the jobs ranked by opportunity; each stage's description is in the speaker "
                        "notes. Set in Arial."),
    ".html": QT_TR_NOOP("One web page that opens offline in any browser: zoom and pan, stage by stage with the "
                        "arrow keys, search, the personas and jobs, and a print layout. It loads nothing from the "
                        "network."),
}
ORIENTATIONS = {"auto": QT_TR_NOOP("Automatic"), "landscape": QT_TR_NOOP("Landscape"),
                "portrait": QT_TR_NOOP("Portrait")}


class LengthBox(QDoubleSpinBox):
    """A length typed in the user's paper unit (Preferences) and read back in millimetres, as files store it."""

    def __init__(self, mm: float, low_mm: float, high_mm: float) -> None:
        super().__init__()
        spin_box_look(self)
        self.unit = paper_unit()
        self.per_unit = MM_PER_UNIT[self.unit]
        self.setDecimals(1 if self.unit == "mm" else 2)
        self.setSingleStep(1 if self.unit == "mm" else 0.05)
        self.setSuffix(tr(" mm") if self.unit == "mm" else tr(" in"))
        self.setRange(low_mm / self.per_unit, high_mm / self.per_unit)
        self.setValue(mm / self.per_unit)

    def mm(self) -> float:
        return round(self.value() * self.per_unit, 2)


class _Worker(QObject):
    """Runs one export off the GUI thread; cancelling is checked between pages."""

    progressed = Signal(int, int)
    finished = Signal(object)  # list of warnings, or an Exception

    def __init__(self, doc: Document, path: Path, options: ExportOptions, region: Region | None) -> None:
        super().__init__()
        self.project = doc.project.model_copy(deep=True)
        self.project.assets.update(doc.project.assets)
        self.path, self.options, self.region = path, options, region
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancelled

        try:
            result: object = export(self.project, self.path, self.options, progress, self.region)
        except (ExportError, ExportCancelled) as exc:
            result = exc
        except Exception as exc:  # reported to the user, never a crash of the window
            result = ExportError(tr("an unexpected error stopped the export ({error})").format(
                error=f"{type(exc).__name__}: {exc}"))
        self.finished.emit(result)


class ExportDialog(QDialog):
    def __init__(self, doc: Document, map_id: str, regions: dict[str, Region | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.doc, self.map_id, self.regions = doc, map_id, regions
        self.saved_path: Path | None = None
        self.warnings: list[str] = []
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        options = doc.project.export
        self.format = QComboBox()
        choose(self.format, {f.suffix: f.label for f in formats.exporters() if f.in_export_dialog}, ".pdf")
        self.format.setAccessibleName(tr("Export format"))
        self.which_maps = QComboBox()
        self.which_maps.setAccessibleName(tr("Maps to export"))
        self.which_maps.addItem(tr("This map"), "current")
        self.which_maps.addItem(tr("All maps"), "all")
        self.which_maps.setCurrentIndex(1 if not options.map_ids and len(doc.project.maps) > 1 else 0)
        self.shape = QComboBox()
        choose(self.shape, {"cards": QT_TR_NOOP("One card per row (every field)"),
                            "grid": QT_TR_NOOP("Grid: lanes down, stages across")}, options.table_shape)
        self.shape.setAccessibleName(tr("Table shape"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._pdf_form(options))
        self.pages.addWidget(self._image_form(options))
        self.preview = QLabel()
        self.preview.setMinimumSize(360, 260)
        # The label takes the room the dialog gives it and the page is drawn to fit (on show and on every resize),
        # never the other way round: a pixmap wider than the label would be cut at both sides.
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #DEE2E6; border-radius: 4px;")
        self.preview.setAccessibleName(tr("Preview of a page"))
        self.page_box = spin_box_look(QSpinBox(minimum=1, maximum=1))
        self.page_box.setPrefix(tr("Page "))
        self.page_box.setAccessibleName(tr("Previewed page"))
        self._plan: tuple[Project, list[Page]] | None = None  # the prepared project and the pages last planned
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        form = QFormLayout()
        form.addRow(tr("Format:"), self.format)
        form.addRow(tr("Maps:"), self.which_maps)
        form.addRow(self.markers)
        form.addRow(tr("Table shape:"), self.shape)
        self.format.currentIndexChanged.connect(lambda _: form.setRowVisible(self.shape, self.suffix() in TABLES))
        form.setRowVisible(self.shape, False)
        left.addLayout(form)
        left.addWidget(self.pages)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.page_box, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.summary)
        settings_box = QWidget()
        settings_box.setLayout(left)
        settings = narrow_scroll(settings_box)  # on a 720-pixel-high screen the options scroll, the dialog fits
        settings.setFrameShape(QFrame.Shape.NoFrame)
        settings.setMinimumWidth(settings_box.sizeHint().width() + settings.verticalScrollBar().sizeHint().width())
        row = QHBoxLayout()
        row.addWidget(settings)
        row.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        wanted_h = settings_box.sizeHint().height() + buttons.sizeHint().height() + 40  # the options unscrolled
        self.resize(min(1100, screen.width() - 40), min(wanted_h, screen.height() - 60))
        self._refresh = QTimer(self, singleShot=True, interval=150)
        self._refresh.timeout.connect(self.update_preview)
        self.format.currentIndexChanged.connect(
            lambda _i: self.pages.setCurrentIndex(1 if self.suffix() in IMAGE_FORMATS else 0))
        for widget in self.findChildren(QWidget):
            if widget is self.page_box:
                continue  # another page of the same plan: drawn from the plan at hand, not planned again
            for signal_name in ("currentIndexChanged", "valueChanged", "toggled", "itemChanged"):
                signal = getattr(widget, signal_name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(self._refresh.start)
        self.page_box.valueChanged.connect(self._show_page)
        self.update_preview()

    # ---- the form -------------------------------------------------------------------------------
    def _pdf_form(self, options: ExportOptions) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        self.paper = QComboBox()
        choose(self.paper, {**{name: name for name in PAPER_SIZES_MM}, "custom": QT_TR_NOOP("Custom")}, options.paper)
        self.custom_w, self.custom_h = (LengthBox(value, 50, 5000) for value in options.custom_mm)
        size = QHBoxLayout()
        size.addWidget(self.custom_w)
        size.addWidget(QLabel("×"))
        size.addWidget(self.custom_h)
        self.orientation = QComboBox()
        choose(self.orientation, ORIENTATIONS, options.orientation)
        self.margin = LengthBox(options.margin_mm, 0, 100)
        self.auto = QRadioButton(tr("Automatic: one page, or tiles that keep the text legible"))
        self.fit = QRadioButton(tr("Fit each map on one page"))
        self.tile = QRadioButton(tr("Tile across pages:"))
        group = QButtonGroup(widget)
        for button in (self.auto, self.fit, self.tile):
            group.addButton(button)
        {"auto": self.auto, "fit": self.fit, "tile": self.tile}[options.layout].setChecked(True)
        self.tile_cols = spin_box_look(QSpinBox(minimum=1, maximum=20, value=options.tiles[0], suffix=tr(" across")))
        self.tile_rows = spin_box_look(QSpinBox(minimum=1, maximum=20, value=options.tiles[1], suffix=tr(" down")))
        tiles = QHBoxLayout()
        tiles.addWidget(self.tile)
        tiles.addWidget(self.tile_cols)
        tiles.addWidget(self.tile_rows)
        self.overlap = LengthBox(options.overlap_mm, 0, 50)
        self.bleed = LengthBox(options.bleed_mm, 0, 10)
        self.bleed.setToolTip(tr("For a print shop: backgrounds run this far past the trim marks (3 mm is usual)."))
        self.crop_marks = _check_box(tr("Crop and assembly marks"), options.crop_marks)
        self.markers = _check_box(tr("Analysis markers (job badges, flags) — internal"), options.analysis_markers)
        self.markers.setToolTip(tr("Job counts, opportunity scores and missing-touchpoint flags on stage headers. "
                                   "Usually left out of what a client sees."))
        named = ((self.paper, tr("Paper size")), (self.custom_w, tr("Custom paper width")),
                 (self.custom_h, tr("Custom paper height")), (self.orientation, tr("Orientation")),
                 (self.margin, tr("Margins")), (self.tile_cols, tr("Pages across")),
                 (self.tile_rows, tr("Pages down")), (self.overlap, tr("Overlap between pages")),
                 (self.bleed, tr("Bleed")))
        for control, name in named:
            control.setAccessibleName(name)
        form.addRow(tr("Paper:"), self.paper)
        form.addRow(tr("Custom size:"), size)
        form.addRow(tr("Orientation:"), self.orientation)
        form.addRow(tr("Margins:"), self.margin)
        form.addRow(self.auto)
        form.addRow(self.fit)
        form.addRow(tiles)
        form.addRow(tr("Overlap:"), self.overlap)
        form.addRow(tr("Bleed:"), self.bleed)
        form.addRow(self.crop_marks)
        sections = QGroupBox(tr("Include"))
        box = QVBoxLayout(sections)
        self.sections: dict[str, QCheckBox] = {}
        for key in ALL_SECTIONS:
            self.sections[key] = _check_box(tr(SECTION_LABELS[key]), key in options.sections)
            box.addWidget(self.sections[key])
        form.addRow(sections)
        secret = QGroupBox(tr("Confidential"))
        box = QVBoxLayout(secret)
        self.anonymise = _check_box(tr("Anonymise personas (names in every text, photos, age, gender, location)"),
                                    options.anonymise_personas)
        self.omit_notes = _check_box(tr("Internal notes left out"), options.omit_notes)
        box.addWidget(self.anonymise)
        box.addWidget(self.omit_notes)
        box.addWidget(QLabel(tr("Lanes to leave out:")))
        self.lanes = QListWidget()
        self.lanes.setMaximumHeight(110)
        self.lanes.setAccessibleName(tr("Lanes to leave out"))
        several = len(self.doc.project.maps) > 1
        for jmap in self.doc.project.maps:
            for lane in jmap.lanes:
                item = QListWidgetItem(f"{jmap.name} › {lane.name}" if several else lane.name)
                item.setData(Qt.ItemDataRole.UserRole, lane.id)
                omitted = lane.id in options.omit_lane_ids
                item.setCheckState(Qt.CheckState.Checked if omitted else Qt.CheckState.Unchecked)
                self.lanes.addItem(item)
        box.addWidget(self.lanes)
        form.addRow(secret)
        return widget

    def _image_form(self, options: ExportOptions) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        self.scope = QComboBox()
        self.scope.addItem(tr("Whole map"), "map")
        if self.regions.get("view"):
            self.scope.addItem(tr("Current view"), "view")
        if self.regions.get("selection"):
            self.scope.addItem(tr("Selected cards"), "selection")
        self.scale = spin_box_look(QDoubleSpinBox(minimum=0.25, maximum=8, singleStep=0.25, value=options.png_scale,
                                                 suffix=" ×"))
        self.dpi = QLabel()
        self.scale.valueChanged.connect(lambda v: self.dpi.setText(tr("{dpi} DPI").format(dpi=round(v * 96))))
        self.dpi.setText(tr("{dpi} DPI").format(dpi=round(options.png_scale * 96)))
        self.transparent = _check_box(tr("Transparent background"), options.transparent)
        self.scope.setAccessibleName(tr("Area of the map"))
        self.scale.setAccessibleName(tr("Image scale"))
        form.addRow(tr("Area (PNG):"), self.scope)
        form.addRow(tr("Scale (PNG):"), self.scale)
        form.addRow("", self.dpi)
        form.addRow(self.transparent)
        return widget

    def suffix(self) -> str:
        return str(self.format.currentData())

    def options(self) -> ExportOptions:
        omit = [self.lanes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lanes.count())
                if self.lanes.item(i).checkState() == Qt.CheckState.Checked]
        return ExportOptions(
            paper=self.paper.currentData(), custom_mm=(self.custom_w.mm(), self.custom_h.mm()),
            orientation=self.orientation.currentData(), margin_mm=self.margin.mm(),
            layout="tile" if self.tile.isChecked() else "fit" if self.fit.isChecked() else "auto",
            tiles=(self.tile_cols.value(), self.tile_rows.value()),
            overlap_mm=self.overlap.mm(), bleed_mm=self.bleed.mm(), crop_marks=self.crop_marks.isChecked(),
            sections=[key for key, box in self.sections.items() if box.isChecked()],
            map_ids=[self.map_id] if self.which_maps.currentData() == "current" or self.suffix() in IMAGE_FORMATS
            else [],
            omit_lane_ids=omit, omit_notes=self.omit_notes.isChecked(),
            anonymise_personas=self.anonymise.isChecked(), png_scale=self.scale.value(),
            analysis_markers=self.markers.isChecked(),
            transparent=self.transparent.isChecked(), table_shape=self.shape.currentData(),
        )

    def region(self) -> Region | None:
        return self.regions.get(self.scope.currentData()) if self.suffix() == ".png" else None

    # ---- preview --------------------------------------------------------------------------------
    def update_preview(self) -> None:
        from journeydesigner.export.preview import render_page
        from journeydesigner.export.raster import render_image

        custom, tiled = self.paper.currentData() == "custom", not self.fit.isChecked()
        for widget, on in ((self.custom_w, custom), (self.custom_h, custom), (self.tile_cols, self.tile.isChecked()),
                           (self.tile_rows, self.tile.isChecked()), (self.overlap, tiled), (self.crop_marks, tiled),
                           (self.bleed, tiled)):
            widget.setEnabled(on and self.suffix() == ".pdf")
        for paper_widget in (self.paper, self.orientation, self.margin, self.auto, self.fit, self.tile):
            paper_widget.setEnabled(self.suffix() == ".pdf")  # paper means nothing to a deck or a web page
        options = self.options()
        width = max(self.preview.width() - 16, 200)
        try:
            if self.suffix() == ".pdf":
                prepared, plan = plan_for(self.doc.project, options)
                self.warnings = plan.warnings
                count = len(plan.pages)
                if not plan.pages:
                    self.preview.setText(tr("Nothing to export: choose at least one section."))
                    self.summary.setText("")
                    self.export_button.setEnabled(False)
                    return
                first_map = next((i for i, page in enumerate(plan.pages) if page.bookmark
                                  and page.bookmark[0] in {m.name for m in prepared.maps}), 0)
                fresh = self._plan is None or len(self._plan[1]) != count
                self._plan = (prepared, plan.pages)
                self.page_box.blockSignals(True)
                self.page_box.setMaximum(count)
                self.page_box.setSuffix(tr(" of {count}").format(count=count))
                if fresh:  # the first map page: where legibility and tiling show
                    self.page_box.setValue(first_map + 1)
                self.page_box.blockSignals(False)
                image = render_page(prepared, plan.pages[self.page_box.value() - 1], width)
                text = tr("%n page(s)", "", count)
            elif self.suffix() not in IMAGE_FORMATS:
                self._describe()
                return
            else:
                self.warnings = []
                full = render_image(self.doc.project, self.map_id, options.png_scale, options.transparent,
                                    self.region(), options.analysis_markers)
                found = formats.find(self.suffix())
                text = tr("{width} × {height} pixels").format(width=f"{full.width():,}", height=f"{full.height():,}") \
                    if self.suffix() == ".png" else \
                    tr("Vector drawing") if self.suffix() == ".svg" else tr(found.label) if found else ""
                image = full.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        except ExportError as exc:
            self.preview.setText(str(exc))
            self.summary.setText("")
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        self.page_box.setVisible(self.suffix() == ".pdf")
        self._set_image(image)
        lines = "".join(f"<br><span style='color:#495057'>{escape(w, quote=False)}</span>" if isinstance(w, Note) else
                        f"<br><span style='color:#C92A2A'>⚠ {escape(w, quote=False)}</span>" for w in self.warnings)
        if self.suffix() == ".pdf" and self.doc.project.meta.title in ("", tr("Untitled journey")):
            hint = tr("The cover and every page say “{title}”: File › Project Properties… names the project.")
            lines += f"<br><span style='color:#495057'>{escape(hint.format(title=tr('Untitled journey')))}</span>"
        self.summary.setText(f"<b>{text}</b>{lines}")

    def _show_page(self, number: int) -> None:
        from journeydesigner.export.preview import render_page

        if self._plan is not None and 1 <= number <= len(self._plan[1]):
            prepared, pages = self._plan
            self._set_image(render_page(prepared, pages[number - 1], max(self.preview.width() - 16, 200)))

    def _set_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        width = max(self.preview.width() - 16, 200)
        room = max(self.preview.height() - 16, 100)
        if pixmap.height() > room or pixmap.width() > width:
            pixmap = pixmap.scaled(width, room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def _describe(self) -> None:
        """A format with no page to preview: say what the file will hold instead."""
        self.warnings = []
        fmt = formats.find(self.suffix())
        self.preview.setWordWrap(True)
        self.preview.setText(tr(DESCRIPTIONS.get(self.suffix(), QT_TR_NOOP("No preview for this format."))))
        self.summary.setText(f"<b>{escape(tr(fmt.label) if fmt else self.suffix(), quote=False)}</b>")
        self.export_button.setEnabled(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.update_preview()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refresh.start()

    # ---- exporting ------------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        suffix = self.suffix()
        base = self.doc.path or Path.home() / (self.doc.project.meta.title or "journey")
        suggestion = str(base.with_suffix(suffix))
        fmt = formats.find(suffix)
        name = fmt.filter() if fmt else ""
        path, _ = QFileDialog.getSaveFileName(self, tr("Export"), suggestion, name)
        if path:
            self.export_to(Path(path if path.lower().endswith(suffix) else path + suffix))

    def export_to(self, path: Path) -> None:
        """Export in a worker thread behind a progress dialog with Cancel; the window stays responsive."""
        options = self.options()
        self._remember(options)
        self._progress = progress = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(tr("Export"))
        progress.setMinimumDuration(300)
        self._path = path
        self._worker = worker = _Worker(self.doc, path, options, self.region())
        self._thread = thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Bound methods of the dialog: Qt queues these calls to the GUI thread.
        worker.progressed.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.finished.connect(thread.quit)
        progress.canceled.connect(self._cancel)
        thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(total)
        self._progress.setValue(done)

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled = True

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """For tests and closing: block until a running export has finished.

        The worker's ``finished`` → ``thread.quit`` call is queued to this (GUI) thread, which is blocked here:
        ask the thread to quit directly, or a wait right after the result arrived deadlocks until the timeout.
        Its event loop ends once the running export returns.
        """
        if self._thread is None:
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    def _on_finished(self, result: object) -> None:
        path = self._path
        self._progress.close()
        if isinstance(result, ExportCancelled):
            return
        if isinstance(result, Exception):
            QMessageBox.critical(self, tr("Export failed"), tr("“{name}” could not be exported: {reason}.").format(
                name=path.name, reason=result))
            return
        self.saved_path = path
        self.warnings = [str(w) for w in result] if isinstance(result, list) else []
        self.accept()

    def _remember(self, options: ExportOptions) -> None:
        """The settings travel with the project, like a word processor's page setup: kept on the project and
        written by its next save, but neither an undo step nor by themselves a change that asks to be saved
        (exporting a PDF is not editing the map, and Quit should not ask about it)."""
        self.doc.project.export = options


def _check_box(text: str, checked: bool) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(checked)
    return box
