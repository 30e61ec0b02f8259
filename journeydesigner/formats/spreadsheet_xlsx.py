"""Excel workbooks (.xlsx, openpyxl): either shape of ``sheet``, formatted for people, read defensively.

Written: the grid (one sheet per map, stage row and lane column frozen, kind colours) or one card per row
(a Cards sheet with a filter), plus Personas and Jobs sheets. Read: every sheet in the shape it is in. A
workbook is a ZIP of XML, so reading checks the container first (size, entry count, compression ratio),
opens it read-only (streamed, never fully inflated), never follows links to other workbooks and never
evaluates a formula: a formula cell gives its last calculated value, with a warning. Merged ranges are read as
their first cell's text spanning the range (a stage over two columns, a lane down two rows), with a warning.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Iterable
from copy import copy
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeydesigner.export.safefile import write_export
from journeydesigner.formats import Imported, ImportFailed
from journeydesigner.formats.common import cell_name, read_limited, xml_safe
from journeydesigner.formats.sheet import (
    CARD_FIELDS,
    CARDS_SHEET,
    JOB_FIELDS,
    JOBS_SHEET,
    MAX_COLUMNS,
    MAX_ROWS,
    PERSONAS_SHEET,
    Sheet,
    Span,
    card_header,
    card_rows,
    exported_copy,
    grid_rows,
    job_rows,
    norm,
    number_text,
    persona_rows,
    read_sheets,
)
from journeydesigner.i18n import tr
from journeydesigner.layout.style import HEADER_BG, STAGE_BG, STAGE_INK, kind_style
from journeydesigner.model import JourneyMap, Project
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.model.kinds import Kind

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 1_000  # sheet XML compresses well (often 20–100×); bombs go far beyond
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)\"")
OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
NUMERIC_CARD_FIELDS = {"score", "severity", "value", "target"}
NUMERIC_JOB_FIELDS = {"importance", "satisfaction", "opportunity"}
CARD_WIDTHS = {"map": 18, "stage": 16, "lane": 18, "kind": 14, "title": 42, "body": 48, "score": 9, "personas": 20,
               "tags": 18, "notes": 36, "channel": 14, "status": 12, "owner": 14, "metric": 20}
LINE_PT = 15.0


# --- reading --------------------------------------------------------------------------------------------------

def read(path: Path) -> Imported:
    data = read_limited(path)
    warnings: list[str] = []
    archive = _open_archive(data, path.name, warnings)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
        try:
            sheets, formulas = _read_book(book, archive)
        finally:
            book.close()
        if formulas:
            cached = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                _cached_values(cached, sheets, formulas, warnings)
            finally:
                cached.close()
    except ImportFailed:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged part; the user needs one sentence
        raise ImportFailed(tr("{name} is damaged: {reason}").format(
            name=path.name, reason=str(exc)[:200] or type(exc).__name__)) from None
    imported = read_sheets(sheets, path.stem)
    imported.warnings[:0] = warnings
    return imported


def _open_archive(data: bytes, name: str, warnings: list[str]) -> zipfile.ZipFile:
    """The container, checked before any XML in it is parsed."""
    if data.startswith(OLE_MAGIC):
        raise ImportFailed(tr("{name} is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx "
                              "without a password and import that").format(name=name))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFailed(tr("{name} is not an Excel workbook (.xlsx): it is not a ZIP container, or it is "
                              "truncated").format(name=name)) from None
    if len(infos) > MAX_ENTRIES:
        raise ImportFailed(tr("{name} has {count} parts, more than the {limit} a workbook may have").format(
            name=name, count=len(infos), limit=MAX_ENTRIES))
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailed(tr("{name} unpacks to {size} MB, more than the {limit} MB an import may be").format(
            name=name, size=math.ceil(unpacked / 2**20), limit=MAX_UNPACKED_BYTES // 2**20))
    for info in infos:
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFailed(tr("{name} is refused: its part {part} is compressed {ratio}×, as only a zip bomb "
                                  "is").format(name=name, part=info.filename,
                                               ratio=info.file_size // max(info.compress_size, 1)))
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise ImportFailed(tr("{name} is a ZIP file but not an Excel workbook (it has no xl/workbook.xml)").format(
            name=name))
    if any(n.startswith("xl/externalLinks/") for n in names):
        warnings.append(tr("{name} links to other workbooks; the links were not followed").format(name=name))
    return archive


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value)
    if "_x" in text:  # Excel writes a line break pasted from Windows as "_x000D_\n" (OOXML's escape for a CR)
        from openpyxl.utils.escape import unescape

        text = unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_book(book: Any, archive: zipfile.ZipFile) -> tuple[list[Sheet], list[tuple[int, int, int]]]:
    sheets: list[Sheet] = []
    formulas: list[tuple[int, int, int]] = []
    for index, ws in enumerate(book.worksheets):
        merged = _merged_ranges(archive, getattr(ws, "_worksheet_path", ""))
        ws.reset_dimensions()  # trust the cells, not the declared size (it may claim a million rows)
        rows: list[list[str]] = []
        for r, cells in enumerate(ws.iter_rows()):
            if r >= MAX_ROWS:
                raise ImportFailed(tr("sheet '{sheet}' has more than the {limit} rows an import may have").format(
                    sheet=ws.title, limit=MAX_ROWS))
            if len(cells) > MAX_COLUMNS:
                raise ImportFailed(tr("sheet '{sheet}', {place}: the sheet is wider than the {limit} columns an "
                                      "import may have").format(sheet=ws.title, place=cell_name(r, len(cells) - 1),
                                                                limit=MAX_COLUMNS))
            row = []
            for c, cell in enumerate(cells):
                if getattr(cell, "data_type", None) == "f":
                    formulas.append((index, r, c))
                    row.append("")
                else:
                    row.append(_cell_text(cell.value))
            while row and not row[-1]:
                row.pop()
            rows.append(row)
        sheets.append(Sheet(ws.title, rows, named=True, merged=merged))
    return sheets, formulas


def _merged_ranges(archive: zipfile.ZipFile, part: str) -> list[Span]:
    """The sheet's merged ranges, read from its XML in chunks (read-only openpyxl does not give them). Templates
    merge a title across the top, a stage over two columns, a lane or a stage down its rows."""
    if not part:
        return []
    try:
        handle = archive.open(part.lstrip("/"))
    except KeyError:
        return []
    found: dict[str, None] = {}
    with handle:
        tail = b""
        while chunk := handle.read(1 << 20):
            found.update((m.group(1).decode("ascii").upper(), None) for m in MERGE.finditer(tail + chunk))
            tail = chunk[-200:]
    from openpyxl.utils.cell import range_boundaries

    spans = []
    for ref in found:
        left, top, right, bottom = range_boundaries(ref if ":" in ref else f"{ref}:{ref}")
        if left is None or top is None or right is None or bottom is None:
            continue  # a whole row or column ("A:A"), which no merge names
        spans.append(Span(top - 1, left - 1, bottom - 1, right - 1))
    return sorted(spans, key=lambda span: (span.top, span.left))


def _cached_values(book: Any, sheets: list[Sheet], formulas: list[tuple[int, int, int]],
                   warnings: list[str]) -> None:
    wanted: dict[int, dict[tuple[int, int], None]] = {}
    for index, r, c in formulas:
        wanted.setdefault(index, {})[(r, c)] = None
    uncached = 0
    for index, positions in wanted.items():
        ws = book.worksheets[index]
        ws.reset_dimensions()
        last = max(r for r, _ in positions)
        for r, cells in enumerate(ws.iter_rows(max_row=last + 1)):
            for c, cell in enumerate(cells):
                if (r, c) in positions:
                    text = _cell_text(cell.value)
                    uncached += not text
                    row = sheets[index].rows[r]
                    row.extend([""] * (c + 1 - len(row)))
                    row[c] = text
    index, r, c = formulas[0]
    warnings.append(tr("{count} cell(s) hold formulas (the first: sheet '{sheet}', {place}): their last calculated "
                       "values were imported, nothing was recalculated").format(
        count=len(formulas), sheet=sheets[index].name, place=cell_name(r, c)))
    if uncached:
        warnings.append(tr("{count} formula cell(s) had never been calculated and were imported empty; open and save "
                           "the workbook in a spreadsheet program to fill them").format(count=uncached))


# --- writing --------------------------------------------------------------------------------------------------

def write(project: Project, path: Path, options: ExportOptions, progress: Callable[[int, int], bool] | None = None,
          region: tuple[float, float, float, float] | None = None) -> list[str]:
    from openpyxl import Workbook

    copy = exported_copy(project, options)
    warnings: list[str] = []
    book = Workbook()
    book.remove(book.worksheets[0])  # the empty sheet a new workbook has
    taken = {norm(tr(PERSONAS_SHEET)), norm(tr(JOBS_SHEET)), norm(tr(CARDS_SHEET)), norm(PERSONAS_SHEET),
             norm(JOBS_SHEET), norm(CARDS_SHEET)}
    if getattr(options, "table_shape", "cards") == "grid":
        for jmap in copy.maps:
            ws = book.create_sheet(_sheet_title(jmap.name, taken))
            _write_grid(ws, jmap, grid_rows(copy, jmap, warnings))
    else:
        ws = book.create_sheet(tr(CARDS_SHEET))
        _write_cards(ws, card_rows(copy, copy.maps))
    if copy.personas:
        _write_table(book.create_sheet(tr(PERSONAS_SHEET)), persona_rows(copy), set(), 22)
    if copy.jobs:
        _write_table(book.create_sheet(tr(JOBS_SHEET)), job_rows(copy),
                     {i for i, (n, _) in enumerate(JOB_FIELDS) if n in NUMERIC_JOB_FIELDS}, 26)
    book.properties.title = xml_safe(copy.meta.title)
    book.properties.creator = xml_safe(copy.meta.author) or "Journey Designer"
    # Into memory, then through the safe-write path: openpyxl leaves its ZipFile open when a write fails, and
    # closing it later on a full disk printed a traceback beside the message.
    buffer = io.BytesIO()
    book.save(buffer)
    write_export(Path(path), buffer.getvalue())
    return warnings


def _sheet_title(name: str, taken: set[str]) -> str:
    """Excel's rules: 31 characters, none of []:*?/\\, unique regardless of case."""
    base = re.sub(r"[\[\]:*?/\\]", " ", xml_safe(name)).strip(" '")[:31] or tr("Map")
    title, number = base, 2
    while norm(title) in taken or not norm(title):
        suffix = f" ({number})"
        title, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(norm(title))
    return title


def _clean(text: str) -> str:
    """Text a cell can hold as written: no character XML cannot hold (``xml_safe``), and a literal "_x0041_"
    escaped (as Excel does) so that it is not read back as "A"."""
    return OOXML_ESCAPE.sub(r"_x005F_\1", xml_safe(text))


def _put(ws: Worksheet, row: int, column: int, text: str, numeric: bool = False) -> Any:
    """A cell holding ``text`` as text (never a formula), or as a number where the column is numeric."""
    value: Any = _clean(text) if text else None
    if numeric and text:
        try:
            number = float(text)
            value = int(number) if number.is_integer() else number
        except ValueError:
            pass
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    edge = Side(style="thin", color=STAGE_BG[1:])
    return {
        "head_font": Font(bold=True, color=STAGE_INK[1:]), "head_fill": PatternFill("solid", fgColor=STAGE_BG[1:]),
        "lane_font": Font(bold=True), "wrap": Alignment(wrap_text=True, vertical="top"),
        "head_align": Alignment(wrap_text=True, vertical="center"), "border": Border(bottom=edge),
        "corner_fill": PatternFill("solid", fgColor=HEADER_BG[1:]),
    }


def _style(ws: Worksheet, **looks: Any) -> Any:
    """A cell style made once and copied onto many cells: openpyxl's per-attribute setters look every style up
    in the workbook's tables, which took most of a 5,000-card export."""
    from openpyxl.cell.cell import Cell

    cell = Cell(ws, row=1, column=1)  # a scratch cell, never added to the sheet
    for name, value in looks.items():
        setattr(cell, name, value)
    return cell._style  # type: ignore[attr-defined]  # the style array, private in openpyxl and its stubs


def _fill(kind: Kind) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor=kind_style(kind, None).fill[1:])


def _height(texts: Iterable[str], widths: Iterable[float]) -> float:
    """Rows tall enough for their wrapped text (Excel does not grow rows written by a program)."""
    lines = 1
    for text, width in zip(texts, widths, strict=False):
        chars = max(width - 2, 4)
        lines = max(lines, sum(max(1, math.ceil(len(line) / chars)) for line in text.split("\n")))
    return min(409.0, LINE_PT * lines)


def _write_grid(ws: Worksheet, jmap: JourneyMap, rows: list[list[str]]) -> None:
    from openpyxl.utils import get_column_letter

    st = _styles()
    widths = [26.0, *(max(24.0, min(70.0, stage.width / 6.5)) for stage in jmap.stages)]
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    for c, text in enumerate(rows[0], start=1):
        cell = _put(ws, 1, c, text)
        cell.font, cell.fill, cell.alignment = st["head_font"], st["head_fill"], st["head_align"]
    ws.row_dimensions[1].height = _height(rows[0], widths) + 6
    looks: dict[Kind, tuple[Any, Any]] = {}
    for r, (lane, row) in enumerate(zip(jmap.lanes, rows[1:], strict=True), start=2):
        if lane.kind not in looks:
            fill = _fill(lane.kind)
            looks[lane.kind] = (_style(ws, alignment=st["wrap"], fill=fill, font=st["lane_font"]),
                                _style(ws, alignment=st["wrap"], fill=fill))
        head, body = looks[lane.kind]
        for c, text in enumerate(row, start=1):
            _put(ws, r, c, text)._style = copy(head if c == 1 else body)
        ws.row_dimensions[r].height = _height(row, widths)
    _freeze(ws, 1)


def _freeze(ws: Worksheet, columns: int) -> None:
    """Freeze the header row and the first ``columns`` columns on screen, and repeat them on every printed page
    (landscape): a printed grid or card table that runs onto more pages still names its stages and lanes."""
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = f"{get_column_letter(columns + 1)}2"
    ws.print_title_rows = "1:1"
    ws.print_title_cols = f"A:{get_column_letter(columns)}"
    ws.page_setup.orientation = "landscape"


def _write_cards(ws: Worksheet, rows: Iterable[tuple[list[str], Kind | None]]) -> None:
    from openpyxl.utils import get_column_letter

    st = _styles()
    names = [name for name, _, _ in CARD_FIELDS]
    numeric = {i for i, n in enumerate(names) if n in NUMERIC_CARD_FIELDS}
    wrap_columns = {names.index(n) for n in ("title", "body", "notes")}
    kind_column = names.index("kind")
    for c, text in enumerate(card_header(), start=1):
        cell = _put(ws, 1, c, text)
        cell.font, cell.fill = st["head_font"], st["head_fill"]
        ws.column_dimensions[get_column_letter(c)].width = CARD_WIDTHS.get(names[c - 1], 11)
    fills: dict[Kind, Any] = {}
    wrap = _style(ws, alignment=st["wrap"])
    r = 1
    for r, (row, kind) in enumerate(rows, start=2):
        for c, text in enumerate(row):
            if not text:
                continue
            cell = _put(ws, r, c + 1, text, c in numeric)
            if c in wrap_columns:
                cell._style = copy(wrap)
            elif c == kind_column and kind is not None:
                if kind not in fills:
                    fills[kind] = _style(ws, fill=_fill(kind))
                cell._style = copy(fills[kind])
    _freeze(ws, 3)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{max(r, 1)}"


def _write_table(ws: Worksheet, rows: list[list[str]], numeric: set[int], width: float) -> None:
    from openpyxl.utils import get_column_letter

    st = _styles()
    for c, text in enumerate(rows[0], start=1):
        cell = _put(ws, 1, c, text)
        cell.font, cell.fill = st["head_font"], st["head_fill"]
        ws.column_dimensions[get_column_letter(c)].width = width
    wrap = _style(ws, alignment=st["wrap"])
    for r, row in enumerate(rows[1:], start=2):
        for c, text in enumerate(row):
            _put(ws, r, c + 1, text, c in numeric)._style = copy(wrap)
    _freeze(ws, 1)

