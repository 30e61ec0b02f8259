"""The ``journeydesigner`` command: open the window, or create, validate and convert project files.

Exit codes: 0 success, 2 bad input or usage, 1 a bug (a short message and where the log is).
"""

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from journeydesigner import __version__
from journeydesigner.model import Project
from journeydesigner.projectfile import ProjectFileError, read_project, write_project
from journeydesigner.templates import DEFAULT_TEMPLATE, list_templates, new_project, sample_path
from journeydesigner.userdirs import log_path, setup_logging

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2
SUBCOMMANDS = ("new", "validate", "export", "open")
log = logging.getLogger("journeydesigner.cli")


class UsageError(Exception):
    """Bad input from the user: printed as one sentence, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeydesigner",
        description="Design customer journey maps. With no command, opens FILE (or the sample map) in a window.",
        epilog="Run 'journeydesigner COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"Journey Designer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    opener = commands.add_parser("open", help="open FILE in the window (the default command)")
    opener.add_argument("file", nargs="?", help="a .journey file; the bundled sample map when left out")

    new = commands.add_parser("new", help="create a project file from a template")
    new.add_argument("-o", "--output", metavar="FILE", help="the .journey file to create")
    new.add_argument("-t", "--template", default=DEFAULT_TEMPLATE, help=f"template name (default {DEFAULT_TEMPLATE})")
    new.add_argument("--title", help="the project's title")
    new.add_argument("--force", action="store_true", help="replace FILE if it exists")
    new.add_argument("--list-templates", action="store_true", help="list the templates and exit")

    validate = commands.add_parser("validate", help="check project files; exit 2 if any is not valid")
    validate.add_argument("files", nargs="+", metavar="FILE")

    export = commands.add_parser("export", help="write FILE in another form, chosen by OUT's extension")
    export.add_argument("file", metavar="FILE")
    export.add_argument("-o", "--output", metavar="OUT", required=True,
                        help="OUT.journey writes a copy in the current format")
    export.add_argument("--force", action="store_true", help="replace OUT if it exists")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "open")
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exc.code or 0)
    try:
        return _run(args)
    except UsageError as exc:
        print(f"journeydesigner: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception:
        where = setup_logging()
        log.exception("unexpected error in %s", args.command)
        print(f"journeydesigner: internal error; details were written to {where or log_path()}", file=sys.stderr)
        return EXIT_BUG


def _run(args: argparse.Namespace) -> int:
    match args.command:
        case "new":
            return _new(args)
        case "validate":
            return _validate(args.files)
        case "export":
            return _export(args)
        case _:
            return _open(getattr(args, "file", None))


def _new(args: argparse.Namespace) -> int:
    if args.list_templates:
        for info in list_templates():
            print(f"{info.name:<20} {info.title}: {info.description}")
        return EXIT_OK
    if not args.output:
        raise UsageError("new needs -o FILE (or --list-templates)")
    out = _destination(args.output, args.force)
    try:
        project = new_project(args.template)
    except ProjectFileError as exc:
        raise UsageError(str(exc)) from None
    if args.title:
        project.meta.title = args.title
    _write(project, out)
    print(f"created {out} from the {args.template} template")
    return EXIT_OK


def _validate(files: list[str]) -> int:
    status = EXIT_OK
    for name in files:
        try:
            project = read_project(name)
        except ProjectFileError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        else:
            cards = sum(len(m.cards) for m in project.maps)
            print(f"{name}: valid ({len(project.maps)} map(s), {cards} cards, {len(project.personas)} personas)")
    return status


def _export(args: argparse.Namespace) -> int:
    out = _destination(args.output, args.force)
    suffix = out.suffix.lower()
    if suffix != ".journey":
        raise UsageError(f"cannot export to '{out.suffix or out.name}'; the supported form is .journey")
    project = _read(args.file)
    _write(project, out)
    print(f"wrote {out}")
    return EXIT_OK


def _destination(name: str, force: bool) -> Path:
    out = Path(name)
    if out.exists() and not force:
        raise UsageError(f"{out} already exists; add --force to replace it")
    if out.exists() and out.is_dir():
        raise UsageError(f"{out} is a folder")
    if not out.parent.resolve().is_dir():
        raise UsageError(f"cannot write {out}: the folder {out.parent} does not exist")
    return out


def _read(name: str) -> Project:
    try:
        return read_project(name)
    except ProjectFileError as exc:
        raise UsageError(f"{name}: {exc}") from None


def _write(project: Project, out: Path) -> None:
    try:
        write_project(project, out)
    except ProjectFileError as exc:
        raise UsageError(f"{out}: {exc}") from None


def _open(file: str | None) -> int:
    from journeydesigner.app.main import run_app  # Qt is imported only when a window is wanted

    return run_app(Path(file) if file else sample_path(), is_sample=file is None)
