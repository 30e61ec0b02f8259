"""Running the installed command as a user does: a fresh process on a project written to disk."""

import subprocess
import sys
from pathlib import Path

from journeydesigner.model import Project
from journeydesigner.projectfile import write_project


def export_with_cli(project: Project, folder: Path, name: str) -> Path:
    """``journeydesigner export in.journey -o NAME`` in ``folder``; asserts it succeeded, returns the output."""
    source = folder / "in.journey"
    write_project(project, source)
    out = folder / name
    done = subprocess.run([sys.executable, "-m", "journeydesigner", "export", str(source), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return out
