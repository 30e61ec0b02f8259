"""One registry of every file format the program reads or writes besides its own window.

A format is one module and one entry in ``REGISTRY``: the command line (``export``, ``import``), the export
dialog, File › Import… and the tests all ask this table, so adding a format never means editing a list in
three places. Writers and readers are named as ``"module:function"`` and imported only when used, so
``journeydesigner validate`` never pays for reportlab, Qt or openpyxl.

A writer is ``write(project, path, options, progress=None, region=None) -> list[str]`` (the warnings) and
raises ``ExportError`` with one sentence. A reader is ``read(path) -> Imported`` and raises ``ImportFailed``
with one sentence naming the place (row and column, line number).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from msgspec import Struct, field

from journeydesigner.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from journeydesigner.model import Project
    from journeydesigner.model.export_settings import ExportOptions


class ImportFailed(Exception):  # noqa: N818 (a user-facing refusal, not a bug)
    """A file that cannot be imported; the message is one sentence for the user."""


class Imported(Struct):
    """What a reader made of a file, and what it could not read (each one sentence)."""

    project: Project
    warnings: list[str] = field(default_factory=list)


class Writer(Protocol):
    def __call__(self, project: Project, path: Path, options: ExportOptions,
                 progress: Callable[[int, int], bool] | None = None,
                 region: tuple[float, float, float, float] | None = None) -> list[str]: ...


class Format(Struct, frozen=True):
    suffix: str  # with the dot, lower case
    label: str  # QT_TR_NOOP'd; shown through tr()
    writer: str | None = None  # "module:function"
    reader: str | None = None
    needs_qt: bool = False  # the writer paints with Qt (needs a QGuiApplication)
    in_export_dialog: bool = True
    extra_suffixes: tuple[str, ...] = ()

    @property
    def suffixes(self) -> tuple[str, ...]:
        return (self.suffix, *self.extra_suffixes)

    def filter(self) -> str:
        """A QFileDialog name filter such as ``PDF document (*.pdf)``."""
        return f"{tr(self.label)} ({' '.join('*' + s for s in self.suffixes)})"

    def load_writer(self) -> Writer:
        assert self.writer, self.suffix
        return _load(self.writer)

    def load_reader(self) -> Callable[[Path], Imported]:
        assert self.reader, self.suffix
        return _load(self.reader)


def _load(target: str) -> Any:  # a Writer or a reader, by the caller's choice
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


# The registry. Keep one line per format; the order is the order of menus and of error messages.
REGISTRY: tuple[Format, ...] = (
    Format(".pdf", QT_TR_NOOP("PDF document"), writer="journeydesigner.export.run:write_pdf_file"),
    Format(".png", QT_TR_NOOP("PNG image"), writer="journeydesigner.export.run:write_png_file", needs_qt=True),
    Format(".svg", QT_TR_NOOP("SVG drawing"), writer="journeydesigner.export.run:write_svg_file", needs_qt=True),
    Format(".journey", QT_TR_NOOP("Journey Designer project"), writer="journeydesigner.export.run:write_journey_file",
           in_export_dialog=False),
    Format(".csv", QT_TR_NOOP("CSV table"), writer="journeydesigner.formats.spreadsheet_csv:write",
           reader="journeydesigner.formats.spreadsheet_csv:read"),
    Format(".xlsx", QT_TR_NOOP("Excel workbook"), writer="journeydesigner.formats.spreadsheet_xlsx:write",
           reader="journeydesigner.formats.spreadsheet_xlsx:read"),
    Format(".mmd", QT_TR_NOOP("Mermaid journey diagram"), writer="journeydesigner.formats.mermaid:write",
           reader="journeydesigner.formats.mermaid:read", extra_suffixes=(".mermaid",)),
    Format(".md", QT_TR_NOOP("Markdown with Mermaid journeys"), reader="journeydesigner.formats.mermaid:read_markdown",
           extra_suffixes=(".markdown",)),
    Format(".pptx", QT_TR_NOOP("PowerPoint presentation"), writer="journeydesigner.formats.pptx:write"),
    Format(".html", QT_TR_NOOP("Web page (HTML)"), writer="journeydesigner.formats.html:write"),
)


def find(path: Path | str) -> Format | None:
    """The format of a file name, or of a bare suffix such as ".pdf" (which pathlib reads as a hidden file)."""
    name = str(path)
    suffix = Path(name).suffix.lower() or (name.lower() if name.startswith(".") else "")
    return next((f for f in REGISTRY if suffix in f.suffixes), None)


def exporters() -> list[Format]:
    return [f for f in REGISTRY if f.writer]


def importers() -> list[Format]:
    return [f for f in REGISTRY if f.reader]


def suffix_list(formats: list[Format]) -> str:
    """``.pdf, .png, .svg`` for messages."""
    return ", ".join(s for f in formats for s in f.suffixes)


def import_file(path: Path) -> Imported:
    """Read ``path`` with the importer its suffix names; raises ImportFailed with one sentence."""
    fmt = find(path)
    if fmt is None or not fmt.reader:
        raise ImportFailed(tr("cannot import '{suffix}'; choose one of {choices}").format(
            suffix=Path(path).suffix or Path(path).name, choices=suffix_list(importers())))
    return fmt.load_reader()(Path(path))
