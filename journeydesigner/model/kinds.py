"""The vocabularies of a journey map (see shared/DOMAIN.md): lane kinds, channels, job kinds."""

from enum import StrEnum

from journeydesigner.i18n import QT_TR_NOOP, tr


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
        return tr(KIND_LABELS[self])

    @property
    def singular(self) -> str:
        return tr(KIND_SINGULAR[self])


KIND_SINGULAR: dict["Kind", str] = {}
KIND_LABELS: dict[Kind, str] = {
    Kind.ACTION: QT_TR_NOOP("Customer actions"),
    Kind.TOUCHPOINT: QT_TR_NOOP("Touchpoints"),
    Kind.CHANNEL: QT_TR_NOOP("Channels"),
    Kind.THOUGHT: QT_TR_NOOP("Thoughts"),
    Kind.EMOTION: QT_TR_NOOP("Emotions"),
    Kind.PAIN_POINT: QT_TR_NOOP("Pain points"),
    Kind.OPPORTUNITY: QT_TR_NOOP("Opportunities"),
    Kind.KPI: QT_TR_NOOP("KPIs / metrics"),
    Kind.BACKSTAGE: QT_TR_NOOP("Backstage / support"),
    Kind.TEXT: QT_TR_NOOP("Notes"),
}


KIND_SINGULAR.update({
    Kind.ACTION: QT_TR_NOOP("Customer action"), Kind.TOUCHPOINT: QT_TR_NOOP("Touchpoint"),
    Kind.CHANNEL: QT_TR_NOOP("Channel"), Kind.THOUGHT: QT_TR_NOOP("Thought"), Kind.EMOTION: QT_TR_NOOP("Emotion"),
    Kind.PAIN_POINT: QT_TR_NOOP("Pain point"), Kind.OPPORTUNITY: QT_TR_NOOP("Opportunity"), Kind.KPI: QT_TR_NOOP("KPI"),
    Kind.BACKSTAGE: QT_TR_NOOP("Backstage process"), Kind.TEXT: QT_TR_NOOP("Note"),
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
        return tr(CHANNEL_LABELS[self])


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.WEB: QT_TR_NOOP("Web"),
    Channel.MOBILE_APP: QT_TR_NOOP("Mobile app"),
    Channel.STORE: QT_TR_NOOP("Store"),
    Channel.EMAIL: QT_TR_NOOP("Email"),
    Channel.SOCIAL: QT_TR_NOOP("Social media"),
    Channel.PHONE_CHAT: QT_TR_NOOP("Phone / chat"),
    Channel.ADVERTISING: QT_TR_NOOP("Advertising"),
    Channel.EVENT: QT_TR_NOOP("Event"),
    Channel.WORD_OF_MOUTH: QT_TR_NOOP("Word of mouth"),
    Channel.OTHER: QT_TR_NOOP("Other"),
}


class JobKind(StrEnum):
    FUNCTIONAL = "functional"
    EMOTIONAL = "emotional"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        return tr(JOB_KIND_LABELS[self])


JOB_KIND_LABELS: dict[JobKind, str] = {
    JobKind.FUNCTIONAL: QT_TR_NOOP("Functional"),
    JobKind.EMOTIONAL: QT_TR_NOOP("Emotional"),
    JobKind.SOCIAL: QT_TR_NOOP("Social"),
}


class OpportunityStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return tr(STATUS_LABELS[self])


STATUS_LABELS: dict[OpportunityStatus, str] = {
    OpportunityStatus.IDEA: QT_TR_NOOP("Idea"),
    OpportunityStatus.PLANNED: QT_TR_NOOP("Planned"),
    OpportunityStatus.IN_PROGRESS: QT_TR_NOOP("In progress"),
    OpportunityStatus.DONE: QT_TR_NOOP("Done"),
}
