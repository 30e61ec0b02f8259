"""More of what test_layer_repaint checks, for the edits and gestures a user makes: after each, what is on
screen (repainted only where Qt was told) is what a full repaint draws, and what a freshly opened scene of the
same document draws."""


from journeydesigner.commands import EditFields, Target
from journeydesigner.model import Kind
from tests.canvas.test_layer_repaint import assert_shown_as_drawn
from tests.helpers.factories import make_card, small_project
from tests.helpers.gui import open_window


def tall_neighbour_project():
    """card-2 ends its cell, and a taller card in the next stage sets the lane's height."""
    project = small_project()
    jmap = project.maps[0]
    jmap.cards.append(make_card(Kind.TOUCHPOINT, "lane-t", "stage-b", id="card-tall", title="A long title " * 35))
    return project


def test_a_card_made_shorter_leaves_nothing_of_it_behind(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, tall_neighbour_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    doc = window.doc
    doc.push(EditFields(doc, Target("cards", "card-2", "map-1"), {"title": "Landing page " * 5}))
    assert_shown_as_drawn(qtbot, window, "a longer title")
    doc.push(EditFields(doc, Target("cards", "card-2", "map-1"), {"title": "Short"}))
    assert_shown_as_drawn(qtbot, window, "a shorter title")
