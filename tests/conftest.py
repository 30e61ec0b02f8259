"""Shared set-up: Qt offscreen, a private data folder, and the ``gui`` marker on every test that uses qtbot."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _model_written_only_by_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import writeguard

    writeguard.install(monkeypatch)


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
def _collect_qt_garbage(request: pytest.FixtureRequest) -> None:
    """Free the test's garbage now, between tests, and fail a test that left live Qt objects to the collector.

    A Qt object whose C++ side Python owns, caught in a reference cycle (a scene and its items), is destroyed
    by the collector in whatever order the cycle is torn down: its C++ destructor then deletes children whose
    wrappers the same pass is clearing, which crashed CI. The collector here only gathers (DEBUG_SAVEALL),
    deletes such objects itself, scenes first, then lets the plain Python garbage go.
    """
    yield
    from tests.helpers.qtgarbage import collect_leaving_no_qt

    leaked = collect_leaving_no_qt()
    if leaked and os.environ.get("QTGARBAGE_REPORT"):
        with open(os.environ["QTGARBAGE_REPORT"], "a") as report:
            report.write(f"{request.node.nodeid}\t{leaked}\n")
    elif leaked and "allow_qt_garbage" not in request.keywords:
        pytest.fail("live Qt objects left to the cyclic collector (give them a parent or dispose of them): "
                    + ", ".join(leaked[:8]), pytrace=False)


@pytest.fixture
def make_scene():
    """Scenes a test builds on its own, disposed of at its end as the window disposes of its own."""
    from journeydesigner.canvas.scene import MapScene

    made: list[MapScene] = []

    def make(doc, map_id: str) -> MapScene:
        made.append(MapScene(doc, map_id))
        return made[-1]

    yield make
    for scene in made:
        scene.dispose()
