"""The window's collector runs in small steps: an opened project is frozen out of its sight."""

import gc
import time
import weakref
from collections.abc import Iterator

import pytest

from journeydesigner.app import collector


@pytest.fixture
def collector_in_charge() -> Iterator[None]:
    """As in the window: the automatic collector off, our passes only; afterwards everything unfrozen and freed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.collect()
        if was_enabled:
            gc.enable()


class Node:
    other: "Node"


def cycle() -> tuple[Node, Node]:
    """Two objects only the collector can free once nothing else holds them."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return a, b


def test_settling_freezes_what_survives_and_a_tick_stays_young(collector_in_charge):
    keep = [[i] for i in range(50_000)]  # a project's worth of tracked objects
    collector.settle_garbage()
    assert gc.get_freeze_count() >= len(keep)
    young = [[i] for i in range(collector.FEW * 2)]
    collector._last_full[0] = time.monotonic()  # a full pass just now: the next ones are young
    before = gc.get_count()[2]
    collector._collect_some()  # a young pass: the old generation is not walked
    assert gc.get_count()[2] == before + 1 and young
    collector._last_full[0] -= collector.FULL_EVERY_S
    more = [[i] for i in range(collector.FEW * 2)]
    collector._collect_some()  # ten seconds on: a full pass, and what survives it is frozen
    assert gc.get_count()[2] == 0 and gc.get_freeze_count() >= len(keep) + len(more)


def test_a_closed_documents_cycles_are_freed_by_the_next_settle(collector_in_charge):
    pair = cycle()
    collector.settle_garbage()  # frozen while alive
    count = gc.get_freeze_count()
    del pair
    collector.settle_garbage()  # unfreeze, collect, freeze again
    assert gc.get_freeze_count() < count


def test_the_first_project_is_frozen_without_a_full_pass_and_the_next_one_collects(qtbot, monkeypatch):
    """At 20,000 cards the full pass stalled the freshly drawn window for half a second; reading a project makes
    no reference cycles, so the first one is only frozen. A replaced project's cycles must still be freed."""
    from journeydesigner.app import window as window_module
    from journeydesigner.document import Document
    from tests.helpers.factories import small_project
    from tests.helpers.gui import open_window

    asked: list[bool] = []
    monkeypatch.setattr(window_module, "settle_garbage_soon", lambda collect=True: asked.append(collect))
    window = open_window(qtbot, monkeypatch, small_project())
    window._set_document(Document(small_project()))
    assert asked == [False, True]


def test_settling_without_a_pass_freezes_garbage_as_it_is(collector_in_charge):
    garbage = weakref.ref(cycle()[0])  # garbage in a cycle at once: only a collection frees it
    before = gc.get_freeze_count()
    collector.settle_garbage(collect=False)
    assert gc.get_freeze_count() > before and garbage() is not None  # frozen as it was: no pass ran


def test_the_ticks_quicken_while_the_program_allocates(qapp, collector_in_charge):
    """A pass walks what was allocated since the last one: while the program allocates (a big map laid out in
    idle time after it opens) the ticks come every 50 ms, so no pass gathers 250 ms' worth (9-12 ms after
    opening 20,000 cards); when a tick finds little, they slow down again."""
    timer = collector.collect_garbage_between_events(qapp)
    try:
        assert timer.interval() == collector.TICK_MS
        collector._last_full[0] = time.monotonic()
        young = [[i] for i in range(collector.FEW * 2)]
        collector._collect_some()
        assert timer.interval() == collector.BUSY_TICK_MS and young
        collector._collect_some()  # little allocated since
        assert timer.interval() == collector.TICK_MS
        collector.settle_garbage(collect=False)  # a map just opened: its idle-time work comes
        assert timer.interval() == collector.BUSY_TICK_MS
    finally:
        timer.stop()
        collector._timers.clear()
        timer.deleteLater()
