"""Offline and private by construction: no network connection, nothing executed from a project file."""

import socket
import sys

import pytest

from journeydesigner.export.run import export
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.gui import open_window


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in Journey Designer")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_editing_saving_and_exporting_never_open_a_socket(qtbot, monkeypatch, tmp_path, no_network):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    window.view.fit_map()
    window.doc.save(tmp_path / "copy.journey")
    for name in ("out.pdf", "out.png", "out.svg"):
        export(window.doc.project, tmp_path / name, ExportOptions(png_scale=0.5))
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_a_project_file_cannot_run_code(tmp_path):
    """project.json is data: a field that looks like code is kept as text, never evaluated or unpickled."""
    from journeydesigner.projectfile import project_bytes, read_project_bytes
    from tests.helpers.factories import small_project

    project = small_project()
    project.meta.notes = "__import__('os').system('touch /tmp/pwned')"
    again = read_project_bytes(project_bytes(project))
    assert again.meta.notes == project.meta.notes
    import pathlib

    assert not pathlib.Path("/tmp/pwned").exists()
