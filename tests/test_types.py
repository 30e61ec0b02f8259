"""The type checker over the whole package ([tool.mypy] in pyproject.toml): a type error, or a ``# type: ignore``
that is no longer needed or names no error code, fails the suite with mypy's own report."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_type_errors():
    # The cache (.mypy_cache, ignored by git) makes a rerun take about a second instead of a cold check's 15.
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache")], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
