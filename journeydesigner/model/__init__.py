"""The journey model: plain data, no Qt. Commands change it; views follow it."""

from journeydesigner.model.cards import (
    CARD_CLASSES,
    Card,
    CardBase,
    EmotionCard,
    GenericCard,
    KpiCard,
    OpportunityCard,
    PainPointCard,
    TextCard,
    TouchpointCard,
    make_card,
)
from journeydesigner.model.ids import new_id
from journeydesigner.model.journey import EmotionScale, JourneyMap, Lane, Stage
from journeydesigner.model.kinds import Channel, JobKind, Kind, OpportunityStatus
from journeydesigner.model.people import Job, Persona
from journeydesigner.model.project import FORMAT_VERSION, Problem, Project, ProjectMeta

__all__ = [
    "CARD_CLASSES",
    "FORMAT_VERSION",
    "Card",
    "CardBase",
    "Channel",
    "EmotionCard",
    "EmotionScale",
    "GenericCard",
    "Job",
    "JobKind",
    "JourneyMap",
    "Kind",
    "KpiCard",
    "Lane",
    "OpportunityCard",
    "OpportunityStatus",
    "PainPointCard",
    "Persona",
    "Problem",
    "Project",
    "ProjectMeta",
    "Stage",
    "TextCard",
    "TouchpointCard",
    "make_card",
    "new_id",
]
