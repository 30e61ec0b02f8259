"""The bundled fonts in Qt's font database, for the window's widgets: a persona named in Hindi showed as boxes in
the persona list and the inspector on a machine without a Devanagari system font. The map's own drawing adds the
faces it needs itself (qtdraw.font_families), exports included.

On Linux the window's start adds them on a thread while the file is read (issue 15: eleven faces, ≈35 M
instructions and 8-10 ms of the main thread). QFontDatabase is thread-safe and PySide6 lets go of the GIL while Qt
parses a font. Two rules keep that sound:
- nothing is shown before ``fonts_ready``: a widget takes its fallback fonts when it is first drawn;
- Qt's cache of font lookups is per thread, and adding a font clears only the adding thread's. So the last font
  is added by ``fonts_ready`` on the GUI thread, after the rest: whatever that thread looked up before (a text
  measured, a style polished) is looked up again with every bundled font in.
Elsewhere (Windows, macOS: not measured, and their font databases are made on first use) they are added at once.
"""

import atexit
import logging
import sys
import threading

from journeydesigner.qtdraw import add_bundled_font
from journeydesigner.resources import resource_path

log = logging.getLogger(__name__)
_ASIDE: list[threading.Thread] = []
_LAST: list[str] = []  # the font fonts_ready adds on the GUI thread


def bundled_font_files() -> list[str]:
    """The files of resources/fonts, the smallest last (the one added on the GUI thread)."""
    fonts = resource_path("fonts").glob("*.ttf")
    return [font.name for font in sorted(fonts, key=lambda font: (-font.stat().st_size, font.name))]


def register_bundled_fonts() -> None:
    """Every bundled font in Qt's font database, on this thread."""
    for file in bundled_font_files():
        add_bundled_font(file)


def add_bundled_fonts_aside(platform: str = sys.platform) -> None:
    """Start adding the bundled fonts, on a thread on Linux; ``fonts_ready`` waits for them."""
    if _ASIDE or _LAST:
        return  # already under way
    if not platform.startswith("linux"):
        register_bundled_fonts()
        return
    *rest, last = bundled_font_files()
    thread = threading.Thread(target=_add_all, args=(rest,), name="bundled fonts", daemon=True)
    _ASIDE.append(thread)
    _LAST.append(last)
    thread.start()
    atexit.register(_join_aside)  # Qt torn down under a thread still adding a font crashed the exit


def _add_all(files: list[str]) -> None:
    try:
        for file in files:
            add_bundled_font(file)
    except Exception:  # a font Qt cannot take must not cost the start; the widgets fall back to system fonts
        log.exception("adding the bundled fonts failed")


def fonts_ready() -> None:
    """Before anything shows: the fonts added aside are in, and the last one is added here."""
    _join_aside()
    while _LAST:
        add_bundled_font(_LAST.pop())


def _join_aside() -> None:
    while _ASIDE:
        _ASIDE[0].join()
        _ASIDE.pop(0)
