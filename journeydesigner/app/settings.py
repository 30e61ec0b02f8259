"""Persistent settings in an INI file in the user's data folder; damaged values fall back to defaults."""

from pathlib import Path

from PySide6.QtCore import QSettings

from journeydesigner.userdirs import settings_path

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]


def add_recent_file(path: Path) -> None:
    path = path.resolve()
    files = [p for p in recent_files() if p != path]
    settings().setValue("recent_files", [str(p) for p in [path, *files][:MAX_RECENT]])


def clear_recent_files() -> None:
    settings().setValue("recent_files", [])


def int_setting(key: str, default: int) -> int:
    """A number from settings; anything a damaged or older settings file holds falls back to the default."""
    value = settings().value(key, default)
    try:
        return int(value) if isinstance(value, int | float | str) else default
    except ValueError:
        return default


def bool_setting(key: str, default: bool) -> bool:
    value = settings().value(key, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in {"true", "false", "1", "0"}:
        return value.lower() in {"true", "1"}
    return default
