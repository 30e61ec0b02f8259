"""Random edits of a project, as a user (or a colleague) makes them: for the diff and merge properties."""

from hypothesis import strategies as st

from journeydesigner.model import Job, Kind, Lane, Persona, Project, Stage, make_card

EDITS = ("card_title", "card_body", "card_score", "card_move", "card_reorder", "card_remove", "card_add",
         "card_kind", "stage_add", "stage_remove", "stage_rename", "stage_move", "lane_add", "lane_remove",
         "persona_add", "persona_remove", "persona_edit", "job_add", "job_remove", "job_edit", "meta", "extra")
CARD_EDITS = ("card_title", "card_body", "card_score", "card_move", "card_remove", "card_add", "card_kind")


def edit(draw: st.DrawFn, project: Project, name: str, n: int, allowed: set[str] | None = None, tag: str = "") -> None:
    """Apply the edit ``name`` to ``project``; ``allowed`` limits which existing cards it may touch."""
    jmap = draw(st.sampled_from(project.maps))
    cards = [c for c in jmap.cards if allowed is None or c.id in allowed]
    new = f"{name}-{tag}{n}"
    if name.startswith("card_") and name != "card_add" and not cards:
        return
    if name == "card_title":
        draw(st.sampled_from(cards)).title = f"Retitled {n}"
    elif name == "card_body":
        draw(st.sampled_from(cards)).body = draw(st.text(max_size=30))
    elif name == "card_score":
        emotions = [c for c in cards if c.kind == "emotion"]
        if emotions:
            draw(st.sampled_from(emotions)).score = draw(st.integers(-3, 3))
    elif name in ("card_move", "card_reorder"):
        card = draw(st.sampled_from(cards))
        jmap.cards.remove(card)
        if name == "card_move":
            card.stage_id = draw(st.sampled_from(jmap.stages)).id
            card.lane_id = draw(st.sampled_from(jmap.lanes)).id
        jmap.cards.insert(draw(st.integers(0, len(jmap.cards))) if name == "card_reorder" else len(jmap.cards), card)
    elif name == "card_remove":
        jmap.cards.remove(draw(st.sampled_from(cards)))
    elif name == "card_add":
        jmap.cards.append(make_card(draw(st.sampled_from([Kind.TEXT, Kind.PAIN_POINT, Kind.THOUGHT])),
                                    draw(st.sampled_from(jmap.lanes)).id, draw(st.sampled_from(jmap.stages)).id,
                                    id=f"card-{new}", title=f"Added {new}", persona_ids=[
                                        p.id for p in project.personas[:1]]))
    elif name == "card_kind":
        card = draw(st.sampled_from(cards))
        at = jmap.cards.index(card)
        kind = Kind.KPI if card.kind != "kpi" else Kind.TEXT
        jmap.cards[at] = make_card(kind, card.lane_id, card.stage_id, id=card.id, title=card.title)
    elif name in ("stage_add", "lane_add") and allowed is None:
        axis = jmap.stages if name == "stage_add" else jmap.lanes
        item = Stage(id=f"stage-{new}", name=f"Stage {new}") if name == "stage_add" else Lane(
            id=f"lane-{new}", name=f"Lane {new}", kind=Kind.TEXT)
        axis.insert(draw(st.integers(0, len(axis))), item)
        jmap.cards.append(make_card(Kind.TEXT, (item if name == "lane_add" else jmap.lanes[0]).id,
                                    (item if name == "stage_add" else jmap.stages[0]).id, id=f"card-in-{new}",
                                    title=f"Inside {new}"))
    elif name in ("stage_remove", "lane_remove") and allowed is None:
        axis = jmap.stages if name == "stage_remove" else jmap.lanes
        if len(axis) > 1:
            item = draw(st.sampled_from(axis))
            axis.remove(item)
            jmap.cards[:] = [c for c in jmap.cards if item.id not in (c.stage_id, c.lane_id)]
            for job in project.jobs:
                job.stage_ids = [s for s in job.stage_ids if s != item.id]
    elif name == "stage_rename" and allowed is None:
        draw(st.sampled_from(jmap.stages)).name = f"Renamed {new}"
    elif name == "stage_move" and allowed is None and len(jmap.stages) > 1:
        stage = jmap.stages.pop(draw(st.integers(0, len(jmap.stages) - 1)))
        jmap.stages.insert(draw(st.integers(0, len(jmap.stages))), stage)
    elif name == "persona_add" and allowed is None:
        project.personas.append(Persona(id=f"persona-{new}", name=f"Persona {new}"))
    elif name == "persona_remove" and allowed is None and project.personas:
        gone = project.personas.pop(0).id
        for m in project.maps:
            m.persona_ids = [p for p in m.persona_ids if p != gone]
            for c in m.cards:
                c.persona_ids = [p for p in c.persona_ids if p != gone]
                if getattr(c, "persona_id", None) == gone:
                    c.persona_id = None
        for job in project.jobs:
            job.persona_ids = [p for p in job.persona_ids if p != gone]
    elif name == "persona_edit" and allowed is None and project.personas:
        project.personas[-1].goals = [*project.personas[-1].goals, f"goal {new}"]
    elif name == "job_add" and allowed is None:
        project.jobs.append(Job(id=f"job-{new}", situation=f"when {new}", stage_ids=[jmap.stages[0].id]))
    elif name == "job_remove" and allowed is None and project.jobs:
        gone = project.jobs.pop().id
        for m in project.maps:
            for c in m.cards:
                c.job_ids = [j for j in c.job_ids if j != gone]
    elif name == "job_edit" and allowed is None and project.jobs:
        project.jobs[0].importance = 10 if project.jobs[0].importance != 10 else 1
    elif name == "meta" and allowed is None:
        project.meta.client = f"Client {new}"
    elif name == "extra" and allowed is None:
        jmap.newer_field = {"from": new}


@st.composite
def edited(draw: st.DrawFn, project: Project, names: tuple[str, ...] = EDITS, allowed: set[str] | None = None,
           max_edits: int = 6, tag: str = "") -> Project:
    """A copy of ``project`` after a few random edits; always a sound project."""
    other = project.model_copy(deep=True)
    for n in range(draw(st.integers(0, max_edits))):
        edit(draw, other, draw(st.sampled_from(names)), n, allowed, tag)
    assert not other.problems(), other.problems()
    return other


def normal(project: Project) -> dict:
    """What must be equal: everything but the save time and the order of cards across cells."""
    data = project.model_dump(mode="json")
    data["meta"].pop("modified")
    for jmap in data["maps"]:
        cells: dict[str, list] = {}
        for card in jmap["cards"]:
            cells.setdefault(f"{card['lane_id']} {card['stage_id']}", []).append(card)
        jmap["cards"] = dict(sorted(cells.items()))
    return data
