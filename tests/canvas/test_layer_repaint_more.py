"""More of what test_layer_repaint checks, for the edits and gestures a user makes: after each, what is on
screen (repainted only where Qt was told) is what a full repaint draws, and what a freshly opened scene of the
same document draws."""

import io

from PIL import Image, ImageChops
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QObject, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesigner.canvas import scene as scene_module
from journeydesigner.commands import EditFields, Target
from journeydesigner.model import Kind
from tests.canvas.test_layer_repaint import assert_shown_as_drawn, on_screen, repainted
from tests.helpers.factories import make_card, small_project
from tests.helpers.gui import card_center, cell_point, click, drag, open_window, send_mouse
from tests.perf.bigmaps import big_project


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


def differ(a: QImage, b: QImage, tolerance: int) -> bool:
    """Whether two grabs differ by more than ``tolerance`` levels in a channel (0: at all)."""
    if tolerance == 0 or a.size() != b.size():
        return a != b
    images = []
    for image in (a, b):
        data = QBuffer()
        data.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(data, "PNG")
        images.append(Image.open(io.BytesIO(bytes(data.data()))).convert("RGB"))
    return max(high for _low, high in ImageChops.difference(*images).getextrema()) > tolerance


def assert_same_as_fresh(qtbot, monkeypatch, window, what: str, tolerance: int = 0) -> None:
    """``tolerance``: Qt's partial repaints antialias a card's edge below LOD_SKETCH, or a dashed line, a level
    apart from a full repaint's now and then."""
    for step in (what, what + " and a click away"):
        qtbot.wait(scene_module.PLACE_AFTER_MS + 60)
        assert not differ(on_screen(window), repainted(window), tolerance), f"after {step}, the screen is stale"
        window.scene.clearSelection()  # what a reopened map does not show
        window.scene.set_current_cell(None)
    other = fresh_view_of(qtbot, monkeypatch, window)
    mine, theirs = repainted(window), repainted(other)  # the screen is the repaint: asserted above
    assert not differ(mine, theirs, tolerance), f"after {what}, the map differs from the same map opened anew"
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
    def midway(escape: bool = False) -> None:
        assert_shown_as_drawn(qtbot, window, "half a drag")  # the card follows the mouse, and is not left behind
        if escape:
            QTest.keyClick(window.view.viewport(), Qt.Key.Key_Escape)

    press_move_release(window, card_center(window, "card-1"), cell_point(window, "lane-e", "stage-b"), midway)
    assert_same_as_fresh(qtbot, monkeypatch, window, "a card dropped in the emotion lane")
    window.act_undo.trigger()
    press_move_release(window, card_center(window, "card-5"), cell_point(window, "lane-t", "stage-b"),
                       lambda: midway(escape=True))
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


def test_a_big_map_after_edits_scrolls_and_zooms(qtbot, monkeypatch):
    """Edits at the top of a big map leave cards and lanes far below to be placed when idle or when a view
    reaches them; scrolling and zooming out (sketches, then boxes) then show them where a map opened anew does."""
    window = open_window(qtbot, monkeypatch, big_project(3000, stages=2))
    scene, doc = window.scene, window.doc
    window.view.set_zoom(0.6)
    window.view.centerOn(0, 0)
    jmap = scene.jmap
    first, emotion = jmap.cards[0], next(c for c in jmap.cards if c.kind == Kind.EMOTION.value)
    far = jmap.cards[-1]
    # At once, while the first paint's deferred lanes and items are still to come.
    doc.push(EditFields(doc, Target("cards", first.id, jmap.id), {"title": "A much longer title " * 6}))
    doc.push(EditFields(doc, Target("cards", far.id, jmap.id), {"title": "Short"}))
    doc.push(EditFields(doc, Target("cards", emotion.id, jmap.id), {"score": -emotion.score or 2}))
    assert_shown_as_drawn(qtbot, window, "edits at the top of a big map")
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum() // 2)
    assert_same_as_fresh(qtbot, monkeypatch, window, "scrolling to the middle")
    window.act_undo.trigger()
    window.act_undo.trigger()
    window.view.verticalScrollBar().setValue(0)
    window.act_undo.trigger()
    assert_shown_as_drawn(qtbot, window, "undoing them at the top")
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    assert_same_as_fresh(qtbot, monkeypatch, window, "scrolling to the bottom")
    window.act_redo.trigger()
    window.act_redo.trigger()
    window.view.set_zoom(0.3)
    assert_same_as_fresh(qtbot, monkeypatch, window, "redo, zoomed out to sketches", tolerance=2)
    window.act_redo.trigger()
    window.view.set_zoom(0.1)
    assert_same_as_fresh(qtbot, monkeypatch, window, "redo, zoomed out to boxes", tolerance=2)


class PaintSpy(QObject):
    """The regions a widget is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.areas: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.areas.append(sum(r.width() * r.height() for r in event.region()))  # type: ignore[attr-defined]
        return False


def test_a_drag_repaints_the_card_not_the_whole_view(qtbot, monkeypatch):
    """A dragged card leaves its lane's layer's rectangle, so the layer covers more meanwhile; that repainted the
    whole view at the drag's start and at the drop, once the layer drew its cards itself."""
    window = open_window(qtbot, monkeypatch, small_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    qtbot.wait(100)
    viewport = window.view.viewport()
    whole = viewport.width() * viewport.height()
    spy = PaintSpy()
    viewport.installEventFilter(spy)
    starts: list[int] = []

    def midway() -> None:
        qtbot.wait(40)
        starts.extend(spy.areas)
        spy.areas.clear()

    second = window.scene.layout.cards["card-2"]
    press_move_release(window, card_center(window, "card-1"),
                       window.view.mapFromScene(second.x + 20, second.y + second.h + 4), midway)
    qtbot.wait(100)
    viewport.removeEventFilter(spy)
    assert [c.id for c in window.scene.jmap.cards if c.lane_id == "lane-t"] == ["card-2", "card-1"]
    assert starts and spy.areas
    assert max(starts) < whole / 3 and max(spy.areas) < whole / 3, (starts, spy.areas, whole)
    assert_shown_as_drawn(qtbot, window, "the drop")


def test_an_image_the_dark_theme_and_a_persona_in_focus(qtbot, monkeypatch):
    from journeydesigner.app.preferences import apply_theme
    from tests.helpers.factories import add_png

    window = open_window(qtbot, monkeypatch, small_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    doc = window.doc
    image = add_png(doc.project)
    doc.push(EditFields(doc, Target("cards", "card-2", "map-1"), {"image": image}))
    assert_same_as_fresh(qtbot, monkeypatch, window, "an image on a card")
    window.scene.set_focus_persona("persona-a")
    doc.push(EditFields(doc, Target("cards", "card-4", "map-1"), {"score": 2}))
    window.act_undo.trigger()
    window.scene.set_focus_persona(None)
    assert_same_as_fresh(qtbot, monkeypatch, window, "an emotion edit undone with a persona in focus")
    apply_theme(QApplication.instance(), "dark")
    qtbot.wait(20)
    window.view.apply_theme()  # as the preferences do
    try:
        assert_same_as_fresh(qtbot, monkeypatch, window, "the dark theme")
        window.act_undo.trigger()
        # The emotion lane moves up: its dashed grid lines, repainted in part, antialias a level apart.
        assert_same_as_fresh(qtbot, monkeypatch, window, "the image removed, in the dark theme", tolerance=1)
    finally:
        apply_theme(QApplication.instance(), "light")


def test_a_big_maps_lanes_reordered_and_removed_far_from_the_view(qtbot, monkeypatch):
    from journeydesigner.commands.axis import MoveAxisItem, RemoveAxisItem

    window = open_window(qtbot, monkeypatch, big_project(3000, stages=2))
    scene, doc = window.scene, window.doc
    window.view.set_zoom(0.6)
    window.view.centerOn(0, 0)
    qtbot.waitUntil(lambda: scene.items_complete and not scene._pending, timeout=10_000)
    lanes = [lane.id for lane in scene.jmap.lanes]
    doc.push(MoveAxisItem(doc, scene.jmap.id, "lanes", lanes[0], len(lanes) - 1))
    assert_shown_as_drawn(qtbot, window, "the first lane moved last")
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    assert_same_as_fresh(qtbot, monkeypatch, window, "scrolling to it")
    doc.push(RemoveAxisItem(doc, scene.jmap.id, "lanes", lanes[3]))
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum() // 3)
    assert_same_as_fresh(qtbot, monkeypatch, window, "a lane removed, and scrolling up")
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert_same_as_fresh(qtbot, monkeypatch, window, "both undone")


def test_selecting_all_of_a_big_map_and_none_again(qtbot, monkeypatch):
    """Thousands of cards selected or deselected at once repaint their lanes, not each card (80 ms of Python at
    20,000 cards to deselect them all)."""
    window = open_window(qtbot, monkeypatch, big_project(3000, stages=2))
    scene = window.scene
    window.view.set_zoom(0.6)
    window.view.centerOn(0, 0)
    qtbot.waitUntil(lambda: scene.items_complete and not scene._pending, timeout=10_000)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.selected_card_ids()) == len(scene.jmap.cards)
    assert_shown_as_drawn(qtbot, window, "selecting all")
    click(window, window.view.mapFromScene(scene.layout.width + 20, 300))
    assert not scene.selected_card_ids()
    assert_shown_as_drawn(qtbot, window, "a click beside the map")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    click(window, card_center(window, scene.jmap.cards[0].id))
    assert scene.selected_card_ids() == [scene.jmap.cards[0].id]
    assert_shown_as_drawn(qtbot, window, "a click on one card of all selected")


def test_the_find_bar_highlights_filters_and_lets_go(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    before = repainted(window)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    qtbot.waitUntil(bar.isVisible)
    QTest.keyClicks(bar.field, "a")
    assert bar.matches
    assert_shown_as_drawn(qtbot, window, "typing in the find bar")
    bar.filter.setCurrentIndex(bar.filter.findData("persona:persona-a"))
    assert window.scene.card_items["card-1"].faded < 1
    assert_shown_as_drawn(qtbot, window, "a persona filter")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # to the first match
    assert_shown_as_drawn(qtbot, window, "stepping to a match")
    QTest.keyClick(bar, Qt.Key.Key_Escape)
    window.scene.clearSelection()
    window.scene.set_current_cell(None)
    assert_shown_as_drawn(qtbot, window, "closing the find bar")
    assert all(item.faded == 1 and not item.highlighted for item in window.scene.card_items.values())
    assert repainted(window) == before
