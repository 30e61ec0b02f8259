"""Exports go through the program's one safe-write path (projectfile.atomic): a temporary file beside the
target, checked writes, fsync, rename. A failed or cancelled export leaves no partial file behind, and never
a half-overwritten old one; the message names the file."""

import contextlib
from collections.abc import Iterator
from pathlib import Path

from journeydesigner.i18n import tr
from journeydesigner.projectfile.atomic import atomic_target, write_file
from journeydesigner.projectfile.errors import one_line


class ExportError(Exception):
    """An export that cannot be done; the message is one sentence for the user."""


class ExportCancelled(Exception):  # noqa: N818 (not an error: the user chose it)
    """The user cancelled; nothing was written."""


def _failed(path: Path, exc: OSError) -> ExportError:
    return ExportError(tr("cannot write {path}: {reason}").format(
        path=one_line(path), reason=one_line(exc.strerror or exc)))


@contextlib.contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    """A temporary path for a writer that wants a file name (reportlab, the PNG encoder)."""
    try:
        with atomic_target(path, ".part") as tmp:
            yield tmp
    except OSError as exc:
        raise _failed(path, exc) from None


def write_export(path: Path, data: bytes) -> None:
    """Bytes made in memory (an SVG) into ``path``."""
    try:
        write_file(path, data, ".part")
    except OSError as exc:
        raise _failed(path, exc) from None
