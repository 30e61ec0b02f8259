"""An unhandled error: logged, autosaved, explained, and the program keeps running."""

import sys

from PySide6.QtWidgets import QMessageBox

from journeydesigner.app.crash import install_excepthook
from journeydesigner.userdirs import log_path, setup_logging


def test_unhandled_error_is_logged_autosaved_and_explained(qtbot, monkeypatch):
    shown, saved = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    setup_logging()
    install_excepthook(lambda: saved.append(True) or 1)
    try:
        raise ZeroDivisionError("a card with no width")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert saved == [True]
    [(_title, text)] = shown
    assert "ZeroDivisionError: a card with no width" in text and str(log_path()) in text
    assert "recovery copy" in text
    assert "a card with no width" in log_path().read_text(encoding="utf-8")


def test_the_message_is_true_when_there_was_nothing_to_save(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: 0)  # no window had unsaved work: no recovery copy was written
    try:
        raise ValueError("x" * 1_000_000)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    [text] = shown
    assert "recovery copy" not in text and "no unsaved changes" in text and len(text) < 1000
