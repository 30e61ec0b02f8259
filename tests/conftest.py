"""Shared set-up: Qt offscreen, a private data folder, and the ``gui`` marker on every test that uses qtbot."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEYDESIGNER_DATA_DIR", str(tmp_path_factory.mktemp("data")))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_at_exit():
    """Qt's offscreen platform segfaults at exit while the clipboard holds mime data (xcb does not)."""
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()


@pytest.fixture(autouse=True)
def _collect_qt_garbage():
    """Free the test's Qt objects now, between tests, not whenever the cyclic collector next runs inside Qt."""
    yield
    import gc

    gc.collect()
