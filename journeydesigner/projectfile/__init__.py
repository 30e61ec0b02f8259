"""The .journey container: read, validate, migrate, write atomically.

The reader and the writer are loaded on first use: they import pydantic, and `validate` answers for a sound file
with the container and the quick check alone (quick.py), which live in this package too."""

from typing import TYPE_CHECKING, Any

from journeydesigner.projectfile.errors import ProjectFileError

if TYPE_CHECKING:
    from journeydesigner.projectfile.reader import read_project, read_project_bytes
    from journeydesigner.projectfile.writer import project_bytes, write_project

__all__ = ["ProjectFileError", "project_bytes", "read_project", "read_project_bytes", "write_project"]
_LAZY = {"read_project": "reader", "read_project_bytes": "reader", "project_bytes": "writer", "write_project": "writer"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value
