"""What a round trip must keep, as plain tuples that compare across projects (ids differ)."""

from journeydesigner.model import Project
from journeydesigner.model.cards import EmotionCard

CARD_FIELDS = ("kind", "title", "body", "tags", "notes", "score", "severity", "channel", "status", "owner", "metric",
               "value", "target", "unit")


def persona_names(project: Project, ids: list[str | None]) -> list[str]:
    names = {p.id: p.name for p in project.personas}
    return [names[i] for i in ids if i]


def cards_by_cell(project: Project, fields: tuple[str, ...] = CARD_FIELDS) -> dict:
    """map › (stage, lane) › the cards in order, each as the tuple of ``fields`` plus its persona names."""
    found = {}
    for jmap in project.maps:
        cells: dict[tuple[str, str], list] = {}
        for card in jmap.cards:
            values = tuple(getattr(card, f, None) for f in fields)
            people = persona_names(project, card.persona_ids)
            if isinstance(card, EmotionCard):
                people = persona_names(project, [card.persona_id]) + people
            cells.setdefault((jmap.stage(card.stage_id).name, jmap.lane(card.lane_id).name), []).append(
                (*values, tuple(people)))
        found[jmap.name] = cells
    return found


def axes(project: Project) -> list:
    return [(m.name, [s.name for s in m.stages], [(lane.name, lane.kind) for lane in m.lanes]) for m in project.maps]
