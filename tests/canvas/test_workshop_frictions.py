"""Frictions a consultant met in the first hour of a workshop, each driven as they met it."""

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtWidgets import QApplication

from journeydesigner.mime import KIND_MIME
from journeydesigner.model import Channel, Kind
from tests.helpers.factories import small_project
from tests.helpers.gui import double_click, key, open_window, type_text, view_point
from tests.panels.test_panels import send_drop


def drop_kind(window, kind: Kind, lane_id: str, stage_id: str, dy: float = 30.0) -> None:
    """Drag a kind from the Cards palette and drop it on a cell: the palette has the focus, as after a drag."""
    window.card_palette.setFocus()
    assert window.card_palette.hasFocus()
    mime = QMimeData()
    mime.setData(KIND_MIME, kind.value.encode("ascii"))
    rect = window.scene.cell_rect(lane_id, stage_id)
    send_drop(window.view.viewport(), mime, view_point(window, rect.center().x(), rect.top() + dy))


def test_typing_after_a_palette_drop_goes_into_the_new_card(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    drop_kind(window, Kind.PAIN_POINT, "lane-p", "stage-a")
    assert window.scene.editor is not None
    focused = QApplication.focusWidget()
    assert focused is window.view  # not the palette the drag came from
    type_text(focused, "Queue at the till")
    key(focused, Qt.Key.Key_Return)
    cards = window.scene.jmap.cell("lane-p", "stage-a")
    assert [c.title for c in cards] == ["Queue at the till"]


def test_a_channel_card_called_social_media_is_on_social_media(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    drop_kind(window, Kind.CHANNEL, "lane-t", "stage-b")
    type_text(window.view, "Social media")
    key(window.view, Qt.Key.Key_Return)
    card = next(c for c in window.scene.jmap.cards if c.title == "Social media")
    assert card.channel is Channel.SOCIAL  # type: ignore[attr-defined]
    assert window.doc.undo_stack.undoText() == "Edit text"  # the title and its channel: one step


def test_an_emotion_point_starts_at_the_level_double_clicked(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    layout = window.scene.layout
    lane = layout.lane_box("lane-e")
    stage = layout.stage_box("stage-b")
    x = stage.x + stage.w * 0.8  # right of the existing point, so the new one follows it on the curve
    double_click(window, window.view.mapFromScene(QPointF(x, layout.score_y(lane, 2))))
    assert window.scene.editor is not None
    type_text(window.view, "Relieved")
    key(window.view, Qt.Key.Key_Return)
    cards = window.scene.jmap.cell("lane-e", "stage-b")
    assert [(c.title, c.score) for c in cards] == [("Annoyed", -2), ("Relieved", 2)]  # type: ignore[attr-defined]


def test_alt_up_on_an_emotion_is_labelled_change_feeling(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.scene.select_cards(["card-3"])
    key(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.scene.jmap.card("card-3").score == 2  # type: ignore[attr-defined]
    assert window.doc.undo_stack.undoText() == "Change feeling"
    assert window.act_undo.text().replace("&", "") == "Undo Change feeling"


def test_escape_leaves_no_editor_frame_behind(qtbot, monkeypatch):
    """The editor's blue frame is inside its bounding rectangle, so the scene repaints all of it when it goes."""
    window = open_window(qtbot, monkeypatch, small_project())
    window.scene.select_cards(["card-1"])
    key(window.view, Qt.Key.Key_F2)
    editor = window.scene.editor
    assert editor is not None
    painted = editor._frame().adjusted(-1, -1, 1, 1)  # the pen's width around the frame
    assert editor.boundingRect().contains(painted)
    key(window.view, Qt.Key.Key_Escape)
    assert window.scene.editor is None and window.scene.jmap.card("card-1").title == "Search ad"


def test_a_job_is_dragged_as_a_small_chip_and_leaves_a_badge_on_the_card(qtbot, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QDrag

    from tests.helpers.gui import card_center, send_mouse

    window = open_window(qtbot, monkeypatch, small_project())
    window.jobs_dock.show()
    window.jobs_dock.raise_()
    table = window.jobs_panel.table
    qtbot.waitUntil(table.isVisible)
    dragged: list[tuple[QMimeData, object]] = []

    def fake_exec(drag: QDrag, *args) -> Qt.DropAction:
        dragged.append((drag.mimeData(), drag.pixmap()))
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    start = table.visualItemRect(table.item(0, 0)).center()
    viewport = table.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for dx in (5, 15, 30, 60):
        send_mouse(viewport, QEvent.Type.MouseMove, start + type(start)(dx, 0), button=Qt.MouseButton.NoButton)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + type(start)(60, 0), buttons=Qt.MouseButton.NoButton)
    assert dragged, "no drag started"
    mime, pixmap = dragged[0]
    chip = pixmap.deviceIndependentSize()
    assert chip.width() <= 220 and chip.height() <= 32  # a chip, not the 400-pixel row covering the target
    send_drop(window.view.viewport(), mime, card_center(window, "card-5"))
    item = window.scene.card_items["card-5"]
    assert window.scene.jmap.card("card-5").job_ids == ["job-1"]
    assert item.jobs == 1 and "m" in item.toolTip()  # the badge, and the job's words on hover
    window.act_undo.trigger()
    assert window.scene.card_items["card-5"].jobs == 0


def test_card_job_badges_are_analysis_markers_in_the_presentation(qtbot, monkeypatch):
    from journeydesigner.commands import EditFields, Target
    from journeydesigner.present.presentation import Presentation

    window = open_window(qtbot, monkeypatch, small_project())
    window.doc.push(EditFields(window.doc, Target("cards", "card-5", "map-1"), {"job_ids": ["job-1"]}))
    assert window.scene.card_items["card-5"].jobs == 1
    presentation = Presentation(window.doc, "map-1")
    qtbot.addWidget(presentation)
    presentation.show()
    assert presentation.map_scene.card_items["card-5"].jobs == 0  # off for clients
    key(presentation, Qt.Key.Key_A)
    assert presentation.map_scene.card_items["card-5"].jobs == 1
    presentation.close()
