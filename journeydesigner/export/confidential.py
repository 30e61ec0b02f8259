"""A copy of the project with what a confidential export leaves out taken away."""

from journeydesigner.model import Project
from journeydesigner.model.export_settings import ExportOptions


def prepared_copy(project: Project, options: ExportOptions) -> Project:
    """The project as the export shows it. Shares unchanged parts with ``project``: treat it as read-only."""
    confidential = options.omit_lane_ids or options.omit_notes or options.anonymise_personas
    copy = project.model_copy(deep=bool(confidential))
    copy.assets.update(project.assets)
    if options.map_ids:
        copy.maps = [m for m in copy.maps if m.id in set(options.map_ids)]
    omit = set(options.omit_lane_ids)
    for jmap in copy.maps:
        jmap.lanes = [lane for lane in jmap.lanes if lane.id not in omit]
        jmap.cards = [card for card in jmap.cards if card.lane_id not in omit]
    if options.omit_notes:
        copy.meta.notes = ""
        for jmap in copy.maps:
            for card in jmap.cards:
                card.notes = ""
    if options.anonymise_personas:
        for number, persona in enumerate(copy.personas, start=1):
            persona.name = f"Persona {number}"
            persona.photo = None
    return copy
