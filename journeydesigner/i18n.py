"""Every user-visible string goes through ``tr``, so a translation is a file in resources/translations, not code.

The model and the layout must not import Qt, but their words (lane kinds, PDF section titles) are
user-visible too: ``tr`` is plain Python and only hands over to Qt's translators once ``install`` ran.
``pyside6-lupdate`` finds every ``tr("…")`` call (see packaging/update-translations.py); they share the
empty context, which is what lupdate gives a module-level ``tr``.
"""

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesigner.userdirs import settings_path

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import QLocale, QTranslator

CONTEXT = ""  # what lupdate records for a module-level tr(); the runtime lookup must match it
LANGUAGE_SETTING = "ui/language"
# What Preferences offers besides following the system; each named in itself, as a reader of it looks for it.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}

_translate: Callable[[str, str, str | None, int], str] | None = None
_installed: list["QTranslator"] = []  # the QTranslator must outlive install()
_started_in: str | None = None  # the Preferences choice install() followed ("" for the system's language)
_ui_language: list[str] = []
_text_language: list[str] = []  # the loaded file's language ("de_DE")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``text``; with ``n``, '%n' in it becomes the number and plural forms apply."""
    if _translate is None:
        found = text.replace("%n", str(n)) if n >= 0 else text
    else:
        found = _translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and "(s)" in found:  # untranslated: English is the source language, so apply its plural rule
        found = found.replace("(s)", "" if n == 1 else "s")
    return found


def translations_dir() -> Path:
    from journeydesigner.resources import resource_path

    return resource_path("translations")


def chosen_language() -> str | None:
    """The language picked in Preferences, or None to follow the system (also for a value from a newer version)."""
    from PySide6.QtCore import QSettings

    value = QSettings(str(settings_path()), QSettings.Format.IniFormat).value(LANGUAGE_SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def started_in() -> str:
    """The language choice the running program follows: Preferences shows that a new one waits for a restart."""
    return _started_in if _started_in is not None else (chosen_language() or "")


def translation_available(language: str | None = None) -> bool:
    """Whether resources/translations has a file for ``language`` (default: the chosen or the system's one);
    needs no application."""
    wanted = _requested_languages(language)
    if wanted is not None:
        return _shipped_file(wanted) is not None  # no Qt import for nothing: the command line stays quick
    from PySide6.QtCore import QTranslator

    return _load(QTranslator(), language or chosen_language())


def _requested_languages(language: str | None) -> list[str] | None:
    """The languages asked for, most wanted first, found without Qt (whose import costs a command 0.15-0.2 s):
    ``language``, else the one chosen in Preferences, else the environment's as Qt reads it on Unix (LANGUAGE, a
    list, then the first of LC_ALL, LC_MESSAGES, LANG). None where only Qt can tell: Windows and macOS keep the
    user's languages outside the environment, and a settings file that is not plain INI."""
    if language:
        return [language]
    chosen = _chosen_language_quick()
    if chosen != []:
        return chosen
    if sys.platform.startswith(("win", "darwin", "cygwin")):
        return None
    locale = next((os.environ[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(key)), "")
    return [name for name in (*os.environ.get("LANGUAGE", "").split(":"), locale) if name]


def _shipped_file(wanted: list[str]) -> tuple[Path, str] | None:
    """The translation file for the first of ``wanted`` that has one ("de_AT.UTF-8" takes journeydesigner_de),
    and that language's locale name."""
    folder = translations_dir()
    for name in wanted:
        name = name.split(".")[0].split("@")[0].replace("-", "_")
        if name in ("C", "POSIX"):
            return None  # Qt's untranslated "C" locale ends the list
        parts = name.split("_")
        for end in range(len(parts), 0, -1):
            path = folder / f"journeydesigner_{'_'.join(parts[:end])}.qm"
            if path.exists():
                return path, name
    return None


def _chosen_language_quick() -> list[str] | None:
    """The Preferences choice read from the settings file without Qt: [] for none, None where the file cannot be
    read as plain INI (then Qt reads it)."""
    path = settings_path()
    if not path.exists():
        return []
    import configparser  # only here: 2 ms of `validate`'s quick answer (issue 15), where no settings file is read

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    section, _, key = LANGUAGE_SETTING.partition("/")
    value = parser.get(section, key, fallback="").strip('"')
    return [value] if value in LANGUAGES else []


def _locale(language: str | None) -> "QLocale":
    from PySide6.QtCore import QLocale

    return QLocale(language) if language else QLocale()  # the system's, unless a test set another default


def _load(translator: "QTranslator", language: str | None) -> bool:
    """Load the file for ``language``, or for the default locale's UI languages."""
    return translator.load(_locale(language), "journeydesigner", "_", str(translations_dir()))


def install(language: str | None = None, application: bool = True) -> str | None:
    """Route ``tr`` through Qt and load the translation for ``language`` (default: the one chosen in
    Preferences, else the system's UI languages), with Qt's own words (OK, Cancel) in the same language.

    Returns the file loaded, or None when the program runs in its source language. Needs a QCoreApplication,
    unless ``application`` is False (the command line, which shows none of Qt's words): there making an
    application only to load the file made a German command 0.3-0.9 s slower than an English one, so the file is
    read without Qt where the environment names the language (see qmfile.py).
    """
    global _translate, _started_in
    if not application and (wanted := _requested_languages(language)) is not None:
        return _install_plain(wanted)
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    _translate = QCoreApplication.translate if application else None
    language = language or chosen_language()
    _started_in = language or ""
    # QLocale knows the language on every system; the environment, which the layout could read without Qt,
    # says nothing on Windows.
    _ui_language[:] = [_locale(language).name()]
    _words_changed()
    translator = QTranslator()
    if not _load(translator, language):
        return None
    _text_language[:] = [translator.language()]
    if not application:
        _use(translator.translate)
        return translator.filePath()
    qt_words = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(_locale(language), "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt_words)
        _installed.append(qt_words)
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _translate_argparse()
    return translator.filePath()


def _install_plain(wanted: list[str]) -> str | None:
    """The command line's translation, read without Qt."""
    from journeydesigner.qmfile import QmFile

    found = _shipped_file(wanted)
    if found is None:
        return None
    path, name = found
    qm = QmFile(path)
    _ui_language[:] = [name if "_" in name else qm.language or name]  # "de_DE" for hyphenation
    _text_language[:] = [qm.language]
    _words_changed()
    _use(qm.translate)
    return str(path)


def _use(lookup: Callable[[str, str, str | None, int], str | None]) -> None:
    """``tr`` asks ``lookup`` as QCoreApplication.translate asks its translators: the source text where there is
    no translation, %n filled in."""
    global _translate

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = lookup(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    _translate = translate
    _translate_argparse()


def _translate_argparse() -> None:
    import argparse

    argparse._ = tr  # type: ignore[attr-defined]  # its own words (usage:, options, errors) in the same language


def text_language() -> str:
    """The language tr() answers in, as a BCP 47 tag ("de-DE"; "en" without a translation): documents that
    carry their language (HTML's lang) state the words' language, not the system's."""
    return (_text_language[0] or "en").replace("_", "-") if _text_language else "en"


def ui_language() -> str | None:
    """The locale the program speaks ("de_DE") once ``install`` ran, else None: long words on the map are
    hyphenated by its rules."""
    return _ui_language[0] if _ui_language else None


def uninstall() -> None:
    """Back to the source language (tests, and a language switch before a new install)."""
    global _translate, _started_in
    from PySide6.QtCore import QCoreApplication

    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _text_language.clear()
    _translate = None
    _started_in = None
    _ui_language.clear()
    import argparse
    import gettext

    argparse._ = gettext.gettext  # type: ignore[attr-defined]  # argparse's own gettext alias, not in its stubs
    _words_changed()


_on_words_changed: list[Callable[[], None]] = []


def on_words_changed(callback: Callable[[], None]) -> None:
    """Call ``callback`` after the language changes: whoever keeps translated words (the layout's memoised
    card looks) forgets them. The hook keeps this module below the layout instead of reaching up into it."""
    _on_words_changed.append(callback)


def _words_changed() -> None:
    for callback in _on_words_changed:
        callback()


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation where it is defined (a table of names); ``tr`` it where it is shown."""
    return text


MONTHS = (QT_TR_NOOP("January"), QT_TR_NOOP("February"), QT_TR_NOOP("March"), QT_TR_NOOP("April"), QT_TR_NOOP("May"),
          QT_TR_NOOP("June"), QT_TR_NOOP("July"), QT_TR_NOOP("August"), QT_TR_NOOP("September"),
          QT_TR_NOOP("October"), QT_TR_NOOP("November"), QT_TR_NOOP("December"))


# The decimal mark and the thousands separator of the languages that ship (English: "." and ",").
_SEPARATORS = {"de": (",", "."), "fr": (",", "\u202f"), "es": (",", ".")}


def number(value: float, digits: int = 0) -> str:
    """A number as the reader's language writes it in a sentence: 6,2 pt and 12.000 Pixel in German."""
    decimal, thousands = _SEPARATORS.get(text_language().split("-")[0], (".", ","))
    return f"{value:,.{digits}f}".replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def long_date(day: "date") -> str:
    """A date as the reader's language writes it (25 March 2026, 25. März 2026, 25 de marzo de 2026). The PDF
    is made without Qt's locale (and strftime's follows the process, not the chosen language): words, not code."""
    return tr("{day} {month} {year}").format(day=day.day, month=tr(MONTHS[day.month - 1]), year=day.year)


# argparse's words, which it looks up through its module's ``_`` (install() points that to tr): listed so that
# lupdate extracts them and the command line's help and errors read in one language.
ARGPARSE_WORDS = (
    QT_TR_NOOP("usage: "), QT_TR_NOOP("positional arguments"), QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"), QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
    QT_TR_NOOP("unrecognized arguments: %s"), QT_TR_NOOP("the following arguments are required: %s"),
    QT_TR_NOOP("expected one argument"), QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"), QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("%(prog)s: error: %(message)s\n"), QT_TR_NOOP("one of the arguments %s is required"),
    QT_TR_NOOP("not allowed with argument %s"), QT_TR_NOOP("can't open '%(filename)s': %(error)s"),
)
