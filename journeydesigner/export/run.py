"""One entry for every export: pick the writer by the file's extension. Used by the CLI and the window."""

import os
from collections.abc import Callable
from pathlib import Path

from journeydesigner.export.safefile import ExportError
from journeydesigner.i18n import tr
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import ProjectFileError, write_project

FORMATS = (".pdf", ".png", ".svg", ".journey")


def needs_qt(path: Path) -> bool:
    return path.suffix.lower() in {".png", ".svg"}


def ensure_gui_application() -> None:
    """PNG and SVG need a QGuiApplication (fonts, painting); without a display, use the offscreen platform."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and os.name == "posix":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(["journeydesigner"])


def export(project: Project, path: Path, options: ExportOptions, progress: Callable[[int, int], bool] | None = None,
           region: tuple[float, float, float, float] | None = None) -> list[str]:
    """Write ``path``; returns warnings. Raises ExportError (with one sentence) or ExportCancelled."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(tr("cannot export to '{suffix}'; choose one of {choices}").format(
            suffix=path.suffix or path.name, choices=', '.join(FORMATS)))
    if suffix == ".pdf":
        from journeydesigner.export.pdf import write_pdf

        return write_pdf(project, options, path, progress)
    if suffix == ".journey":
        try:
            write_project(project, path)
        except ProjectFileError as exc:
            raise ExportError(str(exc)) from None
        return []
    ensure_gui_application()
    from journeydesigner.export.raster import write_png, write_svg

    map_id = options.map_ids[0] if options.map_ids else project.maps[0].id if project.maps else None
    if map_id is None:
        raise ExportError(tr("the project has no map to draw"))
    if suffix == ".png":
        write_png(project, map_id, path, options, region)
    else:
        write_svg(project, map_id, path, options)
    return []
