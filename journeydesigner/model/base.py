"""The base of every model class: unknown fields survive a load-save cycle."""

import weakref
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from journeydesigner.model.ids import ID_PATTERN

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
# An image inside the project file, named by the SHA-256 of its bytes.
AssetRef = Annotated[str, StringConstraints(pattern=r"^assets/[0-9a-f]{64}\.(png|jpg|gif|webp)$")]
ShortText = Annotated[str, StringConstraints(max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]
TextList = Annotated[list[ShortText], Field(max_length=200)]


def empty_list() -> list[Any]:
    """``default_factory=list``, but a Python function: pydantic reads each factory's signature when it builds a
    model class, and for a builtin such as ``list`` that means parsing its text signature (≈0.5 ms; 20 ms of every
    start across the models' 40 such fields)."""
    return []


class JDModel(BaseModel):
    """Fields written by a newer version are kept (``extra="allow"``) so saving does not destroy them."""

    # Every assignment is validated too: a command can never put a wrong type or value into the model.
    # No NaN or infinity: JSON cannot hold them, and no layout or PDF can draw them.
    model_config = ConfigDict(extra="allow", validate_assignment=True, use_enum_values=False, allow_inf_nan=False)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        for listener in list(_write_listeners):
            method = listener()
            if method is None:
                _write_listeners.remove(listener)
            else:
                method(self)


# Who wants to know that a model object was written (a cache of its serialised form). Weak, so a listener's
# owner (one open document's autosaver) is not kept alive by the model classes.
_write_listeners: list[weakref.WeakMethod[Callable[[JDModel], None]]] = []


def on_model_write(listener: Callable[[JDModel], None]) -> None:
    """Call the bound method ``listener`` with every model object after one of its fields is assigned."""
    _write_listeners.append(weakref.WeakMethod(listener))
