"""The command's first step (``journeydesigner``, ``python -m journeydesigner``, the bundle's launcher), before
anything heavy is imported."""

import gc
import os
import sys


def entry() -> None:
    """Then ``cli.entry``.

    Journey Designer uses no pydantic plugins, and one installed for another program must not load into it (they
    are found by reading every installed package's metadata, 8 ms here, and a plugin such as logfire's imports
    more than 100 ms of modules); ``PYDANTIC_DISABLE_PLUGINS`` is pydantic's own switch for that.

    ``validate`` reads, answers and leaves (``cli.entry`` ends it with ``os._exit``): Python's cyclic collector
    would only walk the imports' objects and then, when the reader switches it back on, every card read, finding
    nothing either time (≈15 ms of 330 at 5,000 cards, more at 20,000). So it stays off for that command.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if sys.argv[1:2] == ["validate"]:
        gc.disable()
    from journeydesigner.cli import entry as run

    run()
