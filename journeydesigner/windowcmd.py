"""``journeydesigner [open] [FILE]``: the window. A command line that only asks for it is answered here, before
the command line's own modules are imported: argparse and its parser, the exporters and the import formats, none
of which the window's start needs (≈15 ms of it, issue 15). Every other command line goes through cli.py, whose
``open`` comes here too."""

import os
import sys
from collections.abc import Mapping
from pathlib import Path

EXIT_BAD_INPUT = 2  # (cli.py's: the same number)


def plain_window_args(args: list[str]) -> list[str] | None:
    """``[FILE]`` or ``[]`` when ``args`` (a window's command line, launch.opens_window) names at most one file and
    no option, as argparse would read it; None when argparse must read it (``--help``, a second file: its own
    messages)."""
    if args[:1] == ["open"]:
        args = args[1:]
    if len(args) > 1 or any(word.startswith("-") for word in args):
        return None
    return args


def open_window(file: str | None) -> int:
    """Run the window on ``file`` (the sample when None) until it closes; the exit status."""
    from journeydesigner.i18n import tr

    if not has_display():
        print(tr("journeydesigner: {reason}").format(
            reason=tr("no display found; use `journeydesigner export` for headless work")), file=sys.stderr)
        return EXIT_BAD_INPUT
    import_qt_free_layers_first()
    from journeydesigner.app.main import run_app  # Qt is imported only when a window is wanted
    from journeydesigner.templates import sample_path

    return run_app(Path(file) if file else sample_path(), is_sample=file is None)


def import_qt_free_layers_first() -> None:
    """The models, pydantic and the file reader, imported before Qt. Once PySide6 is loaded, every import statement
    runs a hook of its (``__feature__``) and every new module is scanned for its name (app/qtstart.py); pydantic and
    the models are ≈60 modules and several hundred import statements. 5,000 cards, to the first paint: 2.390 →
    2.359 G instructions (callgrind), and CPython 3.11's frame-stack chunks no longer thrash on this path (a call
    depth that keeps crossing a chunk's edge maps and unmaps 16 KiB each time, gh-142183: 1,536 → ≈70 munmap calls
    at this depth, though that part is luck: it moves with any change of depth)."""
    import journeydesigner.projectfile.reader  # noqa: F401


def run_window(args: list[str]) -> int:
    """``open_window`` for a plain window command line (``plain_window_args``), with cli.main's answer to what
    goes wrong before the window's event loop takes over (an error there is the crash handler's)."""
    try:
        return open_window(args[0] if args else None)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from journeydesigner.cli import report_internal_error  # only now: the command line's modules

        return report_internal_error("open", exc)


def has_display(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether a window can open. On Linux and the BSDs, without X11 or Wayland (a server, a container, SSH) Qt
    would abort with a misleading message about xcb libraries; QT_QPA_PLATFORM set by the user is respected."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
