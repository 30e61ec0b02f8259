"""Menu entries made one per item (maps, recent files, templates, panels) each act on their own item."""

from journeydesigner.app.settings import add_recent_file
from journeydesigner.model import JourneyMap
from journeydesigner.projectfile import write_project
from tests.helpers.factories import small_project
from tests.helpers.gui import open_window


def _entries(menu) -> dict[str, object]:
    menu.aboutToShow.emit()
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def test_each_switch_to_map_entry_shows_its_map(qtbot, monkeypatch):
    project = small_project()
    project.maps.append(JourneyMap(name="Second journey"))
    window = open_window(qtbot, monkeypatch, project)
    first, second = (m.id for m in window.doc.project.maps)
    entries = _entries(window.maps_menu)
    entries["Second journey"].trigger()
    assert window.scene.map_id == second
    entries = _entries(window.maps_menu)
    assert entries["Second journey"].isChecked()
    entries[window.doc.project.maps[0].name].trigger()
    assert window.scene.map_id == first


def test_each_recent_file_entry_opens_its_file(qtbot, monkeypatch, tmp_path):
    paths = [tmp_path / "one.journey", tmp_path / "two.journey"]
    for path in paths:
        write_project(small_project(), path)
        add_recent_file(path)
    window = open_window(qtbot, monkeypatch, small_project())
    _entries(window.recent_menu)[str(paths[0])].trigger()
    assert window.doc.path == paths[0]


def test_each_template_entry_and_panel_shortcut_acts_on_its_own(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    _entries(window.new_menu)["Service blueprint"].trigger()
    assert window.doc.project.maps[0].name == "Service blueprint"
    last = window.focus_actions[-1]
    last.trigger()
    assert window.docks[-1].isVisible()
    assert window.docks[-1].isAncestorOf(window.focusWidget()) or window.focusWidget() is window.docks[-1].widget()
