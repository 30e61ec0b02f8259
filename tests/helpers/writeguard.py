"""Proof that the model is written only by commands: a write into an open document's project outside a command
fails the test that made it.

Every view follows the model through the undo stack's commands; a write that goes around them is not undoable,
is not announced to the views, and is not autosaved. Writes to objects not (yet) in an open project are free (a
new persona is filled in before the command that adds it), and so are the two writes that are deliberately not
edits: the time of the last save, and the export settings a dialog remembers with the project.
"""

import weakref
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

ALLOWED = {("ProjectMeta", "modified"), ("Project", "export")}  # by Document.save; the export dialog
ALLOWED_TYPES = {"ExportOptions"}  # remembered with the project, not an undo step (issue 13)


class WriteOutsideCommandError(AssertionError):
    pass


def install(monkeypatch: Any) -> None:
    from journeydesigner.commands import base
    from journeydesigner.document import Document
    from journeydesigner.model.base import JDModel

    documents: weakref.WeakSet[Document] = weakref.WeakSet()
    init = Document.__init__

    def tracked_init(self: Document, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        documents.add(self)

    setattr_ = JDModel.__setattr__

    def guarded_setattr(self: JDModel, name: str, value: Any) -> None:
        if (not base.running and name in type(self).model_fields and (type(self).__name__, name) not in ALLOWED
                and type(self).__name__ not in ALLOWED_TYPES):
            for doc in list(documents):
                if any(obj is self for obj in _walk(doc.project)):
                    raise WriteOutsideCommandError(f"{type(self).__name__}.{name} of an open project was written "
                                              "outside a command")
        setattr_(self, name, value)

    monkeypatch.setattr(Document, "__init__", tracked_init)
    monkeypatch.setattr(JDModel, "__setattr__", guarded_setattr)


def _walk(obj: Any) -> Iterator[Any]:
    if isinstance(obj, BaseModel):
        yield obj
        for name in type(obj).model_fields:
            yield from _walk(getattr(obj, name))
    elif isinstance(obj, list):
        for item in obj:
            yield from _walk(item)
