"""Settings a damaged or older version wrote never stop the program."""

import pytest

from journeydesigner.app.settings import add_recent_file, bool_setting, int_setting, recent_files, settings
from journeydesigner.userdirs import data_dir
from tests.helpers.factories import small_project
from tests.helpers.gui import open_window


@pytest.mark.qt_log_ignore("QVariant::load")  # Qt's own complaint about the damaged value we planted
def test_a_damaged_settings_file_falls_back_to_defaults(qtbot, monkeypatch):
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "settings.ini").write_bytes(
        b"\x00\xff[General]\nrecent_files=@Variant(\\0\\0\\0\\x7f)\nautosave\\delay_ms=soon\n"
        b"window\\geometry=not a geometry\npresentation\\intro_slides=perhaps\n")
    assert recent_files() == []
    assert int_setting("autosave/delay_ms", 800) == 800
    assert bool_setting("presentation/intro_slides", False) is False
    window = open_window(qtbot, monkeypatch, small_project())
    assert window.isVisible() and window.autosaver.timer.interval() == 800


def test_recent_files_round_trip(tmp_path):
    first, second = tmp_path / "a.journey", tmp_path / "b.journey"
    add_recent_file(first)
    add_recent_file(second)
    add_recent_file(first)
    assert recent_files() == [first.resolve(), second.resolve()]


def test_the_start_screen_greets_a_first_run_but_not_over_a_file(tmp_path):
    from journeydesigner.app.main import start_screen_due
    from journeydesigner.templates import sample_path

    settings().remove("start/seen")
    assert start_screen_due(tmp_path / "client.journey", is_sample=False) is False  # the file comes first
    assert start_screen_due(sample_path(), is_sample=True) is True  # the next start without a file greets
    assert start_screen_due(sample_path(), is_sample=True) is False  # once
