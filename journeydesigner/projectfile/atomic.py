"""The one safe-write path for every file the program writes (projects, backups, recovery copies, exports).

A temporary file beside the target, written with every write checked, fsynced, then renamed over the target
and the folder fsynced: a failure at any step (a full disk, a vanished folder, a kill) leaves the previous
file byte-for-byte as it was. Temporaries a killed save left behind are removed by the next save there.
"""

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

TEMP_SUFFIXES = (".tmp", ".part")
# A temporary nobody has written to for this long belongs to a save that was killed: every write touches it.
IDLE_SECONDS = 300
_PREFIX_CHARS = 40  # the target's own name may already be 255 bytes: the temporary's name must stay short


def temp_prefix(path: Path) -> str:
    return f".{path.name[:_PREFIX_CHARS]}."


def clean_leftovers(path: Path, now: float | None = None) -> list[Path]:
    """Remove the temporaries of killed saves of ``path``; returns what was removed."""
    folder = path.parent if str(path.parent) else Path(".")
    prefix, removed = temp_prefix(path), []
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIXES)):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > \
                        IDLE_SECONDS:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_target(path: Path, suffix: str = ".tmp", before_replace: Callable[[], None] | None = None,
                  ) -> Iterator[Path]:
    """Yields a temporary path beside ``path`` to write; on leaving, fsyncs it and renames it over ``path``.

    An exception inside (an OSError from a full disk, a cancel) removes the temporary and leaves ``path`` as it
    was. OSError from the steps here propagates for the caller to put into words."""
    folder = path.parent if str(path.parent) else Path(".")
    clean_leftovers(path)
    import tempfile  # (here: 6 ms of the window's start, with shutil; issue 15)

    fd, name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=suffix, dir=folder)
    os.close(fd)
    tmp = Path(name)
    replaced = False
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            mode = path.stat().st_mode & 0o777  # a file replaced keeps its permissions
        except FileNotFoundError:
            mode = 0o666 & ~_umask()  # mkstemp makes it private; a saved file is an ordinary document
        os.chmod(tmp, mode)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        replaced = True
        fsync_folder(folder)
    finally:
        if not replaced:
            with contextlib.suppress(OSError):
                tmp.unlink()


def write_file(path: Path, data: bytes, suffix: str = ".tmp",
               before_replace: Callable[[], None] | None = None) -> None:
    """``data`` into ``path`` through atomic_target, every write checked (a short write is an error)."""
    with atomic_target(path, suffix, before_replace) as tmp, open(tmp, "wb", buffering=0) as handle:
        view = memoryview(data)
        while view:
            written = handle.write(view)
            if not written:
                raise OSError(28, os.strerror(28))  # ENOSPC: a write that writes nothing
            view = view[written:]


def fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; the rename is already durable enough there
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
