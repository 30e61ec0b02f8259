"""Lane layers draw their cards, and cards ask their layer to repaint them: after every edit and every change of
look, what is on screen (the window's flushed pixels, repainted only where Qt was told) is exactly what a full
repaint draws. A card that moved, was selected, found or faded without telling its layer would differ."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPen
from PySide6.QtTest import QTest

from journeydesigner.canvas import scene as scene_module
from journeydesigner.commands import EditFields, Target
from tests.helpers.factories import small_project
from tests.helpers.gui import card_center, cell_point, click, drag, open_window
from tests.perf.bigmaps import big_project


def on_screen(window) -> QImage:
    """The viewport's pixels as last flushed to the window (the offscreen platform keeps them)."""
    viewport = window.view.viewport()
    top = viewport.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId(), top.x(), top.y(), viewport.width(), viewport.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def repainted(window) -> QImage:
    return window.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def assert_shown_as_drawn(qtbot, window, what: str) -> None:
    qtbot.wait(scene_module.PLACE_AFTER_MS + 60)  # the edit's repaint, and idle placement after it
    assert on_screen(window) == repainted(window), f"after {what}, the screen shows something stale"


def test_every_edit_repaints_what_it_changed(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    assert_shown_as_drawn(qtbot, window, "opening")
    click(window, card_center(window, "card-1"))
    assert_shown_as_drawn(qtbot, window, "selecting a card")
    click(window, card_center(window, "card-2"))
    assert_shown_as_drawn(qtbot, window, "selecting another card")
    second = window.scene.layout.cards["card-2"]
    drag(window, card_center(window, "card-1"), window.view.mapFromScene(second.x + 20, second.y + second.h + 4))
    assert [c.id for c in window.scene.jmap.cards if c.stage_id == "stage-a" and c.lane_id == "lane-t"] == [
        "card-2", "card-1"]
    assert_shown_as_drawn(qtbot, window, "a reorder within the cell")
    window.act_undo.trigger()  # no lane changes its size: only the two cards are repainted
    assert_shown_as_drawn(qtbot, window, "undo of the reorder")
    drag(window, card_center(window, "card-1"), cell_point(window, "lane-t", "stage-b"))
    assert_shown_as_drawn(qtbot, window, "a drop in another stage")
    window.act_undo.trigger()
    assert_shown_as_drawn(qtbot, window, "undo")
    window.act_redo.trigger()
    assert_shown_as_drawn(qtbot, window, "redo")
    doc = window.doc
    doc.push(EditFields(doc, Target("cards", "card-2", "map-1"), {"title": "A much longer title " * 4}))
    assert_shown_as_drawn(qtbot, window, "a title that makes the card taller")
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Insert)
    QTest.keyClick(window.focusWidget() or window.view.viewport(), Qt.Key.Key_Escape)
    assert_shown_as_drawn(qtbot, window, "adding a card")
    click(window, card_center(window, "card-2"))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert_shown_as_drawn(qtbot, window, "deleting a card")


def test_a_change_of_look_repaints_the_card(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    scene = window.scene
    item = scene.card_items["card-1"]
    before = repainted(window)
    item.set_highlighted(True)  # as the find bar marks a hit
    assert_shown_as_drawn(qtbot, window, "a find highlight")
    assert on_screen(window) != before
    item.set_faded(0.18)  # as the find bar's filter fades a card
    assert_shown_as_drawn(qtbot, window, "a fade")
    scene.set_focus_persona(window.doc.project.personas[0].id)
    assert_shown_as_drawn(qtbot, window, "a persona in focus")
    scene.set_focus_persona(None)
    item.set_faded(1.0)
    item.set_highlighted(False)
    assert_shown_as_drawn(qtbot, window, "everything back")
    assert on_screen(window) == before


def test_a_big_map_edit_repaints_the_cards_it_moved(qtbot, monkeypatch):
    """A card added at the top of a 150-card cell moves every card below it and the lanes below that."""
    window = open_window(qtbot, monkeypatch, big_project(3000, stages=2))
    scene = window.scene
    window.view.set_zoom(0.6)
    window.view.centerOn(0, 0)
    qtbot.waitUntil(lambda: scene.items_complete and not scene._pending, timeout=10_000)
    # The current cell's dashed frame starts its dashes at its corner, so where they fall on its left edge moves
    # with its height; Qt repaints only the part near the change. Not what this test is about: solid here.
    scene.target_cell.setPen(QPen(QColor("#228BE6"), 1.5))
    jmap = scene.jmap
    scene.select_cards([jmap.cards[0].id], ensure_visible=False)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Insert)
    QTest.keyClick(window.focusWidget() or window.view.viewport(), Qt.Key.Key_Escape)
    assert_shown_as_drawn(qtbot, window, "adding a card to a big cell")
    window.act_undo.trigger()
    assert_shown_as_drawn(qtbot, window, "undo of the add")
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum() // 2)
    assert_shown_as_drawn(qtbot, window, "scrolling to the middle")
