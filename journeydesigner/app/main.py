"""Start the Qt application and show the main window on a project file."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesigner.app.document import Document
from journeydesigner.app.settings import add_recent_file
from journeydesigner.app.window import MainWindow
from journeydesigner.projectfile import ProjectFileError
from journeydesigner.templates import new_project
from journeydesigner.userdirs import setup_logging


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Journey Designer")
    app.setOrganizationName("JourneyDesigner")
    app.setApplicationDisplayName("Journey Designer")
    return app  # type: ignore[return-value]


def open_window(path: Path | None, is_sample: bool = False) -> MainWindow:
    """A window on ``path``; a file that cannot be read gets a message and an empty project instead."""
    problem = None
    doc = None
    if path is not None:
        try:
            doc = Document.open(path)
        except ProjectFileError as exc:
            problem = f"“{path.name}” {exc}"
    if doc is None:
        doc = Document(new_project())
    elif is_sample:
        doc.path = None  # the bundled sample is read-only: saving asks where to put a copy
        doc.project.meta.title = doc.project.meta.title
    elif path is not None:
        add_recent_file(path)
    window = MainWindow(doc)
    if window.has_saved_geometry:
        window.show()
    else:
        window.showMaximized()  # first run: the map deserves the whole screen
    if problem:
        QMessageBox.critical(window, "Cannot open project", problem)
    return window


def run_app(path: Path | None, is_sample: bool = False) -> int:
    setup_logging()
    app = make_app()
    window = open_window(path, is_sample)
    window.view.setFocus()
    return app.exec()
