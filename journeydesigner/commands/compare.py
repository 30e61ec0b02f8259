"""Taking changes from another version of the project: one undo step, however many items they touch."""

from collections.abc import Mapping, Sequence

from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.compare.apply import Journal, apply_in_place
from journeydesigner.compare.changes import Change


class TakeChanges(ModelCommand):
    """Apply ``changes`` (from compare.diff or merge3) to the document; undo puts back the very same objects."""

    def __init__(self, doc: DocumentLike, changes: Sequence[Change], assets: Mapping[str, bytes], text: str) -> None:
        super().__init__(doc, None, text)
        self.changes = list(changes)
        self.assets = assets
        self.journal: Journal | None = None
        self.skipped: list[Change] = []

    def apply(self) -> None:
        if self.journal is None:
            self.journal = Journal()
            self.skipped = apply_in_place(self.doc.project, self.changes, self.assets, self.journal)
        else:
            self.journal.redo()

    def revert(self) -> None:
        assert self.journal is not None
        self.journal.undo()
