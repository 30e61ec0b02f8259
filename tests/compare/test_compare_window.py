"""File › Compare With… in the real window: the list, the marks, taking a change and undoing it."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFileDialog

from journeydesigner.app.compare_panel import Mark
from journeydesigner.commands import EditFields, Target
from journeydesigner.compare import diff
from journeydesigner.document import Document
from journeydesigner.layout import style as S
from journeydesigner.model import Job, Kind, Lane, Persona, Stage, make_card
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


def compare(qtbot, monkeypatch, tmp_path: Path, theirs=theirs_of):
    ours = small_project()
    write_project(ours, tmp_path / "map.journey")
    write_project(theirs(ours), tmp_path / "map-client.journey")
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
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the merge is a normal project
    saved = read_project(path)
    assert not saved.problems() and diff(saved, window.doc.project).same
    assert saved.maps[0].card("card-9").title == "Slow page" and saved.maps[0].card("card-5").title == "Our title"


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


def below_and_beside_the_headers(window, rect) -> bool:
    """``rect`` (scene) shows in the viewport and is not under the frozen stage row or lane column."""
    scene, view = window.scene, window.view
    header = view.mapFromScene(scene.frozen + QPointF(S.LANE_HEADER_W, scene.layout.header_h))
    top_left, bottom_right = view.mapFromScene(rect.topLeft()), view.mapFromScene(rect.bottomRight())
    viewport = view.viewport().rect()
    return top_left.y() >= header.y() and top_left.x() >= header.x() and viewport.contains(bottom_right)


def test_choosing_a_change_shows_its_card_or_ghost_clear_of_the_frozen_headers(qtbot, monkeypatch, tmp_path):
    """The stage row and the lane column stay over the map: a card or ghost in the first lane, scrolled to with
    ensureVisible alone, sat under them, so choosing it in the list seemed to show nothing."""
    ours = small_project()
    for n in range(12):  # a map wider and taller than the window
        ours.maps[0].stages.append(Stage(id=f"stage-{n}", name=f"Stage {n}"))
        ours.maps[0].cards.append(make_card(Kind.PAIN_POINT, "lane-p", f"stage-{n}", id=f"card-p{n}", title="Slow",
                                            body="A long note. " * 30))
        ours.maps[0].lanes.append(Lane(id=f"lane-{n}", name=f"Lane {n}", kind=Kind.TEXT))
        ours.maps[0].cards.append(make_card(Kind.TEXT, f"lane-{n}", "stage-a", id=f"card-t{n}", title="Note"))
    theirs = ours.model_copy(deep=True)
    theirs.maps[0].cards.append(make_card(Kind.TOUCHPOINT, "lane-t", "stage-b", id="card-new", title="Chatbot"))
    theirs.maps[0].card("card-1").title = "Search advert"
    theirs.maps[0].stages.append(Stage(id="stage-z", name="Pick-up"))
    theirs.maps[0].cards.append(make_card(Kind.TOUCHPOINT, "lane-t", "stage-z", id="card-z", title="Kiosk"))
    write_project(ours, tmp_path / "map.journey")
    write_project(theirs, tmp_path / "map-client.journey")
    doc = Document.open(tmp_path / "map.journey")
    window = open_window(qtbot, monkeypatch, doc.project)
    window.resize(1366, 768)
    window._set_document(doc)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "map-client.journey"), ""))
    window.act_compare.trigger()
    panel = window.comparer.panel
    for text, change_id in (("Chatbot", "card/card-new/presence"), ("Search advert", "card/card-1/title")):
        window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().maximum())
        window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
        choose(qtbot, panel, text)
        assert below_and_beside_the_headers(window, window.comparer.marks.where[change_id]), text
    assert window.scene.selected_card_ids() == ["card-1"]
    choose(qtbot, panel, "Kiosk")  # in a stage only they have: nothing to show, and no stale selection either
    assert window.scene.selected_card_ids() == []


def test_a_mark_on_a_card_in_the_first_lane_is_labelled_below_the_stage_row(qtbot, monkeypatch, tmp_path):
    """The label sat above the card's top edge: in the first lane, under the stage row, which covers it."""
    window, _panel = compare(qtbot, monkeypatch, tmp_path)
    header = window.scene.layout.header_h
    marks = [i for i in window.scene.items() if isinstance(i, Mark) and i.label]
    first_lane = [m for m in marks if m.rect.top() < header + 20]
    assert [m.label for m in first_lane] == ["edited: title"]  # 'Search ad', the first card of the first lane
    for mark in marks:
        assert mark.label_rect(window.fontMetrics()).top() >= header


def test_an_emotion_points_mark_says_in_full_what_changed(qtbot, monkeypatch, tmp_path):
    """An emotion point's mark is as narrow as its label: 'edited: …' said nothing."""
    window, _panel = compare(qtbot, monkeypatch, tmp_path, emotion_edited)
    mark = next(i for i in window.scene.items() if isinstance(i, Mark) and i.label)
    metrics = QFontMetrics(window.font())
    assert mark.label == "edited: score" and mark.rect.width() < 100
    assert mark.label_rect(metrics).width() >= metrics.horizontalAdvance(mark.label) + 12


def emotion_edited(project):
    other = project.model_copy(deep=True)
    other.maps[0].card("card-3").score = -1
    return other


def test_choosing_a_change_to_a_persona_or_job_shows_it_in_its_panel(qtbot, monkeypatch, tmp_path):
    ours = small_project()
    ours.personas.append(Persona(id="persona-b", name="Ben"))
    ours.jobs.append(Job(id="job-2", situation="when the bike breaks", motivation="get to work", outcome="on time"))
    theirs = ours.model_copy(deep=True)
    theirs.personas[1].role = "Fleet manager"
    theirs.jobs[1].importance = 9
    write_project(ours, tmp_path / "map.journey")
    write_project(theirs, tmp_path / "map-client.journey")
    doc = Document.open(tmp_path / "map.journey")
    window = open_window(qtbot, monkeypatch, doc.project)
    window._set_document(doc)
    window.outline_dock.raise_()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "map-client.journey"), ""))
    window.act_compare.trigger()
    assert window.persona_panel.current != "persona-b"
    choose(qtbot, window.comparer.panel, "Persona 'Ben'")
    assert window.persona_panel.current == "persona-b"
    qtbot.waitUntil(lambda: not window.persona_panel.visibleRegion().isEmpty())  # its tab in front
    choose(qtbot, window.comparer.panel, "Job 'get to work'")
    table = window.jobs_panel.table
    assert window.jobs_panel.current == "job-2"
    assert [table.job_cell(i.row()).data(Qt.ItemDataRole.UserRole) for i in table.selectionModel().selectedRows()] \
        == ["job-2"]
    qtbot.waitUntil(lambda: not window.jobs_panel.visibleRegion().isEmpty())


def test_a_backup_newer_than_their_file_is_not_offered_as_the_common_ancestor(qtbot, monkeypatch, tmp_path):
    """Sent on the 12th, saved twice since: the .bak is the 13th's save, which the client's file of the 12th cannot
    descend from; merging with it would take back, as theirs, everything we did on the 13th."""
    sent = small_project()
    sent.meta.modified = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)
    theirs = theirs_of(sent)
    theirs.meta.modified = datetime(2026, 11, 12, 17, 0, tzinfo=UTC)
    ours = sent.model_copy(deep=True)
    ours.maps[0].card("card-5").title = "Our edit of the 13th"
    ours.meta.modified = datetime(2026, 11, 13, 10, 0, tzinfo=UTC)
    path = tmp_path / "map.journey"
    write_project(ours, path)
    write_project(ours, path, backup=True)  # the 14th's save keeps the 13th's as map.journey.bak
    write_project(theirs, tmp_path / "map-client.journey")
    doc = Document.open(path)
    window = open_window(qtbot, monkeypatch, doc.project)
    window._set_document(doc)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "map-client.journey"), ""))
    window.act_compare.trigger()
    panel = window.comparer.panel
    assert panel.ancestor.isVisible() and not panel.merge_button.isVisible()
    assert "is newer than “map-client.journey”" in panel.ancestor_label.text()
    assert any("Our edit of the 13th" in row for row in rows(panel))  # still listed, to take or leave one by one


def test_a_change_left_as_ours_leaves_the_list_and_take_all_passes_it_by(qtbot, monkeypatch, tmp_path):
    """Reconciling a client's edits is taking some and refusing others: a refused one must not stay in the way."""
    window, panel = compare(qtbot, monkeypatch, tmp_path)
    choose(qtbot, panel, "Search advert")
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert len(rows(panel)) == 2 and not any("Search advert" in r for r in rows(panel))
    assert panel.title.text() == "2 differences from “map-client.journey” (1 left as yours)"
    assert window.doc.undo_stack.count() == 0  # nothing of ours changed
    qtbot.mouseClick(panel.take_all_button, Qt.MouseButton.LeftButton)
    assert rows(panel) == [] and window.doc.project.maps[0].card("card-1").title == "Search ad"
    assert [c.id for c in diff(window.doc.project, read_project(tmp_path / "map-client.journey")).changes] == [
        "card/card-1/title"]


def test_the_conflict_bar_shows_before_the_comparison_is_made(qtbot, monkeypatch, tmp_path):
    """The window looks beside the file at once, but makes File › Compare With… (and loads its modules) only
    when the bar's button or the menu asks for it; then it compares with the copy the bar named."""
    path = tmp_path / "map.journey"
    write_project(small_project(), path)
    write_project(theirs_of(small_project()), tmp_path / "map (Maya's conflicted copy 2024-11-12).journey")
    doc = Document.open(path)
    window = open_window(qtbot, monkeypatch, doc.project)
    window._set_document(doc)
    assert window._comparer is None
    assert not window.conflict_bar.isHidden() and "Maya" in window.conflict_bar.label.text()
    window.show_map(window.doc.project.maps[0].id)  # showing a map again does not make it either
    assert window._comparer is None
    qtbot.mouseClick(window.conflict_bar.compare_button, Qt.MouseButton.LeftButton)
    assert window._comparer is not None and window.comparer.other_path.name.startswith("map (Maya")
    assert window.conflict_bar.isHidden() and window.comparer.dock.isVisible()
    assert "Slow page" in " ".join(rows(window.comparer.panel))
