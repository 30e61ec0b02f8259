"""A self-contained HTML map (in progress)."""

from pathlib import Path

from journeydesigner.export.safefile import ExportError
from journeydesigner.i18n import tr
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions


def write(project: Project, path: Path, options: ExportOptions, progress: object = None,
          region: object = None) -> list[str]:
    raise ExportError(tr("HTML export is not available yet"))
