"""Where the program keeps its log and recovery copies, without importing Qt (the CLI stays light)."""

import os
import sys
from pathlib import Path

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
    """A rotating log in the data folder; returns its path, or None where the folder cannot be written."""
    import logging.handlers  # here: a command that logs nothing (validate, export) does not import logging

    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path  # already logging there
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
