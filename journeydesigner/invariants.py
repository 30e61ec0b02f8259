"""The invariants of a project that types alone cannot state: ids used once, references that resolve, scores on
the scale. Here, not in the model package, so `validate`'s quick check (projectfile/quick.py) runs the same scan
on its msgspec Structs without importing pydantic (issue 15)."""

from collections import Counter
from collections.abc import Iterator
from typing import Any, NamedTuple

from journeydesigner.i18n import tr

Loc = tuple[str | int, ...]


class Problem(NamedTuple):
    """A broken invariant, with where it is (``("maps", 0, "cards", 12, "stage_id")``). (Not a dataclass:
    dataclasses imports inspect, 5-9 ms of `validate`'s quick answer.)"""

    loc: Loc
    message: str


def find_problems(project: Any, emotion_card: type[Any]) -> Iterator[Problem]:
    """Every broken invariant of ``project``: a model, or the quick check's Structs of the same shape (cards of
    class ``emotion_card`` have a score on their map's scale and may name a persona)."""
    persona_ids = {p.id for p in project.personas}
    job_ids = {j.id for j in project.jobs}
    all_stage_ids: set[str] = set()
    seen: Counter[str] = Counter()

    def first_use(loc: Loc, item_id: str) -> Iterator[Problem]:
        seen[item_id] += 1
        if seen[item_id] == 2:
            yield Problem(loc, tr("the id '{id}' is used more than once").format(id=item_id))

    def refs(loc: Loc, ids: list[str], known: set[str], what: str) -> Iterator[Problem]:
        for k, ref in enumerate(ids):
            if ref not in known:
                message = tr("refers to {what} '{ref}' that does not exist").format(what=tr(what), ref=ref)
                yield Problem((*loc, k), message)

    for i, persona in enumerate(project.personas):
        yield from first_use(("personas", i, "id"), persona.id)
    for m, jmap in enumerate(project.maps):
        at: Loc = ("maps", m)
        yield from first_use((*at, "id"), jmap.id)
        yield from refs((*at, "persona_ids"), jmap.persona_ids, persona_ids, "persona")
        stage_ids = {s.id for s in jmap.stages}
        lane_ids = {lane.id for lane in jmap.lanes}
        all_stage_ids |= stage_ids
        for s, stage in enumerate(jmap.stages):
            yield from first_use((*at, "stages", s, "id"), stage.id)
        for ln, lane in enumerate(jmap.lanes):
            yield from first_use((*at, "lanes", ln, "id"), lane.id)
        for c, card in enumerate(jmap.cards):  # every card: the places (tuples) are made only for a problem
            if card.id in seen:
                yield from first_use((*at, "cards", c, "id"), card.id)
            else:
                seen[card.id] = 1
            if card.stage_id not in stage_ids:
                message = tr("refers to stage '{ref}' that is not in this map").format(ref=card.stage_id)
                yield Problem((*at, "cards", c, "stage_id"), message)
            if card.lane_id not in lane_ids:
                message = tr("refers to lane '{ref}' that is not in this map").format(ref=card.lane_id)
                yield Problem((*at, "cards", c, "lane_id"), message)
            if card.persona_ids:
                yield from refs((*at, "cards", c, "persona_ids"), card.persona_ids, persona_ids, "persona")
            if card.job_ids:
                yield from refs((*at, "cards", c, "job_ids"), card.job_ids, job_ids, "job")
            if isinstance(card, emotion_card):
                scale = jmap.emotion_scale
                if not scale.minimum <= card.score <= scale.maximum:  # (EmotionScale.contains)
                    yield Problem(
                        (*at, "cards", c, "score"),
                        tr("must be between {low} and {high}").format(low=scale.minimum, high=scale.maximum),
                    )
                if card.persona_id is not None and card.persona_id not in persona_ids:
                    yield Problem((*at, "cards", c, "persona_id"), tr(
                        "refers to {what} '{ref}' that does not exist").format(what=tr("persona"), ref=card.persona_id))
    for j, job in enumerate(project.jobs):
        yield from first_use(("jobs", j, "id"), job.id)
        yield from refs(("jobs", j, "persona_ids"), job.persona_ids, persona_ids, "persona")
    for j, job in enumerate(project.jobs):
        yield from refs(("jobs", j, "stage_ids"), job.stage_ids, all_stage_ids, "stage")
