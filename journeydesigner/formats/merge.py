"""What an import adds to an open project: new maps, or stages, lanes and cards merged into one map. Qt-free.

The plan is computed once (for the preview) and applied by one undoable command. Personas are matched by
name, so importing a sheet that names "Maya" links to the Maya already in the project; stages and lanes are
matched by name when merging into a map, and the rest is added after the existing ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeydesigner.i18n import tr
from journeydesigner.model import JourneyMap, Project
from journeydesigner.model.cards import Card, CardBase, EmotionCard
from journeydesigner.model.journey import Lane, Stage
from journeydesigner.model.people import Job, Persona


@dataclass
class Additions:
    """Everything an import adds, by object; undoing removes exactly these."""

    map_id: str | None = None  # the map merged into; None when the import adds maps
    maps: list[JourneyMap] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    map_persona_ids: list[str] = field(default_factory=list)  # added to the merged map's personas

    @property
    def card_count(self) -> int:
        return len(self.cards) + sum(len(m.cards) for m in self.maps)

    def summary(self) -> list[str]:
        """One line per kind of thing added, for the preview."""
        lines = []
        if self.maps:
            lines.append(tr("{count} new map(s): {names}").format(count=len(self.maps),
                                                                  names=", ".join(m.name for m in self.maps)))
        if self.stages:
            lines.append(tr("{count} new stage(s): {names}").format(count=len(self.stages),
                                                                    names=", ".join(s.name for s in self.stages)))
        if self.lanes:
            lines.append(tr("{count} new lane(s): {names}").format(count=len(self.lanes),
                                                                   names=", ".join(lane.name for lane in self.lanes)))
        lines.append(tr("{count} card(s)").format(count=self.card_count))
        if self.personas:
            lines.append(tr("{count} new persona(s): {names}").format(count=len(self.personas),
                                                                      names=", ".join(p.name for p in self.personas)))
        if self.jobs:
            lines.append(tr("{count} job(s) to be done").format(count=len(self.jobs)))
        return lines


def plan_merge(project: Project, imported: Project, into_map_id: str | None) -> Additions:
    """The additions that put ``imported`` into ``project``: as new maps, or merged into ``into_map_id``.
    Reads ``project`` and copies what it takes from ``imported``; changes neither."""
    imported = imported.model_copy(deep=True)
    plan = Additions(map_id=into_map_id)
    persona_ids: dict[str, str] = {}
    existing = {p.name.casefold(): p.id for p in project.personas}
    for persona in imported.personas:
        if persona.name.casefold() in existing:
            persona_ids[persona.id] = existing[persona.name.casefold()]
        else:
            existing[persona.name.casefold()] = persona_ids[persona.id] = persona.id
            plan.personas.append(persona)
    stage_ids: dict[str, str] = {}
    if into_map_id is None:
        for jmap in imported.maps:
            stage_ids.update((s.id, s.id) for s in jmap.stages)
            jmap.persona_ids = list(dict.fromkeys(persona_ids.get(p, p) for p in jmap.persona_ids))
            for card in jmap.cards:
                _relink(card, persona_ids)
            plan.maps.append(jmap)
    else:
        target = project.map(into_map_id)
        _merge_into(plan, target, imported, persona_ids, stage_ids)
    for job in imported.jobs:
        job.persona_ids = [persona_ids.get(p, p) for p in job.persona_ids]
        job.stage_ids = [stage_ids[s] for s in job.stage_ids if s in stage_ids]
        plan.jobs.append(job)
    return plan


def _merge_into(plan: Additions, target: JourneyMap, imported: Project, persona_ids: dict[str, str],
                stage_ids: dict[str, str]) -> None:
    stages = {s.name.casefold(): s.id for s in target.stages}
    lanes = {lane.name.casefold(): lane.id for lane in target.lanes}
    lane_ids: dict[str, str] = {}
    scale = target.emotion_scale
    for jmap in imported.maps:
        for stage in jmap.stages:
            if stage.name.casefold() not in stages:
                stages[stage.name.casefold()] = stage.id
                plan.stages.append(stage)
            stage_ids[stage.id] = stages[stage.name.casefold()]
        for lane in jmap.lanes:
            if lane.name.casefold() not in lanes:
                lanes[lane.name.casefold()] = lane.id
                plan.lanes.append(lane)
            lane_ids[lane.id] = lanes[lane.name.casefold()]
        for card in jmap.cards:
            _relink(card, persona_ids)
            card.stage_id, card.lane_id = stage_ids[card.stage_id], lane_ids[card.lane_id]
            if isinstance(card, EmotionCard):
                card.score = max(scale.minimum, min(scale.maximum, card.score))
            plan.cards.append(card)
        for persona_id in jmap.persona_ids:
            mapped = persona_ids.get(persona_id, persona_id)
            if mapped not in target.persona_ids and mapped not in plan.map_persona_ids:
                plan.map_persona_ids.append(mapped)


def _relink(card: CardBase, persona_ids: dict[str, str]) -> None:
    card.persona_ids = list(dict.fromkeys(persona_ids.get(p, p) for p in card.persona_ids))
    if isinstance(card, EmotionCard) and card.persona_id:
        card.persona_id = persona_ids.get(card.persona_id, card.persona_id)


def apply(project: Project, plan: Additions) -> None:
    project.personas.extend(plan.personas)
    project.jobs.extend(plan.jobs)
    project.maps.extend(plan.maps)
    if plan.map_id is not None:
        target = project.map(plan.map_id)
        target.stages.extend(plan.stages)
        target.lanes.extend(plan.lanes)
        target.cards.extend(plan.cards)
        target.persona_ids.extend(plan.map_persona_ids)


def revert(project: Project, plan: Additions) -> None:
    def without(items: list, added: list) -> list:
        gone = {id(item) for item in added}
        return [item for item in items if id(item) not in gone]

    if plan.map_id is not None:
        target = project.map(plan.map_id)
        target.cards = without(target.cards, plan.cards)
        target.lanes = without(target.lanes, plan.lanes)
        target.stages = without(target.stages, plan.stages)
        target.persona_ids = [p for p in target.persona_ids if p not in set(plan.map_persona_ids)]
    project.maps = without(project.maps, plan.maps)
    project.jobs = without(project.jobs, plan.jobs)
    project.personas = without(project.personas, plan.personas)
