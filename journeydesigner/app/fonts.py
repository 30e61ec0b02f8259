"""The bundled fonts in Qt's font database, for the window's widgets: a persona named in Hindi showed as boxes in
the persona list and the inspector on a machine without a Devanagari system font. The map's own drawing adds the
faces it needs itself (qtdraw.font_families), exports included."""

import threading

from journeydesigner.qtdraw import add_bundled_font
from journeydesigner.resources import resource_path

_FONTS_ASIDE: list[threading.Thread] = []


def add_bundled_fonts_aside() -> None:
    """register_bundled_fonts on a thread, while the file is read; fonts_ready waits for it before anything is
    shown. QFontDatabase is thread-safe, and PySide6 lets go of the GIL while Qt parses a font: the eleven faces
    were ≈35 M instructions and 8-10 ms of the window's start on its own thread (issue 15)."""
    thread = threading.Thread(target=register_bundled_fonts, name="bundled fonts", daemon=True)
    thread.start()
    _FONTS_ASIDE.append(thread)


def fonts_ready() -> None:
    """Before the first widget shows: a widget takes its fallback fonts when it is first drawn."""
    while _FONTS_ASIDE:
        _FONTS_ASIDE.pop().join()


def register_bundled_fonts() -> None:
    """Every font in resources/fonts joins Qt's font database, so the window's own widgets (the persona list,
    the inspector, dialogs) fall back to them for Arabic, Hebrew, Devanagari and Thai as the canvas does, also
    on a machine without such system fonts: there a persona named in Hindi showed as boxes in the panels."""
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        add_bundled_font(font.name)
