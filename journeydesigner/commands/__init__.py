"""QUndoCommands: the only way the UI changes the model. They touch the model, never a view.

``commands.compare.TakeChanges`` is imported where versions are compared: it brings the comparison modules,
which the window's start does not need (issue 15)."""

from journeydesigner.commands.axis import AddAxisItem, MoveAxisItem, RemoveAxisItem
from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.commands.cards import AddCards, MoveCards, RemoveCards
from journeydesigner.commands.fields import EditFields, Target
from journeydesigner.commands.maps import AddMap, RemoveMap
from journeydesigner.commands.people import AddPerson, MovePerson, RemovePerson, references

__all__ = [
    "AddAxisItem",
    "AddCards",
    "AddMap",
    "AddPerson",
    "DocumentLike",
    "EditFields",
    "ModelCommand",
    "MoveAxisItem",
    "MoveCards",
    "MovePerson",
    "RemoveAxisItem",
    "RemoveCards",
    "RemoveMap",
    "RemovePerson",
    "Target",
    "references",
]
