"""A hand-made file "from a newer minor version": what a later Journey Designer 1.x might write.

Built from JSON (not from this version's models, which could not express it): a newer minor format version, a
lane and cards of kinds this version does not know carrying fields it does not know either, unknown fields on
known objects, an image named only from an unknown field, an image nothing names, and an entry outside assets/.
"""

import copy
import hashlib
import io
import json
import zipfile

from journeydesigner.projectfile.limits import MIMETYPE
from tests.helpers.factories import png_bytes, small_project

FUTURE_VERSION = "1.4"
GALLERY_PNG = png_bytes(6, 4, "#AA3300")  # named only by the persona's unknown "gallery" field
ATTACHED_PNG = png_bytes(5, 5, "#00AA33")  # named only by the quote card's unknown "attachment" field
ORPHAN_PNG = png_bytes(3, 7, "#3300AA")  # named by nothing
THUMBNAIL = b"\x89PNG not really, and this version never looks"  # an entry outside assets/


def asset_name(data: bytes) -> str:
    return f"assets/{hashlib.sha256(data).hexdigest()}.png"


QUOTE_CARD = {
    "id": "card-quote", "kind": "quote", "lane_id": "lane-q", "stage_id": "stage-a",
    "title": "“Where is my order?”", "body": "Said in interview 3.",
    "speaker": {"name": "Ann", "age": 34, "verified": True}, "sentiment": -0.5,
    "attachment": asset_name(ATTACHED_PNG), "tags": ["voice", "support"], "highlights": [[0, 5], [9, 14]],
}
METRIC_CARD = {  # no title at all, and a field ("unit") that only KPI cards have here
    "id": "card-metric", "kind": "metric", "lane_id": "lane-t", "stage_id": "stage-a",
    "series": [1.5, 2.25, None], "unit": "ms", "source": {"system": "analytics", "query": "p95"},
}
QUOTE_LANE = {"id": "lane-q", "name": "Quotes", "kind": "quote", "color": None, "sort": "recent"}


def future_dict() -> dict:
    """project.json of the future file."""
    data = small_project().model_dump(mode="json")
    data["format_version"] = FUTURE_VERSION
    for stamp in ("created", "modified"):  # fixed: two calls a second apart must build the same file
        if stamp in data["meta"]:
            data["meta"][stamp] = "2031-01-01T09:00:00Z"
    data["whiteboards"] = [{"id": "wb-1", "strokes": [[0, 0], [5, 5]]}]
    data["meta"]["brand"] = {"colour": "#112233"}
    persona = data["personas"][0]
    persona["avatar_style"] = {"shape": "circle", "ring": 2}
    persona["gallery"] = [asset_name(GALLERY_PNG)]
    data["jobs"][0]["evidence"] = ["interview 3"]
    data["export"]["watermark"] = "DRAFT"
    jmap = data["maps"][0]
    jmap["zoom"] = 1.5
    jmap["emotion_scale"]["midpoint_label"] = "Neutral"
    jmap["stages"][0]["sla_hours"] = 24
    jmap["stages"][0]["owner"] = {"team": "Support", "since": "2031-01-01"}
    jmap["lanes"].append(copy.deepcopy(QUOTE_LANE))
    cards = jmap["cards"]
    cards[0]["reactions"] = {"👍": 3}
    # The metric card sits between two known cards of its cell, the quote card alone in its newer lane.
    cards.insert(1, copy.deepcopy(METRIC_CARD))
    cards.append(copy.deepcopy(QUOTE_CARD))
    return data


def future_entries() -> dict[str, bytes]:
    """Every entry of the future file but the mimetype, by name."""
    entries = dict(small_project().assets)
    entries["project.json"] = json.dumps(future_dict(), ensure_ascii=False).encode("utf-8")
    for blob in (GALLERY_PNG, ATTACHED_PNG, ORPHAN_PNG):
        entries[asset_name(blob)] = blob
    entries["thumbnails/map-1.png"] = THUMBNAIL
    return entries


def future_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", MIMETYPE, compress_type=zipfile.ZIP_STORED)
        for name, data in future_entries().items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def entries_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "mimetype"}
