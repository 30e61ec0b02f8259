"""Sync tools' conflicted copies are recognised by their names, and only those."""

import pytest

from journeydesigner.projectfile.copies import conflicted_copies, original_of

COPIES = {
    "Pedalway (Maya's conflicted copy 2024-01-01).journey": ("Dropbox", "Maya", "2024-01-01"),
    "Pedalway (Maya’s conflicted copy 2024-01-01) (1).journey": ("Dropbox", "Maya", "2024-01-01"),
    "Pedalway (conflicted copy 2024-01-01).journey": ("Dropbox", "", "2024-01-01"),
    "Pedalway (conflicted copy 2024-01-01 120000).journey": ("Nextcloud", "", "2024-01-01 120000"),
    "Pedalway (conflicted copy maya 2024-01-01 120000).journey": ("Nextcloud", "maya", "2024-01-01 120000"),
    "Pedalway_conflict-20240101-120000.journey": ("Nextcloud", "", "20240101-120000"),
    "Pedalway_conflict-maya-20240101-120000.journey": ("Nextcloud", "maya", "20240101-120000"),
    "Pedalway.sync-conflict-20240101-120000-ABCDEFG.journey": ("Syncthing", "ABCDEFG", "20240101-120000"),
    "Pedalway-DESKTOP-4F2A9.journey": ("OneDrive", "DESKTOP-4F2A9", ""),
    "Pedalway-Copy.journey": ("OneDrive", "", ""),
    "Pedalway-Copy (2).journey": ("OneDrive", "", ""),
}
NOT_COPIES = ["Pedalway v2.journey", "Pedalway-v3-client-edits.journey", "Pedalway.journey.bak",
              "Pedalway (Maya's conflicted copy 2024-01-01).pdf", "Other (conflicted copy 2024-01-01).journey",
              "Pedalway (notes).journey", "Pedalwayx.journey",
              "Pedalway_conflict-notes.journey", "Pedalway-2024.journey", "Pedalway-2.journey", "Pedalway-V2.journey"]


@pytest.fixture
def folder(tmp_path):
    for name in [*COPIES, *NOT_COPIES, "Pedalway.journey"]:
        (tmp_path / name).write_bytes(b"x")
    return tmp_path


def test_each_tools_naming_is_recognised_and_nothing_else(folder):
    found = {c.path.name: (c.tool, c.who, c.when) for c in conflicted_copies(folder / "Pedalway.journey")}
    assert found == COPIES


def test_a_conflicted_copy_knows_its_original(folder):
    for name in COPIES:
        assert original_of(folder / name) == folder / "Pedalway.journey"
    assert original_of(folder / "Pedalway v2.journey") is None
    assert original_of(folder / "Pedalway.journey") is None


def test_an_unreadable_folder_finds_nothing(tmp_path):
    assert conflicted_copies(tmp_path / "gone" / "X.journey") == []
