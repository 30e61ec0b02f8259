"""Comparing and merging files that hold cards and lanes of kinds this version does not know."""

from journeydesigner.compare.apply import apply
from journeydesigner.compare.diff import diff
from journeydesigner.projectfile import read_project_bytes
from tests.helpers.containers import with_json
from tests.helpers.future import future_bytes, future_dict


def _edited() -> dict:
    data = future_dict()
    cards = data["maps"][0]["cards"]
    quote = next(c for c in cards if c["id"] == "card-quote")
    quote["title"] = "Changed"
    quote["speaker"] = {**quote["speaker"], "name": "Bo"}  # an unknown field whose value is an object
    next(c for c in cards if c["id"] == "card-metric")["kind"] = "gauge"  # one newer kind for another
    cards.append({"id": "card-sticker", "kind": "sticker", "lane_id": "lane-q", "stage_id": "stage-b", "emoji": "🎉"})
    data["maps"][0]["lanes"][-1]["sort"] = "oldest"
    return data


def test_changes_to_unknown_cards_are_listed_in_words():
    a, b = read_project_bytes(future_bytes()), read_project_bytes(with_json(_edited()))
    texts = [c.text for c in diff(a, b).changes]
    assert "Card '“Where is my order?”' in Awareness › Quotes: speaker changed" in texts
    assert "Card 'untitled note' in Awareness › Touchpoints: kind changed from 'metric' to 'gauge'" in texts
    assert "Card 'untitled note' added in Decision › Quotes" in texts


def test_taking_every_change_gives_the_other_file_with_its_unknown_fields():
    a, b = read_project_bytes(future_bytes()), read_project_bytes(with_json(_edited()))
    taken = apply(a, diff(a, b).changes, b.assets)
    assert taken.model_dump(mode="json") == b.model_dump(mode="json")
    assert diff(taken, b).changes == []
