"""More of what test_layer_repaint checks, for the edits and gestures a user makes: after each, what is on
screen (repainted only where Qt was told) is what a full repaint draws, and what a freshly opened scene of the
same document draws."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest

from journeydesigner.commands import EditFields, Target
from journeydesigner.model import Kind
from tests.canvas.test_layer_repaint import assert_shown_as_drawn, repainted
from tests.helpers.factories import make_card, small_project
from tests.helpers.gui import card_center, cell_point, drag, open_window, send_mouse


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


def fresh_view_of(qtbot, monkeypatch, window):
    """Another window on a copy of the same project, at the same zoom and scroll: what a reopened map shows."""
    other = open_window(qtbot, monkeypatch, window.doc.project.model_copy(deep=True))
    other.resize(window.size())
    qtbot.wait(50)
    other.view.set_zoom(window.view.zoom)
    qtbot.waitUntil(lambda: other.scene.items_complete and not other.scene._pending, timeout=10_000)
    for mine, theirs in ((window.view.horizontalScrollBar(), other.view.horizontalScrollBar()),
                         (window.view.verticalScrollBar(), other.view.verticalScrollBar())):
        theirs.setValue(mine.value())
    qtbot.wait(80)
    return other


def assert_same_as_fresh(qtbot, monkeypatch, window, what: str) -> None:
    assert_shown_as_drawn(qtbot, window, what)
    window.scene.clearSelection()  # what a reopened map does not show
    window.scene.set_current_cell(None)
    assert_shown_as_drawn(qtbot, window, what + " and a click away")
    other = fresh_view_of(qtbot, monkeypatch, window)
    mine, theirs = repainted(window), repainted(other)  # the screen is the repaint: asserted above
    if mine != theirs:
        mine.save("/tmp/r2/mine.png")
        theirs.save("/tmp/r2/theirs.png")
    assert mine == theirs, f"after {what}, the map differs from the same map opened anew"
    other.close()


def press_move_release(window, start: QPoint, end: QPoint, between=None) -> None:
    viewport = window.view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for i in range(1, 9):
        send_mouse(viewport, QEvent.Type.MouseMove, start + (end - start) * (i / 8), button=Qt.MouseButton.NoButton)
        if i == 6 and between is not None:
            between()
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def test_drags_that_end_elsewhere(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    drag(window, card_center(window, "card-1"), cell_point(window, "lane-p", "stage-a"))
    assert window.scene.jmap.card("card-1").lane_id == "lane-p"
    assert_same_as_fresh(qtbot, monkeypatch, window, "a card dropped in another lane")
    window.act_undo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "undo of the move to another lane")
    outside = window.view.mapFromScene(window.scene.layout.width + 30, 300)
    drag(window, card_center(window, "card-2"), outside)
    assert_same_as_fresh(qtbot, monkeypatch, window, "a card dropped outside the grid")
    press_move_release(window, card_center(window, "card-5"), cell_point(window, "lane-t", "stage-b"),
                       lambda: QTest.keyClick(window.view.viewport(), Qt.Key.Key_Escape))
    assert_same_as_fresh(qtbot, monkeypatch, window, "Escape during a drag")
    drag(window, card_center(window, "card-3"), cell_point(window, "lane-e", "stage-b", 60))
    assert_same_as_fresh(qtbot, monkeypatch, window, "an emotion point dragged")
    window.act_undo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "undo of the emotion drag")
    window.act_redo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "redo of the emotion drag")


def test_jobs_personas_and_axes(qtbot, monkeypatch):
    from journeydesigner.commands.axis import RemoveAxisItem
    from journeydesigner.commands.people import RemovePerson

    window = open_window(qtbot, monkeypatch, small_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    doc = window.doc
    doc.push(EditFields(doc, Target("cards", "card-1", "map-1"), {"job_ids": ["job-1"]}))
    assert window.scene.card_items["card-1"].jobs == 1
    assert_same_as_fresh(qtbot, monkeypatch, window, "linking a card to a job")
    doc.push(EditFields(doc, Target("jobs", "job-1"), {"motivation": "other"}))
    assert_same_as_fresh(qtbot, monkeypatch, window, "editing the job")
    doc.push(RemovePerson(doc, "jobs", "job-1"))
    assert_same_as_fresh(qtbot, monkeypatch, window, "deleting the job")
    window.act_undo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "undo of deleting the job")
    doc.push(EditFields(doc, Target("personas", "persona-a"), {"color": "#E03131", "name": "Bea"}))
    assert_same_as_fresh(qtbot, monkeypatch, window, "a persona's colour and name")
    doc.push(EditFields(doc, Target("stages", "stage-a", "map-1"), {"width": 420.0}))
    assert_same_as_fresh(qtbot, monkeypatch, window, "a wider stage")
    doc.push(RemoveAxisItem(doc, "map-1", "lanes", "lane-t"))
    assert_same_as_fresh(qtbot, monkeypatch, window, "removing a lane")
    window.act_undo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "undo of removing a lane")
    doc.push(RemoveAxisItem(doc, "map-1", "stages", "stage-a"))
    assert_same_as_fresh(qtbot, monkeypatch, window, "removing a stage")
    window.act_undo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "undo of removing a stage")
