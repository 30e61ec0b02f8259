"""Start the Qt application and show a main window on a project file."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from journeydesigner.projectfile import ProjectFileError, read_project
from journeydesigner.templates import new_project


def run_app(path: Path, is_sample: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Journey Designer")
    window = QMainWindow()
    try:
        project = read_project(path)
    except ProjectFileError as exc:
        QMessageBox.critical(window, "Cannot open project", f"{path.name}: {exc}")
        project = new_project()
    window.setWindowTitle(f"{project.maps[0].name if project.maps else project.meta.title} — Journey Designer")
    window.setCentralWidget(QLabel(project.meta.title))
    window.resize(1280, 800)
    window.show()
    return app.exec()
