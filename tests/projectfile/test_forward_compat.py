"""A file from a newer minor version opens here, shows what it can, and saves back everything it held."""

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.model import GenericCard, Kind, TouchpointCard
from journeydesigner.projectfile import ProjectFileError, project_bytes, read_project_bytes
from journeydesigner.projectfile.snapshot import SnapshotMaker
from tests.helpers.containers import project_dict, with_json
from tests.helpers.future import (
    ATTACHED_PNG,
    FUTURE_VERSION,
    GALLERY_PNG,
    METRIC_CARD,
    ORPHAN_PNG,
    QUOTE_CARD,
    QUOTE_LANE,
    THUMBNAIL,
    asset_name,
    entries_of,
    future_bytes,
    future_dict,
    future_entries,
)


def saved_json(data: bytes) -> dict:
    return json.loads(entries_of(data)["project.json"])


def canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_a_future_file_opens_with_its_unknown_cards_as_generic_cards():
    project = read_project_bytes(future_bytes())
    jmap = project.maps[0]
    quote, metric = jmap.card("card-quote"), jmap.card("card-metric")
    assert type(quote) is GenericCard and type(metric) is GenericCard
    assert quote.kind == "quote" and quote.kind_enum is Kind.TEXT
    assert quote.title == QUOTE_CARD["title"] and quote.body == QUOTE_CARD["body"]
    assert quote.tags == ["voice", "support"]
    assert metric.title == "" and metric.text() == ""
    # In its cell, in its place: between the two touchpoints it was written between.
    assert [c.id for c in jmap.cell("lane-t", "stage-a")] == ["card-1", "card-metric", "card-2"]
    lane = jmap.lane("lane-q")
    assert lane.kind is Kind.TEXT and lane.newer_kind == "quote"
    assert project.load_warnings == []
    [note] = project.load_notes
    assert f"format {FUTURE_VERSION}" in note and "3 cards or lanes" in note and "\n" not in note


def test_open_save_reopen_gives_back_the_whole_file():
    first = project_bytes(read_project_bytes(future_bytes()))
    again = project_bytes(read_project_bytes(first))
    assert first == again  # saving is stable: nothing drifts from save to save
    saved, written = saved_json(again), future_dict()
    assert saved == written  # every known and unknown field, in the same order in every list
    cards = {c["id"]: c for c in saved["maps"][0]["cards"]}
    # The unknown cards byte for byte (keys sorted), with no default this version would have added.
    assert canonical(cards["card-quote"]) == canonical(QUOTE_CARD)
    assert canonical(cards["card-metric"]) == canonical(METRIC_CARD)
    assert canonical(saved["maps"][0]["lanes"][-1]) == canonical(QUOTE_LANE)
    assert saved["format_version"] == FUTURE_VERSION  # the next reader knows newer fields may be in it


def test_every_entry_of_the_container_survives_a_resave():
    written = future_entries()
    saved = entries_of(project_bytes(read_project_bytes(future_bytes())))
    assert sorted(saved) == sorted(written)
    for name in written:
        if name != "project.json":
            assert saved[name] == written[name], name
    # The ones this version never names: only an unknown field, nothing, and an entry outside assets/.
    assert saved[asset_name(GALLERY_PNG)] == GALLERY_PNG
    assert saved[asset_name(ATTACHED_PNG)] == ATTACHED_PNG
    assert saved[asset_name(ORPHAN_PNG)] == ORPHAN_PNG
    assert saved["thumbnails/map-1.png"] == THUMBNAIL


def test_autosave_keeps_the_same_as_save():
    project = read_project_bytes(future_bytes())
    autosaved, saved = entries_of(SnapshotMaker().snapshot(project).container()), entries_of(project_bytes(project))
    assert json.loads(autosaved.pop("project.json")) == json.loads(saved.pop("project.json"))
    assert autosaved == saved and len(saved) == 5  # the persona photo, and four kept entries


def test_editing_a_generic_card_keeps_its_unknown_fields():
    project = read_project_bytes(future_bytes())
    quote = project.maps[0].card("card-quote")
    quote.title = "Where is it?"
    quote.lane_id = "lane-t"  # moved to a known lane
    card = next(c for c in saved_json(project_bytes(project))["maps"][0]["cards"] if c["id"] == "card-quote")
    assert card == {**QUOTE_CARD, "title": "Where is it?", "lane_id": "lane-t"}


def test_a_lane_given_a_known_kind_here_forgets_the_newer_one():
    project = read_project_bytes(future_bytes())
    project.maps[0].lane("lane-q").kind = Kind.THOUGHT
    assert saved_json(project_bytes(project))["maps"][0]["lanes"][-1]["kind"] == "thought"
    copied = read_project_bytes(future_bytes()).maps[0].lane("lane-q").model_copy(update={"kind": Kind.ACTION})
    assert copied.model_dump(mode="json")["kind"] == "action"


def test_an_image_named_by_a_known_field_is_still_dropped_when_nothing_names_it_any_more():
    """Kept entries are the file's; the images this version names are its own, and it removes them when unused."""
    project = read_project_bytes(future_bytes())
    photo = project.personas[0].photo
    project.personas[0].photo = None
    saved = entries_of(project_bytes(project))
    assert photo not in saved and asset_name(GALLERY_PNG) in saved


def test_unknown_kinds_in_a_file_of_this_version_open_too():
    """A card of a newer kind can come into a file of this version (pasted from a newer file, or taken from one
    in File › Compare With…); that file must open again, and the note names the kind (a typo shows)."""
    data = future_dict()
    data["format_version"] = "1.0"
    project = read_project_bytes(with_json(data))
    assert project.load_notes == ["3 cards or lanes have a kind this version does not know (such as 'metric'); they "
                                  "are shown as plain text, and saving keeps them as they were."]
    assert saved_json(project_bytes(project)) == data


def test_a_merged_or_pasted_newer_card_saves_to_a_file_that_opens_again():
    from tests.helpers.factories import small_project

    project = small_project()
    newer = read_project_bytes(future_bytes()).maps[0].card("card-quote")
    project.maps[0].cards.append(newer.model_copy(update={"lane_id": "lane-p"}))
    again = read_project_bytes(project_bytes(project))
    assert again.maps[0].cards[-1].model_dump(mode="json") == {**QUOTE_CARD, "lane_id": "lane-p"}


def test_a_known_kind_with_a_wrong_field_is_not_taken_for_a_newer_kind():
    data = future_dict()
    data["maps"][0]["cards"][0]["channel"] = "telepathy"
    with pytest.raises(ProjectFileError) as info:
        read_project_bytes(with_json(data))
    assert str(info.value) == ("project.json › maps[0] › cards[0] › channel: must be one of 'web', 'mobile_app', "
                               "'store', 'email', 'social', 'phone_chat', 'advertising', 'event', 'word_of_mouth' or "
                               "'other' (found 'telepathy')")


def test_a_newer_kind_card_must_still_be_a_card():
    data = future_dict()
    del data["maps"][0]["cards"][-1]["lane_id"]
    with pytest.raises(ProjectFileError) as info:
        read_project_bytes(with_json(data))
    assert str(info.value) == "project.json › maps[0] › cards[6] › lane_id: is required but missing"
    data = future_dict()
    data["maps"][0]["cards"][-1]["stage_id"] = "stage-gone"
    with pytest.raises(ProjectFileError) as info:
        read_project_bytes(with_json(data))
    assert "cards[6] › stage_id: refers to stage 'stage-gone' that is not in this map" in str(info.value)


@pytest.mark.parametrize("version", ["2.0", "7.3", 3])
def test_a_newer_major_version_is_refused_in_one_sentence(version):
    data = future_dict()
    data["format_version"] = version
    with pytest.raises(ProjectFileError) as info:
        read_project_bytes(with_json(data))
    message = str(info.value)
    major = str(version).split(".")[0]
    assert message == (f"was made by a newer Journey Designer (format {major}.x); this version reads format 1.x and "
                       "older. Please update Journey Designer to open it.")


def test_an_entry_beyond_the_size_limit_is_left_out_with_a_warning(monkeypatch):
    from journeydesigner.projectfile import limits

    entries = future_entries()
    entries["assets/huge.bin"] = b"x" * 5000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    monkeypatch.setattr(limits, "MAX_ASSET_BYTES", 4000)
    project = read_project_bytes(buffer.getvalue())
    assert project.load_warnings == ["assets/huge.bin: is too large to keep; saving leaves it out"]
    saved = entries_of(project_bytes(project))
    assert "assets/huge.bin" not in saved and saved[asset_name(ORPHAN_PNG)] == ORPHAN_PNG


# ---- any unknown field anywhere ------------------------------------------------------------------------------

_KEYS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz_"), min_size=1, max_size=12).map(lambda k: f"x_{k}")
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)
_PLACES = ["", "meta", "export", "personas.0", "jobs.0", "maps.0", "maps.0.emotion_scale", "maps.0.stages.1",
           "maps.0.lanes.0", "maps.0.cards.0", "maps.0.cards.3", "maps.0.cards.-1", "maps.0.lanes.-1"]


def _at(data: dict, place: str) -> dict:
    node: object = data
    for part in filter(None, place.split(".")):
        node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
    assert isinstance(node, dict)
    return node


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extras=st.lists(st.tuples(st.sampled_from(_PLACES), _KEYS, _JSON), min_size=1, max_size=8),
       kind=st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz_"), min_size=1, max_size=20))
def test_random_unknown_fields_and_kinds_survive_a_read_write_round_trip(extras, kind):
    data = future_dict()
    for place, key, value in extras:
        _at(data, place)[key] = value
    if kind not in {k.value for k in Kind}:
        data["maps"][0]["cards"][-1]["kind"] = kind
    first = project_bytes(read_project_bytes(with_json(data)))
    assert saved_json(first) == json.loads(json.dumps(data))  # as a newer version wrote it (floats as JSON has them)
    assert project_bytes(read_project_bytes(first)) == first


def test_known_cards_are_still_their_own_classes():
    """The fallback is only for unknown kinds: a known card is never read as a generic one."""
    project = read_project_bytes(with_json(project_dict()))
    assert not any(isinstance(c, GenericCard) for c in project.maps[0].cards)
    assert isinstance(project.maps[0].cards[0], TouchpointCard)


def test_validate_says_a_future_file_is_valid_and_why_some_cards_look_plain(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "future.journey"
    path.write_bytes(future_bytes())
    done = subprocess.run([sys.executable, "-m", "journeydesigner", "validate", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{path}: This file was saved by a newer version of Journey Designer (format 1.4)")
    assert lines[1] == f"{path}: valid (1 map, 7 cards, 1 persona)"
