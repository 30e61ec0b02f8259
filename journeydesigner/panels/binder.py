"""Form widgets bound to fields of the selected objects: each edit pushes an undoable EditFields.

Typing in one field merges into one undo step per edit session (the session ends when the field loses
focus or the selection changes). With several targets selected, fields whose values differ show "mixed".
"""

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QWidget,
)

from journeydesigner.commands import EditFields, Target
from journeydesigner.document import Document
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.projectfile.errors import describe as _describe

_SpinBox = TypeVar("_SpinBox", bound=QAbstractSpinBox)

MIXED = QT_TR_NOOP("(mixed)")  # shown through tr() where several selected cards differ
Options = Callable[[], list[tuple[str, Any]]]


class _Binding:
    def __init__(self, field: str, widget: QWidget, show: Callable[[Any, bool], None]) -> None:
        self.field, self.widget, self.show = field, widget, show


class FieldBinder(QObject):
    rejected = Signal(str)  # a value the model does not accept, with why
    def __init__(self, doc: Document, targets: Callable[[], list[Target]], noun: str, parent: QObject) -> None:
        """``parent``: the panel whose fields this binds, so the binder is deleted with it (its ``targets``
        usually reads the panel, a reference cycle that must not be left to Python's collector)."""
        super().__init__(parent)
        self.doc, self.targets, self.noun = doc, targets, noun
        self.bindings: list[_Binding] = []
        self.labels: dict[str, str] = {}  # field → the translated name its control shows, for undo texts
        self._session = 0
        self._loading = False

    # ---- pushing edits ----------------------------------------------------------------------------
    def set(self, field: str, value: Any, merge: bool = True) -> None:
        if self._loading:
            return
        targets = self.targets()
        if not targets:
            return
        objects = [t.resolve(self.doc.project) for t in targets]
        if all(getattr(o, field) == value for o in objects):
            return
        label = self.labels.get(field) or f"{self.noun} {field.replace('_', ' ')}"
        session = (field, self._session) if merge else None
        try:
            command = EditFields(self.doc, targets, {field: value}, tr("Change “{field}”").format(field=label), session)
        except ValidationError as exc:
            self.rejected.emit(f"{label.capitalize()}: {_describe(exc.errors(include_url=False)[0])}")
            return
        self.doc.push(command)

    def end_session(self) -> None:
        self._session += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.end_session()
        return False

    # ---- showing values ---------------------------------------------------------------------------
    def load(self) -> None:
        targets = self.targets()
        objects = [t.resolve(self.doc.project) for t in targets]
        self._loading = True
        try:
            for binding in self.bindings:
                values = [getattr(o, binding.field, None) for o in objects]
                mixed = any(v != values[0] for v in values[1:])
                binding.show(values[0] if values else None, mixed)
        finally:
            self._loading = False

    def _bind(self, field: str, widget: QWidget, show: Callable[[Any, bool], None], label: str) -> None:
        widget.setAccessibleName(label)
        self.labels.setdefault(field, label)
        widget.installEventFilter(self)
        self.bindings.append(_Binding(field, widget, show))

    # ---- widgets ----------------------------------------------------------------------------------
    def line(self, field: str, label: str, to_model: Callable[[str], Any] = str,
             to_text: Callable[[Any], str] = str) -> QLineEdit:
        edit = QLineEdit()

        def show(value: Any, mixed: bool) -> None:
            edit.setPlaceholderText(tr(MIXED) if mixed else "")
            text = "" if mixed or value is None else to_text(value)
            if edit.text() != text and not (edit.hasFocus() and _same(edit.text(), value, to_model)):
                edit.setText(text)
                if not edit.hasFocus():
                    edit.home(False)  # show the start of a long value, not its end

        def edited(text: str) -> None:
            with contextlib.suppress(ValueError):  # a half-typed number: wait for more
                self.set(field, to_model(text))

        edit.textEdited.connect(edited)
        edit.editingFinished.connect(self.end_session)
        self._bind(field, edit, show, label)
        return edit

    def tags(self, field: str, label: str) -> QLineEdit:
        edit = self.line(field, label, lambda t: [p.strip().lstrip("#") for p in t.split(",") if p.strip()],
                         lambda v: ", ".join(v))
        edit.setPlaceholderText(tr("comma, separated"))
        return edit

    def number(self, field: str, label: str) -> QLineEdit:
        """An optional decimal number (KPI values): empty means none."""
        def parse(text: str) -> float | None:
            text = text.strip().replace(",", "")
            return float(text) if text else None

        return self.line(field, label, parse, lambda v: "" if v is None else f"{v:g}")

    def text(self, field: str, label: str, as_list: bool = False, height: int = 64) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        if as_list:
            edit.setPlaceholderText(tr("one per line"))

        def value_of() -> Any:
            text = edit.toPlainText()
            return [line.strip() for line in text.splitlines() if line.strip()] if as_list else text

        def show(value: Any, mixed: bool) -> None:
            text = "" if mixed or value is None else "\n".join(value) if as_list else value
            if edit.toPlainText() != text and not (edit.hasFocus() and value_of() == value):
                edit.setPlainText(text)
            if mixed:
                edit.setPlaceholderText(tr(MIXED))

        edit.textChanged.connect(lambda: self.set(field, value_of()))
        self._bind(field, edit, show, label)
        return edit

    def spin(self, field: str, label: str, low: int, high: int) -> QSpinBox:
        spin = spin_box_look(QSpinBox())
        spin.setRange(low, high)

        def show(value: Any, mixed: bool) -> None:
            spin.setSpecialValueText("")
            if value is not None and spin.value() != value:
                spin.setValue(int(value))

        spin.valueChanged.connect(lambda v: self.set(field, v))
        self._bind(field, spin, show, label)
        return spin

    def combo(self, field: str, label: str, options: list[tuple[str, Any]], merge: bool = False,
              more: Callable[[], list[tuple[str, Any]]] | None = None) -> QComboBox:
        """A choice among ``options``, then ``more``: those are made only when the list is first needed."""
        combo = LongComboBox(more) if more is not None else QComboBox()
        for text, value in options:
            combo.addItem(text, value)

        def show(value: Any, mixed: bool) -> None:
            if not mixed and isinstance(combo, LongComboBox) and combo.findData(value) < 0:
                combo.complete()
            index = -1 if mixed else combo.findData(value)
            if combo.currentIndex() != index:
                combo.setCurrentIndex(index)

        combo.activated.connect(lambda i: self.set(field, combo.itemData(i), merge))
        self._bind(field, combo, show, label)
        return combo

    def checklist(self, field: str, label: str, options: Options, height: int = 90) -> QListWidget:
        """Checkable items whose checked values form a list field (linked personas, jobs, stages)."""
        listing = QListWidget()
        listing.setFixedHeight(height)

        def show(value: Any, mixed: bool) -> None:
            chosen = set(value or [])
            listing.blockSignals(True)
            listing.clear()
            for text, data in options():
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, data)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.PartiallyChecked if mixed else (
                    Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
                item.setCheckState(state)
                listing.addItem(item)
            listing.blockSignals(False)

        def changed(_item: QListWidgetItem) -> None:
            values = [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                      if listing.item(i).checkState() == Qt.CheckState.Checked]
            self.set(field, values, merge=False)

        listing.itemChanged.connect(changed)
        self._bind(field, listing, show, label)
        return listing

    def color(self, field: str, label: str, allow_default: bool = True) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(tr("Choose…"))
        row.addWidget(button, 1)
        if allow_default:  # a small ✕ as beside the project's date: the row fits a narrow panel in any language
            reset = QToolButton()
            reset.setText("✕")
            reset.setToolTip(tr("Default"))
            reset.setAccessibleName(tr("Default"))
            reset.clicked.connect(lambda: self.set(field, None, merge=False))
            row.addWidget(reset)
        current: dict[str, Any] = {"value": None}

        def show(value: Any, mixed: bool) -> None:
            current["value"] = value
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(value) if value else QColor("#DEE2E6"))
            button.setIcon(QIcon(pixmap))
            button.setText(tr(MIXED) if mixed else (value or tr("Kind's colour")))

        def choose() -> None:
            chosen = QColorDialog.getColor(QColor(current["value"] or "#1C7ED6"), box, label)
            if chosen.isValid():
                self.set(field, chosen.name().upper(), merge=False)

        button.clicked.connect(choose)
        self._bind(field, button, show, label)
        return box


def _same(text: str, value: Any, to_model: Callable[[str], Any]) -> bool:
    try:
        return to_model(text) == value
    except ValueError:
        return False


def persona_choices(doc: Document) -> Options:
    """The project's personas as (name, id) choices, read when the list is shown."""
    return lambda: [(p.name, p.id) for p in doc.project.personas]


def spin_box_look(box: _SpinBox) -> _SpinBox:
    """A spin box (or date field) drawn as the window has always drawn them. The window's look once came from an
    application style sheet, under which Qt sizes these 19 px tall and 16 px wider than Fusion alone does; the
    sheet now styles the toolbar and status bar only (app/chrome.py), and a rule-less sheet of their own keeps
    these few widgets as they were."""
    box.setStyleSheet("QAbstractSpinBox {}")
    return box


def narrow_form(widget: QWidget) -> QFormLayout:
    """A form for a side panel: fields grow and shrink with the panel (in a narrow_scroll, which never scrolls
    sideways), so nothing is cut at the right edge. Rows wider than a field (button rows) span the form."""
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def narrow_scroll(widget: QWidget) -> QScrollArea:
    """A vertical-only scroll area for a panel's form (see narrow_form)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    keep_whole(scroll)
    return scroll


def keep_whole(scroll: QScrollArea) -> None:
    """A form's scroll area, and so its dock, never gets narrower than the form at its narrowest, so no field is
    cut at the right edge in any language (German's photo buttons need a few pixels more than English ones)."""
    form = scroll.widget()
    assert form is not None, "keep_whole needs the scroll area's form"
    scroll.setMinimumWidth(form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                           + 2 * scroll.frameWidth())


def button_row(*buttons: tuple[str, Callable[[], object]]) -> QHBoxLayout:
    """A row of push buttons (label, slot): the Add / Duplicate / Delete rows of the panels."""
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    return row


class LongComboBox(QComboBox):
    """A combo box whose long tail of choices is added when first needed: opened, scrolled or typed at, or to show
    a value among them. The project's language list (fifty languages, each named by QLocale in its own words,
    and the hyphenation package to list them) cost the window's start 10 ms for a list rarely opened (issue 15)."""

    def __init__(self, more: Callable[[], list[tuple[str, Any]]]) -> None:
        super().__init__()
        self._more: Callable[[], list[tuple[str, Any]]] | None = more

    def complete(self) -> None:
        if self._more is None:
            return
        more, self._more = self._more, None
        with QSignalBlocker(self):  # the current choice stays; adding items changes nothing the user did
            for text, value in more():
                if self.findData(value) < 0:
                    self.addItem(text, value)

    def showPopup(self) -> None:  # noqa: N802
        self.complete()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.complete()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.complete()
        super().wheelEvent(event)
