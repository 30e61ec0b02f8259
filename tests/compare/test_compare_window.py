"""File › Compare With… in the real window: the list, the marks, taking a change and undoing it."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from journeydesigner.app.compare_panel import Mark
from journeydesigner.commands import EditFields, Target
from journeydesigner.compare import diff
from journeydesigner.document import Document
from journeydesigner.model import Kind, make_card
from journeydesigner.projectfile import read_project, write_project
from tests.helpers.factories import small_project
from tests.helpers.gui import card_center, click, open_window


def theirs_of(project):
    other = project.model_copy(deep=True)
    jmap = other.maps[0]
    jmap.card("card-2").stage_id = "stage-b"
    jmap.card("card-1").title = "Search advert"
    jmap.cards.append(make_card(Kind.PAIN_POINT, "lane-p", "stage-a", id="card-9", title="Slow page"))
    return other


def compare(qtbot, monkeypatch, tmp_path: Path):
    ours = small_project()
    write_project(ours, tmp_path / "map.journey")
    write_project(theirs_of(ours), tmp_path / "map-client.journey")
    doc = Document.open(tmp_path / "map.journey")
    window = open_window(qtbot, monkeypatch, doc.project)
    window._set_document(doc)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "map-client.journey"), ""))
    window.act_compare.trigger()
    return window, window.comparer.panel


def rows(panel):
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def choose(qtbot, panel, text_part: str) -> None:
    row = next(i for i, text in enumerate(rows(panel)) if text_part in text)
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_changes_are_listed_marked_and_chosen(qtbot, monkeypatch, tmp_path):
    window, panel = compare(qtbot, monkeypatch, tmp_path)
    assert window.comparer.dock.isVisible()
    assert rows(panel) == [
        "Card 'Search ad' in Awareness › Touchpoints: title changed from 'Search ad' to 'Search advert'",
        "Card 'Landing page' moved from Awareness to Decision (Touchpoints)",
        "Card 'Slow page' added in Awareness › Pain points",
    ]
    marks = [i for i in window.scene.items() if isinstance(i, Mark)]
    assert sorted((m.style, m.label, m.ghost_text) for m in marks) == [
        ("ghost", "", "Moved here from Awareness: Landing page"), ("ghost", "", "New: Slow page"),
        ("halo", "edited: title", ""), ("halo", "to Decision (Touchpoints)", "")]
    choose(qtbot, panel, "Landing page")
    assert window.scene.selected_card_ids() == ["card-2"]
    # the marks let clicks through: clicking the marked card selects it
    click(window, card_center(window, "card-1"))
    assert window.scene.selected_card_ids() == ["card-1"]


def test_take_a_change_then_undo_it(qtbot, monkeypatch, tmp_path):
    window, panel = compare(qtbot, monkeypatch, tmp_path)
    choose(qtbot, panel, "Landing page")
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert window.doc.project.maps[0].card("card-2").stage_id == "stage-b"
    assert len(rows(panel)) == 2 and not any("Landing page" in r for r in rows(panel))
    assert window.doc.undo_stack.count() == 1 and window.act_undo.text() == "&Undo Take change from map-client.journey"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.project.maps[0].card("card-2").stage_id == "stage-a"
    qtbot.waitUntil(lambda: len(rows(panel)) == 3)


def test_take_all_makes_this_the_other_version_in_one_step(qtbot, monkeypatch, tmp_path):
    window, panel = compare(qtbot, monkeypatch, tmp_path)
    qtbot.mouseClick(panel.take_all_button, Qt.MouseButton.LeftButton)
    other = read_project(tmp_path / "map-client.journey")
    assert diff(window.doc.project, other).same
    assert rows(panel) == [] and panel.title.text() == "No differences from “map-client.journey”"
    assert [i for i in window.scene.items() if isinstance(i, Mark)] == []
    window.doc.undo_stack.undo()
    assert diff(window.doc.project, read_project(tmp_path / "map.journey")).same


def test_three_way_with_the_backup_takes_their_changes_and_lists_the_conflict(qtbot, monkeypatch, tmp_path):
    base = small_project()
    path = tmp_path / "map.journey"
    write_project(base, path)
    write_project(base, path, backup=True)  # map.journey.bak: the version both started from
    theirs = theirs_of(base)
    theirs.maps[0].card("card-5").title = "Their title"
    write_project(theirs, tmp_path / "map (Maya's conflicted copy 2024-11-12).journey")
    doc = Document.open(path)
    window = open_window(qtbot, monkeypatch, doc.project)
    window._set_document(doc)
    bar = window.comparer.bar
    assert not bar.isHidden() and "Maya" in bar.label.text() and "Dropbox" in bar.label.text()
    window.scene.select_cards(["card-5"])
    window.controller.set_color("#FF0000")  # an edit of ours nobody else made
    doc.push(EditFields(doc, Target("cards", "card-5", doc.project.maps[0].id), {"title": "Our title"}))  # they too
    qtbot.mouseClick(bar.compare_button, Qt.MouseButton.LeftButton)
    panel = window.comparer.panel
    assert bar.isHidden() and panel.ancestor.isVisible()
    undo_steps = window.doc.undo_stack.count()
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    card = window.doc.project.maps[0].card
    assert card("card-2").stage_id == "stage-b" and card("card-1").title == "Search advert"
    assert card("card-9").title == "Slow page" and card("card-5").color == "#FF0000"
    assert card("card-5").title == "Our title"
    assert window.doc.undo_stack.count() == undo_steps + 1
    assert rows(panel) == [
        "Conflict: Card 'Form too long': both changed the title ('Our title' here, 'Their title' in the other "
        "version)"]
    choose(qtbot, panel, "Conflict")
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert rows(panel) == [] and card("card-5").title == "Our title"


def test_opening_another_project_ends_the_comparison(qtbot, monkeypatch, tmp_path):
    window, panel = compare(qtbot, monkeypatch, tmp_path)
    window.scene.select_cards(["card-5"])
    jmap = window.doc.project.maps[0]
    window.doc.push(EditFields(window.doc, Target("stages", jmap.stages[1].id, jmap.id), {"name": "Purchase"}))
    window.comparer.refresh()
    choose(qtbot, panel, "Stage 'Purchase'")
    assert window.scene.selected_axis == ("stages", "stage-b") and window.scene.selected_card_ids() == []
    window._set_document(Document(small_project()))
    assert window.comparer.other is None and not window.comparer.dock.isVisible()
    assert [i for i in window.scene.items() if isinstance(i, Mark)] == []
