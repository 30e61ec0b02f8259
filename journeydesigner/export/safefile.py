"""Exports write to a temporary file beside the target and rename it: a failed or cancelled export
leaves no partial file behind, and never a half-overwritten old one."""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from journeydesigner.i18n import tr


class ExportError(Exception):
    """An export that cannot be done; the message is one sentence for the user."""


class ExportCancelled(Exception):  # noqa: N818 (not an error: the user chose it)
    """The user cancelled; nothing was written."""


@contextlib.contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(tr("cannot write to {folder}: {reason}").format(
            folder=folder, reason=exc.strerror or exc)) from None
    os.close(fd)
    tmp = Path(name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; an exported file is an ordinary document
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(tr("cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
