"""One entry for every export: the writer is picked from the format registry by the file's extension.
Used by the CLI and the window; the writers of the built-in formats live here as adapters to one signature."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

from journeydesigner import formats
from journeydesigner.export.safefile import ExportError
from journeydesigner.i18n import tr
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import ProjectFileError, write_project
from journeydesigner.projectfile.errors import one_line

Region = tuple[float, float, float, float]
Progress = Callable[[int, int], bool]


def needs_qt(path: Path) -> bool:
    fmt = formats.find(path)
    return bool(fmt and fmt.needs_qt)


def ensure_gui_application() -> None:
    """PNG and SVG need a QGuiApplication (fonts, painting); without a display, use the offscreen platform."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and os.name == "posix":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Where widgets are loaded (a test run, a program embedding the exporter) the one application must be a
        # QApplication: a QWidget made after a QGuiApplication aborts the process.
        if "PySide6.QtWidgets" in sys.modules:
            from PySide6.QtWidgets import QApplication

            QApplication(["journeydesigner"])
        else:
            QGuiApplication(["journeydesigner"])


def unknown_format_message(path: Path) -> str:
    return tr("cannot export to '{suffix}'; choose one of {choices}").format(
        suffix=path.suffix or path.name, choices=formats.suffix_list(formats.exporters()))


def export(project: Project, path: Path, options: ExportOptions, progress: Progress | None = None,
           region: Region | None = None) -> list[str]:
    """Write ``path``; returns warnings. Raises ExportError (with one sentence) or ExportCancelled."""
    fmt = formats.find(path)
    if fmt is None or not fmt.writer:
        raise ExportError(unknown_format_message(path))
    if fmt.needs_qt:
        ensure_gui_application()
    return fmt.load_writer()(project, path, options, progress, region)


def write_pdf_file(project: Project, path: Path, options: ExportOptions, progress: Progress | None = None,
                   region: Region | None = None) -> list[str]:
    from journeydesigner.export.pdf import write_pdf

    return write_pdf(project, options, path, progress)


def write_journey_file(project: Project, path: Path, options: ExportOptions, progress: Progress | None = None,
                       region: Region | None = None) -> list[str]:
    from journeydesigner.export.confidential import prepare

    copy, warnings = prepare(project, options, detached=True)  # a copy honours the confidential options like the PDF
    try:
        write_project(copy, path)
    except ProjectFileError as exc:
        raise ExportError(tr("{path} {reason}").format(path=one_line(path), reason=exc)) from None
    return warnings


def _map_id(project: Project, options: ExportOptions) -> str:
    map_id = options.map_ids[0] if options.map_ids else project.maps[0].id if project.maps else None
    if map_id is None:
        raise ExportError(tr("the project has no map to draw"))
    return map_id


def write_png_file(project: Project, path: Path, options: ExportOptions, progress: Progress | None = None,
                   region: Region | None = None) -> list[str]:
    from journeydesigner.export.raster import write_png

    write_png(project, _map_id(project, options), path, options, region)
    return []


def write_svg_file(project: Project, path: Path, options: ExportOptions, progress: Progress | None = None,
                   region: Region | None = None) -> list[str]:
    from journeydesigner.export.svg import write_svg

    write_svg(project, _map_id(project, options), path, options)
    return []
