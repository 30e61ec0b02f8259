"""Journey maps as spreadsheet tables, in the two shapes people draft them in. Qt-free; CSV and XLSX share it.

*The grid*: the first column names the lanes, the first row the stages, and a cell holds one card per line
(an emotion line may end in ``(Maya: +2)``). *One card per row*: a header row of card fields in any order
(map, stage, lane, kind, title, body, emotion score, personas, …). ``read_sheets`` tells them apart by the
header; unknown columns are kept in the cards' notes and reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import ValidationError

from journeydesigner.export.confidential import prepared_copy
from journeydesigner.export.safefile import ExportError
from journeydesigner.formats import Imported, ImportFailed
from journeydesigner.formats.common import MAX_LONG_CHARS, MAX_TEXT_CHARS, cell_name, clip, column_letter
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.model import JourneyMap, Project
from journeydesigner.model.cards import (
    CardBase,
    EmotionCard,
    KpiCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
    make_card,
)
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.model.journey import Lane, Stage
from journeydesigner.model.kinds import (
    CHANNEL_LABELS,
    KIND_LABELS,
    KIND_SINGULAR,
    STATUS_LABELS,
    Channel,
    JobKind,
    Kind,
    OpportunityStatus,
)
from journeydesigner.model.people import Job, Persona
from journeydesigner.model.project import ProjectMeta

MAX_ROWS = 250_000
MAX_COLUMNS = 1_000
MAX_CARDS = 100_000  # five times the largest map the window is measured with (docs/performance.md)
PERSONA_COLORS = ("#E8590C", "#1C7ED6", "#2F9E44", "#AE3EC9", "#F08C00", "#0CA678", "#E03131", "#4C6EF5")


class NotATable(ImportFailed):
    """A sheet with no header row: a workbook's instructions or notes sheet is skipped, a lone sheet refused."""


@dataclass(frozen=True)
class Span:
    """A merged range, 0-based and inclusive: rows ``top``…``bottom``, columns ``left``…``right``."""

    top: int
    left: int
    bottom: int
    right: int

    def __str__(self) -> str:
        return f"{column_letter(self.left)}{self.top + 1}:{column_letter(self.right)}{self.bottom + 1}"


@dataclass
class Sheet:
    """One table of text cells (ragged rows allowed), as a CSV file or a worksheet holds it."""

    name: str
    rows: list[list[str]] = field(default_factory=list)
    named: bool = False  # messages name the sheet (a workbook's) or not (a CSV file's only table)
    merged: list[Span] = field(default_factory=list)  # a workbook's merged ranges; the text is in the first cell
    offset: int = 0  # empty columns left of the table, cut off (``rows`` and ``spans`` start after them)

    def spans(self) -> list[Span]:
        """The merged ranges in the coordinates of ``rows``."""
        return [Span(s.top, s.left - self.offset, s.bottom, s.right - self.offset) for s in self.merged
                if s.right >= self.offset]

    def trim_left(self) -> None:
        """Designed templates keep column A (and row 1) empty as a margin: the table starts where its text does."""
        starts = [next(c for c, cell in enumerate(row) if cell.strip()) for row in self.rows if any(
            cell.strip() for cell in row)]
        self.offset = min(starts, default=0)
        if self.offset:
            self.rows = [row[self.offset:] for row in self.rows]


def norm(text: str) -> str:
    """Header and vocabulary matching ignores case, spaces and punctuation: "KPI value" = "kpi_value"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# Card columns: (field, header label, other names a sheet may use). The order is the order written.
CARD_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("map", QT_TR_NOOP("Map"), ("journey", "journey map")),
    ("stage", QT_TR_NOOP("Stage"), ("phase", "step")),
    ("lane", QT_TR_NOOP("Lane"), ("swimlane", "layer", "row")),
    ("kind", QT_TR_NOOP("Kind"), ("type", "card kind", "card type")),
    ("title", QT_TR_NOOP("Title"), ("card", "text", "label")),
    ("body", QT_TR_NOOP("Body"), ("description", "details")),
    ("score", QT_TR_NOOP("Emotion score"), ("score", "emotion", "feeling", "sentiment")),
    ("personas", QT_TR_NOOP("Personas"), ("persona", "actor", "actors")),
    ("severity", QT_TR_NOOP("Severity"), ()),
    ("channel", QT_TR_NOOP("Channel"), ()),
    ("status", QT_TR_NOOP("Status"), ()),
    ("owner", QT_TR_NOOP("Owner"), ()),
    ("metric", QT_TR_NOOP("KPI metric"), ("metric",)),
    ("value", QT_TR_NOOP("KPI value"), ("value",)),
    ("target", QT_TR_NOOP("KPI target"), ("target",)),
    ("unit", QT_TR_NOOP("KPI unit"), ("unit",)),
    ("tags", QT_TR_NOOP("Tags"), ("tag", "labels")),
    ("notes", QT_TR_NOOP("Notes"), ("note", "comments", "comment")),
)
CARD_CONTENT = ("title", "body", "score", "severity", "channel", "status", "owner", "metric", "value", "target",
                "unit", "tags", "notes", "personas")

PERSONA_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", QT_TR_NOOP("Name")), ("role", QT_TR_NOOP("Role")), ("quote", QT_TR_NOOP("Quote")),
    ("age", QT_TR_NOOP("Age")), ("gender", QT_TR_NOOP("Gender")), ("location", QT_TR_NOOP("Location")),
    ("color", QT_TR_NOOP("Colour")), ("values", QT_TR_NOOP("Values")), ("interests", QT_TR_NOOP("Interests")),
    ("lifestyle", QT_TR_NOOP("Lifestyle")), ("behaviours", QT_TR_NOOP("Behaviours")),
    ("preferred_channels", QT_TR_NOOP("Preferred channels")), ("goals", QT_TR_NOOP("Goals")),
    ("pain_points", QT_TR_NOOP("Pain points")), ("motivations", QT_TR_NOOP("Motivations")),
)
JOB_FIELDS: tuple[tuple[str, str], ...] = (
    ("situation", QT_TR_NOOP("When")), ("motivation", QT_TR_NOOP("I want to")), ("outcome", QT_TR_NOOP("So I can")),
    ("kind", QT_TR_NOOP("Kind")), ("importance", QT_TR_NOOP("Importance")),
    ("satisfaction", QT_TR_NOOP("Satisfaction")), ("opportunity", QT_TR_NOOP("Opportunity")),
    ("stages", QT_TR_NOOP("Stages")), ("personas", QT_TR_NOOP("Personas")),
)
PERSONAS_SHEET = QT_TR_NOOP("Personas")
JOBS_SHEET = QT_TR_NOOP("Jobs")
CARDS_SHEET = QT_TR_NOOP("Cards")

# Words in a grid's lane name that say what the lane holds, checked in this order.
LANE_WORDS: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (Kind.PAIN_POINT, ("pain", "problem", "frustration")),
    (Kind.OPPORTUNITY, ("opportunit", "idea", "improvement")),
    (Kind.EMOTION, ("emotion", "feeling", "mood", "sentiment")),
    (Kind.TOUCHPOINT, ("touchpoint", "touch point")),
    (Kind.CHANNEL, ("channel",)),
    (Kind.THOUGHT, ("thought", "thinking", "think", "quote")),
    (Kind.KPI, ("kpi", "metric", "measure")),
    (Kind.BACKSTAGE, ("backstage", "back stage", "support", "behind")),
    (Kind.ACTION, ("action", "doing", "does", "activit", "task", "step")),
)
GENERIC_CORNERS = {"", "lane", "lanes", "stage", "stages", "lanestage", "lanesstages", "stagelane", "stageslanes"}
EMOTION_SUFFIX = re.compile(r"^(?P<title>.*?)\s*\((?:(?P<persona>[^():]+):\s*)?(?P<score>[+-]?\d+)\)\s*$")
BULLET = re.compile(r"^(?:[•·▪◦‣]|[-*](?=\s))\s*")
FORMULA_START = ("=", "+", "-", "@", "\t")


# --- vocabulary -----------------------------------------------------------------------------------------------

_V = TypeVar("_V")  # a value some words stand for (a kind, a channel...)


def _words(pairs: Iterable[tuple[_V, str]]) -> dict[str, _V]:
    """Every way a value may be written: its code, its English label and its translated label."""
    found: dict[str, _V] = {}
    for value, label in pairs:
        for word in (str(value), label, tr(label)):
            found.setdefault(norm(word), value)
    return found


def _kind_words() -> dict[str, Kind]:
    return _words([*KIND_SINGULAR.items(), *KIND_LABELS.items()])


def lane_kind_from_name(name: str) -> Kind:
    """What a grid lane holds, guessed from its name ("Pain points" → pain points); plain notes otherwise."""
    exact = _kind_words().get(norm(name))
    if exact is not None:
        return Kind(exact)
    lowered = name.casefold()
    for kind, words in LANE_WORDS:
        if any(word in lowered for word in words):
            return kind
    return Kind.TEXT


def split_list(text: str) -> list[str]:
    """Tags and persona names: split on ";" when there is one (names may hold commas), else on ","."""
    separator = ";" if ";" in text else ","
    return [part.strip() for part in text.split(separator) if part.strip()]


def join_list(items: Iterable[str]) -> str:
    items = list(items)
    return ("; " if any("," in item for item in items) else ", ").join(items)


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


def protect(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection); ``unprotect`` undoes it
    (so text that already looks protected gets one more)."""
    if (text.startswith(FORMULA_START) and not _is_number(text)) or unprotect(text) != text:
        return "'" + text
    return text


def unprotect(text: str) -> str:
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# --- writing --------------------------------------------------------------------------------------------------

def exported_copy(project: Project, options: ExportOptions) -> Project:
    """The maps and people a table export writes (confidential options applied); refuses a project with no map."""
    copy = prepared_copy(project, options)
    if not copy.maps:
        raise ExportError(tr("the project has no map to export"))
    return copy


def card_header() -> list[str]:
    return [tr(label) for _, label, _ in CARD_FIELDS]


def card_row(project: Project, jmap: JourneyMap, card: CardBase, names: dict[str, str]) -> list[str]:
    """One card as the cells of the card-per-row shape, in ``CARD_FIELDS`` order."""
    personas = [names[p] for p in card.persona_ids if p in names]
    values: dict[str, str] = {
        "map": jmap.name, "stage": jmap.stage(card.stage_id).name, "lane": jmap.lane(card.lane_id).name,
        "kind": card.kind_enum.singular, "title": card.title, "body": card.body, "tags": join_list(card.tags),
        "notes": card.notes,
    }
    if isinstance(card, EmotionCard):
        values["score"] = str(card.score)
        if card.persona_id in names:
            personas.insert(0, names[card.persona_id])
    if isinstance(card, PainPointCard):
        values["severity"] = str(card.severity)
    if isinstance(card, TouchpointCard):
        values["channel"] = card.channel.label
    if isinstance(card, OpportunityCard):
        values["status"], values["owner"] = card.status.label, card.owner
    if isinstance(card, KpiCard):
        values.update(metric=card.metric, value=number_text(card.value), target=number_text(card.target),
                      unit=card.unit)
    values["personas"] = join_list(personas)
    return [values.get(name, "") for name, _, _ in CARD_FIELDS]


def card_rows(project: Project, maps: list[JourneyMap]) -> Iterator[tuple[list[str], Kind | None]]:
    """Every card, stage by stage and lane by lane, with the rows that keep empty stages and lanes (and their
    order) when a cell has no card: such a row names a stage and a lane and no card. Yields (cells, kind)."""
    names = {p.id: p.name for p in project.personas}
    width = len(CARD_FIELDS)
    for jmap in maps:
        cells: dict[tuple[str, str], list[CardBase]] = {}
        for each in jmap.cards:
            cells.setdefault((each.stage_id, each.lane_id), []).append(each)

        def place(stage: Stage | None, lane: Lane | None, jmap: JourneyMap = jmap) -> tuple[list[str], Kind | None]:
            row = [""] * width
            row[0] = jmap.name
            row[1] = stage.name if stage else ""
            row[2] = lane.name if lane else ""
            row[3] = lane.kind.singular if lane else ""
            return row, None

        if not jmap.stages:
            yield from (place(None, lane) for lane in jmap.lanes)
            if not jmap.lanes:
                yield place(None, None)
        for s, stage in enumerate(jmap.stages):
            stage_empty = True
            for lane in jmap.lanes:
                cell = cells.get((stage.id, lane.id), [])
                for card in cell:
                    stage_empty = False
                    yield card_row(project, jmap, card, names), card.kind_enum
                if not cell and s == 0:
                    stage_empty = False
                    yield place(stage, lane)
            if stage_empty:
                yield place(stage, jmap.lanes[0] if jmap.lanes else None)


def emotion_line(card: EmotionCard, names: dict[str, str]) -> str:
    persona = names.get(card.persona_id or "")
    score = f"{card.score:+d}" if card.score else "0"
    return f"{card.title} ({persona}: {score})" if persona else f"{card.title} ({score})"


def grid_rows(project: Project, jmap: JourneyMap, warnings: list[str]) -> list[list[str]]:
    """The grid shape: a corner with the map's name, stage names across, lane names down, a card per line."""
    names = {p.id: p.name for p in project.personas}
    cells: dict[tuple[str, str], list[str]] = {}
    folded, detailed = False, 0
    for card in jmap.cards:
        detailed += _has_details(card)
        line = card.title or card.body.split("\n", 1)[0]
        if "\n" in line:
            line, folded = " ".join(line.split()), True
        if isinstance(card, EmotionCard):
            line = emotion_line(card, names)
        cells.setdefault((card.lane_id, card.stage_id), []).append(line)
    if folded:
        warnings.append(tr("map '{name}': card titles with line breaks were written on one line (a grid cell holds "
                           "one card per line)").format(name=jmap.name))
    if detailed:
        warnings.append(tr("map '{name}': a grid holds each card's title only; the bodies, notes, tags and fields of "
                           "{count} card(s) were not written (choose one card per row to keep them)").format(
            name=jmap.name, count=detailed))
    rows = [[jmap.name, *(s.name for s in jmap.stages)]]
    for lane in jmap.lanes:
        rows.append([lane.name, *("\n".join(cells.get((lane.id, s.id), [])) for s in jmap.stages)])
    return rows


GRID_LOSES = ("body", "notes", "tags", "severity", "channel", "status", "owner", "metric", "value", "target", "unit")


def _has_details(card: CardBase) -> bool:
    """Whether the card holds more than a grid line can: text besides its title, or a field changed from its
    default."""
    fields = type(card).model_fields
    return any(name in fields and getattr(card, name) != fields[name].get_default(call_default_factory=True)
               for name in GRID_LOSES)


def persona_rows(project: Project) -> list[list[str]]:
    rows = [[tr(label) for _, label in PERSONA_FIELDS]]
    for persona in project.personas:
        row = []
        for name, _ in PERSONA_FIELDS:
            value = getattr(persona, name)
            if name == "preferred_channels":
                value = join_list(c.label for c in value)
            elif isinstance(value, list):
                value = join_list(value)
            row.append(value)
        rows.append(row)
    return rows


def job_rows(project: Project) -> list[list[str]]:
    stage_names = {s.id: s.name for m in project.maps for s in m.stages}
    persona_names = {p.id: p.name for p in project.personas}
    rows = [[tr(label) for _, label in JOB_FIELDS]]
    for job in project.jobs:
        rows.append([job.situation, job.motivation, job.outcome, job.kind.label, str(job.importance),
                     str(job.satisfaction), str(job.opportunity),
                     join_list(stage_names[s] for s in job.stage_ids if s in stage_names),
                     join_list(persona_names[p] for p in job.persona_ids if p in persona_names)])
    return rows


# --- reading --------------------------------------------------------------------------------------------------

class Builder:
    """A project assembled from rows: maps, stages, lanes and personas found (or created) by name."""

    def __init__(self, title: str) -> None:
        self.project = Project(meta=ProjectMeta(title=title[:MAX_TEXT_CHARS] or "Imported"))
        self.warnings: list[str] = []
        self.cards = 0
        self._maps: dict[str, JourneyMap] = {}
        self._stages: dict[tuple[str, str], Stage] = {}
        self._lanes: dict[tuple[str, str], Lane] = {}
        self._personas: dict[str, Persona] = {}

    def map(self, name: str) -> JourneyMap:
        key = name.casefold()
        if key not in self._maps:
            jmap = JourneyMap(name=name[:MAX_TEXT_CHARS])
            self.project.maps.append(jmap)
            self._maps[key] = jmap
        return self._maps[key]

    def stage(self, jmap: JourneyMap, name: str, *, new: bool = False) -> Stage:
        key = (jmap.id, name.casefold())
        if new or key not in self._stages:
            stage = Stage(name=name[:MAX_TEXT_CHARS])
            jmap.stages.append(stage)
            self._stages.setdefault(key, stage)
            return stage
        return self._stages[key]

    def lane(self, jmap: JourneyMap, name: str, kind: Kind | None = None, *, new: bool = False) -> Lane:
        key = (jmap.id, name.casefold())
        if new or key not in self._lanes:
            lane = Lane(name=name[:MAX_TEXT_CHARS], kind=kind or lane_kind_from_name(name))
            jmap.lanes.append(lane)
            self._lanes.setdefault(key, lane)
            return lane
        return self._lanes[key]

    def persona(self, name: str, jmap: JourneyMap | None = None) -> Persona:
        key = name.casefold()
        persona = self._personas.get(key)
        if persona is None:
            color = PERSONA_COLORS[len(self._personas) % len(PERSONA_COLORS)]
            persona = Persona(name=name[:MAX_TEXT_CHARS], color=color)
            self.project.personas.append(persona)
            self._personas[key] = persona
        if jmap is not None and persona.id not in jmap.persona_ids:
            jmap.persona_ids.append(persona.id)
        return persona

    def add(self, jmap: JourneyMap, kind: Kind, lane: Lane, stage: Stage, where: str, **fields: object) -> None:
        self.cards += 1
        if self.cards > MAX_CARDS:
            raise ImportFailed(tr("{where}: the file makes more than {limit} cards, more than an import may make; "
                                  "split it into several files").format(where=where, limit=f"{MAX_CARDS:,}"))
        try:
            jmap.cards.append(make_card(kind, lane.id, stage.id, **fields))
        except ValidationError as exc:
            error = exc.errors()[0]
            raise ImportFailed(tr("{where}: {field} {reason}").format(
                where=where, field=".".join(str(p) for p in error["loc"]), reason=error["msg"].lower())) from None


def read_sheets(sheets: list[Sheet], title: str) -> Imported:
    """A project from a workbook's sheets (or one CSV): personas and jobs sheets by name, every other sheet a map
    in whichever shape it is in."""
    builder = Builder(title)
    special = {norm(tr(PERSONAS_SHEET)): "personas", norm(PERSONAS_SHEET): "personas",
               norm(tr(JOBS_SHEET)): "jobs", norm(JOBS_SHEET): "jobs"}
    job_sheets = []
    skipped: list[NotATable] = []
    ordered = sorted(sheets, key=lambda s: special.get(norm(s.name)) != "personas")  # personas first: names match
    for sheet in ordered:
        start = _first_row(sheet)
        if start is None:
            continue
        sheet.trim_left()
        role = special.get(norm(sheet.name))
        if role == "personas":
            _read_personas(sheet, start, builder)
        elif role == "jobs":
            job_sheets.append((sheet, start))
        else:
            before = len(builder.warnings)
            try:
                _read_map_sheet(sheet, start, builder, title)
            except NotATable as exc:  # raised before the sheet added anything
                if len(sheets) == 1:
                    raise
                del builder.warnings[before:]
                skipped.append(exc)
                builder.warnings.append(tr("sheet '{sheet}' was skipped: it holds no table ({reason})").format(
                    sheet=sheet.name, reason=exc))
    for sheet, start in job_sheets:
        _read_jobs(sheet, start, builder)
    if not builder.project.maps and not builder.project.personas:
        if skipped:
            raise skipped[0]
        raise ImportFailed(tr("{name} is empty: there is no row with text in it").format(name=title))
    return Imported(builder.project, builder.warnings)


def _first_row(sheet: Sheet) -> int | None:
    if len(sheet.rows) > MAX_ROWS:
        raise ImportFailed(tr("sheet '{sheet}' has {rows} rows, more than the {limit} an import may have").format(
            sheet=sheet.name, rows=len(sheet.rows), limit=MAX_ROWS))
    for r, row in enumerate(sheet.rows):
        if len(row) > MAX_COLUMNS:
            raise ImportFailed(tr("sheet '{sheet}', row {row} has {columns} columns, more than the {limit} an import "
                                  "may have").format(sheet=sheet.name, row=r + 1, columns=len(row), limit=MAX_COLUMNS))
        if any(cell.strip() for cell in row):
            return r
    return None


def _header_map(header: list[str], fields: Iterable[tuple[str, str, tuple[str, ...]]]) -> dict[str, int]:
    """field → column index, for the header cells that name a known field (the first such column wins)."""
    words: dict[str, str] = {}
    for name, label, others in fields:
        for word in (name, label, tr(label), *others):
            words.setdefault(norm(word), name)
    found: dict[str, int] = {}
    for c, cell in enumerate(header):
        known = words.get(norm(cell))
        if known and known not in found:
            found[known] = c
    return found


def _getter(columns: dict[str, int], row: list[str]) -> Callable[[str], str]:
    """``get(field)``: the row's text in that field's column, or "" when the sheet has no such column."""

    def get(name: str) -> str:
        c = columns.get(name)
        return row[c].strip() if c is not None and c < len(row) else ""

    return get


@dataclass(frozen=True)
class Place:
    """A cell named only when a message needs it (most rows never do, and naming costs translation calls)."""

    sheet: Sheet
    row: int
    column: int
    label: str = ""

    def __str__(self) -> str:
        place = _at(self.sheet, self.row, self.column)
        return f"{place} ({tr(self.label)})" if self.label else place


LABELS = {name: label for name, label, _ in CARD_FIELDS}


def _at(sheet: Sheet, row: int, column: int) -> str:
    place = cell_name(row, column + sheet.offset)
    return tr("sheet '{sheet}', {place}").format(sheet=sheet.name, place=place) if sheet.named else place


def _read_map_sheet(sheet: Sheet, start: int, builder: Builder, title: str) -> None:
    start, heading = _skip_title_rows(sheet, start, builder.warnings)
    header = sheet.rows[start]
    columns = _header_map(header, CARD_FIELDS)
    if sheet.merged:
        builder.warnings.append(tr("sheet '{sheet}' has {count} merged range(s) (the first: {cells}); each was read "
                                   "as its first cell's text, spanning its stages, lanes or rows").format(
            sheet=sheet.name, count=len(sheet.merged), cells=sheet.merged[0]))
    if "stage" in columns and ("title" in columns or "lane" in columns):
        _fill_down(sheet, start)
        _read_cards(sheet, start, columns, builder, heading)
    else:
        _read_grid(sheet, start, builder, title, heading)


def _skip_title_rows(sheet: Sheet, start: int, warnings: list[str]) -> tuple[int, str]:
    """Templates put a title (often merged across the sheet) and a subtitle above the table: rows with text in
    column A only, before a row with text in two cells or more. The header is that row; the first title names
    the map. Returns (header row, title or "")."""
    titles: list[int] = []
    for r in range(start, min(len(sheet.rows), start + 8)):
        filled = [c for c, cell in enumerate(sheet.rows[r]) if cell.strip()]
        if not filled:
            continue
        if len(filled) > 1:
            break
        if filled != [0]:
            return start, ""
        titles.append(r)
    else:
        return start, ""  # no table below
    if not titles:
        return start, ""
    header = r
    heading = sheet.rows[titles[0]][0].strip()
    warnings.append(tr("sheet '{sheet}': row(s) {rows} above the table were read as its title '{title}'").format(
        sheet=sheet.name, rows=", ".join(str(r + 1) for r in titles), title=heading[:60]))
    return header, heading


def _fill_down(sheet: Sheet, header: int) -> None:
    """One card per row: a cell merged down over several rows (a stage written once beside its cards) holds its
    text for each of those rows."""
    for span in sheet.spans():
        if span.top <= header or span.left < 0:
            continue
        text = _text(sheet, span.top, span.left)
        for r in range(span.top + 1, min(span.bottom, len(sheet.rows) - 1) + 1):
            row = sheet.rows[r]
            row.extend([""] * (span.left + 1 - len(row)))
            row[span.left] = row[span.left] or text


def _text(sheet: Sheet, row: int, column: int) -> str:
    cells = sheet.rows[row] if row < len(sheet.rows) else []
    return cells[column] if column < len(cells) else ""


def _read_grid(sheet: Sheet, start: int, builder: Builder, title: str, heading: str = "") -> None:
    rows = sheet.rows
    header = [cell.strip() for cell in rows[start]]
    if len(header) < 2 or not any(header[1:]):
        raise NotATable(tr("{where}: no header; the first row needs stage names from column {column} on (the "
                           "grid), or card fields such as Stage, Lane and Title (one card per row)").format(
            where=_at(sheet, start, 1), column=column_letter(sheet.offset + 1)))
    corner = header[0]
    name = corner if norm(corner) not in GENERIC_CORNERS else heading or sheet.name or title
    jmap = builder.map(name)
    stages = {c: builder.stage(jmap, text, new=True) for c, text in enumerate(header) if c and text}
    lane_rows: dict[int, int] = {}  # a row in a lane merged down column A → the lane's first row
    for span in sheet.spans():
        if span.top == start and span.left in stages:  # a stage over several columns
            stages.update((c, stages[span.left]) for c in range(span.left + 1, span.right + 1))
        elif span.left == 0 and span.top > start:
            lane_rows.update((r, span.top) for r in range(span.top + 1, span.bottom + 1))
    lanes: dict[int, Lane] = {}
    for r in range(start + 1, len(rows)):
        row = rows[r]
        lane_name = row[0].strip() if row else ""
        filled = [c for c in range(1, len(row)) if row[c].strip()]
        if r in lane_rows and lane_rows[r] in lanes:
            lane = lanes[lane_rows[r]]
        elif lane_name:
            lane = lanes[r] = builder.lane(jmap, lane_name, new=True)
        else:
            if filled:
                raise ImportFailed(tr("{where} holds text but column {column} of that row names no lane").format(
                    where=_at(sheet, r, filled[0]), column=column_letter(sheet.offset)))
            continue
        for c in filled:
            stage = stages.get(c)
            if stage is None:
                raise ImportFailed(tr("{where} holds text but row {row} names no stage above it").format(
                    where=_at(sheet, r, c), row=start + 1))
            for line in row[c].split("\n"):
                _grid_card(builder, jmap, lane, stage, BULLET.sub("", line.strip()),
                           _at(sheet, r, c))


def _grid_card(builder: Builder, jmap: JourneyMap, lane: Lane, stage: Stage, line: str, where: str) -> None:
    if not line:
        return
    fields: dict[str, object] = {}
    if lane.kind == Kind.EMOTION:
        match = EMOTION_SUFFIX.match(line)
        if match:
            line = match["title"]
            fields["score"] = _score(jmap, match["score"], where, builder.warnings)
            if match["persona"]:
                fields["persona_id"] = builder.persona(match["persona"].strip(), jmap).id
        elif _is_number(line):
            fields["score"], line = _score(jmap, line, where, builder.warnings), ""
    fields["title"] = clip(line, MAX_TEXT_CHARS, where, builder.warnings)
    builder.add(jmap, lane.kind, lane, stage, where, **fields)


def _score(jmap: JourneyMap, text: str, where: str | Place, warnings: list[str]) -> int:
    scale = jmap.emotion_scale
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        warnings.append(tr("{where}: the emotion score '{text}' is not a number; it was set to 0 (neutral)").format(
            where=where, text=text))
        return 0
    score = round(value)
    if not scale.contains(score):
        clamped = max(scale.minimum, min(scale.maximum, score))
        warnings.append(tr("{where}: the emotion score {score} is outside {low}…{high}; it was set to "
                           "{clamped}").format(where=where, score=text, low=scale.minimum, high=scale.maximum,
                                               clamped=clamped))
        return clamped
    return score


def _choice(words: dict[str, _V], text: str, default: _V, what: str, where: str | Place,
            warnings: list[str]) -> _V:
    value = words.get(norm(text))
    if value is None:
        warnings.append(tr("{where}: '{text}' is not a {what} this program knows; {default} was used").format(
            where=where, text=text, what=what, default=str(default)))
        return default
    return value


def _read_cards(sheet: Sheet, start: int, columns: dict[str, int], builder: Builder, heading: str = "") -> None:
    header = sheet.rows[start]
    unknown = {c: cell.strip() for c, cell in enumerate(header) if c not in columns.values() and cell.strip()}
    used_unknown: set[int] = set()
    warnings = builder.warnings
    kinds = _kind_words()
    channels = _words(CHANNEL_LABELS.items())
    statuses = _words(STATUS_LABELS.items())
    for r in range(start + 1, len(sheet.rows)):
        row = sheet.rows[r]

        get = _getter(columns, row)

        def where(name: str, r: int = r) -> Place:
            return Place(sheet, r, columns.get(name, 0), LABELS[name])

        if not any(cell.strip() for cell in row):
            continue
        jmap = builder.map(get("map") or heading or sheet.name)
        stage_name, lane_name = get("stage"), get("lane")
        kind_text = get("kind")
        kind = Kind(_choice(kinds, kind_text, Kind.TEXT, tr("card kind"), where("kind"), warnings)) \
            if kind_text else None
        stage = builder.stage(jmap, stage_name) if stage_name else None
        lane = builder.lane(jmap, lane_name, kind) if lane_name else None
        extra = [(c, row[c].strip()) for c in unknown if c < len(row) and row[c].strip()]
        if not any(get(name) for name in CARD_CONTENT) and not extra:
            continue  # a row that only keeps a stage or a lane
        if stage is None or lane is None:
            missing = "stage" if stage is None else "lane"
            warnings.append(tr("{where}: the card has no {what}; it was put in '{name}'").format(
                where=where(missing), what=tr(missing), name=tr("Unsorted")))
            stage = stage or builder.stage(jmap, tr("Unsorted"))
            lane = lane or builder.lane(jmap, tr("Unsorted"), kind)
        kind = kind or lane.kind
        notes = get("notes")
        for c, text in extra:
            used_unknown.add(c)
            notes = f"{notes}\n{unknown[c]}: {text}" if notes else f"{unknown[c]}: {text}"
        fields: dict[str, object] = {
            "title": clip(get("title"), MAX_TEXT_CHARS, where("title"), warnings),
            "body": clip(get("body"), MAX_LONG_CHARS, where("body"), warnings),
            "notes": clip(notes, MAX_LONG_CHARS, where("notes"), warnings),
            "tags": [clip(t, MAX_TEXT_CHARS, where("tags"), warnings) for t in split_list(get("tags"))][:200],
        }
        personas = [builder.persona(name, jmap).id for name in split_list(get("personas"))]
        if kind == Kind.EMOTION:
            if get("score"):
                fields["score"] = _score(jmap, get("score"), where("score"), warnings)
            if personas:
                fields["persona_id"], personas = personas[0], personas[1:]
        fields["persona_ids"] = personas
        if kind in (Kind.TOUCHPOINT, Kind.CHANNEL) and get("channel"):
            fields["channel"] = _choice(channels, get("channel"), Channel.OTHER, tr("channel"), where("channel"),
                                        warnings)
        if kind == Kind.PAIN_POINT and get("severity"):
            fields["severity"] = _whole(get("severity"), 1, 5, 3, where("severity"), warnings)
        if kind == Kind.OPPORTUNITY:
            fields["owner"] = clip(get("owner"), MAX_TEXT_CHARS, where("owner"), warnings)
            if get("status"):
                fields["status"] = _choice(statuses, get("status"), OpportunityStatus.IDEA, tr("status"),
                                           where("status"), warnings)
        if kind == Kind.KPI:
            fields["metric"] = clip(get("metric"), MAX_TEXT_CHARS, where("metric"), warnings)
            fields["unit"] = clip(get("unit"), 20, where("unit"), warnings)
            for name in ("value", "target"):
                if get(name):
                    fields[name] = _number(get(name), where(name), warnings)
        builder.add(jmap, kind, lane, stage, _at(sheet, r, 0), **fields)
    for c in sorted(used_unknown):
        warnings.append(tr("column {column} ('{header}') is not a card field; its values were kept in the cards' "
                           "notes").format(column=column_letter(c + sheet.offset), header=unknown[c]))


def _whole(text: str, low: int, high: int, default: int, where: str | Place, warnings: list[str]) -> int:
    try:
        value = round(float(text.replace(",", ".")))
    except ValueError:
        warnings.append(tr("{where}: '{text}' is not a number; {default} was used").format(
            where=where, text=text, default=default))
        return default
    if not low <= value <= high:
        clamped = max(low, min(high, value))
        warnings.append(tr("{where}: {value} is outside {low}…{high}; it was set to {clamped}").format(
            where=where, value=text, low=low, high=high, clamped=clamped))
        return clamped
    return value


def _number(text: str, where: str | Place, warnings: list[str]) -> float | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # 2,5 written the European way
    try:
        return float(cleaned.replace(",", ""))
    except ValueError:
        warnings.append(tr("{where}: '{text}' is not a number; it was left empty").format(where=where, text=text))
        return None


def _read_personas(sheet: Sheet, start: int, builder: Builder) -> None:
    columns = _header_map(sheet.rows[start], ((n, label, ()) for n, label in PERSONA_FIELDS))
    if "name" not in columns:
        raise ImportFailed(tr("sheet '{sheet}', {place}: the personas sheet needs a Name column").format(
            sheet=sheet.name, place=cell_name(start, sheet.offset)))
    channels = _words(CHANNEL_LABELS.items())
    for r in range(start + 1, len(sheet.rows)):
        row = sheet.rows[r]

        get = _getter(columns, row)
        if not get("name"):
            continue
        persona = builder.persona(get("name"))
        where = tr("sheet '{sheet}', row {row}").format(sheet=sheet.name, row=r + 1)
        try:
            for name, _ in PERSONA_FIELDS[1:]:
                text = get(name)
                if not text:
                    continue
                if name == "preferred_channels":
                    value: object = [channels[norm(t)] for t in split_list(text) if norm(t) in channels]
                elif isinstance(getattr(persona, name), list):
                    value = split_list(text)
                else:
                    value = text
                setattr(persona, name, value)
        except ValidationError as exc:
            error = exc.errors()[0]
            raise ImportFailed(tr("{where}: {field} {reason}").format(
                where=where, field=error["loc"][0] if error["loc"] else "", reason=error["msg"].lower())) from None


def _read_jobs(sheet: Sheet, start: int, builder: Builder) -> None:
    columns = _header_map(sheet.rows[start], ((n, label, ()) for n, label in JOB_FIELDS))
    stages: dict[str, str] = {}
    for jmap in builder.project.maps:
        for stage in jmap.stages:
            stages.setdefault(stage.name.casefold(), stage.id)
    kinds = _words((k, k.value) for k in JobKind)
    kinds.update(_words((k, k.label) for k in JobKind))
    for r in range(start + 1, len(sheet.rows)):
        row = sheet.rows[r]

        get = _getter(columns, row)
        if not any(get(n) for n in ("situation", "motivation", "outcome")):
            continue
        where = tr("sheet '{sheet}', row {row}").format(sheet=sheet.name, row=r + 1)
        job = Job(situation=clip(get("situation"), MAX_TEXT_CHARS, where, builder.warnings),
                  motivation=clip(get("motivation"), MAX_TEXT_CHARS, where, builder.warnings),
                  outcome=clip(get("outcome"), MAX_TEXT_CHARS, where, builder.warnings))
        if get("kind"):
            job.kind = JobKind(_choice(kinds, get("kind"), JobKind.FUNCTIONAL, tr("job kind"), where,
                                       builder.warnings))
        for name in ("importance", "satisfaction"):
            if get(name):
                setattr(job, name, _whole(get(name), 1, 10, 5, where, builder.warnings))
        for stage_name in split_list(get("stages")):
            if stage_name.casefold() in stages:
                job.stage_ids.append(stages[stage_name.casefold()])
            else:
                builder.warnings.append(tr("{where}: there is no stage '{name}'; the job was not linked to it").format(
                    where=where, name=stage_name))
        job.persona_ids = [builder.persona(name).id for name in split_list(get("personas"))]
        builder.project.jobs.append(job)
