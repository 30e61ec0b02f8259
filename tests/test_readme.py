"""The README's two set-up commands, run by /bin/sh as root without sudo and as a user with sudo (apt stubbed);
and the app without a display says so in one line instead of Qt's xcb abort."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner.windowcmd import has_display

ROOT = Path(__file__).resolve().parent.parent


def setup_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 2 and all("\n" not in b for b in blocks)  # one command line each
    return [b.split(" && python3 -m venv")[0] for b in blocks]  # the system part; the rest needs no privileges


def stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@pytest.mark.parametrize("with_sudo", [False, True])
def test_setup_commands_work_with_and_without_sudo(tmp_path, with_sudo):
    bin_dir, log = tmp_path / "bin", tmp_path / "log"
    bin_dir.mkdir()
    stub(bin_dir, "apt-get", f'echo "apt-get $1" >> {log}')
    if with_sudo:
        stub(bin_dir, "sudo", f'echo sudo >> {log}; exec "$@"')
    for command in setup_commands():
        log.unlink(missing_ok=True)
        result = subprocess.run(["/bin/sh", "-c", command], env={"PATH": str(bin_dir)}, capture_output=True,
                                text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        lines = log.read_text().splitlines()
        apt = [line.split()[1] for line in lines if line.startswith("apt-get")]
        assert apt == ["update", "install"]
        assert lines.count("sudo") == (2 if with_sudo else 0)


def test_no_display_gives_one_clear_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "journeydesigner"], env=env, cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "journeydesigner: no display found; use `journeydesigner export` for headless work"]


def test_which_environments_have_a_display():
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux") and has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")  # the user's own choice is respected
    assert has_display({}, "darwin") and has_display({}, "win32")
