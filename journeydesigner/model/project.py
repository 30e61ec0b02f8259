"""The project: what one .journey file holds, and the invariants that types alone cannot state."""

from collections.abc import Iterator
from datetime import UTC, datetime
from datetime import date as Day

from pydantic import Field, PrivateAttr

from journeydesigner.invariants import Loc, Problem, find_problems
from journeydesigner.model.base import AssetRef, JDModel, LongText, ShortText, empty_list
from journeydesigner.model.cards import EmotionCard
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.people import Job, Persona

FORMAT_VERSION = "1.0"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class ProjectMeta(JDModel):
    """What the deliverable says about itself: the cover, page headers and PDF metadata come from here."""

    title: ShortText = "Untitled project"
    client: ShortText = ""
    author: ShortText = ""
    created: datetime = Field(default_factory=now)
    modified: datetime = Field(default_factory=now)
    notes: LongText = ""
    date: Day | None = Field(None, description="The date the deliverable shows (a workshop's); none: today.")
    version: ShortText = Field("", description="A version label such as 'Draft 2' or 'v1.3'.")
    logo: AssetRef | None = Field(None, description="The client's logo, shown on the cover.")
    language: ShortText = Field("", description="The language the project's text is written in, a code such as "
                                "'de' or 'en_GB': its long words are hyphenated by that language's rules. Empty: "
                                "the language the program speaks.")


class Project(JDModel):
    format_version: str = FORMAT_VERSION
    meta: ProjectMeta = Field(default_factory=ProjectMeta)
    personas: list[Persona] = Field(default_factory=empty_list, max_length=1000)
    jobs: list[Job] = Field(default_factory=empty_list, max_length=5000)
    maps: list[JourneyMap] = Field(default_factory=empty_list, max_length=200)
    export: ExportOptions = Field(default_factory=ExportOptions, description="The last export's settings.")
    # Image bytes by asset name ("assets/<sha256>.png"); travel with the project, not in its JSON.
    _assets: dict[str, bytes] = PrivateAttr(default_factory=dict)
    # What the reader could not load but worked around (a missing image shows as a placeholder).
    _load_warnings: list[str] = PrivateAttr(default_factory=empty_list)
    # What the user should know about a file that opened whole (it came from a newer version).
    _load_notes: list[str] = PrivateAttr(default_factory=empty_list)
    # Container entries this version did not load as its own images (an orphan, an image only a newer version's
    # field names, a damaged image): written back as they came, so saving here deletes nothing.
    _kept_entries: dict[str, bytes] = PrivateAttr(default_factory=dict)

    @property
    def assets(self) -> dict[str, bytes]:
        return self._assets

    @property
    def load_warnings(self) -> list[str]:
        return self._load_warnings

    @property
    def load_notes(self) -> list[str]:
        return self._load_notes

    @property
    def kept_entries(self) -> dict[str, bytes]:
        return self._kept_entries

    def map(self, map_id: str) -> JourneyMap:
        return next(m for m in self.maps if m.id == map_id)

    def persona(self, persona_id: str) -> Persona:
        return next(p for p in self.personas if p.id == persona_id)

    def asset_refs(self, cards: bool = True) -> Iterator[tuple[Loc, str]]:
        """Every image reference: the logo, the persona photos and (unless ``cards`` is False) the cards'."""
        if self.meta.logo:
            yield ("meta", "logo"), self.meta.logo
        for i, persona in enumerate(self.personas):
            if persona.photo:
                yield ("personas", i, "photo"), persona.photo
        for m, jmap in enumerate(self.maps if cards else ()):
            for c, card in enumerate(jmap.cards):
                if card.image:
                    yield ("maps", m, "cards", c, "image"), card.image

    def problems(self) -> list[Problem]:
        """Every dangling reference and duplicate id; empty for a sound project."""
        return list(find_problems(self, EmotionCard))
