"""Every kind of bad file gets one sentence naming the place: never a traceback, a hang, or a file written."""

import hashlib
import json
import struct
import zipfile
import zlib

import pytest

from journeydesigner.projectfile import ProjectFileError, read_project, read_project_bytes
from journeydesigner.projectfile import limits as limits_module
from tests.helpers.containers import container, project_dict, valid_bytes, with_json


def refused(data: bytes) -> str:
    with pytest.raises(ProjectFileError) as info:
        read_project_bytes(data)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def png_claiming(width: int, height: int) -> bytes:
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")


def with_photo(blob: bytes, ext: str = "png") -> bytes:
    data = project_dict()
    ref = f"assets/{hashlib.sha256(blob).hexdigest()}.{ext}"
    data["personas"][0]["photo"] = ref
    return with_json(data, **{ref: blob})


def test_not_a_zip():
    assert "not a ZIP container" in refused(b"hello, I am a text file")


def test_empty_file():
    assert "not a ZIP container" in refused(b"")


def test_truncated_file():
    data = valid_bytes()
    message = refused(data[: len(data) // 2])
    assert "truncated" in message or "damaged" in message


def test_corrupted_bytes_inside_an_entry():
    data = bytearray(valid_bytes())
    start = data.index(b"project.json") + 40
    data[start : start + 20] = b"\xff" * 20
    assert refused(bytes(data))


def test_missing_project_json():
    assert "without project.json" in refused(container({"other.txt": b"x"}))


def test_wrong_mimetype():
    assert "not a Journey Designer project" in refused(container({"project.json": b"{}"}, mimetype="text/plain"))


def test_malformed_json():
    message = refused(container({"project.json": b'{"format_version": "1.0",'}))
    assert message.startswith("project.json: is not valid JSON") and "line 1" in message


def test_json_that_is_not_an_object():
    assert refused(container({"project.json": b"[1, 2]"})) == "project.json: must hold an object, not a list"


def test_not_utf8():
    assert "not UTF-8" in refused(container({"project.json": b'{"x": "\xff\xfe"}'}))


def test_missing_version():
    assert "format_version: is missing" in refused(container({"project.json": b'{"maps": []}'}))


def test_wrong_type_names_the_place():
    data = project_dict()
    data["maps"][0]["stages"] = "Awareness"
    assert refused(with_json(data)) == "project.json › maps[0] › stages: must be a list (found text)"


def test_out_of_range_value_names_the_card():
    data = project_dict()
    data["maps"][0]["cards"][4]["severity"] = 9
    assert refused(with_json(data)) == "project.json › maps[0] › cards[4] › severity: must be at most 5 (found 9)"


def test_emotion_outside_the_scale_names_the_card():
    data = project_dict()
    data["maps"][0]["cards"][3]["score"] = 7
    assert refused(with_json(data)) == "project.json › maps[0] › cards[3] › score: must be between -3 and 3"


def test_unknown_card_kind_opens_as_a_plain_card_with_a_note():
    """Opens (tests/projectfile/test_forward_compat.py has the rest), and the note names the kind, so a typo shows."""
    data = project_dict()
    data["maps"][0]["cards"][0]["kind"] = "hologram"
    project = read_project_bytes(with_json(data))
    assert project.maps[0].cards[0].kind == "hologram" and project.load_warnings == []
    assert "(such as 'hologram')" in project.load_notes[0]


def test_dangling_reference():
    data = project_dict()
    data["maps"][0]["cards"][1]["lane_id"] = "lane-deleted"
    message = refused(with_json(data))
    expected = "project.json › maps[0] › cards[1] › lane_id: refers to lane 'lane-deleted' that is not in this map"
    assert message == expected


def test_duplicate_ids():
    data = project_dict()
    data["maps"][0]["stages"][1]["id"] = data["maps"][0]["stages"][0]["id"]
    assert "is used more than once" in refused(with_json(data))


def test_future_major_version():
    data = project_dict()
    data["format_version"] = "2.0"
    assert "newer Journey Designer (format 2.x)" in refused(with_json(data))


def test_bad_version_string():
    data = project_dict()
    data["format_version"] = "one point oh"
    assert "is not a version" in refused(with_json(data))


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "assets/../../x", "C:/win.ini", "a\\..\\b"])
def test_entries_that_escape_the_container(name):
    assert "points outside the project" in refused(container({"project.json": b"{}", name: b"x"}))


def test_oversized_entry(monkeypatch):
    monkeypatch.setattr(limits_module, "MAX_JSON_BYTES", 1000)
    data = project_dict()
    data["meta"]["notes"] = "x" * 5000
    assert "more than the 1,000" in refused(with_json(data))


def test_a_bomb_is_never_unpacked_past_the_limit(monkeypatch):
    monkeypatch.setattr(limits_module, "MAX_JSON_BYTES", 5_000_000)
    bomb = container({"project.json": b'{"format_version": "1.0", "pad": "' + b" " * 20_000_000 + b'"}'})
    assert len(bomb) < 100_000
    assert "more than the 5,000,000" in refused(bomb)


def test_a_file_that_compresses_very_well_still_opens():
    """1,000 cards sharing one long interview note deflate 1000:1, and the writer makes such files."""
    data = project_dict()
    note = "The interview went on. " * 1000
    data["meta"]["notes"] = note[:20_000]
    for card in data["maps"][0]["cards"]:
        card["notes"] = note[:20_000]
    project = read_project_bytes(with_json(data))
    assert project.meta.notes == note[:20_000]


def test_too_many_entries(monkeypatch):
    monkeypatch.setattr(limits_module, "MAX_ENTRIES", 5)
    entries = {f"assets/x{i}": b"" for i in range(6)}
    assert "entries, more than the 5 allowed" in refused(container(entries))


def test_deep_json():
    """Deep nesting can only come in a field this version does not know, on any model: the walk finds it."""
    nested = "[" * 100 + "]" * 100
    for where in ('"x": {nested}', '"maps": [{{"id": "m", "name": "M", "x": {nested}}}]'):
        text = f'{{"format_version": "1.0", {where.format(nested=nested)}}}'
        assert "nested more than 64 levels" in refused(container({"project.json": text.encode()}))


@pytest.mark.parametrize("where", [("maps", 0, "cards", 3), ("maps", 0, "lanes", 1), ("maps", 0, "stages", 0),
                                   ("maps", 0, "emotion_scale"), ("personas", 0), ("meta",)])
def test_deep_json_in_an_unknown_field_of_any_model_at_the_limit_exactly(where):
    """64 levels in all open; 65 are refused, wherever the unknown field is (the walk passes over the cards that
    have none, and must not pass over the one that has)."""
    data = project_dict()
    model = data
    for part in where:
        model = model[part]
    room = limits_module.MAX_JSON_DEPTH - len(where) - 1  # project.json is level 1, each name or index one more
    for levels, opens in ((room, True), (room + 1, False)):
        model["newer_field"] = json.loads("[" * levels + "]" * levels)
        if opens:
            read_project_bytes(with_json(data))
        else:
            assert "nested more than 64 levels" in refused(with_json(data))


def test_absurdly_deep_json_does_not_crash():
    nested = "[" * 200_000 + "]" * 200_000
    assert "nested" in refused(container({"project.json": f'{{"x": {nested}}}'.encode()}))


def opens_with_a_placeholder(data: bytes) -> str:
    project = read_project_bytes(data)
    assert project.personas[0].photo is not None and project.personas[0].photo not in project.assets
    [warning] = project.load_warnings
    assert warning.startswith("project.json › personas[0] › photo: ")
    return warning


def test_image_that_is_not_an_image_opens_as_a_placeholder():
    assert "is not a readable image" in opens_with_a_placeholder(with_photo(b"GIF89a but not really an image at all"))


def test_image_with_absurd_pixel_count_is_never_decoded():
    warning = opens_with_a_placeholder(with_photo(png_claiming(100_000, 100_000)))
    assert "100000 × 100000 pixels" in warning or "absurd number of pixels" in warning


def test_missing_image_opens_as_a_placeholder():
    data = project_dict()
    data["personas"][0]["photo"] = "assets/" + "0" * 64 + ".png"
    assert "is missing from the file" in opens_with_a_placeholder(container({"project.json": json.dumps(data)}))


def test_image_whose_content_does_not_match_its_name():
    data = project_dict()
    ref = data["personas"][0]["photo"]
    warning = opens_with_a_placeholder(container({"project.json": json.dumps(data), ref: b"\x89PNG other bytes"}))
    assert "is not a readable image" in warning


def test_a_project_with_a_missing_image_saves_and_opens_again():
    from journeydesigner.projectfile import project_bytes

    data = project_dict()
    data["personas"][0]["photo"] = "assets/" + "0" * 64 + ".png"
    project = read_project_bytes(container({"project.json": json.dumps(data)}))
    again = read_project_bytes(project_bytes(project))
    assert again.personas[0].photo == project.personas[0].photo and again.load_warnings


def test_duplicate_entry_names():
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")
        archive.writestr("project.json", "{}")
        archive.writestr("project.json", "{}")
    assert "twice" in refused(buffer.getvalue())


def test_reading_never_writes_a_file(tmp_path):
    bad = tmp_path / "bad.journey"
    bad.write_bytes(valid_bytes()[:300])
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ProjectFileError):
        read_project(bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize(("setup", "expected"), [("missing", "does not exist"), ("folder", "is a folder")])
def test_paths_that_are_not_files(tmp_path, setup, expected):
    path = tmp_path / "x.journey"
    if setup == "folder":
        path.mkdir()
    with pytest.raises(ProjectFileError, match=expected):
        read_project(path)
