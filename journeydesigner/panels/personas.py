"""The personas panel: the project's personas as cards, and an editor for every field of a persona."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.commands import AddPerson, EditFields, MovePerson, RemovePerson, Target, references
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.imagedecode import decode_image
from journeydesigner.model import Channel, Persona, new_id
from journeydesigner.panels.binder import FieldBinder, button_row, narrow_form, narrow_scroll
from journeydesigner.panels.follow import FollowsDocument

PALETTE = ["#E8590C", "#1C7ED6", "#2F9E44", "#7048E8", "#D6336C", "#0C8599", "#F08C00", "#495057"]


def persona_icon(persona: Persona, pixmap_data: bytes | None, size: int = 48) -> QIcon:
    canvas = QPixmap(size, size)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    photo = QPixmap.fromImage(decode_image(pixmap_data, 4 * size)) if pixmap_data else QPixmap()
    if not photo.isNull():
        clip = QPainterPath()
        clip.addEllipse(0, 0, size, size)
        painter.setClipPath(clip)
        painter.drawPixmap(0, 0, photo.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                              Qt.TransformationMode.SmoothTransformation))
    else:
        painter.setBrush(QColor(persona.color))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, size, size)
        painter.setPen(QColor("#FFFFFF"))
        font = painter.font()
        font.setPixelSize(size // 2)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter, (persona.name or "?")[:1].upper())
    painter.end()
    return QIcon(canvas)


class PersonaList(QListWidget):
    """Reorder by drag; image files dropped on a persona become its photo."""

    moved = Signal(str, int)
    imageDropped = Signal(str, str)  # persona id, file path

    def __init__(self) -> None:
        super().__init__()
        self.setIconSize(QSize(44, 44))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setAcceptDrops(True)
        self.setAccessibleName(tr("Personas"))
        self.setSpacing(2)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            item = self.itemAt(event.position().toPoint()) or self.currentItem()
            files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if item is not None and files:
                self.imageDropped.emit(item.data(Qt.ItemDataRole.UserRole), files[0])
            event.acceptProposedAction()
            return
        moving = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if moving is not None:
            index = self.row(target) if target is not None else self.count() - 1
            self.moved.emit(moving.data(Qt.ItemDataRole.UserRole), index)
        event.ignore()  # the model moves, then the list is rebuilt from it


class PersonaPanel(QWidget, FollowsDocument):
    follows_cards = False  # it shows nothing of the cards

    personaFocused = Signal(object)  # persona id or None: highlight its cards and curve on the map

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.doc = doc
        self.current: str | None = None
        self.list = PersonaList()
        self.list.currentItemChanged.connect(self._on_current)
        self.list.moved.connect(lambda pid, index: self.doc.push(MovePerson(self.doc, "personas", pid, index)))
        self.list.imageDropped.connect(lambda pid, path: self.set_photo_from_file(Path(path), pid))
        buttons = button_row((tr("Add"), self.add), (tr("Duplicate"), self.duplicate), (tr("Delete"), self.delete))
        self.highlight = QCheckBox(tr("Highlight on the map"))
        self.highlight.setToolTip(tr("Fade every card and emotion curve that is not this persona's"))
        self.highlight.toggled.connect(lambda _on: self._emit_focus())
        self.binder = FieldBinder(doc, lambda: [Target("personas", self.current)] if self.current else [], "persona",
                                  self)
        self.editor = self._editor()
        scroll = narrow_scroll(self.editor)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        column.addWidget(self.highlight)
        column.addWidget(scroll, 2)
        self.follow(doc)
        self.refresh()

    def _editor(self) -> QWidget:
        widget = QWidget()
        form = narrow_form(widget)
        b = self.binder
        self.photo = QLabel()
        self.photo.setFixedSize(96, 96)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        photo_buttons = button_row((tr("Choose…"), self.choose_photo), (tr("Paste"), self.paste_photo),
                                   (tr("Remove"), self.remove_photo))
        self.photo.setAccessibleName(tr("Photo"))
        photo_row = QVBoxLayout()
        photo_row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        photo_row.addLayout(photo_buttons)
        form.addRow(photo_row)  # spans the form: the three buttons fit a narrow panel
        form.addRow(tr("Name"), b.line("name", tr("Persona name")))
        form.addRow(tr("Role"), b.line("role", tr("Role or occupation")))
        form.addRow(tr("Quote"), b.text("quote", tr("Quote"), height=48))
        form.addRow(tr("Colour"), b.color("color", tr("Persona colour"), allow_default=False))
        form.addRow(tr("Age"), b.line("age", tr("Age")))
        form.addRow(tr("Gender"), b.line("gender", tr("Gender")))
        form.addRow(tr("Location"), b.line("location", tr("Location")))
        form.addRow(tr("Goals"), b.text("goals", tr("Goals"), as_list=True))
        form.addRow(tr("Pain points"), b.text("pain_points", tr("Pain points"), as_list=True))
        form.addRow(tr("Motivations"), b.text("motivations", tr("Motivations"), as_list=True))
        form.addRow(tr("Behaviours"), b.text("behaviours", tr("Behaviours"), as_list=True))
        form.addRow(tr("Channels"), b.checklist("preferred_channels", tr("Preferred channels"),
                                            lambda: [(c.label, c) for c in Channel], height=110))
        form.addRow(tr("Values"), b.text("values", tr("Values"), as_list=True))
        form.addRow(tr("Interests"), b.text("interests", tr("Interests"), as_list=True))
        form.addRow(tr("Lifestyle"), b.text("lifestyle", tr("Lifestyle"), height=48))
        return widget

    # ---- following the model -----------------------------------------------------------------------
    def refresh(self) -> None:
        personas = self.doc.project.personas
        if self.current not in {p.id for p in personas}:
            self.current = personas[0].id if personas else None
        self.list.blockSignals(True)
        self.list.clear()
        for persona in personas:
            text = persona.name + (f"\n{persona.role}" if persona.role else "")
            item = QListWidgetItem(persona_icon(persona, self.doc.project.assets.get(persona.photo or "")), text)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setToolTip(persona.quote or persona.name)
            self.list.addItem(item)
            if persona.id == self.current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.editor.setEnabled(self.current is not None)
        if self.current is not None:
            persona = self.doc.project.persona(self.current)
            self.photo.setPixmap(persona_icon(persona, self.doc.project.assets.get(persona.photo or ""), 96)
                                 .pixmap(96, 96))
            self.binder.load()

    def _on_current(self, item: QListWidgetItem | None) -> None:
        self.binder.end_session()
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.refresh()
        self._emit_focus()

    def _emit_focus(self) -> None:
        self.personaFocused.emit(self.current if self.highlight.isChecked() else None)

    # ---- actions ---------------------------------------------------------------------------------------
    def add(self) -> None:
        used = {p.color for p in self.doc.project.personas}
        color = next((c for c in PALETTE if c not in used), PALETTE[len(used) % len(PALETTE)])
        persona = Persona(name=tr("Persona {number}").format(number=len(self.doc.project.personas) + 1), color=color)
        self.doc.push(AddPerson(self.doc, "personas", persona))
        self.select(persona.id)

    def duplicate(self) -> None:
        if self.current is None:
            return
        original = self.doc.project.persona(self.current)
        name = tr("{name} (copy)").format(name=original.name)
        copy = original.model_copy(deep=True, update={"id": new_id("persona"), "name": name})
        index = self.doc.project.personas.index(original) + 1
        self.doc.push(AddPerson(self.doc, "personas", copy, index, tr("Duplicate persona")))
        self.select(copy.id)

    def delete(self) -> None:
        if self.current is None:
            return
        persona = self.doc.project.persona(self.current)
        links = references(self.doc.project, "personas", persona.id)
        if links:
            answer = QMessageBox.question(
                self, tr("Delete persona"),
                tr("%n card(s), maps or jobs refer to “{name}”. Delete the persona and remove those links? "
                   "(The cards stay; Undo brings everything back.)", "", links).format(name=persona.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.doc.push(RemovePerson(self.doc, "personas", persona.id))

    def select(self, persona_id: str) -> None:
        self.current = persona_id
        self.refresh()
        self._emit_focus()

    # ---- photos ----------------------------------------------------------------------------------------
    def _set_photo(self, ref: str | None, png: bytes | None, persona_id: str | None = None) -> None:
        pid = persona_id or self.current
        if pid is None:
            return
        if ref and png:
            self.doc.project.assets[ref] = png
        self.doc.push(EditFields(self.doc, Target("personas", pid), {"photo": ref}, tr("Change persona photo")))

    def set_photo_from_file(self, path: Path, persona_id: str | None = None) -> bool:
        from journeydesigner.imageimport import ImageImportError, import_image_file  # (on first use)

        try:
            ref, png = import_image_file(path)
        except ImageImportError as exc:
            QMessageBox.warning(self, tr("Not an image"), str(exc))
            return False
        self._set_photo(ref, png, persona_id)
        return True

    def choose_photo(self) -> None:
        images = "Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a photo"), "", images)
        if path:
            self.set_photo_from_file(Path(path))

    def paste_photo(self) -> None:
        from journeydesigner.imageimport import ImageImportError, encode_image, import_image_file

        mime = QGuiApplication.clipboard().mimeData()
        try:
            if mime.hasImage():
                ref, png = encode_image(QGuiApplication.clipboard().image())
            elif mime.hasUrls() and mime.urls()[0].isLocalFile():
                ref, png = import_image_file(Path(mime.urls()[0].toLocalFile()))
            else:
                raise ImageImportError(tr("The clipboard holds no image."))
        except ImageImportError as exc:
            QMessageBox.warning(self, tr("Not an image"), str(exc))
            return
        self._set_photo(ref, png)

    def remove_photo(self) -> None:
        self._set_photo(None, None)
