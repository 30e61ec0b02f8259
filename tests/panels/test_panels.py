"""The side panels driven as a user does: typing, dropping an image, dragging a job, editing two cards."""

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from journeydesigner.commands import EditFields, Target
from journeydesigner.mime import JOB_MIME
from tests.helpers.factories import png_bytes, small_project
from tests.helpers.gui import card_center, click, key, open_window, type_text


def send_drop(widget, mime: QMimeData, pos: QPoint) -> None:
    actions, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for cls in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(widget, cls(pos, actions, mime, left, none))
    QApplication.sendEvent(widget, QDropEvent(QPointF(pos), actions, mime, left, none))


def field(panel, name: str):
    return next(b.widget for b in panel.binder.bindings if b.widget.accessibleName() == name)


def test_typing_a_persona_name_is_one_undo_step(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    panel = window.persona_panel
    name = field(panel, "Persona name")
    name.setFocus()
    name.selectAll()
    type_text(name, "Ana Souza")
    assert window.doc.project.personas[0].name == "Ana Souza"
    assert window.doc.undo_stack.count() == 1  # nine keystrokes, one step
    assert panel.list.item(0).text().startswith("Ana Souza")
    window.act_undo.trigger()
    assert window.doc.project.personas[0].name == "Ana"
    assert name.text() == "Ana"


def test_goals_are_one_per_line(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    goals = field(window.persona_panel, "Goals")
    goals.setFocus()
    type_text(goals, "Save time")
    key(goals, Qt.Key.Key_Return)
    type_text(goals, "Pay less")
    assert window.doc.project.personas[0].goals == ["Save time", "Pay less"]


def test_drop_an_image_file_on_a_persona(qtbot, monkeypatch, tmp_path):
    window = open_window(qtbot, monkeypatch, small_project())
    photo = tmp_path / "face.png"
    photo.write_bytes(png_bytes(1200, 900, "#AA5500"))
    listing = window.persona_panel.list
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    send_drop(listing.viewport(), mime, listing.visualItemRect(listing.item(0)).center())
    ref = window.doc.project.personas[0].photo
    assert ref and ref in window.doc.project.assets
    import io

    from PIL import Image

    assert max(Image.open(io.BytesIO(window.doc.project.assets[ref])).size) == 640  # scaled to a sensible size
    window.act_undo.trigger()
    assert window.doc.project.personas[0].photo != ref


def test_a_file_that_is_not_an_image_gets_a_message(qtbot, monkeypatch, tmp_path):
    messages = []
    window = open_window(qtbot, monkeypatch, small_project())
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    bogus = tmp_path / "notes.png"
    bogus.write_text("this is not a picture")
    before = window.doc.project.personas[0].photo
    assert not window.persona_panel.set_photo_from_file(bogus)
    assert messages and "is not an image" in messages[0]
    assert window.doc.project.personas[0].photo == before


def test_add_duplicate_delete_persona_unlinks_and_undo_relinks(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, monkeypatch, small_project())
    panel = window.persona_panel
    panel.add()
    assert len(window.doc.project.personas) == 2
    panel.select("persona-a")
    panel.duplicate()
    assert [p.name for p in window.doc.project.personas] == ["Ana", "Ana (copy)", "Persona 2"]
    panel.select("persona-a")
    panel.delete()
    jmap = window.doc.project.maps[0]
    assert jmap.card("card-3").persona_id is None and "persona-a" not in jmap.persona_ids
    assert not window.doc.project.problems()
    window.act_undo.trigger()
    assert jmap.card("card-3").persona_id == "persona-a" and jmap.persona_ids == ["persona-a"]


def test_link_a_job_to_a_stage_by_dragging(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    mime = QMimeData()
    mime.setData(JOB_MIME, b"job-1")
    stage = window.scene.layout.stages[1]
    send_drop(window.view.viewport(), mime, window.view.mapFromScene(stage.x + 40, 30))
    assert window.doc.project.jobs[0].stage_ids == ["stage-a", "stage-b"]
    assert window.scene.headers[("stages", "stage-b")]._ops  # the header now shows its job badge
    window.act_undo.trigger()
    assert window.doc.project.jobs[0].stage_ids == ["stage-a"]


def test_link_a_job_to_a_card_by_dragging(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    mime = window.jobs_panel.table.mimeData([window.jobs_panel.table.item(0, 0)])
    send_drop(window.view.viewport(), mime, card_center(window, "card-5"))
    assert window.doc.project.maps[0].card("card-5").job_ids == ["job-1"]


def test_jobs_sort_by_opportunity_and_edit(qtbot, monkeypatch):
    from journeydesigner.model import Job

    project = small_project()
    project.jobs.append(Job(id="job-2", situation="big", importance=10, satisfaction=2))
    window = open_window(qtbot, monkeypatch, project)
    table = window.jobs_panel.table
    assert table.item(0, 0).data(Qt.ItemDataRole.UserRole) == "job-2"  # 18 before 5
    table.selectRow(1)
    importance = field(window.jobs_panel, "Importance, 1 to 10")
    importance.setValue(9)
    assert window.doc.project.jobs[0].importance == 9
    assert "<b>13</b>" in window.jobs_panel.opportunity.text()


def test_inspector_edits_two_cards_at_once(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-1"))
    click(window, card_center(window, "card-2"), Qt.KeyboardModifier.ShiftModifier)
    inspector = window.inspector
    assert inspector.title.text() == "2 cards"
    form = inspector.forms["cards"]
    title = next(b.widget for b in form.binder.bindings if b.field == "title")
    assert title.placeholderText() == "(mixed)"  # "Search ad" and "Landing page" differ
    channel = form.rows["channel"]
    assert form.layout_.isRowVisible(channel)
    channel.activated.emit(channel.findText("Email"))
    jmap = window.doc.project.maps[0]
    assert jmap.card("card-1").channel == jmap.card("card-2").channel == "email"
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert jmap.card("card-1").channel == "advertising" and jmap.card("card-2").channel == "web"


def test_inspector_shows_kind_fields_and_stage_fields(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-5"))
    form = window.inspector.forms["cards"]
    assert window.inspector.title.text() == "Pain point"
    assert form.layout_.isRowVisible(form.rows["severity"]) and not form.layout_.isRowVisible(form.rows["channel"])
    severity = form.rows["severity"]
    severity.setValue(2)
    assert window.doc.project.maps[0].card("card-5").severity == 2
    window.scene.select_axis_item("stages", "stage-b")
    assert window.inspector.title.text() == "Stage"
    name = next(b.widget for b in window.inspector.forms["stages"].binder.bindings if b.field == "name")
    name.setFocus()
    name.selectAll()
    type_text(name, "Purchase")
    assert window.doc.project.maps[0].stages[1].name == "Purchase"
    assert window.scene.layout.stages[1].name == "Purchase"


def test_panels_follow_undo(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.persona_panel.add()
    assert window.persona_panel.list.count() == 2
    window.act_undo.trigger()
    assert window.persona_panel.list.count() == 1


def test_a_value_the_model_refuses_is_explained_not_stored(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    name = field(window.persona_panel, "Persona name")
    name.setFocus()
    name.setText("x" * 600)
    name.textEdited.emit("x" * 600)
    assert window.doc.project.personas[0].name == "Ana"
    assert "too long" in window.statusBar().currentMessage()


def test_reorder_personas_by_dragging_in_the_list(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.persona_panel.add()
    listing = window.persona_panel.list
    listing.setCurrentRow(1)
    listing.moved.emit(listing.item(1).data(Qt.ItemDataRole.UserRole), 0)
    assert [p.name for p in window.doc.project.personas] == ["Persona 2", "Ana"]
    assert listing.item(0).text().startswith("Persona 2")
    window.act_undo.trigger()
    assert [p.name for p in window.doc.project.personas] == ["Ana", "Persona 2"]


def test_highlighting_a_persona_fades_other_cards(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.persona_panel.highlight.setChecked(True)
    assert window.scene.focus_persona == "persona-a"
    assert window.scene.card_items["card-3"].opacity() == 1.0
    assert window.scene.card_items["card-1"].opacity() < 0.5
    window.persona_panel.highlight.setChecked(False)
    assert window.scene.card_items["card-1"].opacity() == 1.0


def test_typing_in_the_persona_panel_redraws_the_curve_and_corner_without_laying_out_the_map(qtbot, monkeypatch):
    """At 20,000 cards every keystroke in a persona's name relaid the whole map (300 ms); now the emotion lane
    and the corner change, and a persona's goals change no map at all."""
    window = open_window(qtbot, monkeypatch, small_project())
    scene = window.scene
    layout, builds = scene.layout, scene._builds
    name = field(window.persona_panel, "Persona name")
    name.setFocus()
    name.selectAll()
    type_text(name, "Zoe")
    assert scene.layout is layout  # laid out in place, not afresh
    assert [line.label for line in layout.emotion_lines["lane-e"]] == ["Zoe"]
    assert any(getattr(op, "text", None) == "Zoe" for op in scene.corner._ops)
    builds = scene._builds
    goals = field(window.persona_panel, "Goals")
    goals.setFocus()
    type_text(goals, "Save time")
    assert window.doc.project.personas[0].goals == ["Save time"]
    assert scene._builds == builds  # nothing on the map shows a persona's goals


def test_a_card_edit_refreshes_the_inspector_but_not_the_panels_that_show_no_cards(qtbot, monkeypatch):
    """Every keystroke in a card rebuilt the persona list (its icons too) and the jobs table."""
    window = open_window(qtbot, monkeypatch, small_project())
    click(window, card_center(window, "card-1"))  # (first: the inspector makes the card form as it shows it)
    panels = {"personas": window.persona_panel, "jobs": window.jobs_panel, "project": window.inspector.project_form,
              "inspector": window.inspector}
    refreshed: list[str] = []
    for name, panel in panels.items():
        monkeypatch.setattr(panel, "refresh", lambda name=name: refreshed.append(name))
    title = next(w for w in window.inspector.findChildren(QPlainTextEdit) if w.accessibleName() == "Title")
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    type_text(title, "x")
    assert window.doc.project.maps[0].card("card-1").title == "Search adx"
    assert refreshed == ["inspector"]
    refreshed.clear()
    window.doc.push(EditFields(window.doc, Target("stages", "stage-a", "map-1"), {"name": "Discovery"}))
    assert {"jobs", "inspector"} <= set(refreshed)  # the jobs panel lists stage names


def test_the_jobs_panel_behind_its_tab_is_made_when_its_tab_is_chosen(qtbot, monkeypatch):
    """Issue 15: on a first start the Jobs panel sits behind the Personas tab and is not made before the
    window's first paint; choosing its tab shows it, complete, and its edits reach the model."""
    from PySide6.QtWidgets import QTabBar

    window = open_window(qtbot, monkeypatch, small_project())
    assert window._jobs_panel is None  # behind the Personas tab
    bar = next(b for b in window.findChildren(QTabBar) if "Jobs to be done" in
               [b.tabText(i) for i in range(b.count())])
    index = [bar.tabText(i) for i in range(bar.count())].index("Jobs to be done")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window._jobs_panel is not None and window._jobs_panel.isVisible())
    panel = window.jobs_panel
    assert window.jobs_dock.widget() is panel
    assert panel.table.rowCount() == len(window.doc.project.jobs) == 1
    panel.table.selectRow(0)
    field(panel, "Importance, 1 to 10").setValue(3)
    assert window.doc.project.jobs[0].importance == 3


def test_inspector_forms_are_made_on_first_selection_and_report_refusals(qtbot, monkeypatch):
    """The window opens on the map's form; a card's form is made when a card is first selected, and a value the
    model refuses there is said in the status bar, as from every form."""
    from journeydesigner.model import Kind, make_card

    project = small_project()
    project.maps[0].cards.append(make_card(Kind.KPI, "lane-p", "stage-a", id="card-k", title="NPS"))
    window = open_window(qtbot, monkeypatch, project)
    assert set(window.inspector.forms) == {"map"}
    window.scene.select_cards(["card-k"])
    assert set(window.inspector.forms) == {"map", "cards"}
    form = window.inspector.forms["cards"]
    assert window.inspector.stack.currentWidget() is form and form.layout_.isRowVisible(form.rows["value"])
    value = form.rows["value"]
    value.setFocus()
    type_text(value, "1e999")  # a number too large to store
    assert window.statusBar().currentMessage().startswith("Value")
    assert window.doc.project.maps[0].card("card-k").value == 1e99  # the last keystroke changed nothing
