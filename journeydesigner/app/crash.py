"""An unhandled exception in the window: log it, save a recovery copy, tell the user, keep running."""

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesigner.i18n import tr
from journeydesigner.projectfile.errors import one_line
from journeydesigner.userdirs import log_path

log = logging.getLogger("journeydesigner.crash")


def install_excepthook(autosave_all: Callable[[], int | None]) -> None:
    """``autosave_all`` writes a recovery copy of every project with unsaved work and returns how many."""
    showing = {"now": False}

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled exception\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        saved: int | None = 0
        try:
            saved = autosave_all()
        except Exception:
            log.exception("autosave after the error failed too")
        if showing["now"] or QApplication.instance() is None:
            return
        showing["now"] = True
        try:
            # Say only what is true: a recovery copy exists only when there was unsaved work and it was written.
            work = tr("Your unsaved work has been saved to a recovery copy, and you can go on working; saving under "
                      "a new name is the safest next step.") if saved or saved is None else \
                tr("You had no unsaved changes, so nothing was lost; you can go on working.")
            QMessageBox.critical(
                None, tr("Something went wrong"),
                tr("Journey Designer met an error it did not expect ({error}).\n\n{work}\n\nDetails are in the log: "
                   "{log}").format(error=one_line(f"{kind.__name__}: {error}", 200), work=work, log=log_path()))
        finally:
            showing["now"] = False

    sys.excepthook = hook
