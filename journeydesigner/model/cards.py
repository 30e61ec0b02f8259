"""Cards: what sits in a (lane, stage) cell. One class per kind of payload, told apart by ``kind``."""

from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, field_validator, model_serializer
from pydantic_core import PydanticCustomError

from journeydesigner.model.base import AssetRef, Color, Id, JDModel, LongText, ShortText, TextList, empty_list
from journeydesigner.model.ids import new_id
from journeydesigner.model.kinds import Channel, Kind, OpportunityStatus


class CardBase(JDModel):
    id: Id = Field(default_factory=lambda: new_id("card"))
    lane_id: Id
    stage_id: Id
    title: ShortText = ""
    body: LongText = ""
    color: Color | None = None
    tags: TextList = Field(default_factory=empty_list)
    image: AssetRef | None = None
    persona_ids: list[Id] = Field(default_factory=empty_list)
    job_ids: list[Id] = Field(default_factory=empty_list)
    notes: LongText = Field("", description="Internal notes, left out of confidential exports.")
    if TYPE_CHECKING:
        kind: str  # each subclass declares its own kinds, the discriminator of ``Card``

    @property
    def kind_enum(self) -> Kind:
        return _KINDS[self.kind]  # a dict, not Kind(...): an Enum call costs ~1 µs, and layout asks per card

    def text(self) -> str:
        """Every word a reader could search for on this card."""
        return " ".join(part for part in (self.title, self.body, *self.tags) if part)


class TextCard(CardBase):
    kind: Literal["action", "thought", "backstage", "text"] = "text"


class TouchpointCard(CardBase):
    kind: Literal["touchpoint", "channel"] = "touchpoint"
    channel: Channel = Channel.WEB


class EmotionCard(CardBase):
    kind: Literal["emotion"] = "emotion"
    score: int = Field(0, ge=-100, le=100, description="On the map's emotion scale.")
    persona_id: Id | None = None


class PainPointCard(CardBase):
    kind: Literal["pain_point"] = "pain_point"
    severity: int = Field(3, ge=1, le=5)


class OpportunityCard(CardBase):
    kind: Literal["opportunity"] = "opportunity"
    owner: ShortText = ""
    status: OpportunityStatus = OpportunityStatus.IDEA


class KpiCard(CardBase):
    kind: Literal["kpi"] = "kpi"
    metric: ShortText = ""
    value: float | None = None
    target: float | None = None
    unit: Annotated[str, Field(max_length=20)] = ""


KnownCard = Annotated[
    TextCard | TouchpointCard | EmotionCard | PainPointCard | OpportunityCard | KpiCard,
    Field(discriminator="kind"),
]
KNOWN_KINDS = frozenset(k.value for k in Kind)
_KINDS = {k.value: k for k in Kind}


def shown_kind(kind: str) -> Kind:
    """The kind a card of ``kind`` is shown as: its own, or text for a kind a newer version added."""
    return Kind(kind) if kind in KNOWN_KINDS else Kind.TEXT


class GenericCard(CardBase):
    """A card of a kind a newer minor version added ("quote", "metric"…): drawn, searched and exported as a plain
    text card of its title and body, and saved back exactly as it was read, every field this version does not
    know included, so opening a newer file here loses nothing."""

    kind: Annotated[str, Field(min_length=1, max_length=64)]

    @field_validator("kind")
    @classmethod
    def _not_known(cls, kind: str) -> str:
        # A known kind's card that is invalid must be reported as invalid, not taken for a newer kind's card.
        if kind in KNOWN_KINDS:
            raise PydanticCustomError("known_kind", "is a known kind")
        return kind

    @property
    def kind_enum(self) -> Kind:
        return Kind.TEXT

    @model_serializer(mode="wrap")
    def _as_read(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Only the fields the card was read with (or given since): no defaults this version would add."""
        data = handler(self)
        return {key: value for key, value in data.items() if key in self.model_fields_set}


# Tried in order: a known kind first (the fast tagged union), a newer kind's card only when that fails.
Card = Annotated[KnownCard | GenericCard, Field(union_mode="left_to_right")]

CARD_CLASSES: dict[Kind, type[Card]] = {
    Kind.ACTION: TextCard,
    Kind.THOUGHT: TextCard,
    Kind.BACKSTAGE: TextCard,
    Kind.TEXT: TextCard,
    Kind.TOUCHPOINT: TouchpointCard,
    Kind.CHANNEL: TouchpointCard,
    Kind.EMOTION: EmotionCard,
    Kind.PAIN_POINT: PainPointCard,
    Kind.OPPORTUNITY: OpportunityCard,
    Kind.KPI: KpiCard,
}


def make_card(kind: Kind | str, lane_id: str, stage_id: str, **fields: object) -> Card:
    """Create a card of ``kind``; the one place that knows which class carries which kind."""
    kind = Kind(kind)
    return CARD_CLASSES[kind](kind=kind.value, lane_id=lane_id, stage_id=stage_id, **fields)
