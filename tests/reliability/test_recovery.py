"""Never lose work: autosave to a recovery copy, survive SIGKILL, offer the work back on the next start."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from journeydesigner.app import main as app_main
from journeydesigner.app.recovery import Autosaver, pending_recoveries, recover, recovery_dir
from journeydesigner.commands import EditFields, Target
from journeydesigner.document import Document
from journeydesigner.projectfile import write_project
from tests.helpers.factories import small_project

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_loses_at_most_two_seconds(tmp_path):
    path = tmp_path / "workshop.journey"
    write_project(small_project(), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "tests.helpers.edit_then_wait", str(path), "Queue at the till"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "EDITED"
        edited = time.monotonic()
        while not list(recovery_dir().glob("*.json")) and time.monotonic() - edited < 10:
            time.sleep(0.05)
        assert time.monotonic() - edited < 2.0, "the recovery copy came later than two seconds after the edit"
        time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()  # or a ResourceWarning, an error now, fails whichever test runs next
    [item] = pending_recoveries()
    assert item.original == path
    assert "last saved" in item.describe() and "unsaved work autosaved" in item.describe()
    doc = recover(item)
    first_cell = doc.project.maps[0].cell("lane-t", "stage-a")
    assert [c.title for c in first_cell][-1] == "Queue at the till"
    assert doc.modified and doc.path == path


def test_saving_removes_the_recovery_copy(qtbot, tmp_path):
    doc = Document(small_project())
    saver = Autosaver(doc, delay_ms=10)
    doc.push(EditFields(doc, Target("meta"), {"title": "Changed"}))
    qtbot.waitUntil(lambda: saver.copy_path.with_suffix(".json").exists(), timeout=3000)
    with saver._lock:  # the write in flight has finished
        pass
    note = json.loads(saver.copy_path.with_suffix(".json").read_text())
    assert note["original"] is None and note["pid"] == os.getpid()
    doc.save(tmp_path / "saved.journey")
    assert not saver.copy_path.exists() and not list(recovery_dir().glob("*"))


def test_untitled_work_is_recovered_too(qtbot, monkeypatch):
    doc = Document(small_project())
    saver = Autosaver(doc, delay_ms=10)
    doc.push(EditFields(doc, Target("meta"), {"title": "Never saved"}))
    saver.save_now(wait=True)
    monkeypatch.setattr("journeydesigner.app.recovery.is_alive", lambda pid, started: False)  # as if the program died
    [item] = pending_recoveries()
    assert item.original is None and "never saved" in item.describe()


def test_the_next_start_offers_recovery_and_cleans_up(qtbot, monkeypatch):
    doc = Document(small_project())
    saver = Autosaver(doc, delay_ms=10)
    doc.push(EditFields(doc, Target("meta"), {"title": "Afternoon workshop"}))
    saver.save_now(wait=True)
    monkeypatch.setattr("journeydesigner.app.recovery.is_alive", lambda pid, started: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.setProperty("clicked", True) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0])  # "Recover"
    [recovered] = app_main.offer_recovery(pending_recoveries())
    assert recovered.project.meta.title == "Afternoon workshop" and recovered.modified
    assert pending_recoveries() == []


def test_a_recovered_window_says_so(qtbot, monkeypatch):
    from journeydesigner.app.window import MainWindow

    doc = Document(small_project())
    doc.recovered = True
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(doc)
    qtbot.addWidget(window)
    assert "(recovered)" in window.windowTitle() and window.isWindowModified()


def test_a_late_autosave_writes_where_its_session_began(qtbot, monkeypatch, tmp_path):
    """The copy's folder is fixed when the autosaver starts: a timer that fires later (after a test, or after
    the data folder setting changed) must not scatter copies elsewhere."""
    doc = Document(small_project())
    saver = Autosaver(doc, delay_ms=10)
    first = saver.copy_path.parent
    monkeypatch.setenv("JOURNEYDESIGNER_DATA_DIR", str(tmp_path / "elsewhere"))
    doc.push(EditFields(doc, Target("meta"), {"title": "Late"}))
    saver.save_now(wait=True)
    assert saver.copy_path.parent == first and saver.copy_path.exists()
    assert not (tmp_path / "elsewhere").exists()


def test_many_recovery_copies_keep_the_question_on_screen(qtbot, monkeypatch):
    """Twenty copies are listed as six and "… and 14 more": a message box grows with its text."""
    docs = []
    for i in range(20):
        doc = Document(small_project())
        saver = Autosaver(doc, delay_ms=10)
        doc.push(EditFields(doc, Target("meta"), {"title": f"Project {i}"}))
        saver.save_now(wait=True)
        docs.append((doc, saver))
    monkeypatch.setattr("journeydesigner.app.recovery.is_alive", lambda pid, started: False)
    shown = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.setdefault("text", box.text()) and 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: None)  # "Decide Later"
    assert app_main.offer_recovery(pending_recoveries()) == []
    assert shown["text"].count("•") == 6 and "… and 14 more" in shown["text"]
    assert len(pending_recoveries()) == 20  # deciding later keeps every copy
    for _doc, saver in docs:
        saver.stop()


def test_autosave_waits_for_its_card_cache_instead_of_serialising_thousands_of_cards_now(qtbot):
    from journeydesigner.model import Kind, make_card

    project = small_project()
    jmap = project.maps[0]
    jmap.cards += [make_card(Kind.TEXT, "lane-t", "stage-a", title=f"note {i}") for i in range(600)]
    doc = Document(project)
    saver = Autosaver(doc, delay_ms=60_000)
    doc.push(EditFields(doc, Target("cards", "card-1", jmap.id), {"title": "Changed"}))
    assert saver._warm_later.isActive()  # warming waits for a pause in the edits
    assert saver.save_now() is False and saver.timer.isActive()  # later, when the cache is warm
    assert not saver.copy_path.exists()
    qtbot.waitUntil(lambda: not saver._warmer.isActive() and not saver._warm_later.isActive(), timeout=10_000)
    assert saver.save_now(wait=True) is True and saver.copy_path.exists()
    saver.stop()
    saver.discard()


def test_warming_the_autosave_cache_keeps_out_of_a_burst_of_edits(qtbot, monkeypatch):
    """Its 2 ms steps resume only after a pause: edits made one after another keep their frames."""
    from journeydesigner.app import recovery
    from journeydesigner.model import Kind, make_card

    project = small_project()
    jmap = project.maps[0]
    jmap.cards += [make_card(Kind.TEXT, "lane-t", "stage-a", title=f"note {i}") for i in range(3000)]
    doc = Document(project)
    saver = Autosaver(doc, delay_ms=60_000)
    steps: list[float] = []
    real = saver._snapshots.warm
    monkeypatch.setattr(saver._snapshots, "warm", lambda *args: steps.append(time.monotonic()) or real(*args))
    qtbot.wait(30)
    assert steps, "warming starts when the project opens"
    for i in range(6):  # an edit every 50 ms
        doc.push(EditFields(doc, Target("cards", "card-1", jmap.id), {"title": f"Changed {i}"}))
        edited = time.monotonic()
        qtbot.wait(50)
        assert not [t for t in steps if t > edited], "a warming step ran between two edits"
    qtbot.waitUntil(lambda: any(t > edited + recovery.WARM_QUIET_MS / 1000 * 0.9 for t in steps), timeout=5_000)
    saver.stop()


def test_the_autosave_note_says_which_process_wrote_it_without_asking_on_the_gui_thread(qtbot, monkeypatch):
    """Finding the process's start time imports psutil (24 ms): the writer thread asks, not the window."""
    import threading

    from journeydesigner.app import recovery

    asked: list[threading.Thread] = []
    real = recovery.this_process
    monkeypatch.setattr(recovery, "this_process", lambda: asked.append(threading.current_thread()) or real())
    doc = Document(small_project())
    saver = Autosaver(doc, delay_ms=60_000)
    doc.push(EditFields(doc, Target("cards", "card-1", "map-1"), {"title": "Changed"}))
    assert saver.save_now(wait=True) is True
    assert asked and threading.main_thread() not in asked
    note = json.loads(saver.copy_path.with_suffix(".json").read_text())
    assert note["pid"] == os.getpid() and "started" in note
    saver.stop()
    saver.discard()
