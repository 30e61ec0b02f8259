"""Where a word of Thai, Lao, Khmer or Burmese may end a line. These scripts put no space between words, and a
line broken between two letters of a word reads as wrongly as "wi|th" would; only a dictionary knows the words.

ICU's line break iterator has those dictionaries, and every desktop already carries ICU: PySide6 ships it
beside Qt on Linux, macOS has libicucore and Windows 10 icu.dll. It is reached through ctypes (a Python
binding would add 50 MB and has no wheel for every platform), without importing Qt, so the layout stays
Qt-free. Where no ICU is found, ``word_breaks`` says None and such a word breaks between any two letters.
"""

import glob
import importlib.util
import os
import re
import sys
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

_UBRK_LINE = 2
_UBRK_DONE = -1

# Scripts written without spaces between words, whose words only a dictionary finds.
DICTIONARY_SCRIPTS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\uaa60-\uaa7f\ua9e0-\ua9ff]")


def _candidates() -> list[str]:
    """ICU libraries to try, the one Qt ships first (its version goes with PySide6's)."""
    paths = []
    spec = importlib.util.find_spec("PySide6")  # finds the folder without importing Qt
    for base in (spec.submodule_search_locations or []) if spec else []:
        paths += sorted(glob.glob(os.path.join(base, "Qt", "lib", "libicuuc.so.*")), reverse=True)
    bundle = getattr(sys, "_MEIPASS", None)  # the PyInstaller bundle keeps Qt's libraries in its own folders
    if bundle:
        paths += sorted(glob.glob(os.path.join(bundle, "**", "libicuuc.so.*"), recursive=True), reverse=True)
    if sys.platform == "darwin":
        paths.append("/usr/lib/libicucore.dylib")
    elif sys.platform == "win32":
        paths += ["icu.dll", "icuuc.dll"]
    import ctypes.util  # (with subprocess: loaded with the first word of these scripts, not at every start)

    found = ctypes.util.find_library("icuuc")
    if found:
        paths.append(found)
    return paths


def _function(lib: "ctypes.CDLL", name: str, version: str) -> Callable[..., int] | None:
    """ICU's C functions carry its major version in their names (ubrk_open_73), except in system builds."""
    for symbol in (f"{name}_{version}", name) if version else (name,):
        function = getattr(lib, symbol, None)
        if function is not None:
            return function
    if not version:
        for major in range(90, 49, -1):
            function = getattr(lib, f"{name}_{major}", None)
            if function is not None:
                return function
    return None


@cache
def _icu() -> tuple[Callable[..., int], Callable[..., int], Callable[..., int]] | None:
    """(ubrk_open, ubrk_next, ubrk_close) of the first ICU that loads, or None."""
    import ctypes

    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        match = re.search(r"\.so\.(\d+)", path)
        version = match.group(1) if match else ""
        functions = [_function(lib, name, version) for name in ("ubrk_open", "ubrk_next", "ubrk_close")]
        opener, stepper, closer = functions
        if opener is None or stepper is None or closer is None:
            continue
        opener.restype = ctypes.c_void_p  # type: ignore[attr-defined]
        opener.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32,  # type: ignore[attr-defined]
                           ctypes.POINTER(ctypes.c_int)]
        stepper.restype = ctypes.c_int32  # type: ignore[attr-defined]
        stepper.argtypes = [ctypes.c_void_p]  # type: ignore[attr-defined]
        closer.restype = None  # type: ignore[attr-defined]
        closer.argtypes = [ctypes.c_void_p]  # type: ignore[attr-defined]
        return opener, stepper, closer
    return None


@lru_cache(maxsize=20_000)
def word_breaks(word: str) -> frozenset[int] | None:
    """Indexes inside ``word`` (a run without spaces) where a line may break, by ICU's rules and dictionaries;
    None when no ICU is at hand."""
    icu = _icu()
    if icu is None:
        return None
    opener, stepper, closer = icu
    import ctypes

    data = word.encode("utf-16-le")
    text = ctypes.create_string_buffer(data, len(data) + 2)
    status = ctypes.c_int(0)
    iterator = opener(_UBRK_LINE, b"th", text, len(data) // 2, ctypes.byref(status))
    if not iterator or status.value > 0:  # ICU's errors are positive, its warnings negative
        return None
    units: list[int] = []
    try:
        while (position := stepper(iterator)) != _UBRK_DONE:
            units.append(position)
    finally:
        closer(iterator)
    # ICU counts UTF-16 units; Python counts code points (an emoji is two units, one code point).
    index_of, unit = {}, 0
    for index, char in enumerate(word):
        index_of[unit] = index
        unit += 2 if ord(char) > 0xFFFF else 1
    return frozenset(index_of[u] for u in units if u in index_of and 0 < index_of[u] < len(word))
