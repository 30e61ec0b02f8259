"""The command's first step (``journeydesigner``, ``python -m journeydesigner``, the bundle's launcher), before
anything heavy is imported."""

import gc
import os
import sys
import types
from importlib.machinery import ModuleSpec

from journeydesigner.windowcmd import plain_window_args, run_window

EXIT_BUG = 1  # (cli.py's: the same number)


def entry() -> None:
    """Then ``cli.entry``.

    Journey Designer uses no pydantic plugins, and one installed for another program must not load into it (they
    are found by reading every installed package's metadata, 8 ms here, and a plugin such as logfire's imports
    more than 100 ms of modules); ``PYDANTIC_DISABLE_PLUGINS`` is pydantic's own switch for that.

    ``validate`` reads, answers and leaves (``cli.entry`` ends it with ``os._exit``): Python's cyclic collector
    would only walk the imports' objects and then, when the reader switches it back on, every card read, finding
    nothing either time (≈15 ms of 330 at 5,000 cards, more at 20,000). So it stays off for that command. And
    files the quick check vouches for are answered here (validatecmd.py), before argparse, pydantic and the
    models are imported: at 5,000 cards those imports took twice a bare read of the file (issue 15).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    skip_plugin_scan()
    if opens_window(sys.argv[1:]):
        # The window runs Python's collector itself, between events (app/collector.py), and freezes what its
        # start made; before, the collector made ~120 passes over the imports' objects (≈25 ms) and found ~800
        # to free (issue 15).
        gc.disable()
        if (plain := plain_window_args(sys.argv[1:])) is not None:
            sys.exit(run_window(plain))  # (as cli.entry leaves a window: Qt tears down in order)
    if sys.argv[1:2] == ["validate"]:
        gc.disable()
        files = sys.argv[2:]
        if files and not any(name.startswith("-") for name in files):  # options and --help: the full parser's
            from journeydesigner.validatecmd import quick_validate

            try:
                code = quick_validate(files)  # every file certainly valid, without pydantic; else cli's answer
            except KeyboardInterrupt:
                code = 130  # (as cli.main)
            if code is not None:
                leave(code)
    from journeydesigner.cli import entry as run

    run()


def skip_plugin_scan() -> None:
    """With plugins off, pydantic's ``get_plugins`` answers ``()`` at once, but only after its module has imported
    ``importlib.metadata`` (with email, zipfile and csv: ≈20 ms of every start, issue 15) to scan for them. Where
    the switch is the "none at all" one, that module, when pydantic imports it, is one whose ``get_plugins``
    answers ``()``: pydantic imports nothing else from it (tests/test_window_start.py reads pydantic's sources
    to be sure)."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true") or LOADER in sys.modules:
        return
    if not any(isinstance(finder, _NoPluginLoader) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoPluginLoader())


class _NoPluginLoader:
    """An import finder and loader for pydantic's plugin loader alone (importlib's protocol, duck-typed: its
    abstract classes import what this avoids)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        return ModuleSpec(name, self) if name == LOADER else None  # type: ignore[arg-type]  # a Loader, duck-typed

    def create_module(self, spec: ModuleSpec) -> None:
        return None  # the usual module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.get_plugins = lambda: ()  # type: ignore[attr-defined]


LOADER = "pydantic.plugin._loader"
COMMANDS = ("new", "validate", "export", "import", "diff")  # cli.SUBCOMMANDS but "open"


def opens_window(args: list[str]) -> bool:
    """Whether the command line asks for the window (``journeydesigner [open] [FILE]``), as cli.main reads it."""
    return not args or args[0] == "open" or (args[0] not in COMMANDS and not args[0].startswith("-"))


def leave(code: int) -> None:
    """End the process at once (``os._exit``), output flushed: freeing a 20,000-card project object by object
    took 280 ms after the answer was printed; the operating system frees a process's memory in one step. Files
    were closed by their writers."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said
            code = code or EXIT_BUG
    if "logging" in sys.modules:  # imported only when something was logged (setup_logging)
        sys.modules["logging"].shutdown()
    os._exit(code)
