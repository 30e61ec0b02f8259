"""Is the program that wrote a lock or a recovery note still running? A pid alone cannot say: after a restart
or a few days, the same number belongs to some other process. A process is named by its pid *and* its start
time (psutil reads it on Linux, macOS and Windows alike), so a reused pid is recognised as somebody else."""

import os
from types import ModuleType


def _psutil() -> ModuleType:
    """psutil, imported when a lock or a recovery note is first written or judged: importing it took ≈20 ms of
    the window's start, which now takes its lock after the first paint (issue 15)."""
    import psutil

    return psutil

# Start times are stored as float seconds; the same process reads back the same value to well within this.
_SAME_START_S = 1.0


def start_time(pid: int) -> float | None:
    psutil = _psutil()
    try:
        return psutil.Process(pid).create_time()
    except (psutil.Error, OSError, ValueError):
        return None


def this_process() -> dict[str, float | int | None]:
    """What a note or a lock records about its writer."""
    return {"pid": os.getpid(), "started": start_time(os.getpid())}


def is_alive(pid: int, started: float | None) -> bool:
    """True while the process that wrote ``pid``/``started`` runs; a note without a start time (written by an
    older version) is judged by its pid alone, as before."""
    if pid <= 0:
        return False
    psutil = _psutil()
    try:
        if not psutil.pid_exists(pid):
            return False
    except (psutil.Error, OSError):
        return True  # cannot tell: keep the other program's files, never take them away
    if started is None:
        return True
    actual = start_time(pid)
    if actual is None:
        return psutil.pid_exists(pid)  # gone in between, or not ours to inspect (then it runs)
    return abs(actual - started) < _SAME_START_S


def is_this_process(pid: int, started: float | None) -> bool:
    return pid == os.getpid() and (started is None or abs((start_time(pid) or 0.0) - started) < _SAME_START_S)
