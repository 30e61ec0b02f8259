"""Cards on the clipboard: our own MIME type (with images) plus plain text; pasted text becomes cards."""

import base64
import binascii
import json
from dataclasses import dataclass, field
from functools import cache

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QMimeData

from journeydesigner.i18n import tr
from journeydesigner.model import Card, Kind, make_card, new_id

CARDS_MIME = "application/x-journeydesigner-cards+json"
MAX_PASTE_BYTES = 32 * 1024 * 1024
MAX_PASTE_CARDS = 5000


@cache
def _cards_adapter() -> TypeAdapter[list[Card]]:
    """Built on the first paste (≈10 ms of the window's start otherwise: issue 15)."""
    return TypeAdapter(list[Card])


class PasteError(Exception):
    """Clipboard content that cannot become cards; the message is for the status bar."""


@dataclass
class ClipboardCards:
    cards: list[Card]
    assets: dict[str, bytes] = field(default_factory=dict)


def to_mime(cards: list[Card], assets: dict[str, bytes]) -> QMimeData:
    payload = {
        "format": 1,
        "cards": [c.model_dump(mode="json") for c in cards],
        "assets": {ref: base64.b64encode(assets[ref]).decode("ascii") for c in cards
                   if (ref := c.image) and ref in assets},
    }
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(payload).encode("utf-8"))
    mime.setText("\n".join(c.title or c.body for c in cards))
    return mime


def from_mime(mime: QMimeData, lane_kind: Kind) -> ClipboardCards:
    """Cards with fresh ids; plain text gives one card per non-empty line, of the lane's kind."""
    if mime.hasFormat(CARDS_MIME):
        raw = bytes(mime.data(CARDS_MIME).data())
        if len(raw) > MAX_PASTE_BYTES:
            raise PasteError(tr("The clipboard holds too much to paste at once."))
        try:
            payload = json.loads(raw)
            cards = _cards_adapter().validate_python(payload["cards"])
            assets = {ref: base64.b64decode(data, validate=True) for ref, data in payload.get("assets", {}).items()}
        except (ValueError, KeyError, TypeError, ValidationError, binascii.Error, RecursionError):
            raise PasteError(tr("The clipboard's cards are damaged and cannot be pasted.")) from None
        if len(cards) > MAX_PASTE_CARDS:
            raise PasteError(tr("Cannot paste more than {n} cards at once.").format(n=MAX_PASTE_CARDS))
        return ClipboardCards([c.model_copy(update={"id": new_id("card")}) for c in cards], assets)
    if mime.hasText():
        lines = [line.strip(" \t•-*") for line in mime.text()[:MAX_PASTE_BYTES].splitlines()]
        lines = [line[:500] for line in lines if line]
        if not lines:
            raise PasteError(tr("Nothing to paste."))
        if len(lines) > MAX_PASTE_CARDS:
            raise PasteError(tr("Cannot paste more than {n} lines as cards.").format(n=MAX_PASTE_CARDS))
        return ClipboardCards([make_card(lane_kind, "x", "x", title=line) for line in lines])
    raise PasteError(tr("The clipboard holds nothing that can become a card."))
