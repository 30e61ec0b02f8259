"""Autosave's snapshot of a project in a few milliseconds, whatever its size.

Serialising 20,000 cards took 110-180 ms on the GUI thread (model_dump), then as long again for JSON and ZIP.
A card's JSON only changes when one of its fields is assigned, so each card's JSON is kept until then; the GUI
thread dumps the small rest of the project and the cards that changed, and the plain strings and bytes go to
the autosave thread, which joins them and writes the container (``Snapshot.container``).
"""

import contextlib
import time
import uuid
from collections.abc import Iterator

from msgspec import Struct

from journeydesigner.model.base import JDModel, on_model_write
from journeydesigner.model.cards import CardBase
from journeydesigner.model.project import Project
from journeydesigner.projectfile.writer import check_counts, container_bytes, stamp_format_version, strict_json


class Snapshot(Struct, frozen=True):
    """Plain data only (no model object, no Qt object): safe to hand to another thread."""

    head: dict  # the project's JSON data without the maps' cards
    cards: list[list[str]]  # per map, each card's JSON text
    assets: dict[str, bytes]
    refs: frozenset[str]
    kept: dict[str, bytes]  # the entries kept from the file as read (Project.kept_entries)

    def json_parts(self) -> list[bytes]:
        """``project.json`` in pieces of at most ``_BATCH`` cards. Runs on the autosave thread, which holds the GIL
        for each C call: one join, concatenation and encoding of 20,000 cards' text held it for 10-35 ms (mostly
        page faults on fresh 5 MB buffers), and the GUI thread stood still as long. A piece takes well under 1 ms."""
        marker = f"cards-{uuid.uuid4().hex}"
        check_counts(self.head, [len(cards) for cards in self.cards])
        head = stamp_format_version(self.head)
        for index, jmap in enumerate(head.get("maps", [])):
            jmap["cards"] = f"{marker}-{index}"
        text = strict_json(head).decode("utf-8")
        parts: list[bytes] = []
        for index, cards in enumerate(self.cards):
            before, text = text.split(f'"{marker}-{index}"', 1)
            parts.append(before.encode("utf-8") + b"[")
            for start in range(0, len(cards), _BATCH):
                batch = ",".join(cards[start:start + _BATCH]).encode("utf-8")
                parts.append(batch if start == 0 else b"," + batch)
            parts.append(b"]")
        parts.append(text.encode("utf-8"))
        return parts

    def project_json(self) -> bytes:
        return b"".join(self.json_parts())

    def container(self) -> bytes:
        return container_bytes(self.json_parts(), self.assets, self.refs, self.kept)


_BATCH = 200  # cards per piece of the autosave's JSON: ~50 KB


class SnapshotMaker:
    """Keeps each card's JSON text until the card is written; one per open document.

    Texts are found by the card's ``id()`` in C (``map`` over the cards), not by a Python loop. When a map's
    cards are the same objects in the same order as at the last snapshot (typing, recolouring), even that walk is
    skipped: the last texts are reused and only the written cards' are replaced (at 20,000 cards, 3-10 ms of the
    GUI thread -> well under 1 ms). A kept card is also kept alive, so no other card can take its ``id()``.
    """

    def __init__(self) -> None:
        self._text: dict[int, str] = {}
        self._keep: dict[int, CardBase] = {}
        self._images: dict[int, str] = {}  # the image each kept card shows: the snapshot's references, unwalked
        self._warming: Iterator[CardBase] | None = None
        # Per cards list (by id, the list kept alive with it): the cards and their texts at the last snapshot.
        self._last: dict[int, tuple[list[CardBase], list[CardBase], list[str]]] = {}
        self._written: set[int] = set()  # kept cards written since the last snapshot
        on_model_write(self._forget)

    def _forget(self, obj: JDModel) -> None:
        key = id(obj)
        if self._text.pop(key, None) is not None:
            self._written.add(key)
        self._keep.pop(key, None)
        self._images.pop(key, None)

    def snapshot(self, project: Project) -> Snapshot:
        head = project.model_dump(mode="json", exclude={"maps": {"__all__": {"cards"}}})
        cards = [self._texts(jmap.cards) for jmap in project.maps]
        self._written.clear()
        live_lists = {id(jmap.cards) for jmap in project.maps}
        self._last = {key: value for key, value in self._last.items() if key in live_lists}
        if len(self._text) > 2 * sum(len(c) for c in cards) + 1000:  # deleted cards: start afresh now and then
            live = {id(card) for jmap in project.maps for card in jmap.cards}
            self._text = {key: value for key, value in self._text.items() if key in live}
            self._keep = {key: value for key, value in self._keep.items() if key in live}
            self._images = {key: value for key, value in self._images.items() if key in live}
        # A deleted card's image may still be named until the next pruning: the recovery copy holds it, harmlessly.
        refs = frozenset(self._images.values()) | frozenset(
            ref for _loc, ref in project.asset_refs(cards=False))
        return Snapshot(head, cards, dict(project.assets), refs, dict(project.kept_entries))

    def _texts(self, cards: list) -> list[str]:
        last = self._last.get(id(cards))
        # ``==`` on lists compares by identity first, in C: equal here means the same cards in the same order.
        if last is not None and last[0] is cards and len(self._written) <= 32 and last[1] == cards:
            texts = last[2]
            if self._written:
                texts = list(texts)
                keys = list(map(id, cards))
                for key in self._written:
                    with contextlib.suppress(ValueError):  # not a card of this map
                        at = keys.index(key)
                        # Its text now: kept again already when the warming reached it since, else made here.
                        texts[at] = self._text.get(key) or self._card_json(cards[at])
        else:
            texts = self._walk(cards)
        self._last[id(cards)] = (cards, list(cards), texts)
        return texts

    def _walk(self, cards: list) -> list[str]:
        texts = list(map(self._text.get, map(id, cards)))
        start = 0
        for _ in range(texts.count(None)):  # the cards written since the last snapshot
            at = texts.index(None, start)
            texts[at] = self._card_json(cards[at])
            start = at + 1
        return texts  # type: ignore[return-value]  # no None left

    def unkept(self, project: Project) -> int:
        """About how many cards a snapshot now would serialise (deleted cards still kept make it lower)."""
        return sum(len(jmap.cards) for jmap in project.maps) - len(self._text)

    def warm(self, project: Project, budget_s: float = 0.004) -> bool:
        """Serialise cards not yet kept, for at most ``budget_s``; True when every card is kept. Run in idle
        time after a project opens, so the first autosave does not pay for all the cards at once; the last step
        also notes the maps' card order, so that autosave can skip even the walk over the cards."""
        if self._warming is None:
            self._warming = (card for jmap in project.maps for card in list(jmap.cards))
        deadline = time.perf_counter() + budget_s
        for card in self._warming:
            if id(card) not in self._text:
                self._card_json(card)
            if time.perf_counter() > deadline:
                return False
        for jmap in project.maps:
            self._texts(jmap.cards)
        return True

    def _card_json(self, card: CardBase) -> str:
        text = card.model_dump_json()
        key = id(card)
        self._text[key], self._keep[key] = text, card
        if card.image:
            self._images[key] = card.image
        return text
