"""Files on shared folders: a lock file says who has a project open; a change on disk is noticed.

The lock follows the office-suite convention (``.~lock.NAME#`` beside the file) so colleagues see at a
glance who is working on a project. A lock whose program is gone (same machine, dead process) or that is
a week old is stale and is taken over silently.
"""

import contextlib
import getpass
import hashlib
import json
import os
import threading
import time
from pathlib import Path

from msgspec import Struct
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from journeydesigner.app.liveness import is_alive, is_this_process, this_process

STALE_AFTER_S = 7 * 24 * 3600


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


class LockInfo(Struct, frozen=True):
    user: str
    host: str
    pid: int
    since: float
    started: float | None = None  # the locking process's start time: a reused pid is someone else

    def describe(self) -> str:
        when = time.strftime("%d %b %Y, %H:%M", time.localtime(self.since))
        return f"{self.user} on {self.host}, since {when}"

    def is_mine(self) -> bool:
        return self.host == _host() and is_this_process(self.pid, self.started)

    def is_stale(self) -> bool:
        if time.time() - self.since > STALE_AFTER_S:
            return True
        if self.host != _host():
            return False  # another machine: we cannot tell, so we believe it
        return not is_alive(self.pid, self.started)


def _host() -> str:
    import socket  # (here: 5 ms of the window's start, for the first lock, issue 15)

    return socket.gethostname()  # the machine's name; no network is used


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getpass raises different errors on different systems when it cannot tell
        return "someone"


def read_lock(path: Path) -> LockInfo | None:
    """The lock on ``path``, or None; a damaged lock file counts as no lock."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        started = data.get("started")
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), float(data["since"]),
                        float(started) if started is not None else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def held_by_other(path: Path) -> LockInfo | None:
    info = read_lock(path)
    return info if info is not None and not info.is_mine() and not info.is_stale() else None


def take_lock(path: Path) -> bool:
    """Write our lock beside ``path``; False where the folder is read-only (the file can still be opened).

    Written beside and renamed into place, so whoever reads it (another window, another program, a colleague's
    copy) finds it whole or not at all: written in place, it was an empty file for a moment, which reads as no
    lock (a test saw it, reading the lock the moment it appeared)."""
    info = {"user": _user(), "host": _host(), **this_process(), "since": time.time(), "app": "Journey Designer"}
    lock = lock_path(path)
    aside = lock.with_name(f"{lock.name}{os.getpid()}.tmp")
    try:
        aside.write_text(json.dumps(info), encoding="utf-8")
        os.replace(aside, lock)
    except OSError:
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    return True


def take_lock_aside(path: Path) -> threading.Thread:
    """``take_lock`` on a thread of its own, for the window's first document: the first lock imports psutil and
    socket (≈25 ms), which on the GUI thread froze the window just after it appeared (issue 15). Join it before
    releasing the lock."""
    thread = threading.Thread(target=take_lock, args=(path,), name="lock", daemon=True)
    thread.start()
    return thread


def release_lock(path: Path) -> None:
    info = read_lock(path)
    if info is not None and info.is_mine():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


def fingerprint(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class ChangeWatcher(QObject):
    """Tells when the file changes on disk through someone else (a sync client, a colleague)."""

    changedOnDisk = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.known: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self, singleShot=True, interval=300)  # sync clients write in several steps
        self._settle.timeout.connect(self.check)

    def watch(self, path: Path | None) -> None:
        self._settle.stop()
        for watched in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(watched)
        self.path = path
        self.known = fingerprint(path) if path else None
        if path is not None and path.exists():
            self._watcher.addPath(str(path))
            self._watcher.addPath(str(path.parent))  # an atomic save replaces the file: watch its folder too

    def saved(self) -> None:
        """Our own save: the new content is the known one."""
        self.watch(self.path)

    def _poke(self, _path: str) -> None:
        self._settle.start()

    def check(self) -> bool:
        if self.path is None:
            return False
        current = fingerprint(self.path)
        if current is None or current == self.known:
            return False
        self.known = current
        if str(self.path) not in self._watcher.files() and self.path.exists():
            self._watcher.addPath(str(self.path))
        self.changedOnDisk.emit()
        return True
