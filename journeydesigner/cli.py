"""The ``journeydesigner`` command: open the window, or create, validate and convert project files.

Exit codes: 0 success, 2 bad input or usage, 1 a bug (a short message and where the log is).
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from journeydesigner import __version__, formats, i18n
from journeydesigner.export.run import export, unknown_format_message
from journeydesigner.export.safefile import ExportError
from journeydesigner.i18n import tr
from journeydesigner.launch import COMMANDS, EXIT_BUG, leave
from journeydesigner.model import Project
from journeydesigner.model.export_settings import ALL_SECTIONS, PAPER_SIZES_MM, ExportOptions
from journeydesigner.projectfile import ProjectFileError, read_project, write_project
from journeydesigner.projectfile.errors import one_line, validation_message
from journeydesigner.templates import DEFAULT_TEMPLATE, list_templates, new_project
from journeydesigner.userdirs import log_path, setup_logging
from journeydesigner.validatecmd import counts
from journeydesigner.windowcmd import open_window

EXIT_OK, EXIT_BAD_INPUT = 0, 2
EXIT_DIFFERENT = 1  # journeydesigner diff, as diff(1)
SUBCOMMANDS = (*COMMANDS, "open")


class UsageError(Exception):
    """Bad input from the user: printed as one sentence, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeydesigner",
        description=tr("Design customer journey maps. With no command, opens FILE (or the sample map) in a window."),
        epilog=tr("Run 'journeydesigner COMMAND --help' for a command's options."),
    )
    parser.add_argument("--version", action="version", version=f"Journey Designer {__version__}",
                        help=tr("show program's version number and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    opener = commands.add_parser("open", help=tr("open FILE in the window (the default command)"))
    opener.add_argument("file", nargs="?", help=tr("a .journey file; the bundled sample map when left out"))

    new = commands.add_parser("new", help=tr("create a project file from a template"))
    new.add_argument("-o", "--output", metavar="FILE", help=tr("the .journey file to create"))
    new.add_argument("-t", "--template", default=DEFAULT_TEMPLATE, help=tr("template name (default "
                                                                           "{default_template})").format(
        default_template=DEFAULT_TEMPLATE))
    new.add_argument("--title", help=tr("the project's title"))
    new.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    new.add_argument("--list-templates", action="store_true", help=tr("list the templates and exit"))

    validate = commands.add_parser("validate", help=tr("check project files; exit 2 if any is not valid"))
    validate.add_argument("files", nargs="+", metavar="FILE")

    export = commands.add_parser(
        "export", help=tr("write FILE in the format OUT's extension names ({suffixes})").format(
            suffixes=formats.suffix_list(formats.exporters())),
        description=tr("Export a project. Settings not given here are the ones last used for this project."))
    export.add_argument("file", metavar="FILE")
    export.add_argument("-o", "--output", metavar="OUT", required=True,
                        help=tr("the file to write; its extension picks the format: {suffixes} (.journey: a copy "
                                "in the current format)").format(suffixes=formats.suffix_list(formats.exporters())))
    export.add_argument("--force", action="store_true", help=tr("replace OUT if it exists"))
    export.add_argument("--map", action="append", metavar="NAME", help=tr("a map to export (repeatable; default all, "
                        "or the first for PNG and SVG)"))
    page = export.add_argument_group(tr("PDF pages"))
    page.add_argument("--paper", choices=[*PAPER_SIZES_MM, "custom"])
    page.add_argument("--size", metavar="WxH", help=tr("custom paper size in millimetres, e.g. 1000x700"))
    page.add_argument("--orientation", choices=["auto", "landscape", "portrait"])
    page.add_argument("--margin", type=float, metavar="MM")
    page.add_argument("--fit", action="store_true", help=tr("the whole map on one page, however small its text "
                                                            "(the default picks one page or tiles that keep it "
                                                            "legible)"))
    page.add_argument("--tiles", metavar="CxR", help=tr("tile each map across C×R pages, e.g. 3x2"))
    page.add_argument("--overlap", type=float, metavar="MM", help=tr("overlap between tiles"))
    page.add_argument("--no-crop-marks", action="store_true")
    page.add_argument("--bleed", type=float, metavar="MM", help=tr("tiles: extend backgrounds past the trim for a "
                                                                   "print shop, e.g. 3"))
    page.add_argument("--analysis-markers", action=argparse.BooleanOptionalAction, default=None,
                      help=tr("draw the job badges and flags on stage headers (internal; off by default)"))
    page.add_argument("--sections", metavar="LIST", help=tr("comma-separated, from: {choices}").format(
        choices=','.join(ALL_SECTIONS)))
    secret = export.add_argument_group(tr("confidential export"))
    secret.add_argument("--omit-lane", action="append", metavar="NAME", help=tr("leave out a lane (repeatable)"))
    secret.add_argument("--omit-notes", action="store_true", help=tr("leave out internal notes"))
    secret.add_argument("--anonymise", action="store_true", help=tr(
        "persona names become Persona A, B… in every text; no photo, age, gender or location"))
    image = export.add_argument_group(tr("PNG and SVG"))
    image.add_argument("--scale", type=float, help=tr("pixels per map point (default 2)"))
    image.add_argument("--dpi", type=float, help=tr("the same as --scale DPI/96"))
    image.add_argument("--transparent", action="store_true", help=tr("no background"))
    table = export.add_argument_group(tr("CSV and XLSX"))
    table.add_argument("--shape", choices=["cards", "grid"], default="cards",
                       help=tr("cards: one card per row with every field (the default); grid: lanes down, stages "
                               "across, a card per line, as people draft it"))
    _add_import_parser(commands)
    differ = commands.add_parser(
        "diff", help=tr("compare two versions of a project; exit 0 when they are the same, 1 when they differ"),
        description=tr("List what changed from A to B, a line per change. With --base, what each changed since "
                       "the version both started from, and the conflicts."))
    differ.add_argument("first", metavar="A")
    differ.add_argument("second", metavar="B")
    differ.add_argument("--format", choices=["text", "json"], default="text")
    differ.add_argument("--base", metavar="ANCESTOR", help=tr("the common ancestor, for a three-way comparison"))
    return parser


def entry() -> None:
    """The installed command: ``main``, then leave at once when no window was open.

    Freeing a 20,000-card project object by object took 280 ms after the answer was already printed; the
    operating system frees a process's memory in one step. Output is flushed first; files were closed by
    their writers. The window (``open``) exits normally, so Qt tears down in order.
    """
    code = main()
    if "journeydesigner.app.main" in sys.modules:  # a window was open
        sys.exit(code)
    leave(code)


def _add_import_parser(commands: argparse._SubParsersAction) -> None:
    readable = formats.suffix_list(formats.importers())
    command = commands.add_parser(
        "import", help=tr("make a project from a spreadsheet or a Mermaid journey ({suffixes})").format(
            suffixes=readable),
        description=tr("Make a new project from IN. Spreadsheets (.csv, .xlsx) may be the grid (first column lane "
                       "names, first row stage names, a card per line in a cell) or one card per row under a header "
                       "(Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, "
                       "KPI value, KPI target, Tags, Notes, in any order); the shape is detected. A Mermaid "
                       "'journey' diagram (.mmd) gives a stage per section, a card per task and a persona per "
                       "actor; a Markdown page (.md) gives a map per journey fenced as ```mermaid. What could not be "
                       "read is reported as warnings."))
    command.add_argument("file", metavar="IN", help=tr("the file to import: {suffixes}").format(suffixes=readable))
    command.add_argument("-o", "--output", metavar="OUT.journey", required=True, help=tr("the project to create"))
    command.add_argument("--force", action="store_true", help=tr("replace OUT if it exists"))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "open")
    if args_list and args_list[0] != "open":
        i18n.install(application=False)  # help, messages and PDFs in the user's language; no Qt application
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exc.code or 0)
    try:
        return _run(args)
    except UsageError as exc:
        print(tr("journeydesigner: {reason}").format(reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return report_internal_error(args.command, exc)


def report_internal_error(command: str | None, exc: Exception) -> int:
    """A bug: one line for the user, the traceback in the log (``validate`` writes nothing, not even a log)."""
    if command == "validate":
        print(tr("journeydesigner: internal error ({reason})").format(reason=one_line(repr(exc), 160)),
              file=sys.stderr)
        return EXIT_BUG
    where = setup_logging()
    import logging

    logging.getLogger("journeydesigner.cli").exception("unexpected error in %s", command, exc_info=exc)
    print(tr("journeydesigner: internal error; details were written to {where}").format(
        where=where or log_path()), file=sys.stderr)
    return EXIT_BUG


def _run(args: argparse.Namespace) -> int:
    match args.command:
        case "new":
            return _new(args)
        case "validate":
            return _validate(args.files)
        case "export":
            return _export(args)
        case "diff":
            return _diff(args)
        case "import":
            return _import(args)
        case _:
            return open_window(getattr(args, "file", None))


def _new(args: argparse.Namespace) -> int:
    if args.list_templates:
        for info in list_templates():
            print(f"{info.name:<20} {info.title}: {info.description}")
        return EXIT_OK
    if not args.output:
        raise UsageError(tr("new needs -o FILE (or --list-templates)"))
    out = _destination(args.output, args.force)
    try:
        project = new_project(args.template)
    except ProjectFileError as exc:
        raise UsageError(str(exc)) from None
    if args.title:
        project.meta.title = args.title
    _write(project, out)
    print(tr("created {out} from the {template} template").format(out=one_line(out), template=args.template))
    return EXIT_OK


# What a command read, left for the operating system to free when entry() ends the process: freeing a 20,000-card
# project model by model takes 15 ms, after the answer was printed.
_left_for_exit: list[Project] = []


def _validate(files: list[str]) -> int:
    status = EXIT_OK
    for given in files:
        name = one_line(given)  # a newline in a file name must not split its message
        try:
            project = read_project(given)
        except ProjectFileError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        else:
            for warning in project.load_warnings:  # opens, with placeholders, but is not whole
                print(f"{name}: {warning}", file=sys.stderr)
                status = EXIT_BAD_INPUT
            for note in project.load_notes:  # opens whole; worth knowing (it came from a newer version)
                print(f"{name}: {note}")
            state = tr("opens, with problems") if project.load_warnings else tr("valid")
            print(tr("{name}: {state} ({counts})").format(name=name, state=state, counts=counts(project)))
            _left_for_exit[:] = [project]  # (only the last: with many files, memory stays that of one)
    return status


def _export(args: argparse.Namespace) -> int:
    out = _destination(args.output, args.force)
    fmt = formats.find(out)
    if fmt is None or not fmt.writer:
        raise UsageError(unknown_format_message(out))
    project = _read(args.file)
    _say_load_warnings(args.file, project)
    options = export_options(project, args)
    try:
        warnings = export(project, out, options)
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    from journeydesigner.export.pages import Note

    for warning in warnings:
        line = tr("note: {note}") if isinstance(warning, Note) else tr("warning: {warning}")
        text = one_line(warning, 400)  # a map or card name may hold a line break
        print(line.format(note=text, warning=text), file=sys.stderr)
    print(tr("wrote {out}").format(out=one_line(out)))
    return EXIT_OK


SHOWN_LOAD_WARNINGS = 5


def _say_load_warnings(name: str, project: Project) -> None:
    """A file that opens with problems (a damaged image drawn as a placeholder, an image reduced) exports, but the
    deliverable is not what the file promised: say so, as the window does, never silently."""
    shown = one_line(name)
    for warning in project.load_warnings[:SHOWN_LOAD_WARNINGS]:
        print(tr("warning: {warning}").format(warning=one_line(f"{shown}: {warning}", 280)), file=sys.stderr)
    if len(project.load_warnings) > SHOWN_LOAD_WARNINGS:
        print(tr("warning: and %n more problem(s) reading {name}; `journeydesigner validate` lists them all", "",
                 len(project.load_warnings) - SHOWN_LOAD_WARNINGS).format(name=shown), file=sys.stderr)


def _diff(args: argparse.Namespace) -> int:
    """Like diff(1): 0 the same, 1 different, 2 trouble."""
    from journeydesigner.compare.report import report

    a, b = _read(args.first), _read(args.second)
    text, same = report(a, b, _read(args.base) if args.base else None, args.format)
    if text:
        print(text)
    return EXIT_OK if same else EXIT_DIFFERENT


def _import(args: argparse.Namespace) -> int:
    out = _destination(args.output, args.force)
    if out.suffix.lower() != ".journey":
        raise UsageError(tr("import writes a project: -o needs a .journey file, not {out}").format(out=out))
    source = Path(args.file)
    try:
        imported = formats.import_file(source)
    except formats.ImportFailed as exc:
        message = str(exc)
        raise UsageError(message if message.startswith(source.name) else f"{args.file}: {message}") from None
    for warning in imported.warnings:
        print(tr("warning: {warning}").format(warning=warning), file=sys.stderr)
    project = imported.project
    _write(project, out)
    print(tr("wrote {out}: {counts}").format(out=out, counts=counts(project)))
    return EXIT_OK


def export_options(project: Project, args: argparse.Namespace) -> ExportOptions:
    """The project's remembered settings, overridden by the flags given."""
    changes: dict[str, object] = {}
    if args.map:
        by_name = {m.name: m.id for m in project.maps}
        missing = [name for name in args.map if name not in by_name]
        if missing:
            raise UsageError(tr("there is no map named {missing!r}; the maps are: {choices}").format(
                missing=missing[0], choices=', '.join(by_name)))
        changes["map_ids"] = [by_name[name] for name in args.map]
    for flag, field in (("paper", "paper"), ("orientation", "orientation"), ("margin", "margin_mm"),
                        ("overlap", "overlap_mm"), ("scale", "png_scale"), ("bleed", "bleed_mm")):
        if getattr(args, flag) is not None:
            changes[field] = getattr(args, flag)
    if args.size:
        changes["custom_mm"] = _pair(args.size, float, "--size")
        changes.setdefault("paper", "custom")
    if args.dpi is not None:
        changes["png_scale"] = args.dpi / 96
    if args.fit:
        changes["layout"] = "fit"
    if args.tiles:
        changes["layout"] = "tile"
        changes["tiles"] = _pair(args.tiles, int, "--tiles")
    if args.analysis_markers is not None:
        changes["analysis_markers"] = args.analysis_markers
    if args.no_crop_marks:
        changes["crop_marks"] = False
    if args.sections:
        sections = [s.strip() for s in args.sections.split(",") if s.strip()]
        unknown = [s for s in sections if s not in ALL_SECTIONS]
        if unknown:
            raise UsageError(tr("unknown section {unknown!r}; choose from {choices}").format(
                unknown=unknown[0], choices=', '.join(ALL_SECTIONS)))
        changes["sections"] = sections
    if args.omit_lane:
        lanes = {lane.name: lane.id for m in project.maps for lane in m.lanes}
        missing = [name for name in args.omit_lane if name not in lanes]
        if missing:
            raise UsageError(tr("there is no lane named {missing!r}").format(missing=missing[0]))
        changes["omit_lane_ids"] = [lanes[name] for name in args.omit_lane]
    changes["omit_notes"] = args.omit_notes or project.export.omit_notes
    changes["anonymise_personas"] = args.anonymise or project.export.anonymise_personas
    changes["transparent"] = args.transparent or project.export.transparent
    changes["table_shape"] = args.shape
    try:
        return ExportOptions.model_validate({**project.export.model_dump(), **changes})
    except ValidationError as exc:
        raise UsageError(validation_message(exc, root=tr("export options"))) from None


def _pair(text: str, kind: type, flag: str) -> tuple:
    parts = text.lower().split("x")
    try:
        if len(parts) != 2:
            raise ValueError
        return kind(parts[0]), kind(parts[1])
    except ValueError:
        raise UsageError(tr("{flag} takes two numbers such as 3x2, not {text!r}").format(
            flag=flag, text=text)) from None


def _destination(name: str, force: bool) -> Path:
    out = Path(name)
    try:
        return _checked_destination(out, force)
    except OSError as exc:  # a name longer than the file system allows, a loop of links
        raise UsageError(tr("cannot write {out}: {reason}").format(
            out=one_line(out), reason=one_line(exc.strerror or exc))) from None


def _checked_destination(out: Path, force: bool) -> Path:
    if out.exists() and not force:
        raise UsageError(tr("{out} already exists; add --force to replace it").format(out=one_line(out)))
    if out.exists() and out.is_dir():
        raise UsageError(tr("{out} is a folder").format(out=one_line(out)))
    if not out.parent.resolve().is_dir():
        raise UsageError(tr("cannot write {out}: the folder {parent} does not exist").format(
            out=one_line(out), parent=one_line(out.parent)))
    return out


def _read(name: str) -> Project:
    try:
        return read_project(name)
    except ProjectFileError as exc:
        raise UsageError(f"{one_line(name)}: {exc}") from None


def _write(project: Project, out: Path) -> None:
    try:
        write_project(project, out)
    except ProjectFileError as exc:
        raise UsageError(f"{one_line(out)}: {exc}") from None
