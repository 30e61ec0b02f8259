"""Panels follow their document's change events, and let go of them when they are replaced."""

from journeydesigner.document import Document


class FollowsDocument:
    doc: Document

    def follow(self, doc: Document) -> None:
        self.doc = doc
        doc.changed.connect(self._on_doc_changed)

    def _on_doc_changed(self, _map_id: object) -> None:
        self.refresh()

    def detach(self) -> None:
        """Stop following the document (the panel is being replaced)."""
        self.doc.changed.disconnect(self._on_doc_changed)

    def refresh(self) -> None:
        raise NotImplementedError
