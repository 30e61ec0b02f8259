"""The File side of the main window: open, save, recent files, shared and changed files, the start screen."""

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from journeydesigner.app.actions import WindowActions
from journeydesigner.app.fonts import fonts_ready
from journeydesigner.app.settings import add_recent_file, bool_setting, clear_recent_files, recent_files, settings
from journeydesigner.app.sharing import held_by_other, release_lock, take_lock
from journeydesigner.document import Document
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.panels.project import ProjectPropertiesDialog
from journeydesigner.projectfile import ProjectFileError
from journeydesigner.projectfile.atomic import clean_leftovers
from journeydesigner.projectfile.errors import one_line
from journeydesigner.templates import DEFAULT_TEMPLATE, list_templates, new_project, sample_path

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

SK = QKeySequence.StandardKey
FILE_FILTER = QT_TR_NOOP("Journey Designer projects (*.journey)")  # tr() where shown


def default_template() -> str:
    """The template File › New uses: the one chosen in Preferences."""
    known = {info.name for info in list_templates()}
    chosen = str(settings().value("new/template", DEFAULT_TEMPLATE))
    return chosen if chosen in known else DEFAULT_TEMPLATE


class FileActions(WindowActions):
    """File menu: new, open, recent, import, save, export, compare, close; and the questions they ask first."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        a = self.action
        self.act_new = a(tr("&New"), lambda: self.new_from_template(default_template()), SK.New,
                         tr("A new project from the default template (Preferences)"))
        self.act_open = a(tr("&Open…"), self.open_dialog, SK.Open)
        self.act_import = a(tr("&Import…"), self.import_dialog, None,
                            tr("A spreadsheet (CSV, Excel) or a Mermaid journey, as a new project or into this one"))
        self.act_properties = a(tr("Project &Properties…"), self.show_project_properties, None,
                                tr("Title, client, author, date, version, notes and logo of the deliverable"))
        self.act_save = a(tr("&Save"), self.save, SK.Save)
        self.act_save_as = a(tr("Save &As…"), self.save_as, SK.SaveAs)
        self.act_export = a(tr("&Export…"), self.export_dialog, QKeySequence("Ctrl+E"),
                            tr("Export the map as PDF, PNG or SVG"))
        self.act_compare = a(tr("Co&mpare With…"), lambda: window.comparer.choose_file(), None,
                             tr("Compare with another version of this project and take its changes"))
        self.act_close = a(tr("&Close"), window.close, SK.Close)
        self.act_quit = a(tr("&Quit"), window.close, SK.Quit)
        self.act_start = a(tr("&Start Screen…"), self.show_start_screen, QKeySequence("Ctrl+Shift+N"),
                           tr("Recent files, templates and the sample project"))
        window.watcher.changedOnDisk.connect(self._changed_on_disk)
        window.view.filesDropped.connect(self.open_dropped)

    def add_template_menu(self, menu: QMenu) -> QMenu:
        """File › New from Template: one entry per template, its description as the status tip."""
        new_menu = menu.addMenu(tr("New from &Template"))
        for info in list_templates():
            action = new_menu.addAction(info.title, partial(self.new_from_template, info.name))
            action.setStatusTip(info.description)
        return new_menu

    def add_recent_menu(self, menu: QMenu) -> QMenu:
        """File › Open Recent, filled each time it opens: files can appear or disappear meanwhile."""
        self.recent_menu = menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        return self.recent_menu

    def show_start_screen(self) -> None:
        from journeydesigner.app.start_screen import StartScreen  # imported when used: not on the start's path

        screen = StartScreen(self.window)
        if not screen.exec() or screen.choice is None:
            return
        kind, value = screen.choice
        if kind == "template":
            self.new_from_template(str(value))
        elif kind == "open":
            self.open_path(Path(str(value)))
        elif kind == "browse":
            self.open_dialog()
        elif self.maybe_save():
            doc = Document.open(sample_path())
            self.window.autosaver.discard()
            self.window._set_document(doc)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.window.doc.modified:
            return True
        answer = QMessageBox.warning(
            self.window, tr("Unsaved changes"),
            tr("Save the changes to “{name}” before closing?").format(name=self.window.doc.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_from_template(self, name: str) -> None:
        if self.maybe_save():
            self.window.autosaver.discard()
            self.window._set_document(Document(new_project(name)))

    def open_dialog(self) -> None:
        start = str(self.window.doc.path.parent) if self.window.doc.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open project"), start, tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        doc, problem = open_document(path, self.window)
        if problem:
            QMessageBox.critical(self.window, tr("Cannot open project"), problem)
        if doc is None:
            return False
        self.window.autosaver.discard()
        self.window._set_document(doc)
        return True

    def import_dialog(self) -> None:
        from journeydesigner.app.import_dialog import choose_and_import  # on first use, as the export dialog

        choose_and_import(self.window)

    def open_dropped(self, files: list[str]) -> None:
        from journeydesigner.app.import_dialog import can_import, import_path

        for name in files:
            if name.lower().endswith(".journey"):
                self.open_path(Path(name))
                return
            if can_import(name):
                # After the drop has finished: a modal dialog inside a drop event would hold the drag source.
                QTimer.singleShot(0, partial(import_path, self.window, Path(name)))
                return
        self.window.report(tr("Drop a .journey file to open it, or a table or Mermaid diagram to import it."))

    def show_project_properties(self) -> None:
        ProjectPropertiesDialog(self.window.doc, self.window).exec()

    def export_dialog(self) -> None:
        window, scene = self.window, self.window.scene
        if scene is None:
            return
        view = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        boxes = [scene.layout.cards[c] for c in scene.selected_card_ids()]
        selection = None
        if boxes:
            x0, y0 = min(b.x for b in boxes) - 10, min(b.y for b in boxes) - 10
            x1, y1 = max(b.x + b.w for b in boxes) + 10, max(b.y + b.h for b in boxes) + 10
            selection = (x0, y0, x1 - x0, y1 - y0)
        regions = {"map": None, "view": (view.x(), view.y(), view.width(), view.height()), "selection": selection}
        from journeydesigner.app.export_dialog import ExportDialog  # reportlab, PIL: not on the start's path

        dialog = ExportDialog(window.doc, scene.map_id, regions, window)
        if dialog.exec() and dialog.saved_path is not None:
            window.report(tr("Exported {name}").format(name=dialog.saved_path.name)
                          + (tr(" — with warnings") if dialog.warnings else ""))
            if dialog.warnings:  # what the file could not hold (a grid's card details, a second map in Mermaid)
                window.notice_bar.show_notes([tr("{name}:").format(name=dialog.saved_path.name),
                                              *(w.rstrip(".") + "." for w in dialog.warnings)])

    def save(self) -> bool:
        if self.window.doc.path is None or self.window.doc.read_only:
            return self.save_as()
        return self._save_to(self.window.doc.path)

    def save_as(self) -> bool:
        doc = self.window.doc
        suggestion = str(doc.path or Path.home() / f"{doc.project.meta.title or tr('Untitled')}.journey")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save project as"), suggestion, tr(FILE_FILTER))
        if not path:
            return False
        if not path.lower().endswith(".journey"):
            path += ".journey"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        previous = self.window.doc.path
        try:
            self.window.doc.save(path, backup=bool_setting("save/keep_backup", True))
        except ProjectFileError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, tr("Could not save"),
                              tr("“{name}” {reason}.\n\nThe previous version of the file is unchanged, and your "
                                 "work is kept in a recovery copy. Save it somewhere else?").format(
                                  name=path.name, reason=exc), parent=self.window)
            elsewhere = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            return self.save_as() if box.clickedButton() is elsewhere else False
        if previous != path or self.window.doc.read_only:
            if previous is not None and not self.window.doc.read_only:
                release_lock(previous)
            self.window.doc.read_only = False
            take_lock(path)
            self.window._update_title()
        self.window.watcher.watch(path)
        add_recent_file(path)
        self.window.report(tr("Saved {name}").format(name=path.name))
        return True

    def _changed_on_disk(self) -> None:
        path = self.window.doc.path
        if path is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Changed on disk"),
                          tr("“{name}” was changed on disk by someone else (or a sync client).\n\n"
                             "Reload it, or keep the version you have here? If you keep yours, saving will replace "
                             "theirs; Save As keeps both.").format(name=path.name), parent=self.window)
        reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is reload:
            try:
                doc = Document.open(path)
            except ProjectFileError as exc:
                QMessageBox.critical(self.window, tr("Cannot reload"),
                                     tr("“{name}” {reason}. Your version is still open.").format(
                                         name=path.name, reason=exc))
                return
            map_id = self.window.scene.map_id if self.window.scene else None
            self.window.autosaver.discard()
            self.window._set_document(doc, map_id if any(m.id == map_id for m in doc.project.maps) else None)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(str(path), partial(self.open_path, path))
            if not path.exists():
                action.setText(tr("{path} (missing)").format(path=path))
                action.setEnabled(False)
        if not files:
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(tr("Clear Recent Files"), clear_recent_files)


def open_document(path: Path, parent: QWidget | None) -> tuple[Document | None, str | None]:
    """Open ``path`` after asking about a file someone else has open, for the window and for start-up alike.

    Returns (document, None); (None, message) when the file cannot be read; (None, None) when the user
    cancelled. A file the user owns joins the recent files; the bundled sample opens as an untitled copy.
    """
    mode = confirm_shared_open(path, parent)
    if mode is None:
        return None, None
    try:
        doc = Document.open(path)
    except ProjectFileError as exc:
        return None, tr("“{name}” {reason}").format(name=one_line(path.name), reason=exc)
    if doc.path is not None and mode == "write":
        clean_leftovers(doc.path)  # temporaries of a save that was killed last time
    doc.read_only = mode == "read-only"
    if doc.path is not None:
        add_recent_file(path)
    return doc, None


def confirm_shared_open(path: Path, parent: QWidget | None) -> str | None:
    """"write", "read-only", or None (cancel) for a file another person or instance may have open."""
    other = held_by_other(path)
    if other is None:
        return "write"
    fonts_ready()  # (at start-up this box can be the first thing shown)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("File in use"),
                      tr("“{name}” is open by {who}.\n\nOpen a read-only copy (Save As keeps your changes apart), "
                         "or open it anyway (the last one to save wins)?").format(name=path.name, who=other.describe()),
                      parent=parent)
    read_only = box.addButton(tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "read-only" if clicked is read_only else "write" if clicked is anyway else None
