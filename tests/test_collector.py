"""The window's collector runs in small steps: an opened project is frozen out of its sight."""

import gc

from journeydesigner.app import collector


def test_settling_freezes_what_survives_and_a_tick_stays_young():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        keep = [[i] for i in range(50_000)]  # a project's worth of tracked objects
        collector.settle_garbage()
        assert gc.get_freeze_count() >= len(keep)
        before = gc.get_count()[2]
        collector._collect_some()  # a young pass: the old generation is not walked
        assert gc.get_count()[2] == before + 1
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def test_a_closed_documents_cycles_are_freed_by_the_next_settle():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        collector.settle_garbage()  # frozen while alive
        count = gc.get_freeze_count()
        del a, b
        collector.settle_garbage()  # unfreeze, collect, freeze again
        assert gc.get_freeze_count() < count
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
