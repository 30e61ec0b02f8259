"""Autosave and crash recovery: every change reaches a recovery copy within about a second.

A recovery copy is a complete .journey file in the user's data folder, plus a small JSON note saying
which file it belongs to and when. Saving or discarding the project removes both; whatever is still
there when the program starts again was left by a crash, a kill or a power cut, and is offered back.
"""

import json
import logging
import os
import queue
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

from msgspec import Struct
from PySide6.QtCore import QObject, QTimer

from journeydesigner.app.liveness import is_alive, is_this_process, this_process
from journeydesigner.document import Document
from journeydesigner.i18n import long_date, tr
from journeydesigner.projectfile import ProjectFileError, read_project
from journeydesigner.projectfile.atomic import clean_leftovers
from journeydesigner.projectfile.snapshot import Snapshot, SnapshotMaker
from journeydesigner.projectfile.writer import write_bytes_atomically
from journeydesigner.userdirs import data_dir

log = logging.getLogger(__name__)
DEFAULT_DELAY_MS = 800
# Between two warming steps of 2 ms: a step every turn of the loop (0 ms) put 2 ms into the frame of each edit
# and mouse move made while a large project had just opened; at 10 ms 20,000 cards are warm in about a second.
WARM_EVERY_MS = 10
# After an edit, warming waits this long before its next step: edits made one after another (a drag and drop,
# undo pressed a few times, typing) keep their frames to themselves. At 20,000 cards a step had landed in most
# edits of bench_edit.py, which edits as soon as the map opens.
WARM_QUIET_MS = 400


def recovery_dir() -> Path:
    return data_dir() / "recovery"


class Recoverable(Struct, frozen=True):
    """A recovery copy left behind: what it is, where it came from, when it was written."""

    copy: Path
    original: Path | None
    title: str
    saved_at: float

    def describe(self) -> str:
        """Title, file, when the file was last saved and when the newer work was autosaved."""
        def at(seconds: float) -> str:
            moment = datetime.fromtimestamp(seconds)
            return f"{long_date(moment.date())}, {moment:%H:%M:%S}"

        if self.original is None:
            where = tr("never saved")
        elif self.original.exists():
            where = tr("{file}, last saved {when}").format(file=self.original, when=at(self.original.stat().st_mtime))
        else:
            where = tr("{file} (the file is gone)").format(file=self.original)
        return tr("{title} — {where} — unsaved work autosaved {when}").format(
            title=self.title, where=where, when=at(self.saved_at))

    def discard(self) -> None:
        for path in (self.copy, self.copy.with_suffix(".json")):
            path.unlink(missing_ok=True)


def pending_recoveries() -> list[Recoverable]:
    """Recovery copies whose program is gone (another running instance's copies are left alone)."""
    found = []
    for note in sorted(recovery_dir().glob("*.json")):
        try:
            info = json.loads(note.read_text(encoding="utf-8"))
            pid, started = int(info.get("pid", 0)), info.get("started")
            started = float(started) if started is not None else None
            if is_alive(pid, started) and not is_this_process(pid, started):
                continue  # another running instance's work: it is not lost
            copy = note.with_suffix(".journey")
            clean_leftovers(copy)  # a copy being written when the program was killed
            clean_leftovers(note)
            if not copy.exists():
                note.unlink(missing_ok=True)
                continue
            original = Path(info["original"]) if info.get("original") else None
            found.append(Recoverable(copy, original, str(info.get("title", "Untitled")), float(info["saved_at"])))
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("ignoring a damaged recovery note %s", note)
    return found


def recover(item: Recoverable) -> Document:
    """Open a recovery copy as an unsaved document that belongs to its original file."""
    project = read_project(item.copy)
    doc = Document(project, item.original)
    doc.recovered = True
    return doc


class Autosaver(QObject):
    """Writes a recovery copy shortly after each change; the file writing happens off the GUI thread."""

    def __init__(self, doc: Document, delay_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(doc)
        self.doc = doc
        self.key = uuid.uuid4().hex[:12]
        self.directory = recovery_dir()  # fixed now: a late timer must not write somewhere else
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self.save_now)
        # Held while a copy is being written: taken here, released by the writer thread. A lock, not the
        # Thread object: the collector can clear a Thread's __dict__ while Qt still delivers cleanChanged
        # from a dying QUndoStack, and Thread.join() then raises.
        self._lock = threading.Lock()
        _start_writer()
        self._snapshots = SnapshotMaker()
        # Fill the snapshot's card cache 2 ms at a time while nothing else happens.
        self._warmer = QTimer(self, interval=WARM_EVERY_MS)
        self._warmer.timeout.connect(self._warm)
        self._warmer.start()
        self._warm_later = QTimer(self, singleShot=True, interval=WARM_QUIET_MS)
        self._warm_later.timeout.connect(self._warmer.start)
        doc.changed.connect(self._on_change)
        doc.undo_stack.cleanChanged.connect(self._on_clean)
        if doc.modified or getattr(doc, "recovered", False):
            self.timer.start()

    def _warm(self) -> None:
        if self._snapshots.warm(self.doc.project, 0.002):
            self._warmer.stop()

    def stop(self) -> None:
        """Detach from the document before it goes: a dying undo stack still says cleanChanged."""
        self.timer.stop()
        self._warmer.stop()
        self._warm_later.stop()
        self.doc.changed.disconnect(self._on_change)
        self.doc.undo_stack.cleanChanged.disconnect(self._on_clean)

    @property
    def copy_path(self) -> Path:
        return self.directory / f"{self.key}.journey"

    def _on_change(self, _map_id: object) -> None:
        self.timer.start()  # the undo stack counts the change only after this signal: check when the timer fires
        if self._warmer.isActive() or self._warm_later.isActive():  # not warm yet: after this burst of edits
            self._warmer.stop()
            self._warm_later.start()

    def _on_clean(self, clean: bool) -> None:
        if "_lock" not in vars(self):  # the collector is tearing this object down; the stack says clean as it dies
            return
        if clean:
            self.timer.stop()
            self.discard()

    def save_now(self, wait: bool = False) -> bool:
        """Snapshot the project now (on this thread) and write it in the background; False when there was nothing
        to save or it cannot be serialised (then the message says why)."""
        if not self.doc.modified and not getattr(self.doc, "recovered", False):
            return False
        warming = self._warmer.isActive() or self._warm_later.isActive()
        if warming and not wait and self._snapshots.unkept(self.doc.project) > 500:
            self.timer.start()  # so many cards' JSON would be made here, on this thread: once they are kept
            return False
        snapshot = self._snapshots.snapshot(self.doc.project)  # a few ms: unchanged cards' JSON is kept
        # Absolute and resolved: the next start may run from another folder.
        original = str(Path(os.path.abspath(self.doc.path)).resolve()) if self.doc.path else None
        # Which process wrote it is added by the writer (_write_copy): the first asking imports psutil, 24 ms that
        # had been a stall of the window 0.8 s after the first edits.
        note = {"original": original, "title": self.doc.display_name, "saved_at": time.time()}
        # The thread gets plain data only: a Qt object must never have its last reference dropped off the GUI thread.
        self._lock.acquire()  # released by the writer once both files are on disk
        _jobs.put((self.copy_path, snapshot, note, self._lock))
        if wait:
            with self._lock:
                pass
        return True

    def discard(self) -> None:
        with self._lock:  # waits for a copy being written
            for path in (self.copy_path, self.copy_path.with_suffix(".json")):
                path.unlink(missing_ok=True)


# One writer thread for every autosaver, started with the first: starting a thread per copy kept the GUI thread
# waiting 2-3 ms in Thread.start() (for the new thread to take the GIL) on every autosave.
_jobs: "queue.SimpleQueue[tuple[Path, Snapshot, dict, threading.Lock]]" = queue.SimpleQueue()
_writer: threading.Thread | None = None


def _start_writer() -> None:
    global _writer
    if _writer is None or not _writer.is_alive():
        _writer = threading.Thread(target=_write_copies, name="autosave", daemon=True)
        _writer.start()


def _write_copies() -> None:
    while True:
        _write_copy(*_jobs.get())


def _write_copy(path: Path, snapshot: Snapshot, note: dict, lock: threading.Lock) -> None:
    """Runs on the autosave thread: the project bytes, then the note that says what they are."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(snapshot.container(), path)
        note = {**note, **this_process()}
        write_bytes_atomically(json.dumps(note).encode("utf-8"), path.with_suffix(".json"))
    except (OSError, ValueError, ProjectFileError):  # ValueError: a value JSON cannot hold
        log.exception("autosave failed")
    finally:
        lock.release()
