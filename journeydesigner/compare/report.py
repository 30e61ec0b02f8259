"""``journeydesigner diff``'s output: a line per change (like diff(1)), or JSON for scripts."""

import json
from typing import Any

from journeydesigner.compare.diff import diff
from journeydesigner.compare.merge import merge3
from journeydesigner.i18n import tr
from journeydesigner.model import Project


def report(a: Project, b: Project, base: Project | None = None, fmt: str = "text") -> tuple[str, bool]:
    """The report and whether A and B are the same project. With ``base``: what each side changed since it,
    and the conflicts (both changed the same thing)."""
    if base is None:
        comparison = diff(a, b)
        if fmt == "json":
            return _json({"same": comparison.same, "changes": [c.to_json() for c in comparison.changes]}), \
                comparison.same
        return "\n".join(c.text for c in comparison.changes), comparison.same
    merge = merge3(base, a, b)
    if fmt == "json":
        return _json({
            "same": merge.same, "a": [c.to_json() for c in merge.ours], "b": [c.to_json() for c in merge.theirs],
            "taken_from_b": [c.to_json() for c in merge.take],
            "conflicts": [{"id": c.id, "text": c.text, "b": c.theirs.to_json(),
                           "a": c.ours.to_json() if c.ours else None} for c in merge.conflicts],
        }), merge.same
    lines = [tr("A: {change}").format(change=c.text) for c in merge.ours]
    lines += [tr("B: {change}").format(change=c.text) for c in merge.theirs]
    lines += [c.text for c in merge.conflicts]
    return "\n".join(lines), merge.same


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
