"""Presenting: enter with F5, step with keys, nothing can be edited, Esc restores the editor exactly."""

import pytest
from PySide6.QtCore import QEvent, QRectF, Qt

from journeydesigner.document import Document
from journeydesigner.present.presentation import OVERVIEW, Presentation
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.gui import card_center, key, open_window, send_mouse


def present(qtbot, monkeypatch, from_current: bool = False):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    window.view.set_zoom(0.7)
    window.scene.select_cards(["card-004"])  # a touchpoint in the Consideration stage
    before = (window.geometry(), window.view.zoom, window.scene.selected_card_ids(),
              [d.isVisible() for d in window.docks], window.view.horizontalScrollBar().value())
    (window.act_present_here if from_current else window.act_present).trigger()
    presentation = window.presentation
    qtbot.addWidget(presentation)
    qtbot.waitExposed(presentation)
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow)
    presentation._animation.setDuration(0)
    return window, presentation, before


def test_f5_starts_on_the_overview_and_keys_step_through_stages(qtbot, monkeypatch):
    _window, p, _ = present(qtbot, monkeypatch)
    assert p.isFullScreen()
    assert p.framed_stage() is None and p.indicator.text().startswith("Overview") and not p._shades
    key(p, Qt.Key.Key_Right)
    assert p.framed_stage() == "stage-awareness"
    key(p, Qt.Key.Key_Space)
    key(p, Qt.Key.Key_PageDown)
    assert p.framed_stage() == "stage-decision"
    assert p.indicator.text().startswith("Stage 3 of 5 · Decision")
    key(p, Qt.Key.Key_Backspace)
    assert p.framed_stage() == "stage-consideration"
    key(p, Qt.Key.Key_End)
    assert p.framed_stage() == "stage-advocacy"
    key(p, Qt.Key.Key_Right)  # past the end stays on the last stage
    assert p.framed_stage() == "stage-advocacy"
    key(p, Qt.Key.Key_2)
    assert p.framed_stage() == "stage-consideration"
    key(p, Qt.Key.Key_Home)
    assert p.framed_stage() is None


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1280, 720)])
def test_every_stage_shows_whole_with_all_lanes_centred(qtbot, size):
    """A presentation screen of any size from 1280 × 720 up: each stage, every lane of it, centred, with the
    lane labels just left of it; the overview likewise."""
    doc = Document(read_project(sample_path()))
    p = Presentation(doc, doc.project.maps[0].id)
    qtbot.addWidget(p)
    p.setFixedSize(*size)
    p.show()
    qtbot.waitExposed(p)
    p._animation.setDuration(0)
    layout = p.map_scene.layout
    for step in [OVERVIEW, *range(len(layout.stages))]:
        key(p, Qt.Key.Key_Home if step == OVERVIEW else Qt.Key.Key_1 + step)
        visible = p.mapToScene(p.viewport().rect()).boundingRect()
        if step == OVERVIEW:
            wanted = QRectF(0, 0, layout.width, layout.height)
        else:
            stage = layout.stages[step]
            wanted = QRectF(stage.x, 0, stage.w, layout.height)
            label = p.map_scene.headers[("lanes", layout.lanes[-1].lane_id)]
            left = min([stage.x] + [p.map_scene.card_items[c].sceneBoundingRect().left()
                                    for c, b in layout.cards.items() if b.stage_id == stage.stage_id])
            # just left of the stage and of anything of it, such as an emotion label reaching past its edge
            assert visible.left() <= label.x() and abs(label.x() + label.boundingRect().width() - 6 - left) < 1
        assert visible.contains(wanted.adjusted(1, 1, -1, -1)), (step, visible, wanted)
        assert abs(visible.center().x() - p.frame_for(step).center().x()) < 2
        assert abs(visible.center().y() - p.frame_for(step).center().y()) < 2
        filled = max(wanted.width() / visible.width(), wanted.height() / visible.height())
        assert filled > 0.8  # fitted to the screen, not lost in grey


def test_shift_f5_starts_from_the_current_stage(qtbot, monkeypatch):
    _, p, _ = present(qtbot, monkeypatch, from_current=True)
    assert p.framed_stage() == "stage-consideration"


def test_nothing_can_be_edited_while_presenting(qtbot, monkeypatch):
    window, p, _ = present(qtbot, monkeypatch)
    key(p, Qt.Key.Key_2)
    box = p.map_scene.layout.cards["card-004"]
    start = p.mapFromScene(box.x + 20, box.y + 10)
    send_mouse(p.viewport(), QEvent.Type.MouseButtonDblClick, start)
    for k in (Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_F2):
        key(p, k)
    key(p, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.undo_stack.count() == 0
    assert p.map_scene.editor is None
    assert p.map_scene.layout.cards["card-004"].stage_id == "stage-consideration"


def test_spotlight_blank_screen_and_emotion_reveal(qtbot, monkeypatch):
    _, p, _ = present(qtbot, monkeypatch)
    key(p, Qt.Key.Key_1)
    key(p, Qt.Key.Key_L)
    stages, lanes = len(p.map_scene.layout.stages), len(p.map_scene.layout.lanes)
    assert p.spotlight == 0 and len(p._shades) == (stages - 1) + (lanes - 1)
    assert "Customer actions" in p.indicator.text()
    labels = {lane_id: h.opacity() for (axis, lane_id), h in p.map_scene.headers.items() if axis == "lanes"}
    assert labels.pop("lane-actions") == 1.0 and set(labels.values()) == {0.3}  # the label is in the spotlight too
    assert p.indicator.isVisible()
    key(p, Qt.Key.Key_B)
    assert p.blank == "black" and not p.indicator.isVisible()  # a blank screen shows nothing, not "Stage 1 of 5"
    key(p, Qt.Key.Key_Right)  # the first key only brings the map back
    assert p.blank is None and p.framed_stage() == "stage-awareness" and p.indicator.isVisible()
    key(p, Qt.Key.Key_W)
    assert p.blank == "white" and not p.indicator.isVisible()
    key(p, Qt.Key.Key_Space)
    key(p, Qt.Key.Key_E)
    assert p.reveal_emotions and any(s.brush().color().alpha() == 255 for s in p._shades)


def test_escape_restores_the_editor_exactly(qtbot, monkeypatch):
    window, p, before = present(qtbot, monkeypatch)
    key(p, Qt.Key.Key_3)
    key(p, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation is None)
    after = (window.geometry(), window.view.zoom, window.scene.selected_card_ids(),
             [d.isVisible() for d in window.docks], window.view.horizontalScrollBar().value())
    assert after == before
    assert card_center(window, "card-004") is not None


def test_persona_and_jobs_slides_can_open_the_presentation(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    window.act_present_intro.setChecked(True)
    window.act_present.trigger()
    p = window.presentation
    qtbot.addWidget(p)
    p._animation.setDuration(0)
    assert len(p.slides) == 3  # two personas and the jobs page
    assert p.indicator.text() == "Introduction 1 of 3"
    for _ in range(3):
        key(p, Qt.Key.Key_Right)
    assert p.indicator.text().startswith("Overview")
    key(p, Qt.Key.Key_Left)
    assert p.indicator.text() == "Introduction 3 of 3"
    key(p, Qt.Key.Key_1)
    assert p.framed_stage() == "stage-awareness"
    key(p, Qt.Key.Key_Home)
    assert p.framed_stage() is None and p.indicator.text().startswith("Overview")


def _header_texts(scene) -> str:
    from journeydesigner.layout.ops import Text

    return " ".join(op.text for (axis, _id), item in scene.headers.items() if axis == "stages"
                    for op in item._ops if isinstance(op, Text))


def test_analysis_markers_are_hidden_for_clients_and_a_toggles_them(qtbot, monkeypatch):
    window, p, _ = present(qtbot, monkeypatch)
    assert "job" in _header_texts(window.scene)  # the editor keeps its analysis aid
    assert "job" not in _header_texts(p.map_scene) and "⚠" not in _header_texts(p.map_scene)
    key(p, Qt.Key.Key_A)
    assert "1 job · 14" in _header_texts(p.map_scene)
    key(p, Qt.Key.Key_A)
    assert "job" not in _header_texts(p.map_scene)


def opaque_pixels(view, card) -> list[tuple[int, int]]:
    """The view's pixels that ``card`` covers fully, drawn alone as the view draws it."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    size = view.viewport().size()
    alone = QImage(size, QImage.Format.Format_ARGB32)
    alone.fill(0)
    painter = QPainter(alone)
    painter.setRenderHints(view.renderHints())
    painter.setWorldTransform(card.sceneTransform() * view.viewportTransform())
    card.draw(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    box = view.mapFromScene(card.sceneBoundingRect()).boundingRect().intersected(view.viewport().rect())
    def full(x: int, y: int) -> bool:  # and its neighbours: the view copies a card's pixmap to whole pixels
        return all(alone.pixelColor(x + dx, y + dy).alpha() == 255 for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    return [(x, y) for y in range(box.top() + 1, box.bottom()) for x in range(box.left() + 1, box.right())
            if full(x, y)]


def test_the_framed_stages_cards_show_above_the_shades(qtbot, monkeypatch):
    """An emotion label reaching past its stage's edge stays clear of the neighbour's shade, as do the spotlit
    lane's cards: the raised cards draw above the shades; a card's Z value orders it only in its lane's layer."""
    _, p, _ = present(qtbot, monkeypatch)
    scene = p.map_scene
    reaching = 0
    for step in range(len(scene.layout.stages)):
        key(p, Qt.Key.Key_1 + step)
        qtbot.wait(20)
        shaded = p.viewport().grab().toImage()
        for shade in p._shades:
            shade.hide()
        clear = p.viewport().grab().toImage()
        for shade in p._shades:
            shade.show()
        stage = scene.layout.stages[step]
        for cid in p._raised:
            drawn = scene.card_items[cid].sceneBoundingRect()
            if drawn.left() < stage.x or drawn.right() > stage.x + stage.w:
                reaching += 1
                faded = [xy for xy in opaque_pixels(p, scene.card_items[cid])
                         if shaded.pixelColor(*xy) != clear.pixelColor(*xy)]
                assert not faded, (step, cid, len(faded))
    assert reaching  # the sample has emotion labels past their stage's edge
