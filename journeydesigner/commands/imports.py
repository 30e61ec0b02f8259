"""Importing a file into the open project: one undoable step, whatever it adds."""

from journeydesigner.commands.base import DocumentLike, ModelCommand
from journeydesigner.formats import merge
from journeydesigner.i18n import tr


class ImportInto(ModelCommand):
    def __init__(self, doc: DocumentLike, plan: merge.Additions, name: str) -> None:
        # map None: the change reaches every view (personas, jobs and maps may all grow)
        super().__init__(doc, None, tr("Import {name}").format(name=name))
        self.plan = plan

    def apply(self) -> None:
        merge.apply(self.doc.project, self.plan)

    def revert(self) -> None:
        merge.revert(self.doc.project, self.plan)
