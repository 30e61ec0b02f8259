"""A file from a newer minor version in the window: its unknown cards are drawn, edited, and saved back whole."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journeydesigner.app.window import MainWindow
from journeydesigner.document import Document
from journeydesigner.layout.ops import Group, Text
from tests.helpers.future import METRIC_CARD, QUOTE_CARD, entries_of, future_bytes, future_entries
from tests.helpers.gui import card_center, click, double_click, key, type_text


def texts(ops) -> list[str]:
    out, stack = [], list(ops)
    while stack:
        op = stack.pop(0)
        if isinstance(op, Text):
            out.append(op.text)
        elif isinstance(op, Group):
            stack[:0] = op.ops
    return out


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    shown: list[str] = []
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or discard)
    path = tmp_path / "future.journey"
    path.write_bytes(future_bytes())
    window = MainWindow(Document.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(150)
    window.view.setFocus()
    window.warnings_shown = shown
    return window


def test_the_window_says_once_that_the_file_is_newer_and_draws_its_unknown_cards(window, qtbot):
    qtbot.wait(50)  # a load warning would be shown from the event loop
    assert window.warnings_shown == []  # nothing is wrong with the file: no dialog to dismiss
    assert window.notice_bar.isVisible()
    assert "newer version of Journey Designer (format 1.4)" in window.notice_bar.label.text()
    scene = window.scene
    quote = scene.card_items["card-quote"]
    assert quote.isVisible() and quote.sceneBoundingRect().width() > 100
    assert scene.cell_rect("lane-q", "stage-a").contains(quote.sceneBoundingRect().center())
    box = scene.layout.cards["card-quote"]
    assert QUOTE_CARD["title"] in texts(box.ops) and QUOTE_CARD["body"] in " ".join(texts(box.ops))
    metric = scene.layout.cards["card-metric"]  # between the two touchpoints of its cell
    assert scene.layout.cards["card-1"].y < metric.y < scene.layout.cards["card-2"].y
    assert scene.card_items["card-metric"].isVisible()


def test_edit_unknown_cards_in_the_inspector_and_in_place_then_save(window, qtbot):
    click(window, card_center(window, "card-quote"))
    assert window.scene.selected_card_ids() == ["card-quote"]
    form = window.inspector.forms["cards"]
    title = next(b.widget for b in form.binder.bindings if b.field == "title")
    assert title.toPlainText() == QUOTE_CARD["title"]
    title.setFocus()
    title.selectAll()
    type_text(title, "Where is it?")
    assert window.doc.project.maps[0].card("card-quote").title == "Where is it?"
    assert "Where is it?" in texts(window.scene.layout.cards["card-quote"].ops)

    window.view.setFocus()
    double_click(window, card_center(window, "card-metric"))
    assert window.scene.editor is not None
    type_text(window.view, "p95 latency")
    key(window.view, Qt.Key.Key_Return)
    assert window.doc.project.maps[0].card("card-metric").title == "p95 latency"

    window.doc.save()
    saved = entries_of(window.doc.path.read_bytes())
    cards = {c["id"]: c for c in json.loads(saved["project.json"])["maps"][0]["cards"]}
    assert cards["card-quote"] == {**QUOTE_CARD, "title": "Where is it?"}
    assert cards["card-metric"] == {**METRIC_CARD, "title": "p95 latency"}
    written = future_entries()
    assert {name: saved[name] for name in written if name != "project.json"} == {
        name: blob for name, blob in written.items() if name != "project.json"}

    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.doc.project.maps[0].card("card-quote").title == QUOTE_CARD["title"]
    assert window.doc.project.maps[0].card("card-metric").title == ""
