"""Projects for tests: small hand-made ones and hypothesis strategies for any valid project."""

import hashlib
import io

from hypothesis import strategies as st
from PIL import Image

from journeydesigner.model import (
    Channel,
    Job,
    JobKind,
    JourneyMap,
    Kind,
    Lane,
    Persona,
    Project,
    ProjectMeta,
    Stage,
    make_card,
)


def png_bytes(width: int = 8, height: int = 8, color: str = "#3366CC") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def add_png(project: Project, data: bytes | None = None) -> str:
    data = data or png_bytes()
    ref = f"assets/{hashlib.sha256(data).hexdigest()}.png"
    project.assets[ref] = data
    return ref


def small_project() -> Project:
    """Two stages, three lanes, a persona with a photo, a job and a few cards of different kinds."""
    project = Project(meta=ProjectMeta(title="Small", client="Client"))
    persona = Persona(id="persona-a", name="Ana", photo=add_png(project))
    project.personas.append(persona)
    jmap = JourneyMap(
        id="map-1",
        stages=[Stage(id="stage-a", name="Awareness"), Stage(id="stage-b", name="Decision")],
        lanes=[Lane(id="lane-t", name="Touchpoints", kind=Kind.TOUCHPOINT),
               Lane(id="lane-e", name="Emotions", kind=Kind.EMOTION),
               Lane(id="lane-p", name="Pain points", kind=Kind.PAIN_POINT)],
        persona_ids=[persona.id],
    )
    jmap.cards += [
        make_card(Kind.TOUCHPOINT, "lane-t", "stage-a", id="card-1", title="Search ad", channel=Channel.ADVERTISING),
        make_card(Kind.TOUCHPOINT, "lane-t", "stage-a", id="card-2", title="Landing page"),
        make_card(Kind.EMOTION, "lane-e", "stage-a", id="card-3", title="Curious", score=1, persona_id=persona.id),
        make_card(Kind.EMOTION, "lane-e", "stage-b", id="card-4", title="Annoyed", score=-2, persona_id=persona.id),
        make_card(Kind.PAIN_POINT, "lane-p", "stage-b", id="card-5", title="Form too long", severity=4),
    ]
    project.maps.append(jmap)
    project.jobs.append(Job(id="job-1", situation="s", motivation="m", outcome="o", stage_ids=["stage-a"],
                            persona_ids=[persona.id]))
    return project


text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
short_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)


@st.composite
def projects(draw: st.DrawFn, max_cards: int = 25) -> Project:
    """Any valid project: unique ids, references that resolve, scores on the scale."""
    project = Project(meta=ProjectMeta(title=draw(text), client=draw(text), notes=draw(text)))
    counter = iter(range(1_000_000))

    def uid(prefix: str) -> str:
        return f"{prefix}-{next(counter)}-{draw(short_ids)}"

    for _ in range(draw(st.integers(0, 3))):
        photo = add_png(project, png_bytes(color=draw(st.sampled_from(["#112233", "#AABBCC"])))) \
            if draw(st.booleans()) else None
        project.personas.append(Persona(id=uid("persona"), name=draw(text), quote=draw(text), photo=photo,
                                        goals=draw(st.lists(text, max_size=3)),
                                        preferred_channels=draw(st.lists(st.sampled_from(list(Channel)), max_size=3))))
    persona_ids = [p.id for p in project.personas]
    all_stage_ids: list[str] = []
    for _ in range(draw(st.integers(1, 2))):
        stages = [Stage(id=uid("stage"), name=draw(text), width=draw(st.floats(120, 600)))
                  for _ in range(draw(st.integers(1, 5)))]
        lanes = [Lane(id=uid("lane"), name=draw(text), kind=draw(st.sampled_from(list(Kind))))
                 for _ in range(draw(st.integers(1, 5)))]
        jmap = JourneyMap(id=uid("map"), name=draw(text), stages=stages, lanes=lanes,
                          persona_ids=draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else [])
        for _ in range(draw(st.integers(0, max_cards))):
            lane = draw(st.sampled_from(lanes))
            kind = draw(st.sampled_from(list(Kind)))
            extra: dict[str, object] = {}
            if kind is Kind.EMOTION:
                extra["score"] = draw(st.integers(-3, 3))
                if persona_ids:
                    extra["persona_id"] = draw(st.none() | st.sampled_from(persona_ids))
            elif kind is Kind.PAIN_POINT:
                extra["severity"] = draw(st.integers(1, 5))
            elif kind is Kind.KPI:
                extra["value"] = draw(st.none() | st.floats(-1e6, 1e6, allow_nan=False))
                extra["unit"] = draw(st.sampled_from(["", "%", "days"]))
            elif kind in (Kind.TOUCHPOINT, Kind.CHANNEL):
                extra["channel"] = draw(st.sampled_from(list(Channel)))
            jmap.cards.append(make_card(kind, lane.id, draw(st.sampled_from(stages)).id, id=uid("card"),
                                        title=draw(text), body=draw(text),
                                        tags=draw(st.lists(text, max_size=2)), **extra))
        all_stage_ids += [s.id for s in stages]
        project.maps.append(jmap)
    for _ in range(draw(st.integers(0, 3))):
        project.jobs.append(Job(id=uid("job"), situation=draw(text), kind=draw(st.sampled_from(list(JobKind))),
                                importance=draw(st.integers(1, 10)), satisfaction=draw(st.integers(1, 10)),
                                stage_ids=draw(st.lists(st.sampled_from(all_stage_ids), unique=True, max_size=3))))
    assert not project.problems()
    return project
