"""Changes in the words of the domain: "Card 'Checkout' moved from Decision to Retention", never a JSON path."""

from enum import StrEnum
from typing import Any

from journeydesigner.i18n import QT_TR_NOOP, tr

WHAT_WORDS = {
    "card": QT_TR_NOOP("Card"), "stage": QT_TR_NOOP("Stage"), "lane": QT_TR_NOOP("Lane"),
    "map": QT_TR_NOOP("Map"), "persona": QT_TR_NOOP("Persona"), "job": QT_TR_NOOP("Job"),
}
FIELD_WORDS = {
    "title": QT_TR_NOOP("title"), "body": QT_TR_NOOP("text"), "notes": QT_TR_NOOP("notes"),
    "tags": QT_TR_NOOP("tags"), "color": QT_TR_NOOP("colour"), "image": QT_TR_NOOP("image"),
    "persona_ids": QT_TR_NOOP("personas"), "job_ids": QT_TR_NOOP("jobs"), "stage_ids": QT_TR_NOOP("stages"),
    "persona_id": QT_TR_NOOP("persona"), "kind": QT_TR_NOOP("kind"), "channel": QT_TR_NOOP("channel"),
    "severity": QT_TR_NOOP("severity"), "owner": QT_TR_NOOP("owner"), "status": QT_TR_NOOP("status"),
    "metric": QT_TR_NOOP("metric"), "value": QT_TR_NOOP("value"), "target": QT_TR_NOOP("target"),
    "unit": QT_TR_NOOP("unit"), "description": QT_TR_NOOP("description"), "width": QT_TR_NOOP("width"),
    "name": QT_TR_NOOP("name"), "client": QT_TR_NOOP("client"), "author": QT_TR_NOOP("author"),
    "created": QT_TR_NOOP("creation date"), "emotion_scale": QT_TR_NOOP("emotion scale"),
    "situation": QT_TR_NOOP("situation"), "motivation": QT_TR_NOOP("motivation"), "outcome": QT_TR_NOOP("outcome"),
    "importance": QT_TR_NOOP("importance"), "satisfaction": QT_TR_NOOP("satisfaction"),
    "role": QT_TR_NOOP("role"), "quote": QT_TR_NOOP("quote"), "photo": QT_TR_NOOP("photo"),
}
SHORT = 40


def flat(text: str) -> str:
    """A sentence on one line, as diff(1) prints a change: a title or name imported with a line break in it."""
    return " ".join(text.splitlines())


def field_word(name: str) -> str:
    return tr(FIELD_WORDS[name]) if name in FIELD_WORDS else name.replace("_", " ")


def show(value: Any) -> str | None:
    """A value short enough to quote in a sentence, or None (then the sentence just says "changed")."""
    if value is None:
        return tr("none")
    if isinstance(value, StrEnum):
        return getattr(value, "label", value.value)
    if isinstance(value, bool | int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= SHORT and "\n" not in value else None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        if not value:
            return tr("none")
        text = ", ".join(value)
        return f"'{text}'" if len(text) <= SHORT else None
    return None


def item_word(what: str, label: str) -> str:
    return tr("{what} '{label}'").format(what=tr(WHAT_WORDS[what]), label=label)


def added(what: str, label: str, where: str) -> str:
    if where:
        return tr("{item} added in {where}").format(item=item_word(what, label), where=where)
    return tr("{item} added").format(item=item_word(what, label))


def removed(what: str, label: str, where: str, cards: int = 0) -> str:
    item = item_word(what, label)
    if cards:
        return tr("{item} removed, with its %n card(s)", "", cards).format(item=item)
    if where:
        return tr("{item} removed from {where}").format(item=item, where=where)
    return tr("{item} removed").format(item=item)


def renamed(what: str, before: str, after: str) -> str:
    return tr("{item} renamed to '{name}'").format(item=item_word(what, before), name=after)


def edited(what: str, label: str, name: str | None, before: Any, after: Any, where: str = "") -> str:
    """"Card 'Checkout' in Decision › Touchpoints: severity changed from 3 to 5"."""
    subject = {"meta": tr("Project"), "export": tr("Export settings")}.get(what) or item_word(what, label)
    if where:
        subject = tr("{subject} in {where}").format(subject=subject, where=where)
    if name is None:
        return tr("{subject}: changed from {before} to {after}").format(subject=subject, before=before, after=after)
    old, new = show(before), show(after)
    if old is not None and new is not None:
        return tr("{subject}: {field} changed from {old} to {new}").format(subject=subject, field=field_word(name),
                                                                        old=old, new=new)
    return tr("{subject}: {field} changed").format(subject=subject, field=field_word(name))


def feeling(label: str, where: str, before: int, after: int, persona: str = "") -> str:
    """An emotion point's new score; an untitled point is named by its persona ("Ana's emotion point …")."""
    if persona:
        return tr("{persona}'s emotion point in {where} went from {old:+d} to {new:+d}").format(
            persona=persona, where=where, old=before, new=after)
    return tr("Emotion point '{label}' in {where} went from {old:+d} to {new:+d}").format(
        label=label, where=where, old=before, new=after)


def moved(what: str, label: str, was: str, now: str) -> str:
    return tr("{item} moved from {was} to {now}").format(item=item_word(what, label), was=was, now=now)


def place(stage: str, lane: str) -> str:
    return tr("{stage} › {lane}").format(stage=stage, lane=lane)


def card_places(a_stage: str, a_lane: str, b_stage: str, b_lane: str) -> tuple[str, str]:
    """Where a moved card was and is, naming only what changed: "Decision" → "Retention" within one lane."""
    if a_lane == b_lane and a_stage != b_stage:
        return a_stage, tr("{stage} ({lane})").format(stage=b_stage, lane=b_lane)
    if a_stage == b_stage and a_lane != b_lane:
        return a_lane, tr("{lane} ({stage})").format(lane=b_lane, stage=b_stage)
    return place(a_stage, a_lane), place(b_stage, b_lane)


def reordered(what: str, label: str, where: str, before: int, after: int) -> str:
    item = item_word(what, label)
    if where:
        return tr("{item} moved from place {old} to {new} in {where}").format(item=item, old=before + 1,
                                                                             new=after + 1, where=where)
    return tr("{item} moved from place {old} to {new}").format(item=item, old=before + 1, new=after + 1)


def in_map(map_name: str, text: str) -> str:
    """Prefix for projects with several maps, so a line says which map it is about."""
    return tr("{map}: {text}").format(map=map_name, text=text)


def both_changed(what: str, label: str, name: str, mine: Any, theirs: Any) -> str:
    """A conflict on one field: "Card 'Checkout': both changed the title ('Pay' here, 'Buy' in the other version)"."""
    subject = {"meta": tr("Project"), "export": tr("Export settings")}.get(what) or item_word(what, label)
    old, new = show(mine), show(theirs)
    if old is not None and new is not None:
        return tr("{subject}: both changed the {field} ({mine} here, {theirs} in the other version)").format(
            subject=subject, field=field_word(name), mine=old, theirs=new)
    return tr("{subject}: both changed the {field}").format(subject=subject, field=field_word(name))


def conflict(theirs: str, mine: str) -> str:
    return tr("Conflict: they: {theirs}; you: {ours}").format(theirs=theirs, ours=mine)
