"""The window around the canvas: menus, maps, dropping files, frozen headers, unsaved changes."""

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from journeydesigner.mime import KIND_MIME
from journeydesigner.projectfile import write_project
from tests.helpers.factories import small_project
from tests.helpers.gui import cell_point, click, double_click, drag, key, open_window, type_text


def drop(window, mime: QMimeData, pos: QPoint) -> None:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    viewport = window.view.viewport()
    actions = Qt.DropAction.CopyAction
    for cls in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(viewport, cls(pos, actions, mime, Qt.MouseButton.LeftButton,
                                             Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier))


def test_drop_a_card_kind_from_the_palette(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    mime = window.card_palette.mimeData([window.card_palette.item(6)])  # Opportunity
    assert mime.hasFormat(KIND_MIME)
    drop(window, mime, cell_point(window, "lane-p", "stage-a"))
    assert window.scene.editor is not None  # the new card is ready for typing
    type_text(window.view, "Show the price early")
    key(window.view, Qt.Key.Key_Return)
    [card] = window.doc.project.maps[0].cell("lane-p", "stage-a")
    assert card.kind == "opportunity" and card.title == "Show the price early"


def test_drop_a_project_file_opens_it(qtbot, monkeypatch, tmp_path):
    other = small_project()
    other.maps[0].name = "Dropped map"
    path = tmp_path / "dropped.journey"
    write_project(other, path)
    window = open_window(qtbot, monkeypatch, small_project())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop(window, mime, QPoint(300, 300))
    assert window.doc.path == path
    assert "Dropped map" in window.windowTitle()


def test_dropping_a_damaged_file_says_why(qtbot, monkeypatch, tmp_path):
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
    path = tmp_path / "broken.journey"
    path.write_bytes(b"PK\x03\x04 not really")
    window = open_window(qtbot, monkeypatch, small_project())
    window.open_path(path)
    assert messages and "broken.journey" in messages[0] and "ZIP" in messages[0]
    assert window.doc.path is None


def test_headers_stay_visible_while_scrolling(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.resize(600, 300)
    window.view.set_zoom(2.0)
    window.view.verticalScrollBar().setValue(200)
    window.view.horizontalScrollBar().setValue(150)
    top_left = window.view.mapToScene(0, 0)
    stage_header = window.scene.headers[("stages", "stage-a")]
    lane_header = window.scene.headers[("lanes", "lane-t")]
    assert stage_header.y() == top_left.y() > 0
    assert lane_header.x() == top_left.x() > 0


def test_closing_with_changes_asks(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    click(window, cell_point(window, "lane-p", "stage-a"))
    key(window.view, Qt.Key.Key_Insert)
    key(window.view, Qt.Key.Key_Return)
    assert window.doc.modified
    assert not window.close()
    assert asked and window.isVisible()


def test_map_menu_adds_renames_and_removes_stages(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, cell_point(window, "lane-t", "stage-a"))
    window.act_add_stage.trigger()  # after the current stage, selected and its name ready to type over
    new_id = window.scene.jmap.stages[1].id
    assert window.scene.selected_axis == ("stages", new_id) and window.scene.editor is not None
    assert window.view.mapToScene(window.view.viewport().rect()).boundingRect().intersects(
        window.scene.header_rect("stages", new_id))
    type_text(window.view, "Loyalty")
    key(window.view, Qt.Key.Key_Return)
    assert [s.name for s in window.doc.project.maps[0].stages] == ["Awareness", "Loyalty", "Decision"]
    assert window.doc.undo_stack.count() == 2  # add, then rename
    click(window, cell_point(window, "lane-t", "stage-a"))
    window.act_rename_stage.trigger()  # the current cell's stage, renamed in place
    type_text(window.view, "Discover")
    key(window.view, Qt.Key.Key_Return)
    assert window.doc.project.maps[0].stages[0].name == "Discover"
    click(window, cell_point(window, "lane-t", "stage-a"))
    window.act_remove_stage.trigger()
    assert len(window.doc.project.maps[0].stages) == 2
    assert not window.doc.project.maps[0].cell("lane-t", "stage-a")  # its cards went with it
    window.act_undo.trigger()
    assert window.doc.project.maps[0].cell("lane-t", "stage-a")


def header_point(window, axis: str, item_id: str):
    return window.view.mapFromScene(window.scene.header_rect(axis, item_id).center())


def test_headers_are_renamed_in_place_enter_keeps_esc_cancels(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    double_click(window, header_point(window, "stages", "stage-b"))
    assert window.scene.editor is not None
    type_text(window.view, "Purchase")
    key(window.view, Qt.Key.Key_Escape)
    assert window.scene.editor is None and window.scene.jmap.stage("stage-b").name == "Decision"
    double_click(window, header_point(window, "stages", "stage-b"))
    type_text(window.view, "Purchase")
    key(window.view, Qt.Key.Key_Return)
    assert window.scene.jmap.stage("stage-b").name == "Purchase"
    assert window.doc.undo_stack.undoText() == "Rename stage"
    click(window, header_point(window, "lanes", "lane-p"))  # a lane header: F2 renames it, as for a card
    key(window.view, Qt.Key.Key_F2)
    assert window.scene.editor is not None
    type_text(window.view, "Frictions")
    key(window.view, Qt.Key.Key_Enter)
    assert window.scene.jmap.lane("lane-p").name == "Frictions"
    window.act_undo.trigger()
    assert window.scene.jmap.lane("lane-p").name == "Pain points"
    click(window, cell_point(window, "lane-p", "stage-a"))  # after a cell is clicked, Enter is for the cell again
    key(window.view, Qt.Key.Key_Return)
    assert window.scene.selected_axis is None and len(window.scene.jmap.cell("lane-p", "stage-a")) == 1


def test_add_lane_asks_for_its_kind(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("KPIs / metrics", True))
    window.act_add_lane.trigger()
    assert window.doc.project.maps[0].lanes[-1].kind == "kpi"
    assert window.scene.layout.lanes[-1].name == "KPIs / metrics"


def test_add_and_switch_maps(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Churn journey", True))
    window.act_add_map.trigger()
    assert len(window.doc.project.maps) == 2
    assert window.scene.jmap.name == "Churn journey"
    assert window.scene.jmap.stages[0].name == "Awareness"
    window.show_map(window.doc.project.maps[0].id)
    assert window.scene.jmap.id == "map-1"
    window.act_undo.trigger()
    assert len(window.doc.project.maps) == 1


def test_rubber_band_selects_cards(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    layout = window.scene.layout
    a = layout.cards["card-1"]
    b = layout.cards["card-2"]
    start = window.view.mapFromScene(a.x - 5, a.y - 4)
    end = window.view.mapFromScene(b.x + 30, b.y + 10)
    drag(window, start, end)
    assert set(window.scene.selected_card_ids()) == {"card-1", "card-2"}
    assert window.selection_label.text() == "2 selected"


def test_filter_by_persona_dims_other_cards(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.act_find.trigger()
    bar = window.find_bar
    bar.filter.setCurrentIndex(bar.filter.findData("persona:persona-a"))
    assert window.scene.card_items["card-3"].opacity() == 1.0  # Ana's emotion
    assert window.scene.card_items["card-1"].opacity() < 0.5


def test_context_menu_changes_colour_of_selected_cards(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from tests.helpers.gui import card_center

    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos: shown.append(menu))
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-1"))
    click(window, card_center(window, "card-2"), Qt.KeyboardModifier.ShiftModifier)
    window.view.customContextMenuRequested.emit(card_center(window, "card-2"))
    colours = next(a.menu() for a in shown[0].actions() if a.text() == "Colour")
    next(a for a in colours.actions() if a.text() == "Red").trigger()
    cards = window.doc.project.maps[0]
    assert cards.card("card-1").color == cards.card("card-2").color == "#E03131"
    window.act_undo.trigger()
    assert cards.card("card-1").color is None and cards.card("card-2").color is None
