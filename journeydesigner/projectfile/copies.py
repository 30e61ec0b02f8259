"""Conflicted copies that sync tools leave beside a project when two people saved it at once.

Dropbox:    "X (Maya's conflicted copy 2024-01-01).journey", "X (conflicted copy 2024-01-01).journey"
OneDrive:   "X-LAPTOP-7Q2.journey" (the computer's name), "X-Copy.journey", "X-Copy (2).journey"
Nextcloud:  "X (conflicted copy 2024-01-01 120000).journey", also with the user's name before the date; clients
            before 2.5 (and ownCloud's) wrote "X_conflict-20240101-120000.journey", also with the user's name
Syncthing:  "X.sync-conflict-20240101-120000-ABCDEFG.journey"
"""

import re
from pathlib import Path

from msgspec import Struct

SUFFIX = ".journey"
_APOSTROPHE = "['’]"
PATTERNS: tuple[tuple[str, str], ...] = (
    ("Dropbox", rf" \((?:(?P<who>[^()]+?){_APOSTROPHE}s )?conflicted copy(?: (?P<when>\d{{4}}-\d{{2}}-\d{{2}}))?\)"
                r"(?: \(\d+\))?"),
    ("Nextcloud", r" \(conflicted copy(?: (?P<who>[^()]+?))? (?P<when>\d{4}-\d{2}-\d{2} \d{6})\)(?: \(\d+\))?"),
    ("Nextcloud", r"_conflict-(?:(?P<who>[^()]+?)-)?(?P<when>\d{8}-\d{6})"),
    ("Syncthing", r"\.sync-conflict-(?P<when>\d{8}-\d{6})-(?P<who>[A-Z0-9]{7})"),
    # A computer's name has a letter and is no version number: "X-2024", "X-2" and "X-V2" are a consultant's names.
    ("OneDrive", r"-(?:Copy(?: \(\d+\))?|(?P<who>(?!V\d+$)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{0,14}))"),
)


class ConflictCopy(Struct, frozen=True):
    path: Path
    tool: str  # which sync tool's naming it follows
    who: str  # the person or computer that saved it, when the name says
    when: str  # the date in the name, as written


def _match(stem: str, name: str) -> ConflictCopy | None:
    if not name.endswith(SUFFIX) or not name.startswith(stem):
        return None
    rest = name[len(stem):-len(SUFFIX)]
    for tool, pattern in PATTERNS:
        found = re.fullmatch(pattern, rest)
        if found:
            groups = found.groupdict()
            return ConflictCopy(Path(name), tool, groups.get("who") or "", groups.get("when") or "")
    return None


def conflicted_copies(path: Path) -> list[ConflictCopy]:
    """The conflicted copies of ``path`` in its folder, newest first; empty when the folder cannot be read."""
    stem = path.name[:-len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
    try:
        names = [p for p in path.parent.iterdir() if p.name != path.name and p.is_file()]
    except OSError:
        return []
    found = []
    for other in names:
        copy = _match(stem, other.name)
        if copy is not None:
            found.append(ConflictCopy(other, copy.tool, copy.who, copy.when))
    return sorted(found, key=lambda c: _mtime(c.path), reverse=True)


def original_of(path: Path) -> Path | None:
    """When ``path`` is itself a conflicted copy, the project it is a copy of (if that file is there)."""
    name = path.name
    for end in range(len(name) - len(SUFFIX), 0, -1):
        stem = name[:end]
        if _match(stem, name) is not None:
            original = path.with_name(stem + SUFFIX)
            if original.is_file():
                return original
    return None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
