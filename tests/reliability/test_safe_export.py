"""Every export goes through the one safe-write path: a full disk leaves the previous file byte-identical and
exits 2 naming the file; temporaries a killed save left behind are cleaned by the next save."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeydesigner import formats
from journeydesigner.cli import main
from journeydesigner.projectfile import write_project
from journeydesigner.projectfile.atomic import IDLE_SECONDS, clean_leftovers
from tests.helpers.factories import small_project
from tests.reliability.test_safe_save import fill_the_disk

ROOT = Path(__file__).parents[2]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "client.journey"
    write_project(small_project(), path)
    return path


@pytest.mark.parametrize("suffix", [".svg", ".journey"])
def test_a_full_disk_keeps_the_previous_export(qapp, source, tmp_path, monkeypatch, capsys, suffix):
    out = tmp_path / f"map{suffix}"
    assert main(["export", str(source), "-o", str(out)]) == 0
    before = out.read_bytes()
    fill_the_disk(monkeypatch)
    assert main(["export", str(source), "-o", str(out), "--force", "--scale", "1"]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "no space left on device" in err.lower() and len(err.splitlines()) == 1
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["client.journey", out.name])


def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs user namespaces to mount a small tmpfs")
@pytest.mark.parametrize("suffix", [f.suffix for f in formats.exporters()])  # every format, a new one too
def test_a_really_full_disk(source, tmp_path, suffix):
    """A 200 KB tmpfs, filled to the last byte: the export fails, exit 2, the previous file is intact."""
    script = f"""
set -e
mount -t tmpfs -o size=200k tmpfs "{tmp_path}/disk"
cp "{source}" "{tmp_path}/disk/p.journey"
{sys.executable} -m journeydesigner export "{tmp_path}/disk/p.journey" -o "{tmp_path}/disk/out{suffix}" --scale 0.2 \
    || exit 9
cp "{tmp_path}/disk/out{suffix}" "{tmp_path}/before"
head -c 400000 /dev/zero > "{tmp_path}/disk/filler" 2>/dev/null || true  # full to the last byte
set +e
{sys.executable} -m journeydesigner export "{tmp_path}/disk/p.journey" -o "{tmp_path}/disk/out{suffix}" --force \
    --scale 4 2> "{tmp_path}/err"
echo $? > "{tmp_path}/rc"
cmp "{tmp_path}/before" "{tmp_path}/disk/out{suffix}" && echo same > "{tmp_path}/same"
ls -a "{tmp_path}/disk" > "{tmp_path}/listing"
"""
    (tmp_path / "disk").mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JOURNEYDESIGNER_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "rc").read_text().strip() == "2"
    err = (tmp_path / "err").read_text()
    assert f"out{suffix}" in err and "space" in err.lower() and len(err.strip().splitlines()) == 1
    assert (tmp_path / "same").exists()
    assert not [n for n in (tmp_path / "listing").read_text().split() if n.endswith((".part", ".tmp"))]


def test_leftovers_of_a_killed_save_are_cleaned_by_the_next_save(source, tmp_path):
    stale = tmp_path / ".client.journey.k1ll3d.tmp"
    stale.write_bytes(b"half a file")
    old = time.time() - IDLE_SECONDS - 5
    os.utime(stale, (old, old))
    fresh = tmp_path / ".client.journey.wr1t1ng.tmp"  # another save, still being written: left alone
    fresh.write_bytes(b"in progress")
    other = tmp_path / ".other.journey.abc.tmp"  # another file's: not ours to judge
    other.write_bytes(b"x")
    os.utime(other, (old, old))
    write_project(small_project(), source)
    assert not stale.exists() and fresh.exists() and other.exists()


def test_export_leftovers_are_cleaned_too(source, tmp_path):
    stale = tmp_path / ".map.pdf.abcdef.part"
    stale.write_bytes(b"%PDF-1.4 half")
    old = time.time() - IDLE_SECONDS - 5
    os.utime(stale, (old, old))
    assert clean_leftovers(tmp_path / "map.pdf") == [stale]
    assert not stale.exists()


def test_opening_a_file_cleans_the_leftovers_of_a_killed_save(qtbot, source, tmp_path):
    from journeydesigner.app.actions_files import open_document

    stale = tmp_path / ".client.journey.a1b2c3.tmp"
    stale.write_bytes(b"PK half")
    old = time.time() - IDLE_SECONDS - 5
    os.utime(stale, (old, old))
    doc, problem = open_document(source, None)
    assert doc is not None and problem is None
    assert not stale.exists()
