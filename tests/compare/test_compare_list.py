"""The Compare dock's list as a consultant reads it: every row shows its whole sentence, in any script."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journeydesigner.app.compare_panel import ComparePanel, contrast
from journeydesigner.app.fonts import register_bundled_fonts
from journeydesigner.app.preferences import apply_theme
from journeydesigner.compare import diff
from journeydesigner.compare.merge import Conflict
from journeydesigner.model import Kind, make_card
from journeydesigner.projectfile import read_project
from tests.helpers.factories import small_project

FIXTURE = Path(__file__).parents[1] / "fixtures" / "real-content.journey"


def ink_rows(image, top: int, bottom: int, left: int, right: int) -> set[int]:
    """The pixel rows between ``top`` and ``bottom`` where something darker than the background is drawn."""
    rows = set()
    for y in range(top, bottom):
        if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(left, right)):
            rows.add(y)
    return rows


def test_long_rows_in_thai_korean_and_arabic_wrap_instead_of_being_cut(qtbot):
    """Qt's own item text put a row naming a Thai card in an Arabic lane on one elided line ("…: te…")."""
    register_bundled_fonts()  # as the app does: Thai and Arabic are drawn in the bundled fallback fonts
    ours = read_project(FIXTURE)
    theirs = ours.model_copy(deep=True)
    cards = {c.id: c for c in theirs.maps[0].cards}
    cards["card-thought-02"].body = "Client note: is the warranty worth it?"  # 'ลูกค้า…' in 'الأفكار Thoughts'
    cards["card-action-05"].title = "Клиент сравнивает цены"  # in '인지'
    changes = diff(ours, theirs).changes
    assert len(changes) == 2
    panel = ComparePanel()
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_entries([(c, None) for c in changes])
    qtbot.wait(50)
    image = panel.list.viewport().grab().toImage()
    image.save("/tmp/a17/shots/t.png")
    line = panel.list.fontMetrics().height()
    for row in range(panel.list.count()):
        rect = panel.list.visualItemRect(panel.list.item(row))
        assert rect.height() >= 2 * line, panel.list.item(row).text()  # too long for one line at this width
        inked = ink_rows(image, rect.top(), rect.bottom(), rect.left(), rect.right())
        # text down to the row's last line: the sentence's end ('… worth it?'") is not elided away
        assert any(y > rect.top() + rect.height() * 2 / 3 for y in inked), panel.list.item(row).text()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_kind_of_row_reads_in_both_themes(qtbot, theme):
    """Rows are coloured by kind; the orange on white and the blue and red on the dark theme were too faint."""
    ours = small_project()
    theirs = ours.model_copy(deep=True)
    jmap = theirs.maps[0]
    jmap.card("card-1").title = "Search advert"  # edited
    jmap.card("card-2").stage_id = "stage-b"  # moved
    jmap.cards.remove(jmap.card("card-5"))  # removed
    jmap.cards.append(make_card(Kind.TEXT, "lane-p", "stage-a", id="card-9", title="Slow page"))  # added
    changes = diff(ours, theirs).changes
    app = QApplication.instance()
    try:
        apply_theme(app, theme)
        panel = ComparePanel()
        qtbot.addWidget(panel)
        panel.show_entries([(c, None) for c in changes] + [(changes[0], Conflict(changes[0], None, "Conflict"))])
        base = panel.list.palette().color(QPalette.ColorRole.Base)
        assert (base.lightness() < 128) == (theme == "dark")
        colours = {panel.list.item(row).foreground().color().name() for row in range(panel.list.count())}
        assert len(colours) == 5  # added, removed, moved, edited and conflict still tell apart
        for row in range(panel.list.count()):
            assert contrast(panel.list.item(row).foreground().color(), base) >= 4.5, panel.list.item(row).text()
    finally:
        apply_theme(app, "light")
