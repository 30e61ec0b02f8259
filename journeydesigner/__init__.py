"""Journey Designer: customer journey maps, designed offline."""

import os

__version__ = "0.1.0"

# pydantic looks for plugins (importlib.metadata's scan of every installed package, ≈50 ms CPU of each start:
# issue 15) when it builds the first model; Journey Designer uses none. A user who sets the variable keeps theirs.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
