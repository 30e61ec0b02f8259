"""Errors a user can act on: one sentence that names the place (``project.json › maps[0] › …``)."""

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from journeydesigner.i18n import tr

if TYPE_CHECKING:  # imported only to read a model's errors: `validate` answers for a sound file without pydantic
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails


class ProjectFileError(Exception):
    """A project file could not be read or written; ``str()`` is the message for the user."""


EXCERPT_CHARS = 40


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A value quoted in a message: short whatever its size (a 50 MB id must not become a 50 MB line),
    one line (newlines and other control characters escaped), and a huge number named by its digit count."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return tr("a number with more than {limit} digits").format(limit=limit)
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        # Its start and its end: the end of a long name is often what is wrong ('assets/…d2c239.bmp').
        head, tail = value[: limit - limit // 4], value[-(limit // 4):]
        return f"'{_escaped(head)}…{_escaped(tail)}'"
    if isinstance(value, bytes | bytearray):
        return excerpt(bytes(value[:limit]).decode("utf-8", "replace"), limit)
    text = repr(value) if not isinstance(value, dict | list | tuple) else type(value).__name__
    return text if len(text) <= limit else text[:limit] + "…"


def _escaped(text: str) -> str:
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def json_kind(value: object) -> str:
    """What a JSON value is, in JSON's words (not Python's ``NoneType``)."""
    match value:
        case None:
            return "null"
        case bool():
            return "true/false"
        case int() | float():
            return tr("a number")
        case str():
            return tr("text")
        case list():
            return tr("a list")
        case dict():
            return tr("an object")
    return type(value).__name__


def one_line(name: object, limit: int = 120) -> str:
    """A file or entry name inside a message: control characters escaped so the message stays one line,
    and shortened in the middle so an absurd name cannot flood the terminal."""
    text = _escaped(str(name)[: limit * 4])
    if len(text) > limit:
        text = text[: limit // 2] + "…" + text[-limit // 2:]
    return text


def format_loc(loc: Sequence[str | int], root: str = "project.json") -> str:
    parts: list[str] = [root] if root else []
    loc = tuple(part for part in loc if not _is_branch(part))
    for i, part in enumerate(loc):
        if isinstance(part, int):
            if parts:
                parts[-1] += f"[{part}]"
            else:
                parts.append(f"[{part}]")
        elif i > 0 and isinstance(loc[i - 1], int) and part in _card_tags() and loc[i - 2 : i - 1] == ("cards",):
            continue  # pydantic names the union member ("emotion"); the reader needs only the card index
        else:
            parts.append(one_line(part, 60))
    return " › ".join(parts)


@functools.cache
def _card_tags() -> frozenset[str]:
    from journeydesigner.model.kinds import Kind  # (the model package imports pydantic)

    return frozenset(k.value for k in Kind)

_GENERIC_BRANCH = "GenericCard"


def _is_branch(part: str | int) -> bool:
    """pydantic names the branch of a card it tried (the known kinds' union, or a newer kind's generic card)."""
    return isinstance(part, str) and (part == _GENERIC_BRANCH or part.startswith("tagged-union["))


def _chosen_branch(errors: "list[ErrorDetails]") -> "list[ErrorDetails]":
    """A card is tried as a known kind, then as a newer kind's card; report only the branch its kind chose:
    a known kind's card with a wrong field is wrong, not a card of some other kind, and an unknown kind is no
    error at all unless the card is wrong as a generic card too."""
    def card(error: "ErrorDetails") -> tuple[tuple[str | int, ...], bool]:
        """(the card's place, whether this error is from the generic branch)."""
        loc = error["loc"]
        at = next((i for i, part in enumerate(loc) if _is_branch(part)), len(loc))
        return loc[:at], at < len(loc) and loc[at] == _GENERIC_BRANCH

    # Cards whose kind is known or missing: the known kinds' union speaks for them, the generic branch does not.
    known = {card(e)[0] for e in errors if e["type"] in ("known_kind", "union_tag_not_found")}
    chosen = [e for e in errors if e["type"] != "union_tag_invalid" and not (card(e)[1] and card(e)[0] in known)]
    return chosen or errors


def describe(error: "ErrorDetails") -> str:
    """One error in plain words, without its place."""
    kind, ctx = error["type"], error.get("ctx", {})
    got = error.get("input")
    match kind:
        case "missing":
            return tr("is required but missing")
        case "less_than_equal":
            return tr("must be at most {limit} (found {got})").format(limit=ctx['le'], got=excerpt(got))
        case "greater_than_equal":
            return tr("must be at least {limit} (found {got})").format(limit=ctx['ge'], got=excerpt(got))
        case "string_type":
            return tr("must be text (found {kind})").format(kind=json_kind(got))
        case "int_type" | "int_parsing" | "int_from_float":
            return tr("must be a whole number (found {got})").format(got=excerpt(got))
        case "float_type" | "float_parsing":
            return tr("must be a number (found {got})").format(got=excerpt(got))
        case "finite_number":
            return tr("must be a finite number (found {got})").format(got=excerpt(got))
        case "bool_type" | "bool_parsing":
            return tr("must be true or false (found {got})").format(got=excerpt(got))
        case "list_type":
            return tr("must be a list (found {kind})").format(kind=json_kind(got))
        case "model_type" | "dict_type" | "model_attributes_type":
            return tr("must be an object (found {kind})").format(kind=json_kind(got))
        case "enum" | "literal_error":
            return tr("must be one of {expected} (found {got})").format(expected=ctx.get('expected'), got=excerpt(got))
        case "union_tag_invalid":
            return tr("has an unknown card kind {kind}; expected one of {expected}").format(
                kind=excerpt(ctx.get("tag")), expected=ctx.get("expected_tags"))
        case "union_tag_not_found":
            return tr("has no 'kind', so it is not clear what kind of card it is")
        case "string_too_long":
            return tr("is too long (at most {limit} characters)").format(limit=ctx['max_length'])
        case "too_long":
            return tr("has too many items (at most {limit})").format(limit=ctx['max_length'])
        case "string_pattern_mismatch":
            return tr("has the wrong form: {got}").format(got=excerpt(got))
        case "datetime_parsing" | "datetime_type" | "datetime_from_date_parsing":
            return tr("is not a date and time (found {got})").format(got=excerpt(got))
        case "tuple_type":
            return tr("must be a list (found {kind})").format(kind=json_kind(got))
        case "too_short":
            return tr("has too few items (at least {limit})").format(limit=ctx.get("min_length"))
    message = one_line(error["msg"].removeprefix("Value error, "), 200)
    return message[:1].lower() + message[1:]


def validation_message(exc: "ValidationError", root: str = "project.json") -> str:
    errors = _chosen_branch(exc.errors(include_url=False))
    first = errors[0]
    text = f"{format_loc(first['loc'], root)}: {describe(first)}"
    if len(errors) > 1:
        text += tr(" (and %n more problem(s))", "", len(errors) - 1)
    return text
