"""Greedy line breaking on measured widths, with hyphenation; overflow gets an ellipsis.

A word that does not fit the rest of a line may start there if it breaks after one of its own hyphens, at a
soft hyphen (U+00AD, invisible unless the line breaks there), between two CJK characters or between two words
of Thai (which has no spaces; linebreak.py finds its words). A word longer than
a whole line also breaks at a hyphenation point of the text's language (pyphen); only when none of these fits
does it break between letters, and then with a hyphen. Widths come from the font that draws the
text (fonts.text_width), so every renderer breaks the same lines.
"""

import locale
import os
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesigner.i18n import on_words_changed, ui_language
from journeydesigner.layout.fonts import base_rtl, is_simple, text_width
from journeydesigner.layout.linebreak import DICTIONARY_SCRIPTS, word_breaks
from journeydesigner.userdirs import data_dir

if TYPE_CHECKING:
    import pyphen

ELLIPSIS = "…"
SHY = "\u00ad"
HYPHEN = "-"
BREAK_AFTER = "-‐/–—"  # a line may end after these with nothing added
_SPACES = re.compile(r"[^\S\u00a0\u202f\u2007]+")  # white space, except the no-break spaces

_language: list[str] = []


def default_language() -> str:
    """The hyphenation language when the project names none: the user's locale, else English."""
    import pyphen  # (here and below: when a word first needs breaking; 7 ms of the window's start, issue 15)

    for name in (os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG"),
                 locale.getlocale()[0]):
        if name and name not in ("C", "POSIX") and pyphen.language_fallback(name.split(".")[0]):
            return name.split(".")[0]
    return "en_US"


_listeners: list[Callable[[], None]] = []


def on_language_changed(callback: Callable[[], None]) -> None:
    """Call ``callback`` when the hyphenation language changes: what remembers wrapped text forgets it."""
    _listeners.append(callback)


def set_language(language: str | None) -> None:
    """Hyphenate as ``language`` does (a code such as "de" or "fr_FR"; None: the default) from now on."""
    _language[:] = [language] if language else []
    wrap.cache_clear()
    _break_points.cache_clear()  # hyphenation points are the language's too
    for callback in _listeners:
        callback()


def language() -> str:
    return _language[0] if _language else default_language()


def use_project_language(code: str) -> None:
    """Hyphenate as the project's text is written (its ``meta.language``), else as the program speaks. Every
    layout of a project starts here; it clears the wrap cache only when the language changes."""
    wanted = code or ui_language() or None
    if (_language[0] if _language else None) != wanted:
        set_language(wanted)


on_words_changed(lambda: set_language(ui_language()))  # the program's language changed: hyphenate as it does


def warm_up() -> None:
    """Load the hyphenation dictionary now (0.3 s): the editor's first layout does, before any export."""
    _dictionary(language())


@cache
def _dictionary(language: str) -> "pyphen.Pyphen | None":
    """pyphen's dictionary for ``language`` (English where it has none); None without dictionaries at all."""
    import pyphen

    name = pyphen.language_fallback(language) or pyphen.language_fallback("en_US")
    if name is None:
        return None
    path = pyphen.LANGUAGES[name]
    if path not in pyphen.hdcache:
        _load_patterns(path, name)
    return pyphen.Pyphen(lang=name, left=2, right=3)


def _load_patterns(path: Path, name: str) -> None:
    """pyphen parses its pattern files in Python, 0.2 s for English and 1.8 s for German at every start: the
    parsed patterns are kept in the program's data folder, so only the first use of a language pays."""
    import pickle

    import pyphen

    store = data_dir() / "hyphenation" / f"{name}-{pyphen.VERSION}.pickle"
    try:
        patterns, maxlen = pickle.loads(store.read_bytes())  # written by this function, in the user's folder
        hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
        hd.patterns, hd.maxlen, hd.cache = patterns, maxlen, {}
        pyphen.hdcache[path] = hd
        return
    except Exception:  # none yet, or from another version: parse the file
        pass
    hd = pyphen.hdcache[path] = pyphen.HyphDict(path)
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        partial = store.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps((hd.patterns, hd.maxlen)))
        partial.replace(store)
    except OSError:
        pass  # a read-only folder: parse again next time


@lru_cache(maxsize=100_000)
def wrap(text: str, font: str, size: float, width: float, max_lines: int = 0) -> tuple[str, ...]:
    """Lines of ``text`` that fit ``width``; at most ``max_lines`` (0 = no limit), the last ending in '…'."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split() if paragraph.isascii() else [w for w in _SPACES.split(paragraph) if w]
        if not words:
            lines.append("")
            continue
        first = len(lines)
        simple = is_simple(paragraph, font)  # widths add up word by word; shaped text is measured as a line
        line, line_w = "", 0.0
        for word in words:
            clean = word.replace(SHY, "") if not simple else word
            word_w = text_width(clean, font, size)
            if line:
                joined = f"{line} {clean}"
                joined_w = line_w + space + word_w if simple else text_width(joined, font, size)
                if joined_w <= width:
                    line, line_w = joined, joined_w
                    continue
                head = ""
                if not (word.isascii() and word.isalnum()):  # plain words have no break points of their own
                    head, word = _split(word, font, size, width - line_w - space, long=False)
                lines.append(f"{line} {head}" if head else line)
                clean = word.replace(SHY, "")
                word_w = text_width(clean, font, size)
            while word_w > width and len(clean) > 1:
                head, rest = _split(word, font, size, width, long=True)
                if not head:
                    break
                lines.append(head)
                word = rest
                clean = word.replace(SHY, "")
                word_w = text_width(clean, font, size)
            line, line_w = clean, word_w
        lines.append(line)
        if not simple:
            _keep_direction(lines, first, base_rtl(paragraph))
    while len(lines) > 1 and lines[-1] == "" and text.strip():
        lines.pop()
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit_with_ellipsis(lines[-1] + " " + ELLIPSIS, font, size, width)
    return tuple(lines)


def _keep_direction(lines: list[str], first: int, rtl: bool) -> None:
    """Lines of one paragraph keep its direction: a line of a left-to-right paragraph that starts with an
    Arabic word would otherwise be laid out right to left on its own. An invisible mark says it (LRM, RLM)."""
    for i in range(first, len(lines)):
        if lines[i] and base_rtl(lines[i]) != rtl:
            lines[i] = ("\u200f" if rtl else "\u200e") + lines[i]


def _split(word: str, font: str, size: float, width: float, long: bool) -> tuple[str, str]:
    """(head as drawn, rest as given) for the longest break of ``word`` whose head fits ``width``;
    ("", word) when none fits. The word's own break points first; for a word ``long``er than a line, then
    hyphenation points, then any two letters."""
    levels = (0, 1, 2) if long else (0,)
    for candidates in (_break_points(word, level) for level in levels):
        best = ("", word)
        for index, mark in candidates:
            head = word[:index].replace(SHY, "") + mark
            if text_width(head, font, size) > width:
                break
            best = (head, word[index:])
        if best[0]:
            return best
    return ("", word)


@lru_cache(maxsize=20_000)
def _break_points(word: str, level: int) -> tuple[tuple[int, str], ...]:
    """(index, what the line ends with) where ``word`` may break, in increasing order: at level 0 after its
    hyphens, at soft hyphens and in CJK; level 1 adds hyphenation points; level 2 any two letters."""
    points: dict[int, str] = {}
    # Thai and its neighbours break between words, which only ICU's dictionaries find; without ICU, anywhere.
    words = word_breaks(word) if DICTIONARY_SCRIPTS.search(word) else None
    for i, char in enumerate(word[:-1]):
        if char in BREAK_AFTER and i > 0:
            points[i + 1] = ""
        elif char == SHY:
            points[i + 1] = HYPHEN
        ideographic = _ideographic(char) or _ideographic(word[i + 1])
        if words is None and not ideographic:
            ideographic = bool(DICTIONARY_SCRIPTS.match(char) or DICTIONARY_SCRIPTS.match(word[i + 1]))
        if ideographic and i + 1 not in points and not _attached(word[i + 1]):
            points[i + 1] = ""
    for index in words or ():
        points.setdefault(index, "")
    if level >= 1 and SHY not in word:
        offset = 0
        for part in re.split(r"([" + re.escape(BREAK_AFTER) + r"])", word):
            dictionary = _dictionary(language()) if len(part) >= 5 and part.isalpha() else None
            if dictionary is not None:
                for position in dictionary.positions(part):
                    points.setdefault(offset + position, HYPHEN)
            offset += len(part)
    if level >= 2:
        for i in range(1, len(word)):
            if not _attached(word[i]) and not _attached(word[i - 1], after=True):
                unhyphenated = any(_ideographic(c) or DICTIONARY_SCRIPTS.match(c) for c in word[i - 1:i + 1])
                points.setdefault(i, "" if unhyphenated else HYPHEN)
    return tuple(sorted(points.items()))


def _ideographic(char: str) -> bool:
    """Scripts written without spaces, broken between any two characters (CJK, kana)."""
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF
            or 0xFF00 <= code <= 0xFFEF)


def _attached(char: str, after: bool = False) -> bool:
    """Characters a break never separates from their neighbour: marks, joiners, closing punctuation."""
    if after:
        return char in "\u200d" or unicodedata.category(char) in ("Ps", "Pi")
    return unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf", "Pe", "Pf", "Po") or char in "\u3001\u3002\uff0c"


def fit_with_ellipsis(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    base = text.removesuffix(ELLIPSIS).rstrip()
    while base and text_width(base + ELLIPSIS, font, size) > width:
        base = base[:-1]
    return base.rstrip() + ELLIPSIS
