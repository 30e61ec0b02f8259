"""Panels follow their document's change events, and let go of them when they are replaced."""

from journeydesigner.document import Document


class FollowsDocument:
    doc: Document
    # False for a panel that shows nothing of the cards: an edit of cards alone (at 20,000 cards, every keystroke
    # in a card and every drop) does not refresh it.
    follows_cards = True

    def follow(self, doc: Document) -> None:
        self.doc = doc
        doc.changed.connect(self._on_doc_changed)

    def _on_doc_changed(self, _map_id: object) -> None:
        if self.follows_cards or self.doc.changed_aspect != "cards":
            self.refresh()

    def detach(self) -> None:
        """Stop following the document (the panel is being replaced)."""
        self.doc.changed.disconnect(self._on_doc_changed)

    def refresh(self) -> None:
        raise NotImplementedError
