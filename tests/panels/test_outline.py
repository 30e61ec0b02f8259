"""The outline: every card reachable as text, by keyboard, in step with the canvas; the canvas describes its
selection to screen readers."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.gui import card_center, click, open_window


def outline_cards(outline) -> list[str]:
    found = []
    for s in range(outline.topLevelItemCount()):
        stage = outline.topLevelItem(s)
        for ln in range(stage.childCount()):
            lane = stage.child(ln)
            found += [lane.child(c).text(0) for c in range(lane.childCount())]
    return found


def show_outline(qtbot, window):
    window.outline_dock.show()
    window.outline_dock.raise_()
    qtbot.waitUntil(lambda: window.outline.isVisible() and not window.outline._stale)  # built once its tab shows
    return window.outline


def test_every_card_is_in_the_outline_in_map_order(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    outline = show_outline(qtbot, window)
    jmap = window.scene.jmap
    texts = outline_cards(outline)
    assert len(texts) == len(jmap.cards)
    assert outline.topLevelItem(0).text(0) == f"Stage 1: {jmap.stages[0].name}"
    assert "Instagram reel" in texts  # under its lane, Touchpoints, so without a kind prefix
    reel = next(i for i in outline._items.values() if i.text(0) == "Instagram reel")
    assert reel.data(0, Qt.ItemDataRole.AccessibleTextRole).startswith("Touchpoint: Instagram reel.")
    assert outline.accessibleName() == "Map outline"


def test_a_hidden_outline_is_filled_when_it_is_shown(qtbot, monkeypatch):
    """Behind the Personas tab (a first start) the outline waits: building it held up the window's first paint."""
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    assert window.outline.visibleRegion().isEmpty()
    assert window.outline.topLevelItemCount() == 0
    outline = show_outline(qtbot, window)
    assert len(outline_cards(outline)) == len(window.scene.jmap.cards)


def test_keyboard_in_the_outline_selects_on_the_canvas(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    outline = show_outline(qtbot, window)
    outline.setFocus()
    first_card = outline.topLevelItem(0).child(0).child(0)
    outline.setCurrentItem(first_card)
    QTest.keyClick(outline, Qt.Key.Key_Down)  # the next card, as a keyboard user walks the list
    chosen = outline.chosen_ids()
    assert len(chosen) == 1
    assert window.scene.selected_card_ids() == chosen
    card = window.scene.jmap.card(chosen[0])
    assert card.title in window.view.accessibleDescription()


def test_clicking_a_card_selects_it_in_the_outline_and_describes_it(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    outline = show_outline(qtbot, window)
    jmap = window.scene.jmap
    card = next(c for c in jmap.cards if c.title == "Instagram reel")
    click(window, card_center(window, card.id))
    assert outline.chosen_ids() == [card.id]
    description = window.view.accessibleDescription()
    assert description.startswith("Touchpoint: Instagram reel.") and jmap.stages[0].name in description


def test_the_outline_follows_edits_and_undo(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    outline = show_outline(qtbot, window)
    before = len(outline_cards(outline))
    window.scene.select_cards([window.scene.jmap.cards[0].id])
    window.act_delete.trigger()
    qtbot.waitUntil(lambda: len(outline_cards(outline)) == before - 1)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: len(outline_cards(outline)) == before)


def test_every_panel_and_the_map_are_a_shortcut_away(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.outline.hasFocus())
    QTest.keyClick(window.outline, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.view.hasFocus())
    QTest.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.personas_dock.isAncestorOf(QApplication.focusWidget()))


def test_an_edit_rebuilds_only_the_stage_it_touched(qtbot, monkeypatch):
    """Big maps: the outline keeps the items of stages an edit did not touch (and their order and text)."""
    from journeydesigner.commands import EditFields, Target

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    outline = show_outline(qtbot, window)
    jmap = window.scene.jmap
    first, last = jmap.stages[0], jmap.stages[-1]
    card = next(c for c in jmap.cards if c.stage_id == first.id)
    untouched = {cid: item for cid, item in outline._items.items() if jmap.card(cid).stage_id == last.id}
    window.doc.push(EditFields(window.doc, Target("cards", card.id, jmap.id), {"title": "Renamed in place"}))
    qtbot.waitUntil(lambda: outline._items[card.id].text(0) == "Renamed in place")
    assert all(outline._items[cid] is item for cid, item in untouched.items())
    assert len(outline_cards(outline)) == len(jmap.cards)


def outline_state(outline) -> list:
    """Every row's text and spoken description, in tree order."""
    rows = []
    for s in range(outline.topLevelItemCount()):
        stage = outline.topLevelItem(s)
        rows.append(stage.text(0))
        for ln in range(stage.childCount()):
            lane = stage.child(ln)
            rows.append(lane.text(0))
            rows += [(lane.child(c).text(0), lane.child(c).data(0, Qt.ItemDataRole.AccessibleTextRole))
                     for c in range(lane.childCount())]
    return rows


def test_the_outline_refills_only_changed_cells_and_ends_as_a_fresh_one(qtbot, monkeypatch):
    from journeydesigner.commands import AddCards, EditFields, MoveCards, RemoveCards, Target
    from journeydesigner.model import make_card
    from journeydesigner.panels.outline import MapOutline

    window = open_window(qtbot, monkeypatch, read_project(sample_path()))
    outline = show_outline(qtbot, window)
    doc, jmap = window.doc, window.scene.jmap
    filled: list[tuple[str, str]] = []
    fill = outline._fill_cell
    monkeypatch.setattr(outline, "_fill_cell", lambda stage_item, stage, lane, cards, position: (
        filled.append((stage.id, lane.id)), fill(stage_item, stage, lane, cards, position)))
    card, moved = jmap.cards[0], jmap.cards[1]
    was = (moved.stage_id, moved.lane_id)
    doc.push(EditFields(doc, Target("cards", card.id, jmap.id), {"title": "Renamed in the inspector"}))
    doc.push(MoveCards(doc, jmap.id, [moved.id], moved.lane_id, jmap.stages[2].id, 0))
    doc.push(EditFields(doc, Target("stages", jmap.stages[3].id, jmap.id), {"name": "Zurück zum Laden"}))
    qtbot.waitUntil(lambda: not outline._stale)
    renamed = {(jmap.stages[3].id, lane.id) for lane in jmap.lanes}
    assert set(filled) <= {(card.stage_id, card.lane_id), was, (jmap.stages[2].id, moved.lane_id)} | renamed
    assert len(filled) < len(jmap.stages) * len(jmap.lanes) / 2
    fresh = MapOutline()
    qtbot.addWidget(fresh)
    fresh.show_map(jmap)
    fresh.rebuild()  # hidden: it would wait to be shown
    assert outline_state(outline) == outline_state(fresh)
    assert "Zurück zum Laden" in outline.topLevelItem(3).text(0)
    # a cell emptied (its lane row goes), a card into an empty cell (a lane row comes, in lane order), all undone
    lane, stage = jmap.lanes[1], jmap.stages[0]
    doc.push(RemoveCards(doc, jmap.id, [c.id for c in jmap.cell(lane.id, stage.id)]))
    empty = next((ln, st) for st in jmap.stages for ln in jmap.lanes[2:] if not jmap.cell(ln.id, st.id))
    doc.push(AddCards(doc, jmap.id, [make_card(empty[0].kind, empty[0].id, empty[1].id, title="New")],
                      empty[0].id, empty[1].id, 0))
    for _ in range(2):
        qtbot.waitUntil(lambda: not outline._stale)
        fresh.show_map(jmap)
        fresh.rebuild()  # hidden: it would wait to be shown
        assert outline_state(outline) == outline_state(fresh)
        while doc.undo_stack.canUndo():
            doc.undo_stack.undo()
