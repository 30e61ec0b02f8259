"""The guard every test runs under (tests/helpers/writeguard.py) catches a write around the commands."""

import pytest

from journeydesigner.commands import EditFields, Target
from journeydesigner.document import Document
from journeydesigner.model import Persona
from tests.helpers.factories import small_project
from tests.helpers.writeguard import WriteOutsideCommandError


def test_a_write_into_an_open_project_outside_a_command_fails_and_a_command_passes():
    doc = Document(small_project())
    card = doc.project.maps[0].card("card-1")
    with pytest.raises(WriteOutsideCommandError, match=r"TouchpointCard\.title"):
        card.title = "Behind the undo stack's back"
    doc.push(EditFields(doc, Target("cards", "card-1", "map-1"), {"title": "Through a command"}))
    assert card.title == "Through a command"
    doc.undo_stack.undo()
    assert card.title != "Through a command"
    newcomer = Persona(name="Not in the project yet")
    newcomer.name = "Filled in before the command that adds her"  # free: no open project holds her
    doc.project.export.layout = doc.project.export.layout  # the export settings: not an edit, by design
