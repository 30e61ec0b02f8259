"""The map editor driven with real mouse and keyboard events on the view."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from tests.helpers.factories import small_project
from tests.helpers.gui import card_center, cell_point, click, double_click, drag, key, open_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def cell_ids(window, lane, stage):
    return [c.id for c in window.doc.project.maps[0].cell(lane, stage)]


def test_drag_a_card_to_another_cell_and_undo(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    drag(window, card_center(window, "card-1"), cell_point(window, "lane-t", "stage-b"))
    assert cell_ids(window, "lane-t", "stage-b") == ["card-1"]
    assert cell_ids(window, "lane-t", "stage-a") == ["card-2"]
    assert window.doc.undo_stack.count() == 1
    assert window.scene.layout.cards["card-1"].stage_id == "stage-b"
    window.act_undo.trigger()
    assert cell_ids(window, "lane-t", "stage-a") == ["card-1", "card-2"]
    box = window.scene.layout.cards["card-1"]
    assert window.scene.card_items["card-1"].pos().x() == box.x


def test_drag_reorders_within_a_cell(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    second = window.scene.layout.cards["card-2"]
    below = window.view.mapFromScene(second.x + 20, second.y + second.h + 4)
    drag(window, card_center(window, "card-1"), below)
    assert cell_ids(window, "lane-t", "stage-a") == ["card-2", "card-1"]


def test_drag_several_selected_cards_is_one_undo_step(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-1"))
    click(window, card_center(window, "card-2"), Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_card_ids() == ["card-1", "card-2"]
    drag(window, card_center(window, "card-2"), cell_point(window, "lane-p", "stage-a"))
    assert cell_ids(window, "lane-p", "stage-a") == ["card-1", "card-2"]
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert cell_ids(window, "lane-t", "stage-a") == ["card-1", "card-2"]


def test_dropping_outside_the_grid_changes_nothing(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    layout = window.scene.layout
    drag(window, card_center(window, "card-1"), window.view.mapFromScene(layout.width + 20, 200))
    assert window.doc.undo_stack.count() == 0
    assert window.scene.card_items["card-1"].pos().x() == layout.cards["card-1"].x


def test_dragging_an_emotion_point_changes_its_score(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    lane = next(ln for ln in window.scene.layout.lanes if ln.lane_id == "lane-e")
    stage = window.scene.layout.stages[0]
    target = window.view.mapFromScene(stage.x + stage.w / 2, window.scene.layout.score_y(lane, 3))
    drag(window, card_center(window, "card-3"), target)
    assert window.doc.project.maps[0].card("card-3").score == 3
    window.act_undo.trigger()
    assert window.doc.project.maps[0].card("card-3").score == 1


def test_reorder_a_stage_by_dragging_its_header(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    a, b = window.scene.layout.stages
    start = window.view.mapFromScene(a.x + 40, 30)
    end = window.view.mapFromScene(b.x + b.w - 20, 30)
    drag(window, start, end)
    assert [s.id for s in window.doc.project.maps[0].stages] == ["stage-b", "stage-a"]
    window.act_undo.trigger()
    assert [s.id for s in window.doc.project.maps[0].stages] == ["stage-a", "stage-b"]


def test_reorder_a_lane_by_dragging_its_header(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    lanes = window.scene.layout.lanes
    start = window.view.mapFromScene(40, lanes[0].y + 20)
    end = window.view.mapFromScene(40, lanes[2].y + lanes[2].h - 5)
    drag(window, start, end)
    assert [ln.id for ln in window.doc.project.maps[0].lanes] == ["lane-e", "lane-p", "lane-t"]


def test_resize_a_stage_by_dragging_its_edge(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    a = window.scene.layout.stages[0]
    edge = window.view.mapFromScene(a.x + a.w - 2, 30)
    drag(window, edge, edge + type(edge)(100, 0))
    assert window.doc.project.maps[0].stages[0].width == a.w + 100
    assert window.scene.layout.stages[1].x == a.x + a.w + 100
    window.act_undo.trigger()
    assert window.doc.project.maps[0].stages[0].width == a.w


def test_edit_text_in_place_and_undo(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    double_click(window, card_center(window, "card-5"))
    editor = window.scene.editor
    assert editor is not None
    type_text(window.view, "Form has 14 fields")
    key(window.view, Qt.Key.Key_Return)
    assert window.doc.project.maps[0].card("card-5").title == "Form has 14 fields"
    assert window.scene.editor is None
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.doc.project.maps[0].card("card-5").title == "Form too long"


def test_escape_cancels_in_place_editing(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-5"))
    key(window.view, Qt.Key.Key_F2)
    type_text(window.view, "oops")
    key(window.view, Qt.Key.Key_Escape)
    assert window.doc.project.maps[0].card("card-5").title == "Form too long"
    assert window.doc.undo_stack.count() == 0


def test_double_click_an_empty_cell_creates_a_card_of_the_lane_kind(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    double_click(window, cell_point(window, "lane-p", "stage-a"))
    type_text(window.view, "No price on the page")
    key(window.view, Qt.Key.Key_Return)
    [card] = window.doc.project.maps[0].cell("lane-p", "stage-a")
    assert card.kind == "pain_point" and card.title == "No price on the page"


def test_copy_and_paste_into_another_cell(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-1"))
    key(window.view, Qt.Key.Key_C, CTRL)
    click(window, cell_point(window, "lane-p", "stage-a"))
    key(window.view, Qt.Key.Key_V, CTRL)
    [pasted] = window.doc.project.maps[0].cell("lane-p", "stage-a")
    assert pasted.title == "Search ad" and pasted.id != "card-1" and pasted.kind == "touchpoint"
    assert window.scene.selected_card_ids() == [pasted.id]


def test_pasting_plain_text_makes_a_card_per_line(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    QGuiApplication.clipboard().setText("- Long wait\n\n- Rude reply\n")
    click(window, cell_point(window, "lane-p", "stage-a"))
    key(window.view, Qt.Key.Key_V, CTRL)
    assert [c.title for c in window.doc.project.maps[0].cell("lane-p", "stage-a")] == ["Long wait", "Rude reply"]


def test_pasting_damaged_cards_says_so(qtbot, monkeypatch):
    from PySide6.QtCore import QMimeData

    from journeydesigner.app.clipboard import CARDS_MIME

    window = open_window(qtbot, monkeypatch, small_project())
    mime = QMimeData()
    mime.setData(CARDS_MIME, b'{"cards": [{"kind": "nope"}]}')
    QGuiApplication.clipboard().setMimeData(mime)
    click(window, cell_point(window, "lane-p", "stage-a"))
    key(window.view, Qt.Key.Key_V, CTRL)
    assert window.doc.undo_stack.count() == 0
    assert "damaged" in window.statusBar().currentMessage()


def test_cut_duplicate_and_delete(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-2"))
    key(window.view, Qt.Key.Key_D, CTRL)
    assert len(cell_ids(window, "lane-t", "stage-a")) == 3
    key(window.view, Qt.Key.Key_Delete)
    assert len(cell_ids(window, "lane-t", "stage-a")) == 2
    click(window, card_center(window, "card-1"))
    key(window.view, Qt.Key.Key_X, CTRL)
    assert cell_ids(window, "lane-t", "stage-a") == ["card-2"]
    assert window.doc.undo_stack.count() == 3


def test_keyboard_only_creation(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    view = window.view
    key(view, Qt.Key.Key_Down)  # enter the map: first lane, first stage
    assert window.scene.selected_card_ids() == ["card-1"]
    key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Down)  # past the cell's last card, on to the emotions lane
    assert window.scene.selected_card_ids() == ["card-3"]
    key(view, Qt.Key.Key_Down)  # the pain points lane is empty in the first stage
    assert window.scene.current_cell == ("lane-p", "stage-a") and not window.scene.selected_card_ids()
    key(view, Qt.Key.Key_Insert)
    type_text(view, "Hidden fees")
    key(view, Qt.Key.Key_Return)
    assert [c.title for c in window.doc.project.maps[0].cell("lane-p", "stage-a")] == ["Hidden fees"]
    key(view, Qt.Key.Key_Right)
    assert window.scene.selected_card_ids() == ["card-5"]


def test_alt_arrows_move_the_selected_card_and_undo_puts_it_back(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    view, alt = window.view, Qt.KeyboardModifier.AltModifier
    window.scene.select_cards(["card-1"])
    key(view, Qt.Key.Key_Down, alt)  # below its neighbour in the cell
    assert cell_ids(window, "lane-t", "stage-a") == ["card-2", "card-1"]
    key(view, Qt.Key.Key_Right, alt)  # into the next stage, same lane
    assert cell_ids(window, "lane-t", "stage-b") == ["card-1"] and window.scene.selected_card_ids() == ["card-1"]
    key(view, Qt.Key.Key_Down, alt)  # past the bottom of its cell: into the next lane, at the top
    assert cell_ids(window, "lane-e", "stage-b")[0] == "card-1"
    for _ in range(3):
        window.act_undo.trigger()
    assert cell_ids(window, "lane-t", "stage-a") == ["card-1", "card-2"]


def test_alt_up_and_down_change_a_feeling_on_the_curve(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    view, alt = window.view, Qt.KeyboardModifier.AltModifier
    window.scene.select_cards(["card-3"])
    key(view, Qt.Key.Key_Up, alt)
    key(view, Qt.Key.Key_Up, alt)
    card = window.doc.project.maps[0].card("card-3")
    assert card.score == 3 and card.stage_id == "stage-a"
    for _ in range(5):
        key(view, Qt.Key.Key_Up, alt)
    assert card.score == window.scene.layout.scale[1]  # the top of the scale, not beyond
    window.act_undo.trigger()
    assert card.score < window.scene.layout.scale[1]


def test_find_highlights_and_steps(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    assert window._find_bar is None  # made on first use, not before the first paint
    key(window.view, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible()
    assert window.find_bar.geometry().bottom() < window.view.geometry().top()  # over the map, under the bars
    type_text(window.find_bar.field, "a")
    assert set(window.find_bar.matches) == {"card-1", "card-2", "card-4"}
    assert window.scene.card_items["card-1"].highlighted
    key(window.find_bar.field, Qt.Key.Key_Return)
    assert window.scene.selected_card_ids() == ["card-1"]
    key(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.scene.card_items["card-1"].highlighted


def test_title_shows_unsaved_changes(qtbot, monkeypatch, tmp_path):
    window = open_window(qtbot, monkeypatch, small_project())
    assert not window.isWindowModified()
    click(window, card_center(window, "card-1"))
    key(window.view, Qt.Key.Key_Delete)
    assert window.isWindowModified()
    window.doc.save(tmp_path / "x.journey")
    assert not window.isWindowModified()
    assert "x.journey" in window.windowTitle()


def test_ctrl_wheel_zooms(qtbot, monkeypatch):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, monkeypatch, small_project())
    pos = QPointF(200, 200)
    event = QWheelEvent(pos, pos, QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton, CTRL,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.view.viewport(), event)
    assert abs(window.view.zoom - 1.15**2) < 1e-6
    assert window.zoom_label.text() == "132 %"


def test_standard_shortcuts_are_set(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_find_made_late_follows_the_map_shown(qtbot, monkeypatch):
    """The find bar made after another map was shown searches that map, and one made before follows a switch."""
    from journeydesigner.model import JourneyMap

    project = small_project()
    project.maps.append(JourneyMap(name="Second", stages=project.maps[0].stages, lanes=project.maps[0].lanes))
    window = open_window(qtbot, monkeypatch, project)
    window.show_map(project.maps[1].id)
    key(window.view, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.field, "a")
    assert window.find_bar.scene is window.scene and window.find_bar.matches == []
    window.show_map(project.maps[0].id)
    assert window.find_bar.scene is window.scene
    assert set(window.find_bar.matches) == {"card-1", "card-2", "card-4"}
