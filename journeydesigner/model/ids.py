"""Stable identifiers: short, readable in a diff of project.json, unique across a project."""

import uuid

ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``card-3f9a1c2b7d``; the prefix tells a reader what it names."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
