"""Reading a project and exporting one make hundreds of thousands of short-lived or acyclic objects (models,
ops, strings, Qt value types) that the cyclic collector walks again and again, finding nothing."""

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic collector for one read or export (usable as a decorator).

    With a 20,000-card project in memory, the collector spent half of a PDF export walking that project again
    and again, finding nothing; reading that project it took 50 % (530 ms CPU, 260 ms paused). The window
    runs its own collector (``app/collector.py``); this covers the command line, the reader and the export
    thread, and leaves the collector as it found it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
