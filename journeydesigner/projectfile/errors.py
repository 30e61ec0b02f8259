"""Errors a user can act on: one sentence that names the place (``project.json › maps[0] › …``)."""

from collections.abc import Sequence

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from journeydesigner.i18n import tr
from journeydesigner.model.kinds import Kind


class ProjectFileError(Exception):
    """A project file could not be read or written; ``str()`` is the message for the user."""


def format_loc(loc: Sequence[str | int], root: str = "project.json") -> str:
    parts: list[str] = [root] if root else []
    for i, part in enumerate(loc):
        if isinstance(part, int):
            if parts:
                parts[-1] += f"[{part}]"
            else:
                parts.append(f"[{part}]")
        elif i > 0 and isinstance(loc[i - 1], int) and part in _CARD_TAGS and loc[i - 2 : i - 1] == ("cards",):
            continue  # pydantic names the union member ("emotion"); the reader needs only the card index
        else:
            parts.append(str(part))
    return " › ".join(parts)


_CARD_TAGS = {k.value for k in Kind}


def describe(error: ErrorDetails) -> str:
    """One error in plain words, without its place."""
    kind, ctx = error["type"], error.get("ctx", {})
    got = error.get("input")
    match kind:
        case "missing":
            return tr("is required but missing")
        case "less_than_equal":
            return tr("must be at most {limit} (found {got!r})").format(limit=ctx['le'], got=got)
        case "greater_than_equal":
            return tr("must be at least {limit} (found {got!r})").format(limit=ctx['ge'], got=got)
        case "string_type":
            return tr("must be text (found {kind})").format(kind=type(got).__name__)
        case "int_type" | "int_parsing" | "int_from_float":
            return tr("must be a whole number (found {got!r})").format(got=got)
        case "float_type" | "float_parsing":
            return tr("must be a number (found {got!r})").format(got=got)
        case "list_type":
            return tr("must be a list (found {kind})").format(kind=type(got).__name__)
        case "model_type" | "dict_type" | "model_attributes_type":
            return tr("must be an object (found {kind})").format(kind=type(got).__name__)
        case "enum" | "literal_error":
            return tr("must be one of {expected} (found {got!r})").format(expected=ctx.get('expected'), got=got)
        case "union_tag_invalid":
            return tr("has an unknown card kind {kind!r}; expected one of {expected}").format(
                kind=ctx.get("tag"), expected=ctx.get("expected_tags"))
        case "union_tag_not_found":
            return tr("has no 'kind', so it is not clear what kind of card it is")
        case "string_too_long":
            return tr("is too long (at most {limit} characters)").format(limit=ctx['max_length'])
        case "too_long":
            return tr("has too many items (at most {limit})").format(limit=ctx['max_length'])
        case "string_pattern_mismatch":
            return tr("has the wrong form: {got!r}").format(got=got)
        case "datetime_parsing" | "datetime_type" | "datetime_from_date_parsing":
            return tr("is not a date and time (found {got!r})").format(got=got)
    message = error["msg"].removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def validation_message(exc: ValidationError, root: str = "project.json") -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    text = f"{format_loc(first['loc'], root)}: {describe(first)}"
    if len(errors) > 1:
        text += tr(" (and %n more problem(s))", "", len(errors) - 1)
    return text
