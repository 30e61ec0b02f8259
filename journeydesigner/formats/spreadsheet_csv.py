"""CSV import and export: one table in either shape (see ``sheet``). Qt-free.

Reads what Excel, Numbers, LibreOffice and Google Sheets write: UTF-8 with or without BOM, UTF-16 with BOM,
Windows-1252 as a fallback (with a warning); comma, semicolon or tab between cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from journeydesigner.export.safefile import partial_file
from journeydesigner.formats import Imported, ImportFailed
from journeydesigner.formats.common import decode_text, read_limited, xml_safe
from journeydesigner.formats.sheet import (
    Sheet,
    card_header,
    card_rows,
    exported_copy,
    grid_rows,
    protect,
    read_sheets,
    unprotect,
)
from journeydesigner.i18n import tr
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions

MAX_CELL_CHARS = 1_000_000


def read(path: Path) -> Imported:
    warnings: list[str] = []
    text = decode_text(read_limited(path), path.name, warnings)
    imported = read_sheets([Sheet(path.stem, parse(text))], path.stem)
    imported.warnings[:0] = warnings
    return imported


def parse(text: str) -> list[list[str]]:
    """Rows of cells, in Excel's quoting, separated by whichever of comma, semicolon or tab the first row uses."""
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append([unprotect(cell) for cell in row])
    except csv.Error as exc:
        raise ImportFailed(tr("line {line} cannot be read as CSV: {reason}").format(
            line=reader.line_num, reason=str(exc).rstrip("."))) from None
    return rows


def _delimiter(text: str) -> str:
    """The separator that splits the first record of more than one cell into the most cells: comma, semicolon
    (Excel where the decimal mark is a comma) or tab. Records of one cell (a title above the table) are passed
    over. csv.Sniffer also guesses the quoting, and got cells with quotes in them wrong."""
    best, most = ",", 1
    for candidate in ",;\t":
        reader = csv.reader(io.StringIO(text[:64 * 1024], newline=""), delimiter=candidate)
        try:
            width = next((len(row) for _, row in zip(range(20), reader, strict=False) if len(row) > 1), 1)
        except csv.Error:
            continue
        if width > most:
            best, most = candidate, width
    return best


def write(project: Project, path: Path, options: ExportOptions, progress: Callable[[int, int], bool] | None = None,
          region: tuple[float, float, float, float] | None = None) -> list[str]:
    """The card-per-row table of every exported map, or the grid of the first (``options.table_shape``)."""
    copy = exported_copy(project, options)
    warnings: list[str] = []
    if getattr(options, "table_shape", "cards") == "grid":
        rows = grid_rows(copy, copy.maps[0], warnings)
        if len(copy.maps) > 1:
            warnings.append(tr("a CSV grid holds one map: only '{name}' was written (choose one card per row, or "
                               "XLSX, for every map)").format(name=copy.maps[0].name))
    else:
        rows = [card_header(), *(row for row, _ in card_rows(copy, copy.maps))]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    # Control characters out (a NUL pasted into a title): Python's csv reader, ours included, refuses a NUL.
    writer.writerows([protect(xml_safe(cell)) for cell in row] for row in rows)
    with partial_file(path) as tmp:
        # The BOM makes Excel read UTF-8 (without it, Excel on Windows assumes the ANSI code page).
        tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return warnings
