"""A save that fails at any step leaves the previous file byte-for-byte intact and says what happened."""

import errno
import os
import tempfile

import pytest

from journeydesigner.commands import EditFields, Target
from journeydesigner.document import Document
from journeydesigner.projectfile import ProjectFileError, read_project, write_project
from journeydesigner.projectfile import atomic as atomic_module
from journeydesigner.projectfile import writer as writer_module
from tests.helpers.factories import small_project


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "client.journey"
    write_project(small_project(), path)
    doc = Document(read_project(path), path)
    doc.push(EditFields(doc, Target("meta"), {"title": "Edited after lunch"}))
    return doc, path, path.read_bytes()


def fill_the_disk(monkeypatch, code: int = errno.ENOSPC) -> None:
    """Every file the safe-write path opens takes half of the first write, then the disk is full."""
    real_open = open

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic_module, "open", lambda *a, **k: Full(real_open(*a, **k)), raising=False)


def fail_with(code: int):
    def broken(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    return broken


@pytest.mark.parametrize(
    ("target", "code", "words"),
    [
        ("write", errno.ENOSPC, "no space left on device"),  # the disk fills while writing
        ("fsync", errno.EIO, "input/output error"),  # the device fails to flush
        ("replace", errno.EACCES, "permission denied"),  # the rename over the old file is refused
        ("mkstemp", errno.EROFS, "read-only file system"),  # the folder cannot be written at all
    ],
)
def test_failure_at_each_step_keeps_the_previous_file(saved, monkeypatch, target, code, words):
    doc, path, before = saved
    if target == "write":
        fill_the_disk(monkeypatch, code)
    elif target == "fsync":
        monkeypatch.setattr(writer_module.os, "fsync", fail_with(code))
    elif target == "replace":
        monkeypatch.setattr(writer_module.os, "replace", fail_with(code))
    else:
        monkeypatch.setattr(tempfile, "mkstemp", fail_with(code))
    with pytest.raises(ProjectFileError) as info:
        doc.save()
    assert words in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["client.journey"]  # no temporary left behind
    assert doc.modified  # the edit is still unsaved, and so still in the recovery copy


def test_a_folder_that_vanished(saved):
    doc, path, _ = saved
    target = path.parent / "gone" / "client.journey"
    with pytest.raises(ProjectFileError, match="no such file or directory"):
        doc.save(target)
    assert doc.path == path and doc.modified


def test_a_good_save_keeps_one_backup_of_the_previous_version(saved):
    doc, path, before = saved
    doc.save()
    backup = path.with_name("client.journey.bak")
    assert backup.read_bytes() == before
    assert read_project(path).meta.title == "Edited after lunch"
    doc.push(EditFields(doc, Target("meta"), {"title": "Third"}))
    second = path.read_bytes()
    doc.save()
    assert backup.read_bytes() == second  # one backup: the version just before this save


def test_backup_can_be_turned_off(saved):
    doc, path, _ = saved
    doc.save(backup=False)
    assert not path.with_name("client.journey.bak").exists()
