"""Where the program keeps its log and recovery copies, without importing Qt (the CLI stays light)."""

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

APP_NAME = "JourneyDesigner"


def data_dir() -> Path:
    if override := os.environ.get("JOURNEYDESIGNER_DATA_DIR"):
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_NAME
    return base


def settings_path() -> Path:
    """The preferences file (an INI file Qt's QSettings reads and writes)."""
    return data_dir() / "settings.ini"


def log_path() -> Path:
    return data_dir() / "journeydesigner.log"


def setup_logging() -> Path | None:
    """A rotating log in the data folder; returns its path, or None where the folder cannot be written. The file
    opens at the first record: most sessions log nothing, and ``logging.handlers`` (with socket and pickle) took
    8 ms of the window's start (issue 15)."""
    import logging  # here: a command that logs nothing (validate, export) does not import logging

    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path  # already logging there
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()  # (as the rotating log's opening would): a folder we cannot write says so now
    except OSError:
        return None
    root.addHandler(_log_on_first_record(path))
    root.setLevel(logging.INFO)
    return path


def _log_on_first_record(path: Path) -> "logging.Handler":
    import logging

    class FirstRecordOpens(logging.Handler):
        """Stands for the rotating log until a record comes, then hands every record to it."""

        baseFilename = str(path)  # (as the rotating log's: setup_logging asks)

        def __init__(self) -> None:
            super().__init__()
            self.log: logging.Handler | None = None

        def emit(self, record: logging.LogRecord) -> None:
            if self.log is None:
                import logging.handlers

                try:
                    self.log = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                                    encoding="utf-8")
                except OSError:  # the folder went away since: nothing to write to, as setup_logging's None
                    self.log = logging.NullHandler()
                self.log.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            self.log.handle(record)

        def close(self) -> None:
            if self.log is not None:
                self.log.close()
            super().close()

    return FirstRecordOpens()
