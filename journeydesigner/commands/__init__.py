"""QUndoCommands: the only way the UI changes the model. They touch the model, never a view."""

from journeydesigner.commands.axis import AddAxisItem, MoveAxisItem, RemoveAxisItem
from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.commands.cards import AddCards, MoveCards, RemoveCards
from journeydesigner.commands.fields import EditFields, Target
from journeydesigner.commands.maps import AddMap, RemoveMap

__all__ = [
    "AddAxisItem",
    "AddCards",
    "AddMap",
    "DocumentLike",
    "EditFields",
    "ModelCommand",
    "MoveAxisItem",
    "MoveCards",
    "RemoveAxisItem",
    "RemoveCards",
    "RemoveMap",
    "Target",
]
