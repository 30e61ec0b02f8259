"""Project properties: title, client, author, date, version label, language, notes and the client's logo.

They are what the deliverable says about itself (the PDF cover, page headers and footers, metadata, the
default file name), so the same form appears in File › Project Properties… and in the inspector when
nothing is selected. Every edit is an undoable step, like any other field.
"""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.commands import EditFields, Target
from journeydesigner.document import Document
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.panels.binder import FieldBinder, button_row, narrow_form, spin_box_look
from journeydesigner.panels.follow import FollowsDocument

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum stands for "no fixed date: the day of the export"
IMAGE_FILTER = QT_TR_NOOP("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)")
LOGO_PREVIEW = (160, 64)


def language_options() -> list[tuple[str, str]]:
    """The languages whose hyphenation rules come with the program, each named in its own words ("Deutsch
    (Schweiz)"), alphabetically; one code per rule file (de_DE, not also de)."""
    import pyphen

    by_file: dict[str, str] = {}
    for code in sorted(pyphen.LANGUAGES, key=lambda c: (-len(c), c)):  # a code with its region first
        by_file.setdefault(str(pyphen.LANGUAGES[code]), code)
    named = []
    prefixes = [code.split("_")[0] for code in by_file.values()]
    for code in by_file.values():
        locale = QLocale(code)
        name = locale.nativeLanguageName() or code
        if prefixes.count(code.split("_")[0]) > 1 and locale.nativeTerritoryName():  # Deutsch (Schweiz)
            name += f" ({locale.nativeTerritoryName()})"
        named.append((name[:1].upper() + name[1:], code))
    return sorted(named, key=lambda item: item[0].casefold())


class ProjectForm(QWidget, FollowsDocument):
    """The project's own fields, bound to ``Target("meta")``. With ``into``, the rows join that form (the
    inspector's), so their labels line up with the rows above; the widget itself then only holds the binding."""

    follows_cards = False  # it shows nothing of the cards

    def __init__(self, doc: Document, parent: QWidget | None = None, into: QFormLayout | None = None) -> None:
        super().__init__(parent)
        self.binder = FieldBinder(doc, lambda: [Target("meta")], "project", self)
        b = self.binder
        form = into if into is not None else narrow_form(self)
        if into is None:
            form.setContentsMargins(0, 0, 0, 0)
        self.title = b.line("title", tr("Project title"))
        self.title.setPlaceholderText(tr("Shown on the cover and every page"))
        form.addRow(tr("Title"), self.title)
        self.client = b.line("client", tr("Client"))
        form.addRow(tr("Client"), self.client)
        self.author = b.line("author", tr("Author"))
        self.author.setPlaceholderText(tr("You, or your team"))
        form.addRow(tr("Author"), self.author)
        self.date = self._date_field()
        date_box = QWidget()  # a widget, not a bare layout: a wrapped form row then keeps its natural height
        date_row = QHBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date, 1)
        today = QToolButton()
        today.setText("✕")
        today.setAccessibleName(tr("No fixed date"))
        today.setToolTip(tr("No fixed date: the cover shows the day of each export"))
        today.clicked.connect(lambda: self.binder.set("date", None, merge=False))
        date_row.addWidget(today)
        form.addRow(tr("Date"), date_box)
        self.version = b.line("version", tr("Version label"))
        self.version.setPlaceholderText(tr("e.g. Draft 2"))
        form.addRow(tr("Version"), self.version)
        # The language the project is written in: its long words are hyphenated by that language's rules.
        self.language = b.combo("language", tr("Language"), [(tr("Automatic"), "")], merge=True,
                                more=language_options)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(8)  # "Österreichisches Deutsch (Österreich)" would widen the dock
        form.addRow(tr("Language"), self.language)
        self.notes = b.text("notes", tr("Project notes"), height=72)
        self.notes.setPlaceholderText(tr("Scope and method, printed on the cover"))
        form.addRow(tr("Notes"), self.notes)
        self.logo = QLabel()
        self.logo.setMinimumSize(*LOGO_PREVIEW)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo.setAccessibleName(tr("Client logo"))
        logo_box = QWidget()
        logo_column = QVBoxLayout(logo_box)
        logo_column.setContentsMargins(0, 0, 0, 0)
        logo_column.addWidget(self.logo)
        self.logo_buttons = button_row((tr("Choose…"), self.choose_logo), (tr("Remove"), self.remove_logo))
        logo_column.addLayout(self.logo_buttons)
        form.addRow(tr("Client logo"), logo_box)
        self._shown_logo: str | bool | None = False  # False: nothing shown yet
        self.follow(doc)
        self.refresh()

    def _date_field(self) -> QDateEdit:
        edit = spin_box_look(QDateEdit())
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("Day of the export"))
        edit.setDisplayFormat("d MMMM yyyy")

        def show(value: Any, _mixed: bool) -> None:
            wanted = QDate(value.year, value.month, value.day) if isinstance(value, date) else NO_DATE
            if edit.date() != wanted:
                edit.setDate(wanted)

        def changed(value: QDate) -> None:
            self.binder.set("date", None if value == NO_DATE else value.toPython(), merge=False)

        edit.dateChanged.connect(changed)
        self.binder._bind("date", edit, show, tr("Date"))
        return edit

    def refresh(self) -> None:
        self.binder.load()
        ref = self.doc.project.meta.logo
        if ref == self._shown_logo:
            return  # every edit refreshes the form; the logo is decoded again only when it changes
        self._shown_logo = ref
        pixmap = QPixmap()
        if ref and pixmap.loadFromData(self.doc.project.assets.get(ref, b"")):
            self.logo.setPixmap(pixmap.scaled(*LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.clear()
            self.logo.setText(tr("No logo"))

    # ---- the logo -----------------------------------------------------------------------------------
    def set_logo_from_file(self, path: Path) -> bool:
        from journeydesigner.imageimport import ImageImportError, import_image_file  # (on first use)

        try:
            ref, png = import_image_file(path)
        except ImageImportError as exc:
            QMessageBox.warning(self, tr("Not an image"), str(exc))
            return False
        self._set_logo(ref, png)
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the client's logo"), "", tr(IMAGE_FILTER))
        if path:
            self.set_logo_from_file(Path(path))

    def remove_logo(self) -> None:
        self._set_logo(None, None)

    def _set_logo(self, ref: str | None, png: bytes | None) -> None:
        if ref == self.doc.project.meta.logo:
            return
        if ref and png:
            self.doc.project.assets[ref] = png
        self.doc.push(EditFields(self.doc, Target("meta"), {"logo": ref},
                                 tr("Change client logo") if ref else tr("Remove client logo")))


class ProjectPropertiesDialog(QDialog):
    """File › Project Properties…: the same live, undoable form as the inspector's."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Project Properties"))
        self.form = ProjectForm(doc)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        note = QLabel(tr("What the deliverable says about itself: the cover, every page's header and footer, "
                         "and the file's properties. Changes apply at once and can be undone."))
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(self.form)
        column.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.form.title.setFocus()

    def done(self, result: int) -> None:
        self.form.binder.end_session()
        self.form.detach()
        super().done(result)
