"""Three-way merge: with the version both started from, a change made on one side only is taken without asking,
and only a field both sides changed (or an item one side removed and the other edited) needs a decision."""

from dataclasses import dataclass, field
from datetime import timedelta

from journeydesigner.compare import describe as D
from journeydesigner.compare.apply import apply_in_place
from journeydesigner.compare.changes import Change, ChangeKind, Comparison
from journeydesigner.compare.diff import diff
from journeydesigner.i18n import tr
from journeydesigner.model import Project


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same thing: ``theirs`` (a change from ours to theirs) takes their version."""

    theirs: Change
    ours: Change | None
    text: str

    @property
    def id(self) -> str:
        return self.theirs.id


@dataclass
class Merge:
    comparison: Comparison  # ours -> theirs
    ours: list[Change]  # base -> ours
    theirs: list[Change]  # base -> theirs
    take: list[Change] = field(default_factory=list)  # only theirs changed it: taken automatically
    keep: list[Change] = field(default_factory=list)  # only ours changed it: stays as it is
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return self.comparison.same


class _Side:
    """One side's changes since the base, indexed for the questions the merge asks."""

    def __init__(self, changes: list[Change]) -> None:
        self.by_id = {c.id: c for c in changes}
        self.gone: set[str] = set()  # items this side removed (with what went with them) or added
        self.touching: dict[str, list[Change]] = {}  # item id -> changes about it or about what is in it
        for c in changes:
            if c.kind in (ChangeKind.ADDED, ChangeKind.REMOVED) and c.item_id:
                self.gone.add(c.item_id)
                self.gone.update(c.contains)
            if c.kind is not ChangeKind.REMOVED and not _reorder(c):  # a place in a cell is no edit worth a conflict
                for item in c.touches - {c.map_id}:
                    self.touching.setdefault(item, []).append(c)

    def about(self, item_id: str | None) -> Change | None:
        found = self.touching.get(item_id or "")
        return found[0] if found else None

    def changed(self, d: Change) -> Change | None:
        if d.id in self.by_id:
            mine = self.by_id[d.id]
            # Which card of a cell counts as "moved" is a guess when two swap; a move to another cell is not.
            return None if _reorder(mine) and not _reorder(d) else mine
        if d.what == "card" and d.kind is ChangeKind.EDITED:  # a card's kind changed: every field goes with it
            whole = f"card/{d.item_id}/whole"
            if whole in self.by_id or d.field is None:
                return self.by_id.get(whole) or next((c for c in self.touching.get(d.item_id or "", [])
                                                      if c.kind is ChangeKind.EDITED), None)
        return None


def _reorder(c: Change) -> bool:
    """A card moved within its cell only: a place in a cell is not worth a conflict with a real edit."""
    return c.kind is ChangeKind.MOVED and c.what == "card" and c.before[:2] == c.after[:2]


def merge3(base: Project, ours: Project, theirs: Project) -> Merge:
    """Sort the differences between ours and theirs into taken, kept and conflicting, using their ancestor."""
    o_changes, t_changes = diff(base, ours).changes, diff(base, theirs).changes
    result = Merge(diff(ours, theirs), o_changes, t_changes)
    o, t = _Side(o_changes), _Side(t_changes)
    for d in result.comparison.changes:
        if d.kind is ChangeKind.ADDED and d.item_id in o.gone:  # ours removed what theirs still has
            mine = o.by_id.get(f"{d.what}/{d.item_id}/presence")
            _decide(result, d, mine, conflict=t.about(d.item_id) is not None)
        elif d.kind is ChangeKind.ADDED:
            result.take.append(d)
        elif d.kind is ChangeKind.REMOVED and d.item_id in t.gone:  # theirs removed it
            mine = o.about(d.item_id)
            if mine is not None:
                result.conflicts.append(Conflict(d, mine, _text(d, mine)))
            else:
                result.take.append(d)
        elif d.kind is ChangeKind.REMOVED:
            result.keep.append(d)
        else:
            theirs_did, mine = t.changed(d), o.changed(d)
            if theirs_did and mine:
                result.conflicts.append(Conflict(d, mine, _text(d, mine)))
            elif theirs_did:
                result.take.append(d)
            else:
                result.keep.append(d)
    _hold_back(result)
    return result


def _decide(result: Merge, d: Change, mine: Change | None, conflict: bool) -> None:
    if conflict:
        result.conflicts.append(Conflict(d, mine, _text(d, mine)))
    else:
        result.keep.append(d)


def _hold_back(result: Merge) -> None:
    """A change taken automatically that needs one waiting for a decision waits with it."""
    taken = {c.id for c in result.take}
    while True:
        blocked = [c for c in result.take if any(r not in taken for r in c.requires)]
        if not blocked:
            return
        for c in blocked:
            result.take.remove(c)
            taken.discard(c.id)
            result.conflicts.append(Conflict(c, None, tr("Waits for a decision above: {change}").format(
                change=c.text)))


def _text(theirs: Change, ours: Change | None) -> str:
    if ours is None:
        return tr("Conflict: {theirs}").format(theirs=theirs.text)
    if ours.field is not None and ours.field == theirs.field and ours.item_id == theirs.item_id:
        return tr("Conflict: {sentence}").format(sentence=D.flat(D.both_changed(
            ours.what, ours.label, ours.field, theirs.before, theirs.after)))
    return D.conflict(theirs.text, ours.text)


def could_be_ancestor(base: Project, other: Project, slack: timedelta = timedelta(minutes=5)) -> bool:
    """Whether ``other`` may descend from ``base``: not if it was saved before ``base`` was (a ``.bak`` kept by a
    later save than the one sent to the client), or merging would take back, as theirs, what we changed since.
    ``slack`` allows for two computers' clocks."""
    try:
        return base.meta.modified <= other.meta.modified + slack
    except TypeError:  # a date without a time zone beside one with: nothing to tell
        return True


def merged(base: Project, ours: Project, theirs: Project) -> tuple[Project, Merge]:
    """Ours with every change only theirs made; conflicts are left as ours has them."""
    result = merge3(base, ours, theirs)
    project = ours.model_copy(deep=True)
    apply_in_place(project, result.take, result.comparison.assets)
    return project, result
