"""A journey map: ordered stages (columns), ordered lanes (rows) and the cards in their cells."""

from typing import Any

from pydantic import (
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from journeydesigner.model.base import Color, Id, JDModel, LongText, ShortText, empty_list
from journeydesigner.model.cards import KNOWN_KINDS, Card
from journeydesigner.model.cellindex import cell_index
from journeydesigner.model.ids import new_id
from journeydesigner.model.kinds import Kind

MIN_STAGE_WIDTH = 120.0
MAX_STAGE_WIDTH = 2000.0
DEFAULT_STAGE_WIDTH = 260.0


class Stage(JDModel):
    id: Id = Field(default_factory=lambda: new_id("stage"))
    name: ShortText = "New stage"
    description: LongText = ""
    width: float = Field(DEFAULT_STAGE_WIDTH, ge=MIN_STAGE_WIDTH, le=MAX_STAGE_WIDTH)
    color: Color | None = None


def _or_newer_kind(schema: dict[str, Any]) -> None:
    """The schema says what the reader accepts: a known kind, or a newer minor version's."""
    schema["anyOf"] = [{"$ref": schema.pop("$ref")}, {"type": "string", "minLength": 1, "maxLength": 64}]
    schema["description"] = "A kind a newer minor version added is shown as text and saved back as it was read."


class Lane(JDModel):
    id: Id = Field(default_factory=lambda: new_id("lane"))
    name: ShortText = "New lane"
    kind: Kind = Field(Kind.TEXT, json_schema_extra=_or_newer_kind)
    color: Color | None = None
    # A lane kind a newer minor version added (it comes with its card kind): shown as a text lane, saved as read.
    _newer_kind: str | None = PrivateAttr(None)

    @model_validator(mode="wrap")
    @classmethod
    def _read_newer_kind(cls, data: Any, handler: ModelWrapValidatorHandler["Lane"]) -> "Lane":
        newer = data.get("kind") if isinstance(data, dict) else None
        if not isinstance(newer, str) or newer in KNOWN_KINDS or not 0 < len(newer) <= 64:
            return handler(data)
        lane = handler({**data, "kind": Kind.TEXT.value})
        lane._newer_kind = newer
        return lane

    @model_serializer(mode="wrap")
    def _write_newer_kind(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        if self._newer_kind is not None and self.kind is Kind.TEXT:  # not after model_copy(update={"kind": …})
            data["kind"] = self._newer_kind
        return data

    @property
    def newer_kind(self) -> str | None:
        """The kind a newer version wrote, when this version does not know it (``kind`` is then TEXT)."""
        return self._newer_kind

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "kind" and self.__pydantic_private__ is not None:  # (a lane has its private part from birth)
            self.__pydantic_private__["_newer_kind"] = None  # a kind chosen here replaces a newer version's
        super().__setattr__(name, value)


class EmotionScale(JDModel):
    """Negative to positive; the bounds straddle zero so the neutral line is always drawn."""

    minimum: int = Field(-3, ge=-100, le=0)
    maximum: int = Field(3, ge=1, le=100)
    low_label: ShortText = "Frustrated"
    high_label: ShortText = "Delighted"

    def contains(self, score: int) -> bool:
        return self.minimum <= score <= self.maximum


class JourneyMap(JDModel):
    id: Id = Field(default_factory=lambda: new_id("map"))
    name: ShortText = "Customer journey"
    description: LongText = ""
    persona_ids: list[Id] = Field(default_factory=empty_list)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    stages: list[Stage] = Field(default_factory=empty_list, max_length=500)
    lanes: list[Lane] = Field(default_factory=empty_list, max_length=200)
    cards: list[Card] = Field(default_factory=empty_list, max_length=200_000)

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def card(self, card_id: str) -> Card:
        """Raises KeyError for an id not on this map."""
        return cell_index(self).by_id[card_id]

    def cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """The cards of one cell in their order."""
        return list(cell_index(self).cell((lane_id, stage_id)))
