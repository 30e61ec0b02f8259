"""One place that finds bundled resources, whether run from a checkout, a wheel or a PyInstaller bundle."""

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        Path(getattr(sys, "_MEIPASS", here)) / "journeydesigner" / "resources",  # PyInstaller bundle
        here / "resources",  # installed wheel
        here.parent / "resources",  # source checkout / editable install
    ]
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("Journey Designer's resources folder is missing; reinstall the program.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def stylesheet() -> str:
    """The application stylesheet from ui/ (beside resources/ in a checkout, inside the package when installed)."""
    for folder in (resources_dir().parent / "ui", resources_dir().parent.parent / "ui"):
        path = folder / "journeydesigner.qss"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""
