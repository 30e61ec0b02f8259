"""Every user-visible string goes through ``tr``, so a translation is a file in resources/translations, not code.

The model and the layout must not import Qt, but their words (lane kinds, PDF section titles) are
user-visible too: ``tr`` is plain Python and only hands over to Qt's translators once ``install`` ran.
``pyside6-lupdate`` finds every ``tr("…")`` call (see packaging/update-translations.py); they share the
empty context, which is what lupdate gives a module-level ``tr``.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CONTEXT = ""  # what lupdate records for a module-level tr(); the runtime lookup must match it

_translate: Callable[[str, str, str | None, int], str] | None = None
_installed: list[object] = []  # the QTranslator must outlive install()
_ui_language: list[str] = []


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


def translation_available(language: str | None = None) -> bool:
    """Whether resources/translations has a file for ``language`` (default: the system's); needs no application."""
    if not any(translations_dir().glob("journeydesigner_*.qm")):
        return False  # no Qt import for nothing: the command line stays quick
    from PySide6.QtCore import QTranslator

    return _load(QTranslator(), language)


def _load(translator: "QTranslator", language: str | None) -> bool:
    """Load the file for ``language``, or for the default locale (the system's, unless a test set another)."""
    from PySide6.QtCore import QLocale

    locale = QLocale(language) if language else QLocale()
    return translator.load(locale, "journeydesigner", "_", str(translations_dir()))


def install(language: str | None = None) -> str | None:
    """Route ``tr`` through Qt and load the translation for ``language`` (default: the system's UI languages).

    Returns the file loaded, or None when the program runs in its source language. Needs a QCoreApplication.
    """
    global _translate
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    _translate = QCoreApplication.translate
    # QLocale knows the language on every system; the environment, which the layout could read without Qt,
    # says nothing on Windows.
    _ui_language[:] = [(QLocale(language) if language else QLocale()).name()]
    _words_changed()
    translator = QTranslator()
    if _load(translator, language):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return translator.filePath()
    return None


def ui_language() -> str | None:
    """The locale the program speaks ("de_DE") once ``install`` ran, else None: long words on the map are
    hyphenated by its rules."""
    return _ui_language[0] if _ui_language else None


def uninstall() -> None:
    """Back to the source language (tests, and a language switch before a new install)."""
    global _translate
    from PySide6.QtCore import QCoreApplication

    for translator in _installed:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
    _installed.clear()
    _translate = None
    _ui_language.clear()
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
