"""Write ``quickschema.py``: msgspec Structs generated from the pydantic models, for a quick check of project.json
that needs no pydantic (issue 15: importing pydantic and building the models is twice a bare read of a 5,000-card
file). ``python -m journeydesigner.projectfile.quickgen`` rewrites it; tests/projectfile/test_quickschema.py fails
when the committed file differs from what the models give now.

The Structs may only ever be *narrower* than the models: whatever they accept, the models accept. So everything
the generator does not understand (a validator, a constraint, a config key, a type) stops it with an error instead
of being left out. What it leaves out on purpose narrows: unknown fields are refused (``forbid_unknown_fields``);
a card of a kind this version does not know (GenericCard) and a lane of such a kind are refused; both go to the
full reader, which reads them.
"""

import datetime
import enum
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import annotated_types
from pydantic import BaseModel, StringConstraints
from pydantic._internal._fields import PydanticMetadata
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from journeydesigner.model import FORMAT_VERSION, GenericCard, Project
from journeydesigner.model.base import empty_list
from journeydesigner.model.journey import Lane

OUTPUT = Path(__file__).with_name("quickschema.py")

# Validators that only widen what is read (the quick check is narrower without them), with why.
WIDENING_VALIDATORS = {
    (Lane, "_read_newer_kind"): "a newer version's lane kind is read as text; here such a lane is refused",
}
# The catch-all member of a union, left out: a kind this version does not know goes to the full reader.
CATCH_ALL = {GenericCard}
KNOWN_CONFIG = {"extra", "validate_assignment", "use_enum_values", "allow_inf_nan"}
# The rust-regex patterns pydantic uses, in the small grammar whose meaning Python's ``re`` shares.
_PATTERN = re.compile(r"\^(?:[A-Za-z0-9_#/:.-]|\\\.|\[[A-Za-z0-9_.:-]+\]|\{[0-9]+(?:,[0-9]+)?\}|\(\w+(?:\|\w+)*\))+\$")


class UnknownToGeneratorError(TypeError):
    """The models use something the quick check cannot mirror: teach the generator, never skip it."""


class _Writer:
    def __init__(self) -> None:
        self.structs: dict[str, str] = {}  # name: source, in dependency order
        self.aliases: dict[str, str] = {}  # type text: its name

    def model(self, cls: type[BaseModel], tag: str | None = None, tag_field: str | None = None) -> str:
        name = cls.__name__ + (tag.title().replace("_", "") if tag else "")
        if name in self.structs:
            return name
        self.structs[name] = ""  # a place held: a model cannot contain itself here, but the order stays stable
        self._check_model(cls)
        # A model's own base (CardBase) is a Struct too, so the fields every card has are built once.
        parent = next((base for base in cls.__bases__ if issubclass(base, BaseModel) and base.model_fields), None)
        lines = []
        for field_name, field in cls.model_fields.items():
            inherited = parent.model_fields.get(field_name) if parent else None
            if field_name == tag_field or (inherited is not None and repr(inherited) == repr(field)):
                continue  # the tag itself (msgspec checks it), or a field the parent Struct has
            type_text = self.field_type(field, f"{cls.__name__}.{field_name}")
            lines.append(f"    {field_name}: {type_text}{self.default(field, f'{cls.__name__}.{field_name}')}")
        base = self.model(parent) if parent else "msgspec.Struct"
        options = "forbid_unknown_fields=True, kw_only=True"
        if tag:
            options += f", tag_field={tag_field!r}, tag={tag!r}"
        body = "\n".join(lines) or "    pass"
        self.structs.pop(name)
        self.structs[name] = f"class {name}({base}, {options}):\n{body}\n"
        return name

    def alias(self, text: str) -> str:
        """One name for each constrained or literal type, so the module builds each once."""
        if text not in self.aliases:
            self.aliases[text] = f"_T{len(self.aliases)}"
        return self.aliases[text]

    @staticmethod
    def _check_model(cls: type[BaseModel]) -> None:
        config = set(cls.model_config) - KNOWN_CONFIG
        if config or cls.model_config.get("allow_inf_nan", True):
            raise UnknownToGeneratorError(f"{cls.__name__}: config {sorted(config) or 'allow_inf_nan'}")
        decorators = cls.__pydantic_decorators__
        for kind in ("validators", "root_validators", "field_validators", "model_validators"):
            for name in getattr(decorators, kind):
                if (cls, name) not in WIDENING_VALIDATORS:
                    raise UnknownToGeneratorError(f"{cls.__name__}.{name}: a validator the quick check does not mirror")
        if cls.model_post_init.__qualname__ not in ("BaseModel.model_post_init", "init_private_attributes"):
            raise UnknownToGeneratorError(f"{cls.__name__}.model_post_init")  # (pydantic's own: private fields)

    def field_type(self, field: FieldInfo, where: str) -> str:
        if field.alias or field.validation_alias or field.discriminator:
            raise UnknownToGeneratorError(f"{where}: an alias, discriminator or strictness the generator does not know")
        return self.annotated(field.annotation, list(field.metadata), where)

    def annotated(self, tp: Any, metadata: list[Any], where: str) -> str:
        constraints: dict[str, Any] = {}
        discriminator = None
        for item in metadata:
            if isinstance(item, FieldInfo):
                if item.alias or item.validation_alias:
                    raise UnknownToGeneratorError(f"{where}: {item!r}")
                discriminator = _discriminator(item, where) or discriminator
                metadata.extend(item.metadata)
            elif isinstance(item, StringConstraints):
                if item.strip_whitespace or item.to_upper or item.to_lower:
                    raise UnknownToGeneratorError(f"{where}: {item!r}")
                for key in ("min_length", "max_length"):
                    if getattr(item, key) is not None:
                        constraints[key] = getattr(item, key)
                if item.pattern is not None:
                    constraints["pattern"] = _python_pattern(str(item.pattern), where)
            elif isinstance(item, annotated_types.Ge | annotated_types.Le | annotated_types.Gt | annotated_types.Lt):
                key = type(item).__name__.lower()
                constraints[key] = getattr(item, key)
            elif isinstance(item, annotated_types.MaxLen | annotated_types.MinLen):
                key = "max_length" if isinstance(item, annotated_types.MaxLen) else "min_length"
                constraints[key] = getattr(item, key)
            elif isinstance(item, PydanticMetadata) and set(vars(item)) <= {"union_mode"}:
                pass  # how a union is tried; the quick union is tagged, so there is one way
            else:
                raise UnknownToGeneratorError(f"{where}: {item!r}")
        text = self.plain(tp, discriminator, where)
        if constraints:
            meta = ", ".join(f"{key}={value!r}" for key, value in sorted(constraints.items()))
            text = f"Annotated[{text}, msgspec.Meta({meta})]"
            if not re.search(r"\b(" + "|".join(self.structs) + r")\b", text):  # (aliases come before the Structs)
                text = self.alias(text)
        return text

    def plain(self, tp: Any, discriminator: str | None, where: str) -> str:
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Annotated:
            return self.annotated(args[0], list(tp.__metadata__), where)
        if tp in (str, int, float, bool):
            return tp.__name__
        if tp is datetime.datetime or tp is datetime.date:
            return f"datetime.{tp.__name__}"
        if tp is type(None):
            return "None"
        if isinstance(tp, type) and issubclass(tp, enum.StrEnum):
            return self.alias("Literal[" + ", ".join(repr(member.value) for member in tp) + "]")
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            return self.model(tp)
        if origin is typing.Literal and all(type(arg) is str for arg in args):
            return self.alias("Literal[" + ", ".join(repr(arg) for arg in args) + "]")
        if origin is list:
            return f"list[{self.plain(args[0], None, where)}]"
        if origin is tuple and Ellipsis not in args:
            return "tuple[" + ", ".join(self.plain(arg, None, where) for arg in args) + "]"
        if origin in (typing.Union, types.UnionType):
            return self.union(args, discriminator, where)
        raise UnknownToGeneratorError(f"{where}: the type {tp!r}")

    def union(self, args: tuple[Any, ...], discriminator: str | None, where: str) -> str:
        flat: list[Any] = []
        for arg in args:  # a union of an annotated union (the known cards) and a catch-all
            inner = typing.get_args(arg)[0] if typing.get_origin(arg) is typing.Annotated else None
            if inner is not None and typing.get_origin(inner) in (typing.Union, types.UnionType):
                discriminator = discriminator or next(
                    (_discriminator(m, where) for m in arg.__metadata__ if isinstance(m, FieldInfo)), None)
                flat.extend(typing.get_args(inner))
            else:
                flat.append(arg)
        models = [arg for arg in flat if isinstance(arg, type) and issubclass(arg, BaseModel)]
        if not models:
            return " | ".join(self.plain(arg, None, where) for arg in flat)
        if len(models) != len(flat) or discriminator is None:
            raise UnknownToGeneratorError(f"{where}: a union of models without a discriminator")
        members = []
        for cls in models:
            if cls in CATCH_ALL:
                continue
            tag = cls.model_fields[discriminator].annotation
            if typing.get_origin(tag) is not typing.Literal:
                raise UnknownToGeneratorError(f"{where}: {cls.__name__}.{discriminator} is not a Literal")
            members += [self.model(cls, value, discriminator) for value in typing.get_args(tag)]
        return " | ".join(members)

    def default(self, field: FieldInfo, where: str) -> str:
        factory = field.default_factory
        if factory is None:
            value = field.default
            if value is PydanticUndefined:
                return ""
            if isinstance(value, enum.Enum):
                value = value.value
            if not isinstance(value, str | int | float | bool | tuple | type(None)):
                raise UnknownToGeneratorError(f"{where}: the default {value!r}")
            return f" = {value!r}"
        if factory is empty_list:
            return " = msgspec.field(default_factory=list)"
        if isinstance(factory, type) and issubclass(factory, BaseModel):
            return f" = msgspec.field(default_factory={self.model(factory)})"
        # A value made on reading (a fresh id, the time, the default sections): never read by the quick check but
        # for ids, where a missing one is None here, so two of them make it defer (they look like one id twice).
        return " = None"


def _discriminator(field: FieldInfo, where: str) -> str | None:
    if field.discriminator is None or isinstance(field.discriminator, str):
        return field.discriminator
    raise UnknownToGeneratorError(f"{where}: a callable discriminator")


def _python_pattern(pattern: str, where: str) -> str:
    """pydantic's regex engine (Rust) ends ``$`` at the very end; Python's ``$`` also before a final newline, so
    ``\\Z`` here. Only a small grammar whose meaning both engines share is accepted."""
    if not _PATTERN.fullmatch(pattern):
        raise UnknownToGeneratorError(f"{where}: the pattern {pattern!r}")
    return pattern[:-1] + r"\Z"


HEADER = '''# ruff: noqa: E501
# mypy: ignore-errors
"""GENERATED by journeydesigner/projectfile/quickgen.py from the pydantic models: do not edit; run
``python -m journeydesigner.projectfile.quickgen`` after changing a model (a test fails until then).

msgspec Structs as narrow as the models or narrower: whatever ``msgspec.convert(data, Project, strict=True)``
accepts, ``Project.model_validate_json(..., strict=True)`` accepts. Unknown fields, newer card and lane kinds
are refused here and left to the full reader."""

import datetime
from typing import Annotated, Literal

import msgspec

FORMAT_VERSION = {version!r}


'''


def generate() -> str:
    writer = _Writer()
    writer.model(Project)
    aliases = "".join(f"{name} = {text}\n" for text, name in writer.aliases.items())
    return HEADER.format(version=FORMAT_VERSION) + aliases + "\n\n" + "\n\n".join(writer.structs.values())


def main() -> None:
    OUTPUT.write_text(generate(), encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
