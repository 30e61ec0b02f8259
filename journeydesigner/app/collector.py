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
    edits at 20,000 cards had made a 19 ms pass), and a tick after little allocation does nothing.
    """
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(_collect_some)
    timer.start()
    return timer


TICK_MS = 250
FULL_EVERY_S = 10.0
FEW = 500  # young objects not worth a pass
_last_full = [time.monotonic()]


def _collect_some() -> None:
    if gc.get_count()[0] < FEW:
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
