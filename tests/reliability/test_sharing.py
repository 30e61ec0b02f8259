"""Shared folders: who has a file open, stale locks, read-only opening, changes made on disk by others."""

import json
import os
import time

from PySide6.QtWidgets import QMessageBox

from journeydesigner.app.sharing import LockInfo, held_by_other, lock_path, read_lock
from journeydesigner.projectfile import write_project
from tests.helpers.factories import small_project
from tests.helpers.gui import open_window


def saved_file(tmp_path):
    path = tmp_path / "shared.journey"
    write_project(small_project(), path)
    return path


def someone_elses_lock(path, since=None, host="laptop-of-kim", pid=4242):
    lock_path(path).write_text(json.dumps({"user": "kim", "host": host, "pid": pid, "since": since or time.time()}))


def choose(monkeypatch, label: str) -> list[str]:
    asked = []

    def exec_(box):
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text().replace("&", "") == label))
    return asked


def test_opening_takes_a_lock_and_closing_releases_it(qtbot, monkeypatch, tmp_path):
    path = saved_file(tmp_path)
    window = open_window(qtbot, monkeypatch, small_project())
    assert window.open_path(path)
    info = read_lock(path)
    assert info is not None and info.is_mine() and info.pid == os.getpid()
    window.close()
    assert not lock_path(path).exists()


def test_the_file_a_window_starts_on_is_locked_once_the_window_is_drawn(qtbot, monkeypatch, tmp_path):
    """The lock asks psutil for this process's start time (≈20 ms to import): the window's first document
    is locked just after its first paint, on a thread of its own, and released on close as any other."""
    import threading

    from journeydesigner.app import sharing
    from journeydesigner.app.window import FIRST_LOCK_AFTER_MS, MainWindow
    from journeydesigner.document import Document

    taken_on: list[str] = []
    original = sharing.take_lock
    monkeypatch.setattr(sharing, "take_lock", lambda p: taken_on.append(threading.current_thread().name) or original(p))
    path = saved_file(tmp_path)
    window = MainWindow(Document.open(path))
    qtbot.addWidget(window)
    assert not lock_path(path).exists()
    window.show()
    qtbot.waitUntil(lambda: lock_path(path).exists(), timeout=FIRST_LOCK_AFTER_MS + 2000)
    assert read_lock(path).is_mine()
    assert taken_on == ["lock"]  # off the GUI thread: its imports froze the window just after it appeared
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not lock_path(path).exists()
    again = MainWindow(Document.open(path))  # closed before its lock was due: none is left behind
    qtbot.addWidget(again)
    again.show()
    again.close()
    qtbot.wait(FIRST_LOCK_AFTER_MS + 200)
    assert not lock_path(path).exists()


def test_a_window_closed_and_deleted_before_its_first_lock_is_not_called_for_it(qtbot, monkeypatch, tmp_path):
    """The first document's lock waits FIRST_LOCK_AFTER_MS for the first paint; a window gone by then (closed
    at once, or a start that changed its mind) must not be called: its C++ object is deleted, and the call raised
    in the event loop (found when test_start_screen.py ran before this file)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from journeydesigner.app.window import FIRST_LOCK_AFTER_MS, MainWindow
    from journeydesigner.document import Document

    path = saved_file(tmp_path)
    window = MainWindow(Document.open(path))
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(FIRST_LOCK_AFTER_MS + 200)  # pytest-qt fails the test on an exception in the event loop
    assert not lock_path(path).exists()


def test_a_file_someone_else_has_open_can_be_opened_read_only(qtbot, monkeypatch, tmp_path):
    path = saved_file(tmp_path)
    someone_elses_lock(path)
    window = open_window(qtbot, monkeypatch, small_project())
    asked = choose(monkeypatch, "Open Read-Only")
    assert window.open_path(path)
    assert "kim on laptop-of-kim" in asked[0]
    assert window.doc.read_only and "(read-only)" in window.windowTitle()
    assert read_lock(path).user == "kim"  # their lock is left alone
    saved_as = []
    monkeypatch.setattr(window.file_actions, "save_as", lambda: saved_as.append(True) or False)
    window.save()
    assert saved_as == [True]  # saving a read-only copy asks for a new name


def test_stale_locks_are_taken_over(tmp_path):
    path = saved_file(tmp_path)
    someone_elses_lock(path, since=time.time() - 8 * 24 * 3600)
    assert held_by_other(path) is None
    import socket

    someone_elses_lock(path, host=socket.gethostname(), pid=999_999)  # this machine, a process long gone
    assert held_by_other(path) is None
    lock_path(path).write_text("{ not json")
    assert read_lock(path) is None and held_by_other(path) is None


def test_cancel_leaves_the_current_project_open(qtbot, monkeypatch, tmp_path):
    path = saved_file(tmp_path)
    someone_elses_lock(path)
    window = open_window(qtbot, monkeypatch, small_project())
    choose(monkeypatch, "Cancel")
    assert not window.open_path(path)
    assert window.doc.path is None


def test_a_change_on_disk_is_noticed_and_can_be_reloaded(qtbot, monkeypatch, tmp_path):
    path = saved_file(tmp_path)
    window = open_window(qtbot, monkeypatch, small_project())
    window.open_path(path)
    other = small_project()
    other.meta.title = "Changed by a colleague"
    asked = choose(monkeypatch, "Reload")
    write_project(other, path)  # as a sync client would: a new file renamed over the old one
    qtbot.waitUntil(lambda: window.doc.project.meta.title == "Changed by a colleague", timeout=5000)
    assert "changed on disk" in asked[0]


def test_our_own_save_is_not_a_change_by_someone_else(qtbot, monkeypatch, tmp_path):
    path = saved_file(tmp_path)
    window = open_window(qtbot, monkeypatch, small_project())
    window.open_path(path)
    asked = choose(monkeypatch, "Keep Mine")
    assert window.save()
    qtbot.wait(600)
    assert asked == [] and not window.watcher.check()


def test_lock_info_reads_well():
    info = LockInfo("kim", "laptop", 1, time.mktime((2026, 11, 2, 9, 5, 0, 0, 0, -1)))
    assert info.describe() == "kim on laptop, since 02 Nov 2026, 09:05"


def test_a_closed_window_stops_watching_its_file(qtbot, monkeypatch, tmp_path):
    """A change on disk after the window closed once raised the 'changed on disk' question into whatever ran next."""
    path = tmp_path / "shared.journey"
    write_project(small_project(), path)
    window = open_window(qtbot, monkeypatch, small_project())
    window.open_path(path)
    assert window.watcher.path == path
    window.close()
    assert window.watcher.path is None and window.watcher._watcher.files() == []


def test_a_lock_is_read_whole_or_not_at_all(monkeypatch, tmp_path):
    """The lock is written beside and renamed into place: a write that fails half-way (a full disk after the file
    was opened) leaves the lock that was there whole and no temporary beside it. Written in place, the lock was an
    empty file for a moment, and after such a failure for good: no lock, to whoever read it."""
    from pathlib import Path

    from journeydesigner.app import sharing

    path = saved_file(tmp_path)
    assert sharing.take_lock(path) and read_lock(path).is_mine()
    before = lock_path(path).read_bytes()

    def disk_full(self, *args, **kwargs):
        self.write_bytes(b"")  # opened and emptied, then the write fails
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full)
    assert not sharing.take_lock(path)
    assert lock_path(path).read_bytes() == before and read_lock(path).is_mine()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, lock_path(path).name])
