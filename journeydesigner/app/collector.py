"""When Python's cyclic collector runs in the window: between events, in small steps, never over the project."""

import gc
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def collect_garbage_between_events(app: QApplication) -> QTimer:
    """Run Python's cyclic collector from the event loop, never in the middle of a Qt callback.

    Qt objects caught in reference cycles (a document and its autosaver) are freed by the collector; left
    to run whenever it likes, it can free them inside Qt's own event processing, which crashes. A full
    collection every second stalled the window 210-250 ms at 20,000 cards, walking the whole project each
    time; so each tick collects the young generations (what was allocated since), the old generation only
    every ten seconds, and ``settle_garbage`` moves an opened project out of the collector's sight. A young
    pass costs what was allocated since the last one: four ticks a second keep each pass short (a second of
    edits at 20,000 cards had made a 19 ms pass), and a tick after little allocation does nothing. While the
    program keeps allocating (a big map laid out and drawn in idle time after it opens, a paste), the ticks come
    twenty a second, so that no pass gathers more than a few milliseconds' worth: after opening 20,000 cards a
    tick at 250 ms walked the items made since the last one, 9-12 ms, and with the idle-time step in the same
    turn of the event loop the window stood still for 20-27 ms.
    """
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(_collect_some)
    timer.start()
    _timers[:] = [timer]
    return timer


TICK_MS = 250
BUSY_TICK_MS = 50  # while a tick finds much allocated
FULL_EVERY_S = 10.0
FEW = 500  # young objects not worth a pass
_last_full = [time.monotonic()]
_timers: list[QTimer] = []  # the tick (none in a program without the window's collector)


def _pace(busy: bool) -> None:
    """Tick often while the program allocates, else at the quiet pace (no wake-ups twenty times a second)."""
    interval = BUSY_TICK_MS if busy else TICK_MS
    for timer in _timers:
        if timer.interval() != interval:
            timer.setInterval(interval)


def _collect_some() -> None:
    young = gc.get_count()[0]
    _pace(young >= FEW)
    if young < FEW:
        return
    if time.monotonic() - _last_full[0] < FULL_EVERY_S:
        gc.collect(1)
        return
    gc.collect()
    gc.freeze()  # what survived a full pass is long-lived: keep it out of the next one (a closed document's
    #              objects are unfrozen and freed by settle_garbage)
    _last_full[0] = time.monotonic()


def settle_garbage_soon(collect: bool = True) -> None:
    """Settle at the next turn of the event loop (the window is drawn first), when the app runs the collector."""
    if not gc.isenabled():  # collect_garbage_between_events is in charge
        QTimer.singleShot(0, lambda: settle_garbage(collect))


def settle_garbage(collect: bool = True) -> None:
    """After a project is opened (or one is closed): collect once, then freeze what survives.

    Frozen objects are never walked again, so the old-generation passes cost what changed since, not the
    20,000 cards; unfreezing first lets a closed document's objects be freed by this one full pass. The first
    project of a session has no such garbage to free (reading a project makes no reference cycles), and at
    20,000 cards the pass stalled the freshly drawn window for half a second: then it is only frozen.
    """
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    _pace(True)  # a map just opened: a big one is laid out and drawn in idle time now
