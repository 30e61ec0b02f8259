"""Adding and removing whole maps of a project."""

from journeydesigner.commands.base import DocumentLike, ModelCommand, relink_stages, unlink_stages
from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap


class AddMap(ModelCommand):
    def __init__(self, doc: DocumentLike, jmap: JourneyMap, index: int | None = None) -> None:
        super().__init__(doc, None, tr("Add map"))
        self.new_map = jmap
        self.index = len(doc.project.maps) if index is None else index

    def apply(self) -> None:
        self.doc.project.maps.insert(self.index, self.new_map)

    def revert(self) -> None:
        self.doc.project.maps.remove(self.new_map)


class RemoveMap(ModelCommand):
    def __init__(self, doc: DocumentLike, map_id: str) -> None:
        super().__init__(doc, None, tr("Remove map"))
        self.remove_id = map_id
        self.index = -1
        self.removed: JourneyMap | None = None
        self.jobs: list = []

    def apply(self) -> None:
        maps = self.doc.project.maps
        self.index = next(i for i, m in enumerate(maps) if m.id == self.remove_id)
        self.removed = maps.pop(self.index)
        self.jobs = unlink_stages(self.doc.project, {s.id for s in self.removed.stages})

    def revert(self) -> None:
        assert self.removed is not None
        self.doc.project.maps.insert(self.index, self.removed)
        relink_stages(self.jobs)
