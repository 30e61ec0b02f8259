"""Which language a piece of text is in, as far as its script tells, for documents that carry it per run
(PowerPoint spell-checks a run in the language it is tagged with: untagged German was checked as English).

The script decides where it is clear: Arabic letters are Arabic, kana Japanese, Hangul Korean. Latin letters say
nothing about the language, so Latin text (and text without letters) gets the document's language, which is the
language the program speaks, else the system's.
"""

import os
from bisect import bisect_right

from journeydesigner.i18n import ui_language

# (first code point, last code point, script) of the blocks whose script names a language; sorted.
_BLOCKS = (
    (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"), (0x0E00, 0x0E7F, "Thai"), (0x1100, 0x11FF, "Hangul"),
    (0x1F00, 0x1FFF, "Greek"), (0x3040, 0x30FF, "Kana"), (0x3130, 0x318F, "Hangul"), (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"), (0xAC00, 0xD7AF, "Hangul"), (0xF900, 0xFAFF, "Han"), (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"), (0xFF66, 0xFF9F, "Kana"),
)
_STARTS = [first for first, _, _ in _BLOCKS]
# The language a script stands for when the document's language is written in another script.
SCRIPT_LANGUAGE = {"Greek": "el-GR", "Cyrillic": "ru-RU", "Hebrew": "he-IL", "Arabic": "ar-SA",
                   "Devanagari": "hi-IN", "Thai": "th-TH", "Hangul": "ko-KR", "Kana": "ja-JP", "Han": "zh-CN"}
# Languages written in those scripts: a document in Ukrainian keeps uk-UA for Cyrillic text, one in Persian fa-IR.
_WRITTEN_IN = {"el": "Greek", "ru": "Cyrillic", "uk": "Cyrillic", "bg": "Cyrillic", "sr": "Cyrillic",
               "mk": "Cyrillic", "be": "Cyrillic", "kk": "Cyrillic", "he": "Hebrew", "yi": "Hebrew",
               "ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "ps": "Arabic", "hi": "Devanagari",
               "mr": "Devanagari", "ne": "Devanagari", "th": "Thai", "ko": "Hangul", "ja": "Kana", "zh": "Han"}


def document_language(env: dict[str, str] | None = None) -> str:
    """A BCP 47 tag ("de-DE") for the program's language, else the system's (LC_ALL, LC_MESSAGES, LANG), else
    en-US. Qt-free: the command line exports without an application."""
    name = ui_language()
    if not name:
        environ = os.environ if env is None else env
        name = next((environ[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(key)), "")
        name = name.split(".")[0].split("@")[0]
    if not name or name in ("C", "POSIX") or not name[:2].isalpha():
        return "en-US"
    return name.replace("_", "-")


def script_of(text: str) -> str | None:
    """The script most of the text's letters are in, when that names a language; None for Latin (or no
    letters), where the script alone does not tell the language. Han with any kana is Japanese."""
    if text.isascii():
        return None
    counts: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        i = bisect_right(_STARTS, code) - 1
        script = _BLOCKS[i][2] if i >= 0 and code <= _BLOCKS[i][1] else "Latin"
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    if counts.get("Han") and counts.get("Kana"):
        counts["Kana"] += counts.pop("Han")
    script = max(counts, key=lambda s: (counts[s], s != "Latin"))  # a tie goes to the script that names a language
    return None if script == "Latin" else script


def language_of(text: str, default: str) -> str:
    """The tag for a run of ``text`` in a document whose language is ``default``."""
    script = script_of(text)
    if script is None:
        return default
    written_in = _WRITTEN_IN.get(default.split("-")[0].lower())
    if written_in == script or (written_in == "Kana" and script == "Han"):
        return default  # zh-TW stays zh-TW for Chinese text, ja-JP for kanji
    return SCRIPT_LANGUAGE[script]
