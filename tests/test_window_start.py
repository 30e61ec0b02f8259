"""The window's start made cheaper (issue 15) without changing what it does."""

import sys

import journeydesigner.app  # (installs the quick scan)
import journeydesigner.model  # noqa: F401 (a Qt-free module, asked below)


def test_the_quick_pyside_scan_answers_as_pysides_own():
    """PySide6 marks each module imported after it by whether its source names PySide6; the quick scan reads
    bytes instead of inspect.getsource's lines, and must mark every module the same."""
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quick", False), "journeydesigner.app installs the quick scan"
    import inspect

    def pysides_own(module):
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    modules = list(sys.modules.values())
    assert len(modules) > 100
    answers = {module.__name__: quick(module) for module in modules}
    assert answers == {module.__name__: pysides_own(module) for module in modules}
    assert answers["journeydesigner.app.qtstart"] is True
    assert answers["journeydesigner.model"] is False
