"""Mermaid ``journey`` diagrams in and out. Qt-free.

Reading follows Mermaid's own grammar (packages/mermaid/src/diagrams/user-journey/parser/journey.jison): the
same tokens, tried in the same order, after the same preprocessing (front matter, ``%%{init}%%`` directives
and whole-line ``%%`` comments removed, entity codes such as ``#58;`` kept out of the way). So a diagram
Mermaid accepts imports, and one it rejects is refused with the line where Mermaid stops.

Sections become stages; tasks become cards in a customer-actions lane; each task's score (1–5) becomes an
emotion point for each of its actors, who become personas. Writing does the reverse, escaping what the grammar
cannot hold (``:``, ``#``, ``;``, line breaks, a task that starts like a keyword) with Mermaid's entity codes.
"""

from __future__ import annotations

import bisect
import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journeydesigner.export.safefile import partial_file
from journeydesigner.formats import Imported, ImportFailed
from journeydesigner.formats.common import (
    MAX_LONG_CHARS,
    MAX_TEXT_CHARS,
    clip,
    decode_text,
    read_limited,
    round_half_away,
    xml_safe,
)
from journeydesigner.formats.sheet import Builder, exported_copy
from journeydesigner.i18n import QT_TR_NOOP, tr
from journeydesigner.model import JourneyMap, Project
from journeydesigner.model.cards import CardBase, EmotionCard
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.model.journey import EmotionScale
from journeydesigner.model.kinds import Kind

LOW, HIGH = 1, 5  # Mermaid's score range
MERMAID_MAX_TEXT = 50_000  # Mermaid's default maxTextSize: longer diagrams are not drawn
MAX_DIAGRAM_BYTES = 5 * 1024 * 1024  # a hundred times that: a 9 MB diagram made 600,000 cards and 1.8 GB
ACTIONS_LANE = QT_TR_NOOP("Customer actions")
EMOTIONS_LANE = QT_TR_NOOP("Emotions")
NO_SECTION = QT_TR_NOOP("Journey")

_I = re.IGNORECASE
# (pattern, token) in the grammar's order; None skips. The lexer takes the first rule that matches, not the longest.
INITIAL_RULES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"%%(?!\{)[^\n]*"), None),
    (re.compile(r"[^}]%%[^\n]*"), None),
    (re.compile(r"\n+"), "NEWLINE"),
    (re.compile(r"\s+"), None),
    (re.compile(r"#[^\n]*"), None),
    (re.compile(r"journey", _I), "journey"),
    (re.compile(r"title\s[^#\n;]+", _I), "title"),
    (re.compile(r"accTitle\s*:\s*", _I), "acc_title"),
    (re.compile(r"accDescr\s*:\s*", _I), "acc_descr"),
    (re.compile(r"accDescr\s*\{\s*", _I), "acc_descr_open"),
    (re.compile(r"section\s[^#:\n;]+", _I), "section"),
    (re.compile(r"[^#:\n;]+"), "taskName"),
    (re.compile(r":[^#\n;]+"), "taskData"),
    (re.compile(r":"), ":"),
    (re.compile(r"."), "INVALID"),
)
REST_OF_LINE = re.compile(r"[^\n]*")
UNTIL_BRACE = re.compile(r"[^}]*")
FRONT_MATTER = re.compile(r"^-{3}\s*\n(.*?)\n-{3}\s*(?:\n|$)", re.DOTALL)
DIRECTIVE = re.compile(r"%%\{.*?\}%%", re.DOTALL)
LINE_COMMENT = re.compile(r"^[ \t]*%%(?!\{)[^\n]+", re.MULTILINE)
ENTITY = re.compile(r"#(\w+);")
PLACEHOLDER = re.compile("\ue000([^\ue001]*)\ue001")
BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", _I)
FENCED_MERMAID = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b[^\n]*\n(?P<body>.*?)"
                            r"^[ \t]{0,3}(?P=fence)[`~]*[ \t]*$", re.MULTILINE | re.DOTALL)
KEYWORD_START = re.compile(r"^(journey|title\s|section\s|acc(?:title|descr)\s*[:{])", _I)


@dataclass
class Task:
    section: int  # index into Diagram.sections, -1 before the first section
    name: str
    score_text: str
    actors: list[str]
    line: int


@dataclass
class Diagram:
    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


class MermaidSyntaxError(ImportFailed):
    """What Mermaid's parser would reject, with its line."""


def _blank(match: re.Match[str]) -> str:
    """Removed text keeps its line breaks, so line numbers stay those of the file."""
    return re.sub(r"[^\n]", " ", match.group(0))


def preprocess(text: str) -> tuple[str, str]:
    """Mermaid's steps before its parser, and the front matter's ``title:`` (Mermaid uses it as the title)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    front = FRONT_MATTER.match(text.lstrip(" \t\n"))
    if front:
        start = len(text) - len(text.lstrip(" \t\n"))
        found = re.search(r"^title:\s*(.+?)\s*$", front.group(1), re.MULTILINE)
        if found:
            title = found.group(1).strip("'\"")
        text = text[:start] + _blank(front) + text[start + front.end():]
    text = DIRECTIVE.sub(_blank, text)
    text = LINE_COMMENT.sub(_blank, text)
    return ENTITY.sub(lambda m: f"\ue000{m.group(1)}\ue001", text), title


def decode(text: str) -> str:
    """Entity codes back to characters (``#58;`` → ``:``, ``#quot;`` → ``"``), ``<br>`` to a line break."""
    def entity(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.isdigit():
            number = int(code)
            return chr(number) if 0 < number < 0x110000 and not 0xD800 <= number < 0xE000 else ""
        resolved = html.unescape(f"&{code};")
        return resolved if resolved != f"&{code};" else f"#{code};"

    return BREAK.sub("\n", PLACEHOLDER.sub(entity, text)).strip()


def tokens(text: str) -> list[tuple[str, str, int]]:
    """(token, text, offset) as Mermaid's lexer makes them, ending in EOF."""
    found: list[tuple[str, str, int]] = []
    pos, end = 0, len(text)
    while pos < end:
        for pattern, token in INITIAL_RULES:
            match = pattern.match(text, pos)
            if match and (match.end() > pos or token == "NEWLINE"):
                break
        else:  # pragma: no cover (the last rule matches any character but a line break, which NEWLINE takes)
            raise AssertionError(pos)
        if token == "acc_descr_open":
            value = UNTIL_BRACE.match(text, match.end())
            assert value is not None
            found.append(("acc_descr_multiline_value", value.group(0), value.start()))
            pos = value.end() + 1  # past the closing brace (or the end)
            continue
        if token in ("acc_title", "acc_descr"):
            value = REST_OF_LINE.match(text, match.end())
            assert value is not None
            found.append((token, match.group(0), pos))
            found.append((token + "_value", value.group(0), value.start()))
            pos = value.end()
            continue
        if token is not None:
            found.append((token, match.group(0), pos))
        pos = match.end()
    found.append(("EOF", "", end))
    return found


def parse(text: str, first_line: int = 1) -> Diagram:
    """The diagram, or MermaidSyntaxError naming the line where Mermaid's parser would stop (counted from
    ``first_line``: a diagram inside a Markdown file names the file's line)."""
    text, front_title = preprocess(text)
    diagram = Diagram(title=decode(front_title))

    breaks = [m.start() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:  # by bisection: counting from the start for every task took minutes on 9 MB
        return bisect.bisect_left(breaks, offset) + first_line

    def fail(offset: int, reason: str) -> MermaidSyntaxError:
        return MermaidSyntaxError(tr("line {line}: {reason}").format(line=line_of(offset), reason=reason))

    stream = tokens(text.lstrip())
    shift = len(text) - len(text.lstrip())
    stream = [(kind, value, offset + shift) for kind, value, offset in stream]
    if stream[0][1] != "journey":  # Mermaid detects the diagram type by a lower-case "journey" (its lexer ignores case)
        kind, value, offset = stream[0]
        first = text[offset:].split("\n", 1)[0].strip()
        raise fail(offset, tr("this is not a Mermaid journey diagram: it must start with 'journey', not "
                              "'{first}'").format(first=first[:40]) if first else
                   tr("the diagram is empty: it must start with 'journey'"))
    i = 1
    while True:
        kind, value, offset = stream[i]
        i += 1
        if kind == "EOF":
            return diagram
        if kind == "NEWLINE":
            continue
        if kind == "title":
            diagram.title = decode(value[6:])
        elif kind == "acc_title":
            diagram.acc_title = decode(stream[i][1])
            i += 1
        elif kind == "acc_descr":
            diagram.acc_descr = decode(stream[i][1])
            i += 1
        elif kind == "acc_descr_multiline_value":
            diagram.acc_descr = "\n".join(line.strip() for line in decode(value).split("\n"))
        elif kind == "section":
            diagram.sections.append(decode(value[8:]))
        elif kind == "taskName":
            data_kind, data, _ = stream[i]
            if data_kind != "taskData":
                raise fail(offset, tr("the task '{task}' needs a score after a colon, such as '{task}: 3: Me'").format(
                    task=decode(value)[:60]))
            i += 1
            pieces = data[1:].split(":")
            actors = [decode(a) for a in pieces[1].split(",")] if len(pieces) > 1 else []
            diagram.tasks.append(Task(len(diagram.sections) - 1, decode(value), pieces[0].strip(),
                                      [a for a in actors if a], line_of(offset)))
        elif kind in ("taskData", ":"):
            raise fail(offset, tr("'{text}' has no task name before its colon").format(text=value.strip()[:40]))
        elif kind == "journey":
            raise fail(offset, tr("'journey' may only start the diagram (a task or section cannot begin with it)"))
        else:
            raise fail(offset, tr("Mermaid does not accept '{text}' here").format(
                text=text[offset:offset + 1] if kind == "INVALID" else value[:40]))


def js_number(text: str) -> float:
    """What JavaScript's Number() makes of a score: "" is 0, text that is no number is NaN."""
    text = text.strip()
    if not text:
        return 0.0
    try:
        return float(int(text, 16)) if text.lower().startswith("0x") else float(text.replace("_", "!"))
    except ValueError:
        return math.nan


def to_model_score(score: float, scale: EmotionScale) -> int:
    """1…5 onto the map's scale (-3…+3: 1 → -3, 2 → -2, 3 → 0, 4 → +2, 5 → +3)."""
    return round_half_away(scale.minimum + (score - LOW) * (scale.maximum - scale.minimum) / (HIGH - LOW))


def to_mermaid_score(score: float, scale: EmotionScale) -> int:
    value = LOW + (score - scale.minimum) * (HIGH - LOW) / (scale.maximum - scale.minimum)
    return max(LOW, min(HIGH, round_half_away(value)))


# --- reading --------------------------------------------------------------------------------------------------

def read(path: Path) -> Imported:
    warnings: list[str] = []
    text = decode_text(read_limited(path, MAX_DIAGRAM_BYTES), path.name, warnings)
    try:
        diagram = parse(text)
    except MermaidSyntaxError as exc:
        raise MermaidSyntaxError(f"{path.name}, {exc}") from None
    if len(text) > MERMAID_MAX_TEXT:
        warnings.append(tr("{name} is longer than the {limit} characters Mermaid draws by default").format(
            name=path.name, limit=MERMAID_MAX_TEXT))
    imported = to_project(diagram, path.stem)
    imported.warnings[:0] = warnings
    return imported


def read_markdown(path: Path) -> Imported:
    """Every Mermaid journey in a Markdown file (a client's wiki page or README), each fenced as ```mermaid, as a
    map of one project; the other diagrams and the prose are passed over."""
    warnings: list[str] = []
    text = decode_text(read_limited(path, MAX_DIAGRAM_BYTES), path.name, warnings)
    builder = Builder(path.stem)
    found = 0
    for fence in FENCED_MERMAID.finditer(text):
        body = fence.group("body")
        if not preprocess(body)[0].lstrip().startswith("journey"):
            continue
        found += 1
        try:
            diagram = parse(body, text.count("\n", 0, fence.start("body")) + 1)
        except MermaidSyntaxError as exc:
            raise MermaidSyntaxError(f"{path.name}, {exc}") from None
        to_project(diagram, path.stem, builder)
    if not found:
        raise ImportFailed(tr("{name} holds no Mermaid journey diagram (a block fenced as ```mermaid that starts with "
                              "'journey')").format(name=path.name))
    builder.warnings[:0] = warnings
    return Imported(builder.project, builder.warnings)


def to_project(diagram: Diagram, fallback: str, builder: Builder | None = None) -> Imported:
    """The diagram as a map: of a new project, or added to ``builder``'s (a Markdown file's second diagram)."""
    name = diagram.title or diagram.acc_title or fallback
    builder = builder or Builder(name)
    taken, number, base = {m.name.casefold() for m in builder.project.maps}, 2, name
    while name.casefold() in taken:
        name, number = f"{base} ({number})", number + 1
    warnings = builder.warnings
    jmap = builder.map(clip(name, MAX_TEXT_CHARS, tr("the title"), warnings))
    jmap.description = clip(diagram.acc_descr, MAX_LONG_CHARS, tr("the description"), warnings)
    stages = [builder.stage(jmap, clip(s or tr(NO_SECTION), MAX_TEXT_CHARS, tr("a section"), warnings), new=True)
              for s in diagram.sections]
    actions = builder.lane(jmap, tr(ACTIONS_LANE), Kind.ACTION, new=True)
    emotions = builder.lane(jmap, tr(EMOTIONS_LANE), Kind.EMOTION, new=True)
    loose = None
    for task in diagram.tasks:
        where = tr("line {line}").format(line=task.line)
        if task.section < 0:
            if loose is None:
                loose = builder.stage(jmap, tr(NO_SECTION), new=True)
                jmap.stages.insert(0, jmap.stages.pop())
            stage = loose
        else:
            stage = stages[task.section]
        title = clip(task.name, MAX_TEXT_CHARS, where, warnings)
        people = [builder.persona(clip(a, MAX_TEXT_CHARS, where, warnings), jmap).id for a in task.actors]
        builder.add(jmap, Kind.ACTION, actions, stage, where, title=title, persona_ids=people)
        score = _score(task, where, warnings)
        for persona_id in people if people else [None]:
            builder.add(jmap, Kind.EMOTION, emotions, stage, where, title=title, persona_id=persona_id,
                        score=to_model_score(score, jmap.emotion_scale))
    return Imported(builder.project, warnings)


def _score(task: Task, where: str, warnings: list[str]) -> float:
    score = js_number(task.score_text)
    if math.isnan(score):
        warnings.append(tr("{where}: the score '{text}' of '{task}' is not a number; it was read as 3 "
                           "(neutral)").format(where=where, text=task.score_text, task=task.name[:60]))
        return 3.0
    if not LOW <= score <= HIGH:
        clamped = float(max(LOW, min(HIGH, score)))
        warnings.append(tr("{where}: the score {text} of '{task}' is outside Mermaid's 1…5; it was read as "
                           "{clamped}").format(where=where, text=task.score_text, task=task.name[:60],
                                               clamped=int(clamped)))
        return clamped
    return score


# --- writing --------------------------------------------------------------------------------------------------

def escape(text: str, also: str = ":;") -> str:
    """Text the grammar reads back as it was: Mermaid's entity codes for '#' (and ``also``), ``<br>`` for a line
    break, and an entity for a first letter that would make the line a keyword. Control characters are left out
    (a NUL pasted into a title), as in every format another program reads."""
    text = xml_safe(text)
    text = re.sub(f"[{re.escape('#' + also)}]", lambda m: f"#{ord(m.group())};", text)  # one pass: "#58;" has a ';'
    text = text.replace("%%", "%#37;")
    text = "<br>".join(part.strip() for part in text.strip().split("\n"))
    if KEYWORD_START.match(text):
        text = f"#{ord(text[0])};{text[1:]}"
    return text


def write(project: Project, path: Path, options: ExportOptions, progress: Callable[[int, int], bool] | None = None,
          region: tuple[float, float, float, float] | None = None) -> list[str]:
    copy = exported_copy(project, options)
    warnings: list[str] = []
    if len(copy.maps) > 1:
        warnings.append(tr("a Mermaid diagram holds one map: only '{name}' was written").format(name=copy.maps[0].name))
    text = to_mermaid(copy, copy.maps[0], warnings)
    if len(text) > MERMAID_MAX_TEXT:
        warnings.append(tr("the diagram has {count} characters; Mermaid draws at most {limit} unless its "
                           "maxTextSize setting is raised").format(count=len(text), limit=MERMAID_MAX_TEXT))
    with partial_file(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return warnings


def to_mermaid(project: Project, jmap: JourneyMap, warnings: list[str]) -> str:
    """Stages as sections; each customer action a task, scored by the emotion points of its stage (the points with
    the task's title when there are such, as an imported diagram has) and acted by their personas."""
    names = {p.id: p.name for p in project.personas}
    action_lanes = [lane.id for lane in jmap.lanes if lane.kind == Kind.ACTION]
    if not action_lanes:
        warnings.append(tr("map '{name}' has no customer actions lane, so the diagram has no tasks").format(
            name=jmap.name))
    lines = ["journey", f"  title {escape(jmap.name, ';') or escape(tr(NO_SECTION))}"]
    if jmap.description.strip():
        description = escape(jmap.description, "}").replace("<br>", "\n    ")
        lines += ["  accDescr {", f"    {description}", "  }"]
    neutral = False
    for stage in jmap.stages:
        lines.append(f"  section {escape(stage.name) or escape(tr(NO_SECTION))}")
        feelings = [c for c in jmap.cards if c.stage_id == stage.id and isinstance(c, EmotionCard)]
        by_title: dict[str, list[EmotionCard]] = {}
        for feeling in feelings:
            by_title.setdefault(feeling.title, []).append(feeling)
        for lane_id in action_lanes:
            for card in jmap.cell(lane_id, stage.id):
                # An imported task left one emotion point per actor with its title, in order: take those first.
                same = by_title.get(card.title, [])
                own, by_title[card.title] = same[:max(1, len(card.persona_ids))], same[max(1, len(card.persona_ids)):]
                score, actors = _task_feeling(card, own or feelings, names, jmap.emotion_scale)
                neutral |= score is None
                name = escape(card.title or card.body.split("\n", 1)[0]) or "…"
                people = ", ".join(escape(a, ":;,") for a in actors)
                lines.append(f"    {name}: {3 if score is None else score}" + (f": {people}" if people else ""))
    if neutral:
        warnings.append(tr("tasks in stages without an emotion point were given the neutral score 3"))
    return "\n".join(lines) + "\n"


def _task_feeling(card: CardBase, feelings: list[EmotionCard], names: dict[str, str],
                  scale: EmotionScale) -> tuple[int | None, list[str]]:
    actors = [names[p] for p in card.persona_ids if p in names]
    for feeling in feelings:
        name = names.get(feeling.persona_id or "")
        if name and name not in actors:
            actors.append(name)
    if not feelings:
        return None, actors
    return to_mermaid_score(sum(f.score for f in feelings) / len(feelings), scale), actors
