"""Personas and jobs to be done (shared/DOMAIN.md): who the map is for and what they try to get done."""

from pydantic import Field

from journeydesigner.i18n import tr
from journeydesigner.model.base import AssetRef, Color, Id, JDModel, LongText, ShortText, TextList, empty_list
from journeydesigner.model.ids import new_id
from journeydesigner.model.kinds import Channel, JobKind


class Persona(JDModel):
    id: Id = Field(default_factory=lambda: new_id("persona"))
    name: ShortText = "New persona"
    role: ShortText = ""
    quote: LongText = ""
    photo: AssetRef | None = None
    color: Color = "#4C6EF5"
    age: ShortText = ""
    gender: ShortText = ""
    location: ShortText = ""
    values: TextList = Field(default_factory=empty_list)
    interests: TextList = Field(default_factory=empty_list)
    lifestyle: LongText = ""
    behaviours: TextList = Field(default_factory=empty_list)
    preferred_channels: list[Channel] = Field(default_factory=empty_list)
    goals: TextList = Field(default_factory=empty_list)
    pain_points: TextList = Field(default_factory=empty_list)
    motivations: TextList = Field(default_factory=empty_list)


class Job(JDModel):
    """A job statement: "When <situation>, I want to <motivation>, so I can <outcome>"."""

    id: Id = Field(default_factory=lambda: new_id("job"))
    situation: ShortText = ""
    motivation: ShortText = ""
    outcome: ShortText = ""
    kind: JobKind = JobKind.FUNCTIONAL
    importance: int = Field(5, ge=1, le=10)
    satisfaction: int = Field(5, ge=1, le=10)
    stage_ids: list[Id] = Field(default_factory=empty_list)
    persona_ids: list[Id] = Field(default_factory=empty_list)

    @property
    def opportunity(self) -> int:
        """Outcome-driven innovation score: importance + max(importance - satisfaction, 0)."""
        return self.importance + max(self.importance - self.satisfaction, 0)

    @property
    def statement(self) -> str:
        return tr("When {situation}, I want to {motivation}, so I can {outcome}.").format(
            situation=self.situation, motivation=self.motivation, outcome=self.outcome)
