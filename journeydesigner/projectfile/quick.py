"""`validate`'s quick check: says a file is valid, without importing pydantic, only when the full reader
(reader.py) would certainly say so too, and nothing more; on anything else it says nothing (None), and the full
reader gives the verdict and the message (issue 15: importing pydantic and building the models took twice as
long as a bare read of a 5,000-card file).

What makes "valid" here certain: the container and the strict JSON parse are the reader's own (container.py);
the data is checked against msgspec Structs generated from the models and never wider than them
(quickgen.py; unknown fields, newer card or lane kinds refused); it is of this version's format exactly, so no
migration applies; it holds no entry but project.json (and the mimetype) and names no image, so the reader would
load no image and keep no other entry (no warning can come from them); and the reader's own problem scan
(invariants.py) finds nothing. Nesting needs no walk: without unknown fields the Structs bound it.
"""

import os
import sys
import zipfile
from typing import Any

from journeydesigner.projectfile.container import PROJECT_JSON, parse_json, read_file, read_stream

ONLY_ENTRIES = frozenset({PROJECT_JSON, "mimetype"})


def quick_project(path: str | os.PathLike[str]) -> Any:
    """The file's project as the quick check's Structs when it is certainly valid; None to leave it to the reader."""
    try:
        return read_file(path, lambda handle: read_stream(handle, _checked))
    except Exception:  # whatever it is, the full reader will say it in its words
        return None


def _msgspec() -> Any:
    """msgspec, imported without typing_extensions where that is not loaded yet: msgspec takes it when it is
    installed (pydantic brings it) and falls back on typing's own ``get_type_hints``, ``Required`` and
    ``NotRequired`` (Python 3.11 has them; the Structs use neither); typing_extensions and the inspect it loads
    were 10-15 ms of a 150 ms answer at 5,000 cards. ``None`` in ``sys.modules`` is how an import is made to fail,
    and it is taken out at once: whatever comes next (the full reader's pydantic) imports typing_extensions."""
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        import msgspec
    else:
        sys.modules["typing_extensions"] = None  # type: ignore[assignment]
        try:
            import msgspec
        finally:
            del sys.modules["typing_extensions"]
    return msgspec


def _checked(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], raw: bytes) -> Any:
    msgspec = _msgspec()
    from journeydesigner.invariants import find_problems
    from journeydesigner.projectfile import quickschema

    if not entries.keys() <= ONLY_ENTRIES:
        return None  # images (decoded by the reader) and any other entry (kept by it, or warned about)
    _text, data = parse_json(raw)
    if data.get("format_version") != quickschema.FORMAT_VERSION:
        return None  # an older file is migrated, a newer one may hold what this version only keeps
    project = msgspec.convert(data, quickschema.Project, strict=True)
    if project.meta.logo or any(persona.photo for persona in project.personas) or any(
            card.image for jmap in project.maps for card in jmap.cards):
        return None  # an image named but not in the file: the reader warns
    if next(find_problems(project, quickschema.EmotionCardEmotion), None) is not None:
        return None
    return project
