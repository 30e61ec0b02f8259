"""diff(A, B): every difference from version A to version B of a project, as domain changes.

Items are matched by id; what is left is matched by name (stages, lanes, maps, personas), by statement (jobs)
or by title and cell (cards), so a map re-imported from a spreadsheet with new ids still compares sensibly.
Matched items keep A's id: B's references are translated into A's ids before anything is compared.
Card order matters only within a cell (the layout's order); the order of ``JourneyMap.cards`` across cells
does not, and neither does ``meta.modified`` (every save changes it).
"""

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from msgspec.structs import replace

from journeydesigner.compare import describe as D
from journeydesigner.compare.changes import MISSING, Change, ChangeKind, Comparison
from journeydesigner.i18n import tr
from journeydesigner.model import CardBase, EmotionCard, Job, JourneyMap, Lane, Project, Stage
from journeydesigner.model.cards import shown_kind

REF_ONE = ("lane_id", "stage_id", "persona_id")
REF_MANY = ("persona_ids", "job_ids", "stage_ids", "map_ids", "omit_lane_ids")
SKIP = {
    "meta": {"modified"}, "export": set(), "map": {"id", "stages", "lanes", "cards"},
    "card": {"id", "lane_id", "stage_id"},
}


def fields_of(obj: Any) -> dict[str, Any]:
    """A model's fields and the unknown ones it kept, without model_dump's cost (5,000 cards a side)."""
    values = dict(obj.__dict__)
    if obj.__pydantic_extra__:
        values.update(obj.__pydantic_extra__)
    return values


def dump(obj: Any) -> dict[str, Any]:
    return obj.model_dump()


def lis(seq: Sequence[int]) -> set[int]:
    """Positions in ``seq`` of a longest increasing subsequence: the items that kept their relative order."""
    tails: list[int] = []
    tail_pos: list[int] = []
    parent = [-1] * len(seq)
    for i, value in enumerate(seq):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(i)
        else:
            tails[k], tail_pos[k] = value, i
        parent[i] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_pos[-1] if tail_pos else -1
    while i >= 0:
        keep.add(i)
        i = parent[i]
    return keep


def _axis_items(jmap: JourneyMap) -> list[Stage | Lane]:
    return [*jmap.stages, *jmap.lanes]


def card_label(card: CardBase | dict) -> str:
    title = card["title"] if isinstance(card, dict) else card.title
    kind = card["kind"] if isinstance(card, dict) else card.kind
    return title or tr("untitled {kind}").format(kind=shown_kind(kind).singular.lower())


def job_label(job: Job | dict) -> str:
    values = job if isinstance(job, dict) else fields_of(job)
    words = values.get("motivation") or values.get("situation") or values.get("outcome") or ""
    return words if len(words) <= 48 else words[:47] + "…"


def label_of(what: str, item: Any) -> str:
    if what == "card":
        return card_label(item)
    if what == "job":
        return job_label(item)
    return str(item["name"] if isinstance(item, dict) else item.name)


class _Differ:
    def __init__(self, a: Project, b: Project) -> None:
        self.a, self.b = a, b
        self.id_map: dict[str, str] = {}
        self.changes: list[Change] = []
        self.created_by: dict[str, str] = {}  # id of an item B added (or inside one) -> the change adding it
        self.removed_axes: dict[str, str] = {}  # id of a stage or lane B removed -> the change removing it
        self.names: dict[str, str] = {}  # A's id -> name, for stages and lanes: where a card was
        self.names_b: dict[str, str] = {}  # the same in B (in A's ids): where a card is
        self.multi_map = len(a.maps) > 1 or len(b.maps) > 1
        self.ref_names: dict[str, str] = {}  # id -> name of personas, jobs, maps, stages and lanes, A's first
        self.map_name = ""
        self.cell: tuple[str, str] | None = None  # the cell of the card whose fields are being compared

    # ---- ids ------------------------------------------------------------------------------------
    def tr_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """B's field values in A's ids."""
        m = self.id_map
        if not m:
            return values
        out = dict(values)
        for key in REF_ONE:
            if key in out and out[key] in m:
                out[key] = m[out[key]]
        for key in REF_MANY:
            if isinstance(out.get(key), list):
                out[key] = [m.get(v, v) for v in out[key]]
        return out

    def tr_deep(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: self.tr_deep(v) for k, v in self.tr_values(value).items()}
        if isinstance(value, list):
            return [self.tr_deep(v) for v in value]
        return value

    def match(self, a_items: Sequence[Any], b_items: Sequence[Any],
              key_a: Callable[[Any], object], key_b: Callable[[Any], object]) -> dict[str, Any]:
        """B id -> matched A item: by id first, then by ``key`` among the rest (in order, each once)."""
        a_by_id = {x.id: x for x in a_items}
        pairs: dict[str, Any] = {}
        rest = []
        for y in b_items:
            x = a_by_id.get(y.id)
            if x is not None:
                pairs[y.id] = x
            else:
                rest.append(y)
        if rest:
            taken = {x.id for x in pairs.values()}
            pool: dict[object, list[Any]] = defaultdict(list)
            for x in a_items:
                if x.id not in taken and (k := key_a(x)):
                    pool[k].append(x)
            for y in rest:
                k = key_b(y)
                if k and pool.get(k):
                    x = pool[k].pop(0)
                    pairs[y.id] = x
                    self.id_map[y.id] = x.id
        return pairs

    # ---- building changes -----------------------------------------------------------------------
    def add(self, kind: ChangeKind, what: str, item_id: str | None, field: str | None, before: Any, after: Any,
            text: str, map_id: str | None = None, **more: Any) -> Change:
        if what == "card" and "cell" not in more:
            # A whole card's content (added, removed, kind changed); a field's own value may be an object too.
            content = None if field is not None else before if isinstance(before, dict) else \
                after if isinstance(after, dict) else None
            if content is not None:
                more["cell"] = (content["lane_id"], content["stage_id"])
            elif isinstance(before, tuple):
                more["cell"] = before[:2]
            elif self.cell:
                more["cell"] = self.cell
        aspect = field if field is not None else {"added": "presence", "removed": "presence",
                                                  "moved": "position"}.get(kind.value, "whole")
        if self.multi_map and self.map_name and what not in ("map", "meta", "export", "persona", "job"):
            text = D.in_map(self.map_name, text)
        change = Change(id=f"{what}/{item_id or what}/{aspect}", kind=kind, what=what, item_id=item_id,
                        map_id=map_id, field=field, before=before, after=after, text=D.flat(text), **more)
        self.changes.append(change)
        return change

    def fields(self, what: str, a_obj: Any, b_obj: Any, label: str | Callable[[], str], map_id: str | None = None,
               where: str | Callable[[], str] = "", item_id: str | None = None) -> None:
        """One change per field that differs (names of stages, lanes and maps as renames). ``label`` and ``where``
        may be functions: words cost time, and most of 5,000 cards have not changed."""
        av, bv = fields_of(a_obj), self.tr_values(fields_of(b_obj))
        if av == bv:
            return
        label = label() if callable(label) else label
        where = where() if callable(where) else where
        skip = SKIP.get(what, {"id"})
        for name in sorted(av.keys() | bv.keys()):
            if name in skip:
                continue
            old, new = av.get(name, MISSING), bv.get(name, MISSING)
            if old == new:
                continue
            if name == "name" and what in ("stage", "lane", "map"):
                self.add(ChangeKind.RENAMED, what, item_id, name, old, new, D.renamed(what, old, new), map_id,
                         label=label)
            elif name == "score" and isinstance(a_obj, EmotionCard):
                persona = "" if a_obj.title else self.ref_names.get(a_obj.persona_id or "", "")
                self.add(ChangeKind.EMOTION, what, item_id, name, old, new, D.feeling(label, where, old, new, persona),
                         map_id, label=label)
            else:
                self.add(ChangeKind.EDITED, what, item_id, name, old, new,
                         D.edited(what, label, name, self.named(name, old), self.named(name, new), where), map_id,
                         label=label)

    def named(self, field: str, value: Any) -> Any:
        """References as the names a reader knows (personas, jobs, stages), for a sentence."""
        if field in REF_MANY and isinstance(value, list):
            return [self.ref_names.get(v, v) for v in value]
        if field in REF_ONE and isinstance(value, str):
            return self.ref_names.get(value, value)
        return value

    def ordered(self, what: str, a_items: Sequence[Any], b_items: Sequence[Any], map_id: str | None,
                key: Callable[[Any], object], where: Callable[[Any], str] = lambda _i: "",
                contents: Callable[[Any], Iterable[str]] = lambda _i: (), with_fields: bool = True) -> dict[str, Any]:
        """Added, removed, edited and reordered items of one list (maps, stages, lanes, personas, jobs)."""
        pairs = self.match(a_items, b_items, key, key)
        matched_a = {x.id for x in pairs.values()}
        b_ids = [self.id_map.get(y.id, y.id) for y in b_items]
        for x in a_items:
            if x.id not in matched_a:
                cards = tuple(contents(x))
                change = self.add(ChangeKind.REMOVED, what, x.id, None, dump(x), None,
                                  D.removed(what, label_of(what, x), "", len(cards) if what != "map" else 0),
                                  map_id, contains=cards)
                if what in ("stage", "lane"):
                    self.removed_axes[x.id] = change.id
        a_index = {x.id: i for i, x in enumerate(a_items)}
        common = [(i, a_index[pairs[y.id].id]) for i, y in enumerate(b_items) if y.id in pairs]
        kept = lis([ai for _bi, ai in common])
        for n, (bi, ai) in enumerate(common):
            if n not in kept:
                x = a_items[ai]
                self.add(ChangeKind.MOVED, what, x.id, None, ai, bi, D.reordered(what, label_of(what, x), "", ai, bi),
                         map_id, anchors=tuple(reversed(b_ids[:bi])), rank=bi)
        for bi, y in enumerate(b_items):
            if y.id in pairs:
                if with_fields:
                    x = pairs[y.id]
                    self.fields(what, x, y, label_of(what, x), map_id, where(x), item_id=x.id)
            else:
                content = self.tr_deep(dump(y))
                change = self.add(ChangeKind.ADDED, what, y.id, None, None, content,
                                  D.added(what, label_of(what, y), where(y)), map_id,
                                  anchors=tuple(reversed(b_ids[:bi])), rank=bi)
                self.created_by[y.id] = change.id
                if what == "map":
                    for inner in (*y.stages, *y.lanes, *y.cards):
                        self.created_by[inner.id] = change.id
        return pairs

    # ---- the project ----------------------------------------------------------------------------
    def run(self) -> Comparison:
        a, b = self.a, self.b
        for project in (b, a):  # A's names win where both have the id
            self.ref_names.update({p.id: p.name for p in project.personas})
            self.ref_names.update({j.id: job_label(j) for j in project.jobs})
            for m in project.maps:
                self.ref_names[m.id] = m.name
                self.ref_names.update({i.id: i.name for i in _axis_items(m)})
        self.fields("meta", a.meta, b.meta, "")
        self.fields("export", a.export, b.export, "")
        # Personas, jobs and maps first without their fields: those refer to ids matched later (stages).
        self.ordered("persona", a.personas, b.personas, None, lambda p: _norm(p.name), with_fields=False)
        self.ordered("job", a.jobs, b.jobs, None,
                     lambda j: (_norm(j.situation), _norm(j.motivation), _norm(j.outcome))
                     if (j.situation or j.motivation or j.outcome) else None, with_fields=False)
        map_pairs = self.match(a.maps, b.maps, lambda m: _norm(m.name), lambda m: _norm(m.name))
        for bm in b.maps:  # stages and lanes first: jobs and export options refer to them across maps
            if bm.id in map_pairs:
                self.axes(map_pairs[bm.id], bm)
        self.ordered("map", a.maps, b.maps, None, lambda m: _norm(m.name),
                     contents=lambda m: [c.id for c in m.cards], with_fields=False)
        for what, a_items, b_items in (("persona", a.personas, b.personas), ("job", a.jobs, b.jobs)):
            b_by_id = {self.id_map.get(y.id, y.id): y for y in b_items}
            for x in a_items:
                if x.id in b_by_id:
                    self.fields(what, x, b_by_id[x.id], label_of(what, x), item_id=x.id)
        for bm in b.maps:
            if bm.id in map_pairs:
                am = map_pairs[bm.id]
                self.fields("map", am, bm, am.name, item_id=am.id)
                self.map_name = am.name
                self.cards(am, bm)
                self.map_name = ""
        self.link()
        return Comparison(self.changes, dict(b.assets), dict(self.id_map))

    def axes(self, am: JourneyMap, bm: JourneyMap) -> None:
        self.map_name = am.name
        b_cards = {c.id for c in bm.cards}
        for item in _axis_items(am):
            self.names[item.id] = item.name
        for axis, what, field in (("stages", "stage", "stage_id"), ("lanes", "lane", "lane_id")):
            inside: dict[str, list[str]] = defaultdict(list)  # the cards that go with a removed stage or lane
            for card in am.cards:
                if card.id not in b_cards:
                    inside[getattr(card, field)].append(card.id)
            self.ordered(what, getattr(am, axis), getattr(bm, axis), am.id, lambda i: _norm(i.name),
                         contents=lambda i: inside.get(i.id, ()))  # noqa: B023 (called before the loop goes on)
        for item in _axis_items(bm):
            self.names_b[self.id_map.get(item.id, item.id)] = item.name
        self.map_name = ""

    def where(self, lane_id: str, stage_id: str, names: dict[str, str] | None = None) -> str:
        names = self.names if names is None else names
        return D.place(names.get(stage_id, "?"), names.get(lane_id, "?"))

    def cards(self, am: JourneyMap, bm: JourneyMap) -> None:
        m = self.id_map

        def key_b(card: CardBase) -> object:
            return _card_key(card, lambda i: m.get(i, i) if i else i)

        pairs = self.match(am.cards, bm.cards, lambda c: _card_key(c, lambda i: i), key_b)
        matched_a = {x.id for x in pairs.values()}
        for gone in am.cards:
            if (gone.id not in matched_a and gone.stage_id not in self.removed_axes
                    and gone.lane_id not in self.removed_axes):
                self.add(ChangeKind.REMOVED, "card", gone.id, None, dump(gone), None,
                         D.removed("card", card_label(gone), self.where(gone.lane_id, gone.stage_id)), am.id)
        a_index = {card.id: i for i, card in enumerate(am.cards)}
        a_cells: dict[tuple[str, str], list[str]] = defaultdict(list)
        for card in am.cards:
            a_cells[(card.lane_id, card.stage_id)].append(card.id)
        b_cells: dict[tuple[str, str], list[str]] = defaultdict(list)
        staying: dict[tuple[str, str], list[tuple[int, str, int]]] = defaultdict(list)  # (A index, id, B rank)
        for rank, y in enumerate(bm.cards):
            x = pairs.get(y.id)
            cid = x.id if x is not None else y.id
            lane_id, stage_id = m.get(y.lane_id, y.lane_id), m.get(y.stage_id, y.stage_id)
            cell = (lane_id, stage_id)
            before = b_cells[cell]
            before.append(cid)
            if x is None:
                content = self.tr_values(dump(y))
                change = self.add(ChangeKind.ADDED, "card", cid, None, None, content,
                                  D.added("card", card_label(y), self.where(lane_id, stage_id, self.names_b)), am.id,
                                  anchors=tuple(reversed(before[:-1])), rank=rank)
                self.created_by[cid] = change.id
                continue
            if (x.lane_id, x.stage_id) != cell:
                was, now = D.card_places(self.names.get(x.stage_id, "?"), self.names.get(x.lane_id, "?"),
                                         self.names_b.get(stage_id, "?"), self.names_b.get(lane_id, "?"))
                a_cell = a_cells[(x.lane_id, x.stage_id)]
                self.add(ChangeKind.MOVED, "card", cid, None, (x.lane_id, x.stage_id, a_cell.index(cid)),
                         (lane_id, stage_id, len(b_cells[cell]) - 1), D.moved("card", card_label(x), was, now),
                         am.id, anchors=tuple(reversed(before[:-1])), rank=rank, places=(was, now))
            else:
                staying[cell].append((a_index[cid], cid, rank))
            if type(x) is not type(y):
                self.add(ChangeKind.EDITED, "card", cid, None, dump(x), self.tr_values(dump(y)),
                         D.edited("card", card_label(x), None, x.kind_enum.singular, y.kind_enum.singular,
                                  self.where(x.lane_id, x.stage_id)),
                         am.id, rank=rank)
            else:
                self.cell = (x.lane_id, x.stage_id)
                self.fields("card", x, y, partial(card_label, x), am.id, partial(self.where, x.lane_id, x.stage_id),
                            item_id=cid)
                self.cell = None
        for cell, seq in staying.items():
            kept = lis([ai for ai, _, _ in seq])
            if len(kept) == len(seq):
                continue
            order_b = b_cells[cell]
            order_a = a_cells[cell]
            for n, (_ai, cid, rank) in enumerate(seq):
                if n not in kept:
                    bi = order_b.index(cid)
                    x = am.cards[a_index[cid]]
                    self.add(ChangeKind.MOVED, "card", cid, None, (*cell, order_a.index(cid)), (*cell, bi),
                             D.reordered("card", card_label(x), self.where(*cell), order_a.index(cid), bi), am.id,
                             anchors=tuple(reversed(order_b[:bi])), rank=rank)

    def link(self) -> None:
        """What each change needs: the stage a card moves into, the persona a card now refers to…"""
        moves_out: dict[str, list[str]] = defaultdict(list)
        for c in self.changes:
            if c.what == "card" and c.kind is ChangeKind.MOVED:
                for axis_id in c.before[:2]:
                    if axis_id in self.removed_axes:
                        moves_out[self.removed_axes[axis_id]].append(c.id)
        created = self.created_by
        for n, c in enumerate(self.changes):
            needs = {created[ref] for ref in _refs(c) if ref in created} - {c.id}
            needs.update(moves_out.get(c.id, ()))
            if needs:
                self.changes[n] = replace(c, requires=tuple(sorted(needs)))


def _refs(change: Change) -> Iterable[str]:
    """The ids a change's new value refers to."""
    if change.kind is ChangeKind.MOVED and change.what == "card":
        yield from change.after[:2]
    elif change.kind is ChangeKind.ADDED:
        yield from _deep_refs(change.after, top=True)
    elif change.field in REF_ONE and isinstance(change.after, str):
        yield change.after
    elif change.field in REF_MANY and isinstance(change.after, list):
        yield from change.after
    elif change.field is None and isinstance(change.after, dict):
        yield from _deep_refs(change.after, top=True)


def _deep_refs(value: Any, top: bool = False) -> Iterable[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in REF_ONE and isinstance(inner, str):
                yield inner
            elif key in REF_MANY and isinstance(inner, list):
                yield from inner
            elif isinstance(inner, dict | list):
                yield from _deep_refs(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _deep_refs(inner)


def _card_key(card: CardBase, ids: Callable[[str | None], str | None]) -> tuple:
    """What identifies a card whose id differs: its title and cell; an untitled card (most emotion points) its
    kind, cell and persona, in order within the cell, else a re-imported curve would be all removed and added."""
    cell = (ids(card.lane_id), ids(card.stage_id))
    if card.title:
        return (_norm(card.title), *cell)
    return ("", card.kind, *cell, ids(getattr(card, "persona_id", None)))


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def diff(a: Project, b: Project) -> Comparison:
    """Every change that turns A into B; empty when they are the same project."""
    return _Differ(a, b).run()


