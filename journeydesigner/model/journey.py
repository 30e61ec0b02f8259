"""A journey map: ordered stages (columns), ordered lanes (rows) and the cards in their cells."""

from pydantic import Field

from journeydesigner.model.base import Color, Id, JDModel, LongText, ShortText
from journeydesigner.model.cards import Card
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


class Lane(JDModel):
    id: Id = Field(default_factory=lambda: new_id("lane"))
    name: ShortText = "New lane"
    kind: Kind = Kind.TEXT
    color: Color | None = None


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
    persona_ids: list[Id] = Field(default_factory=list)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    stages: list[Stage] = Field(default_factory=list, max_length=500)
    lanes: list[Lane] = Field(default_factory=list, max_length=200)
    cards: list[Card] = Field(default_factory=list, max_length=200_000)

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def card(self, card_id: str) -> Card:
        return next(c for c in self.cards if c.id == card_id)

    def cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """The cards of one cell in their order."""
        return [c for c in self.cards if c.lane_id == lane_id and c.stage_id == stage_id]
