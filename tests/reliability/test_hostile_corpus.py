"""A hostile corpus, generated here: every class of bad or odd input from issue 14 gets one short sentence
that names the file's place, or is accepted and then saves, reads back and exports correctly."""

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from journeydesigner.cli import main
from journeydesigner.model import Kind, KpiCard, make_card
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import ProjectFileError, project_bytes, read_project, read_project_bytes
from journeydesigner.projectfile.images import asset_ref
from tests.helpers.containers import container, project_dict, valid_bytes, with_json
from tests.helpers.factories import small_project

SHORT = 300  # no message is longer than this, whatever the input


def refused(data: bytes) -> str:
    with pytest.raises(ProjectFileError) as info:
        read_project_bytes(data)
    message = str(info.value)
    assert "\n" not in message and len(message) < SHORT, message
    assert "Traceback" not in message and "ZipInfo" not in message and "set_int_max_str_digits" not in message
    return message


def json_text(data: dict, **replace: str) -> bytes:
    """JSON with placeholders swapped for raw tokens json.dumps would never write (NaN, 1e400, …)."""
    text = json.dumps(data)
    for key, token in replace.items():
        text = text.replace(f'"@{key}@"', token)
    return text.encode()


def kpi_project(value: object) -> dict:
    data = project_dict()
    data["maps"][0]["lanes"].append({"id": "lane-k", "name": "KPIs", "kind": "kpi"})
    data["maps"][0]["cards"].append({"id": "card-k", "kind": "kpi", "lane_id": "lane-k", "stage_id": "stage-a",
                                     "metric": "NPS", "value": value})
    return data


def raw_container(text: bytes) -> bytes:
    return container({"project.json": text, **small_project().assets})


# ---- numbers -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_non_finite_numbers_are_refused_with_the_place(token):
    message = refused(raw_container(json_text(kpi_project("@v@"), v=token)))
    assert message.startswith("project.json › maps[0] › cards[5] › value: ")


def test_non_finite_numbers_in_unknown_fields_are_refused_too():
    data = project_dict()
    data["whiteboard"] = {"zoom": "@v@"}
    assert refused(raw_container(json_text(data, v="NaN"))).startswith("project.json › whiteboard › zoom: ")


def test_a_4000_digit_number_gets_a_short_message():
    message = refused(raw_container(json_text(kpi_project("@v@"), v="9" * 4000)))
    assert "4,000 characters long" in message and "cards[5] › value" in message


def test_a_5000_digit_score_gets_a_short_message():
    data = project_dict()
    data["maps"][0]["cards"][2]["score"] = "@v@"
    assert "cards[2] › score" in refused(raw_container(json_text(data, v="1" * 5000)))


def test_the_model_refuses_non_finite_numbers_on_assignment():
    card = make_card(Kind.KPI, "l", "s")
    assert isinstance(card, KpiCard)
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            card.value = bad


@pytest.mark.parametrize(("value", "words"), [('"2"', "must be a whole number"), ("true", "must be a whole number"),
                                              ("1.5", "must be a whole number")])
def test_numbers_are_strict(value, words):
    data = project_dict()
    data["maps"][0]["cards"][4]["severity"] = "@v@"
    assert words in refused(raw_container(json_text(data, v=value)))


def test_a_whole_number_is_a_fine_decimal():
    project = read_project_bytes(raw_container(json_text(kpi_project("@v@"), v="42")))
    assert project.maps[0].cards[-1].value == 42.0  # type: ignore[union-attr]


# ---- JSON oddities -----------------------------------------------------------------------------------------
def test_duplicate_keys_are_refused_with_the_place():
    text = json.dumps(project_dict()).replace('"title": "Search ad"', '"title": "Search ad", "title": "Other"', 1)
    assert refused(raw_container(text.encode())) == (
        "project.json › maps[0] › cards[0] › title: appears twice in the same object; each name may appear once")


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "x\\udc00y"])
def test_lone_surrogates_are_refused(escape):
    data = project_dict()
    data["maps"][0]["cards"][0]["title"] = "@v@"
    message = refused(raw_container(json_text(data, v=f'"{escape}"')))
    assert "cards[0] › title" in message and "surrogate" in message


def test_a_paired_surrogate_escape_is_an_emoji_and_fine():
    data = project_dict()
    data["maps"][0]["cards"][0]["title"] = "@v@"
    project = read_project_bytes(raw_container(json_text(data, v='"\\ud83d\\ude00"')))
    assert project.maps[0].cards[0].title == "😀"


@pytest.mark.parametrize("where", ["id", "kind", "title", "color"])
def test_a_huge_value_is_never_copied_into_the_message(where):
    data = project_dict()
    data["maps"][0]["cards"][0][where] = "x" * 5_000_000
    assert len(refused(with_json(data))) < SHORT


@pytest.mark.parametrize("version", ["².0", "1.²", "١.٠", "1.0.0", "9" * 5000, " 1.0", "-1"])
def test_odd_versions_get_one_sentence(version):
    data = project_dict()
    data["format_version"] = version
    assert "is not a version" in refused(with_json(data))


@pytest.mark.parametrize(("field", "value"), [("stages", 5), ("cards", None), ("lanes", "x"), ("cards", {"a": 1})])
def test_v0_files_with_wrong_types_get_one_sentence(field, value):
    v0 = {"version": 0, "title": "Old", "map": {"stages": [], "lanes": [], "cards": []}}
    v0["map"][field] = value
    assert f"map › {field}: must be a list" in refused(container({"project.json": json.dumps(v0)}, mimetype=None))


@pytest.mark.parametrize(("value", "found"), [(None, "null"), (5, "a number"), ("x", "text"), ([], "a list")])
def test_a_wrong_type_is_named_in_json_words(value, found):
    """Not Python's: a user never wrote a 'NoneType'."""
    data = project_dict()
    data["maps"][0]["stages"][0] = value
    assert refused(with_json(data)).endswith(f"stages[0]: must be an object (found {found})")


def test_validate_writes_nothing_not_even_a_log(tmp_path, capsys, monkeypatch):
    data_dir = tmp_path / "data"
    monkeypatch.setenv("JOURNEYDESIGNER_DATA_DIR", str(data_dir))
    bad = tmp_path / "old.journey"
    bad.write_bytes(container({"project.json": json.dumps({"version": 0, "map": {"stages": 5}})}, mimetype=None))
    before = sorted(tmp_path.rglob("*"))
    assert main(["validate", str(bad)]) == 2
    assert "internal error" not in capsys.readouterr().err
    assert sorted(tmp_path.rglob("*")) == before and not data_dir.exists()


# ---- the ZIP container -------------------------------------------------------------------------------------
def test_symlink_entries_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.journeydesigner+zip")
        link = zipfile.ZipInfo("project.json")
        link.external_attr = (0o120777 << 16)
        archive.writestr(link, "/etc/passwd")
    assert "symbolic link" in refused(buffer.getvalue())


def test_a_zip64_archive_is_read():
    project = small_project()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.journeydesigner+zip")
        with archive.open("project.json", "w", force_zip64=True) as entry:
            entry.write(json.dumps(project.model_dump(mode="json")).encode())
        for ref, blob in project.assets.items():
            archive.writestr(ref, blob)
    assert read_project_bytes(buffer.getvalue()).meta.title == "Small"


def _patch_central(data: bytes, name: bytes, offset: int, value: bytes) -> bytes:
    """Overwrite a field of ``name``'s central directory record (and its local header, for the flags)."""
    out = bytearray(data)
    central = out.index(b"PK\x01\x02")
    while out[central + 46: central + 46 + len(name)] != name:
        central = out.index(b"PK\x01\x02", central + 4)
    out[central + offset: central + offset + len(value)] = value
    return bytes(out)


def test_an_encrypted_entry_gets_one_sentence():
    data = _patch_central(valid_bytes(), b"project.json", 8, struct.pack("<H", 1))
    assert refused(data) == ("project.json: is encrypted; Journey Designer files are never encrypted, so it "
                             "cannot be read")


@pytest.mark.parametrize("size", [10, 2**31])
def test_lying_sizes_get_one_sentence(size):
    refused(_patch_central(valid_bytes(), b"project.json", 24, struct.pack("<I", size)))


@pytest.mark.parametrize(("method", "name"), [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "LZMA")])
def test_bzip2_and_lzma_are_refused(method, name):
    data = container({"project.json": json.dumps(project_dict())}, method=method)
    assert refused(data) == f"project.json: is compressed with {name}; Journey Designer files use only deflate"


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_around_the_archive_is_refused(where):
    data = b"MZ junk " * 10 + valid_bytes() if where == "before" else valid_bytes() + b"trailing junk"
    assert f"has data {where} its ZIP archive" in refused(data)


def test_a_compressed_mimetype_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.journeydesigner+zip")
        archive.writestr("project.json", json.dumps(project_dict()))
    assert "'mimetype' entry must come first" in refused(buffer.getvalue())


def test_a_misplaced_mimetype_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.json", json.dumps(project_dict()))
        archive.writestr("mimetype", "application/vnd.journeydesigner+zip")
    assert "'mimetype' entry must come first" in refused(buffer.getvalue())


def test_a_missing_mimetype_is_accepted():
    """The 0.x prototype wrote none; project.json and its format_version say what the file is."""
    assert read_project_bytes(container({"project.json": json.dumps(project_dict()),
                                         **small_project().assets}, mimetype=None)).meta.title == "Small"


def test_entry_names_in_messages_stay_on_one_line():
    message = refused(container({"project.json": b"{}", "../evil\nname.txt": b"x"}))
    assert "\\n" in message


# ---- the file system ---------------------------------------------------------------------------------------
def test_a_fifo_is_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    with pytest.raises(ProjectFileError, match="not a file"):
        read_project(fifo)


def test_dev_zero_is_not_read():
    with pytest.raises(ProjectFileError, match="not a file"):
        read_project("/dev/zero")


def test_a_symlink_loop(tmp_path):
    (tmp_path / "a.journey").symlink_to(tmp_path / "b.journey")
    (tmp_path / "b.journey").symlink_to(tmp_path / "a.journey")
    with pytest.raises(ProjectFileError, match="cannot be read: too many levels of symbolic links"):
        read_project(tmp_path / "a.journey")


def test_an_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.journey"
    path.write_bytes(valid_bytes())
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it does for a user
        real_open = os.open

        def denied(name, *args, **kwargs):
            if Path(name) == path:
                raise PermissionError(13, "Permission denied")
            return real_open(name, *args, **kwargs)

        monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ProjectFileError, match="permission denied"):
        read_project(path)


def test_a_newline_in_a_file_name_does_not_split_the_message(tmp_path, capsys):
    bad = tmp_path / "two\nlines.journey"
    bad.write_bytes(b"not a zip")
    assert main(["validate", str(bad)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "two\\nlines.journey: is not a Journey Designer project" in line


def test_an_overlong_output_name_gets_one_sentence(qapp, tmp_path, capsys):
    source = tmp_path / "p.journey"
    source.write_bytes(valid_bytes())
    for suffix in (".pdf", ".journey", ".svg"):
        assert main(["export", str(source), "-o", str(tmp_path / ("x" * 300 + suffix))]) == 2
        [line] = capsys.readouterr().err.splitlines()
        assert "file name too long" in line.lower() and len(line) < SHORT


# ---- images ------------------------------------------------------------------------------------------------
def _png_with_corrupt_zlib() -> bytes:
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    good = zlib.compress(b"\0" + b"\x80" * 48 * 3 * 1)  # valid for row 1 …
    broken = good[:6] + bytes(b ^ 0x5A for b in good[6:-4]) + good[-4:]  # … then garbage, with a valid CRC
    ihdr = struct.pack(">IIBBBBB", 48, 48, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", broken) + chunk(b"IEND", b"")


def test_a_png_with_a_damaged_stream_but_good_crcs_is_caught_by_validate(tmp_path, capsys):
    data = project_dict()
    blob = _png_with_corrupt_zlib()
    ref = asset_ref(blob, "png")
    data["personas"][0]["photo"] = ref
    path = tmp_path / "photo.journey"
    path.write_bytes(with_json(data, **{ref: blob}))
    assert main(["validate", str(path)]) == 2
    assert "personas[0] › photo: " in capsys.readouterr().err


def test_an_export_of_a_file_with_a_damaged_image_says_so(qapp, tmp_path, capsys):
    """The file opens (the photo is a placeholder), so it exports; but never silently, as the window does not."""
    data = project_dict()
    blob = _png_with_corrupt_zlib()
    ref = asset_ref(blob, "png")
    data["personas"][0]["photo"] = ref
    data["maps"][0]["name"] = "two\nlines"  # its notes must stay on one line too
    path = tmp_path / "photo.journey"
    path.write_bytes(with_json(data, **{ref: blob}))
    assert main(["export", str(path), "-o", str(tmp_path / "out.pdf")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("warning: ") and "personas[0] › photo: " in line and "not a readable image" in line
               for line in err), err
    assert all(line.startswith(("warning: ", "note: ")) and len(line) < 500 for line in err), err


def _encoded(fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#CC3366").save(out, fmt, **options)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["BMP", "TIFF", "ICO"])
def test_other_image_formats_are_converted_and_survive_a_resave(fmt):
    blob = _encoded(fmt)
    data = project_dict()
    old_ref = asset_ref(blob, "png")  # what another program might have named it
    data["personas"][0]["photo"] = old_ref
    project = read_project_bytes(with_json(data, **{old_ref: blob}))
    [warning] = project.load_warnings
    assert f"is a {fmt} image; it was converted to PNG" in warning
    new_ref = project.personas[0].photo
    assert new_ref != old_ref and project.assets[new_ref].startswith(b"\x89PNG")
    again = read_project_bytes(project_bytes(project))
    assert again.personas[0].photo == new_ref and again.assets[new_ref] == project.assets[new_ref]
    assert not again.load_warnings


def test_a_reference_this_version_cannot_store_shows_what_is_wrong_with_it():
    """A quoted value keeps its end: for an image's name, the end is what is wrong."""
    blob = _encoded("BMP")
    data = project_dict()
    data["personas"][0]["photo"] = ref = asset_ref(blob, "bmp")
    message = refused(with_json(data, **{ref: blob}))
    assert "personas[0] › photo: has the wrong form: 'assets/" in message and message.endswith(".bmp'")


def test_an_image_under_the_wrong_name_is_kept():
    jpeg = _encoded("JPEG")
    data = project_dict()
    wrong = asset_ref(b"something else", "png")
    data["personas"][0]["photo"] = wrong
    project = read_project_bytes(with_json(data, **{wrong: jpeg}))
    assert project.personas[0].photo == asset_ref(jpeg, "jpg")
    assert read_project_bytes(project_bytes(project)).assets[asset_ref(jpeg, "jpg")] == jpeg


def test_the_pixels_of_all_images_together_are_bounded(monkeypatch):
    from journeydesigner.projectfile import limits

    monkeypatch.setattr(limits, "MAX_PROJECT_PIXELS", 5_000)
    monkeypatch.setattr(limits, "MIN_REDUCED_PIXELS", 500)
    big = io.BytesIO()
    Image.new("RGB", (100, 40), "#00AA00").save(big, "PNG")  # 4,000 pixels: fits once, not twice
    other = io.BytesIO()
    Image.new("RGB", (100, 40), "#AA0000").save(other, "PNG")
    data = project_dict()
    first, second = asset_ref(big.getvalue(), "png"), asset_ref(other.getvalue(), "png")
    data["personas"][0]["photo"] = first
    data["maps"][0]["cards"][0]["image"] = second
    project = read_project_bytes(with_json(data, **{first: big.getvalue(), second: other.getvalue()}))
    assert any("reduced" in w for w in project.load_warnings)
    reduced = project.maps[0].cards[0].image
    assert reduced in project.assets  # kept, smaller, not dropped
    assert Image.open(io.BytesIO(project.assets[reduced])).size == (50, 20)


def test_many_small_images_cannot_add_up_past_the_allowance(monkeypatch):
    """Thousands of images each below the size a reduction stops at once added up to gigabytes (2,000 images of
    500 × 500 in a 0.9 MB file: a 2.2 GB PNG export); each image still to come is now promised a share."""
    from journeydesigner.projectfile import limits

    monkeypatch.setattr(limits, "MAX_PROJECT_PIXELS", 5_000)
    monkeypatch.setattr(limits, "MIN_REDUCED_PIXELS", 500)
    data = project_dict()
    jmap = data["maps"][0]
    images = {}
    for i in range(30):  # 400 pixels each, under the 500 a reduction stops at; 12,000 together
        out = io.BytesIO()
        Image.new("RGB", (20, 20), (i, 100, 200)).save(out, "PNG")
        ref = asset_ref(out.getvalue(), "png")
        images[ref] = out.getvalue()
        jmap["cards"].append({"id": f"card-p{i}", "kind": "text", "lane_id": jmap["lanes"][0]["id"],
                              "stage_id": jmap["stages"][0]["id"], "title": str(i), "image": ref})
    project = read_project_bytes(with_json(data, **images))
    refs = [card.image for card in project.maps[0].cards if card.id.startswith("card-p")]
    assert all(ref in project.assets for ref in refs)  # every image kept, smaller, none dropped
    decoded = sum(Image.open(io.BytesIO(project.assets[ref])).size[0] * Image.open(io.BytesIO(project.assets[ref]))
                  .size[1] for ref in set(refs))
    assert decoded <= 5_000


# ---- what validate accepts, every exporter exports ---------------------------------------------------------
def extreme_project() -> bytes:
    data = kpi_project(1.7976931348623157e308)
    data["maps"][0]["cards"].append({"id": "card-t", "kind": "kpi", "lane_id": "lane-k", "stage_id": "stage-b",
                                     "metric": "x" * 500, "value": -1.7976931348623157e308, "target": 5e-324,
                                     "unit": "u" * 20, "body": "long " * 4000})
    data["maps"][0]["stages"][0]["width"] = 2000
    return with_json(data)


def test_what_validate_accepts_exports_to_every_format(qapp, tmp_path, capsys):
    path = tmp_path / "extreme.journey"
    path.write_bytes(extreme_project())
    assert main(["validate", str(path)]) == 0
    for suffix in (".pdf", ".journey", ".svg", ".png"):
        assert main(["export", str(path), "-o", str(tmp_path / f"out{suffix}"), "--scale", "0.5"]) == 0, \
            capsys.readouterr().err
    assert read_project(tmp_path / "out.journey").maps[0].cards[-1].value == -1.7976931348623157e308  # type: ignore


def test_every_image_format_the_reader_keeps_exports_to_every_format(qapp, tmp_path, capsys):
    """PNG, JPEG, GIF and WebP on cards and a persona: PowerPoint takes no WebP (an internal error once)."""
    from journeydesigner import formats

    data = project_dict()
    images = {}
    for i, (fmt, ext) in enumerate((("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"), ("WEBP", "webp"))):
        blob = _encoded(fmt)
        images[ref := asset_ref(blob, ext)] = blob
        data["maps"][0]["cards"][i]["image"] = ref
    data["personas"][0]["photo"] = ref
    path = tmp_path / "images.journey"
    path.write_bytes(with_json(data, **images))
    assert main(["validate", str(path)]) == 0
    for fmt in formats.exporters():
        assert main(["export", str(path), "-o", str(tmp_path / f"out{fmt.suffix}"), "--scale", "0.5"]) == 0, \
            capsys.readouterr().err


def test_a_map_too_large_for_a_deck_gets_one_sentence_not_hours(qapp, tmp_path, capsys):
    """60 of the widest stages and 200 lanes: validate accepts it, the PDF tiles it, PowerPoint would need 1,700
    slides (500 stages: 14,500, hours of work); it is refused in one sentence before that."""
    import time

    data = project_dict()
    jmap = data["maps"][0]
    jmap["stages"] += [{"id": f"stage-w{i}", "name": f"W{i}", "width": 2000} for i in range(60)]
    jmap["lanes"] += [{"id": f"lane-w{i}", "name": f"L{i}", "kind": "text"} for i in range(190)]
    path = tmp_path / "wide.journey"
    path.write_bytes(with_json(data))
    assert main(["validate", str(path)]) == 0
    start = time.monotonic()
    assert main(["export", str(path), "-o", str(tmp_path / "out.pptx")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "would take more than 500 slides; export it as a PDF" in line and time.monotonic() - start < 60
    assert not (tmp_path / "out.pptx").exists()


def test_json_is_always_written_strictly():
    project = small_project()
    project.whiteboard = {"zoom": float("nan")}  # type: ignore[attr-defined]  (a field kept from a newer version)
    again = read_project_bytes(project_bytes(project))  # written as null, never as the token NaN
    assert again.whiteboard == {"zoom": None}  # type: ignore[attr-defined]


def test_export_options_refuse_non_finite_values():
    with pytest.raises(ValueError):
        ExportOptions(margin_mm=float("nan"))


def test_the_command_line_opens_nothing_it_cannot_read(tmp_path):
    """A NaN file once crashed the window; now the reader refuses it, so the window says so and stays whole."""
    path = tmp_path / "nan.journey"
    path.write_bytes(raw_container(json_text(kpi_project("@v@"), v="NaN")))
    result = subprocess.run([sys.executable, "-m", "journeydesigner", "validate", str(path)],
                            capture_output=True, text=True, timeout=60, cwd=Path(__file__).parents[2])
    assert result.returncode == 2 and "value: is NaN" in result.stderr


@pytest.mark.parametrize("token", ["NaN", "1e400", "9" * 4000])
def test_file_open_on_a_bad_file_leaves_the_window_as_it_was(qtbot, monkeypatch, tmp_path, token):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from journeydesigner.app.sharing import lock_path, read_lock
    from journeydesigner.projectfile import write_project
    from tests.helpers.gui import open_window

    good = tmp_path / "good.journey"
    write_project(small_project(), good)
    bad = tmp_path / "bad.journey"
    bad.write_bytes(raw_container(json_text(kpi_project("@v@"), v=token)))
    window = open_window(qtbot, monkeypatch, small_project())
    assert window.open_path(good)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    assert not window.open_path(bad)
    [message] = shown
    assert message.startswith("“bad.journey” project.json › maps[0] › cards[5] › value: ") and len(message) < SHORT
    assert window.doc.path == good and read_lock(good) is not None and read_lock(good).is_mine()
    assert not lock_path(bad).exists()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.doc.project.maps[0].cards == [] and window.doc.modified
    window.doc.undo_stack.setClean()


# ---- text a format cannot hold -----------------------------------------------------------------------------
ODD_TEXT = "A\x00B\x01\x08\x0b\x0c\x1b[31m\x7f\x85\u2028\ufffe\uffff\nZ"  # all valid JSON; several not valid XML


def odd_text_project() -> bytes:
    data = project_dict()
    data["meta"]["title"] = data["meta"]["author"] = "Title " + ODD_TEXT
    jmap = data["maps"][0]
    jmap["name"] = "Map " + ODD_TEXT
    jmap["stages"][0]["name"] = "Stage " + ODD_TEXT
    jmap["lanes"].append({"id": "lane-odd", "name": "Feelings " + ODD_TEXT, "kind": "emotion"})
    jmap["cards"].append({"id": "card-odd", "kind": "emotion", "lane_id": "lane-odd", "stage_id": "stage-a",
                          "title": "one\ntwo\nthree\nfour\nfive " + ODD_TEXT, "score": 2})
    jmap["cards"][0]["title"] = jmap["cards"][0]["body"] = jmap["cards"][0]["notes"] = ODD_TEXT
    data["personas"][0]["name"] = "Persona " + ODD_TEXT
    return with_json(data)


def test_control_characters_and_line_breaks_export_to_every_format(qapp, tmp_path, capsys):
    """Text JSON holds but XML does not (NUL, ESC, U+FFFF…) and an emotion label with more lines than its chip
    shows: validate accepts them, so every format exports them, as well-formed files, in bounded time."""
    import signal
    import zipfile as zf

    from lxml import etree

    from journeydesigner import formats

    path = tmp_path / "odd.journey"
    path.write_bytes(odd_text_project())
    assert main(["validate", str(path)]) == 0

    def hung(*_args: object) -> None:
        raise TimeoutError("an export did not finish: a layout loop that never ends")

    readable = {fmt.suffix for fmt in formats.importers()}
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)
    try:
        for fmt in formats.exporters():
            out = tmp_path / f"out{fmt.suffix}"
            assert main(["export", str(path), "-o", str(out), "--scale", "0.5"]) == 0, capsys.readouterr().err
            if fmt.suffix == ".svg":
                etree.fromstring(out.read_bytes())
            elif fmt.suffix in (".xlsx", ".pptx"):
                with zf.ZipFile(out) as archive:
                    for name in archive.namelist():
                        if name.endswith((".xml", ".rels")):
                            etree.fromstring(archive.read(name))
            if fmt.suffix in readable:  # what the program writes, it reads back (a NUL had made CSV unreadable)
                back = tmp_path / f"back{fmt.suffix.replace('.', '-')}.journey"
                assert main(["import", str(out), "-o", str(back)]) == 0, capsys.readouterr().err
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
