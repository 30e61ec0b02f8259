"""Collect cyclic garbage without letting the collector destroy live Qt objects in an arbitrary order."""

import gc
import sys
from collections import Counter


def collect_leaving_no_qt() -> list[str]:
    """Gather the garbage, delete the live Qt objects Python owns in a safe order, then free the rest.

    Returns the leaked scenes, items and widgets by class name with counts ("MapScene×1"): a C++ tree the
    collector would tear down in an arbitrary order. A document or an undo stack on its own has no such tree; it
    is deleted here quietly, its signals blocked first (an undo stack emits while it is destroyed).
    """
    saved = gc.get_debug()
    gc.set_debug(saved | gc.DEBUG_SAVEALL)
    try:
        gc.collect()
    finally:
        gc.set_debug(saved)
    garbage, gc.garbage[:] = gc.garbage[:], []
    if "PySide6.QtWidgets" not in sys.modules:
        del garbage
        gc.collect()
        return []
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget
    from shiboken6 import Shiboken

    live = [o for o in garbage
            if isinstance(o, QObject | QGraphicsItem) and Shiboken.isValid(o) and Shiboken.ownedByPython(o)]
    del garbage
    names = Counter(type(o).__name__ for o in live if isinstance(o, QGraphicsScene | QGraphicsItem | QWidget))
    for obj in live:
        if isinstance(obj, QObject):
            obj.blockSignals(True)
    # Scenes first (clearing one deletes its items), then other QObjects, then loose items.
    live.sort(key=lambda o: 0 if isinstance(o, QGraphicsScene) else 1 if isinstance(o, QObject) else 2)
    while live:
        obj = live.pop(0)
        if Shiboken.isValid(obj):
            if isinstance(obj, QGraphicsScene):
                obj.clear()
            Shiboken.delete(obj)
        del obj
    gc.collect()
    return [f"{name}×{count}" for name, count in names.most_common()]

