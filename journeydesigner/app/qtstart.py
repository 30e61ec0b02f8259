"""What PySide6 does on every import after its own, made cheap before the window's modules load (issue 15)."""

import sys
from collections.abc import Callable
from types import ModuleType

# Packages whose sources never name PySide6, beside the standard library (a test reads every file of each to
# keep this true). Their modules are answered by name: ≈85 of the ≈230 modules the window's start scans are the
# standard library's, each an open, a read and a close of its source.
WITHOUT_PYSIDE = frozenset({"pydantic", "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection",
                            "msgspec", "reportlab", "psutil", "pyphen"})


def quicken_pyside_import_scan() -> None:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6" (for its
    ``__feature__`` switches), through ``inspect.getsource``: linecache, encoding detection and a list of lines,
    ≈0.2 ms a module, ≈40 ms for the ≈200 modules of the window's start. The same question is answered here by
    one read of the file's bytes: a .py source is UTF-8 or ASCII-compatible, so the bytes hold "PySide6" exactly
    when the text does; a module of the standard library or of WITHOUT_PYSIDE without reading. Any other module
    (built in, compiled, in a zip) is asked PySide6's own way. Without PySide6's helper module (another version)
    nothing changes."""
    import PySide6.QtCore  # noqa: F401 (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return
    feature._mod_uses_pyside = _quick_scan(original)  # type: ignore[attr-defined]


def _quick_scan(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        package = str(getattr(module, "__name__", "")).partition(".")[0]
        if package in sys.stdlib_module_names or package in WITHOUT_PYSIDE:
            return False
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    return uses_pyside
