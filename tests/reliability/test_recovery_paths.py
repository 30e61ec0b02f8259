"""Recovery notes and locks that stay right: absolute paths whatever the folder the program started from, one
window (the recovered one, in front) after Recover, and a reused pid recognised as somebody else."""

import json
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesigner.app import main as app_main
from journeydesigner.app.liveness import start_time
from journeydesigner.app.recovery import Autosaver, pending_recoveries, recovery_dir
from journeydesigner.app.sharing import held_by_other, lock_path
from journeydesigner.app.window import MainWindow
from journeydesigner.commands import EditFields, Target
from journeydesigner.document import Document
from journeydesigner.projectfile import write_project
from tests.helpers.factories import small_project


@pytest.fixture
def other_process():
    """A live process that is not us: its pid is real, its start time is its own."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait(10)


def _autosaved(qtbot, path) -> Autosaver:
    doc = Document(small_project(), path)
    saver = Autosaver(doc, delay_ms=10)
    doc.push(EditFields(doc, Target("meta"), {"title": "Workshop notes"}))
    saver.save_now(wait=True)
    return saver


def test_a_relative_path_is_recorded_absolute(qtbot, tmp_path, monkeypatch):
    (tmp_path / "clients").mkdir()
    path = tmp_path / "clients" / "acme.journey"
    write_project(small_project(), path)
    monkeypatch.chdir(tmp_path / "clients")
    saver = _autosaved(qtbot, type(path)("acme.journey"))  # as given on the command line
    note = json.loads(saver.copy_path.with_suffix(".json").read_text())
    assert note["original"] == str(path.resolve())
    saver.stop()
    monkeypatch.chdir(tmp_path)  # the next start runs from somewhere else
    monkeypatch.setattr("journeydesigner.app.recovery.is_alive", lambda pid, started: False)
    [item] = pending_recoveries()
    assert item.original == path.resolve() and "the file is gone" not in item.describe()


def test_a_reused_pid_does_not_hide_a_recovery_copy(qtbot, tmp_path, other_process):
    saver = _autosaved(qtbot, None)
    note_path = saver.copy_path.with_suffix(".json")
    note = json.loads(note_path.read_text())
    assert note["started"] == pytest.approx(start_time(os.getpid()))
    saver.stop()
    note.update(pid=other_process.pid, started=start_time(other_process.pid))
    note_path.write_text(json.dumps(note))
    assert pending_recoveries() == []  # that program runs: its work is not lost, and not ours to take
    note["started"] -= 3600  # the same pid, but a process that started an hour earlier: that one is gone
    note_path.write_text(json.dumps(note))
    assert [item.title for item in pending_recoveries()] == ["Workshop notes"]


def test_a_lock_held_by_a_reused_pid_is_stale(tmp_path, other_process):
    import socket

    path = tmp_path / "shared.journey"
    write_project(small_project(), path)
    lock = {"user": "kim", "host": socket.gethostname(), "pid": other_process.pid, "since": time.time() - 2 * 86400,
            "started": start_time(other_process.pid)}
    lock_path(path).write_text(json.dumps(lock))
    assert held_by_other(path) is not None  # the process that took the lock still runs
    lock["started"] -= 86400
    lock_path(path).write_text(json.dumps(lock))
    assert held_by_other(path) is None  # its pid now names another process: the lock is stale


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform has no window stacking
def test_recover_opens_one_window_in_front_and_says_where_the_original_is(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "acme.journey"
    write_project(small_project(), path)
    monkeypatch.chdir(tmp_path)
    _autosaved(qtbot, path).stop()
    monkeypatch.setattr("journeydesigner.app.recovery.is_alive", lambda pid, started: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0])  # "Recover"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(app_main, "collect_garbage_between_events", lambda app: None)
    monkeypatch.setattr(app_main, "install_excepthook", lambda autosave: None)
    monkeypatch.setattr(app_main, "start_screen_due", lambda *a: False)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    assert app_main.run_app(type(path)("acme.journey")) == 0  # relative, as typed in a terminal
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in before]
    try:
        [window] = windows  # not a second one on the stale disk version
        assert window.doc.recovered and window.doc.path == path.resolve()
        assert window.doc.project.meta.title == "Workshop notes"
        assert str(path.resolve()) in window.statusBar().currentMessage()
        qtbot.waitUntil(window.isActiveWindow)
    finally:
        for window in windows:
            window.doc.recovered = False
            window.doc.undo_stack.setClean()
            window.close()
            window.deleteLater()
    assert not list(recovery_dir().glob("*.journey"))
