"""Comparing and merging two versions of a project (no Qt): what changed, in the words of the domain."""

from journeydesigner.compare.apply import apply, apply_in_place
from journeydesigner.compare.changes import MISSING, Change, ChangeKind, Comparison
from journeydesigner.compare.diff import diff

__all__ = ["MISSING", "Change", "ChangeKind", "Comparison", "apply", "apply_in_place", "diff"]
