"""The vocabularies of a journey map (see shared/DOMAIN.md): lane kinds, channels, job kinds."""

from enum import StrEnum


class Kind(StrEnum):
    """What a lane holds; a card's kind uses the same words, so a lane's kind is its default card kind."""

    ACTION = "action"
    TOUCHPOINT = "touchpoint"
    CHANNEL = "channel"
    THOUGHT = "thought"
    EMOTION = "emotion"
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"
    KPI = "kpi"
    BACKSTAGE = "backstage"
    TEXT = "text"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def singular(self) -> str:
        return KIND_SINGULAR[self]


KIND_SINGULAR: dict["Kind", str] = {}
KIND_LABELS: dict[Kind, str] = {
    Kind.ACTION: "Customer actions",
    Kind.TOUCHPOINT: "Touchpoints",
    Kind.CHANNEL: "Channels",
    Kind.THOUGHT: "Thoughts",
    Kind.EMOTION: "Emotions",
    Kind.PAIN_POINT: "Pain points",
    Kind.OPPORTUNITY: "Opportunities",
    Kind.KPI: "KPIs / metrics",
    Kind.BACKSTAGE: "Backstage / support",
    Kind.TEXT: "Notes",
}


KIND_SINGULAR.update({
    Kind.ACTION: "Customer action", Kind.TOUCHPOINT: "Touchpoint", Kind.CHANNEL: "Channel", Kind.THOUGHT: "Thought",
    Kind.EMOTION: "Emotion", Kind.PAIN_POINT: "Pain point", Kind.OPPORTUNITY: "Opportunity", Kind.KPI: "KPI",
    Kind.BACKSTAGE: "Backstage process", Kind.TEXT: "Note",
})


class Channel(StrEnum):
    """The medium of a touchpoint."""

    WEB = "web"
    MOBILE_APP = "mobile_app"
    STORE = "store"
    EMAIL = "email"
    SOCIAL = "social"
    PHONE_CHAT = "phone_chat"
    ADVERTISING = "advertising"
    EVENT = "event"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.WEB: "Web",
    Channel.MOBILE_APP: "Mobile app",
    Channel.STORE: "Store",
    Channel.EMAIL: "Email",
    Channel.SOCIAL: "Social media",
    Channel.PHONE_CHAT: "Phone / chat",
    Channel.ADVERTISING: "Advertising",
    Channel.EVENT: "Event",
    Channel.WORD_OF_MOUTH: "Word of mouth",
    Channel.OTHER: "Other",
}


class JobKind(StrEnum):
    FUNCTIONAL = "functional"
    EMOTIONAL = "emotional"
    SOCIAL = "social"


class OpportunityStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
