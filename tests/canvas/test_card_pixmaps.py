"""Cards on screen are drawn from a pixmap per zoom: it must look like the card drawn directly, follow every edit,
and never reach an export."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QPixmapCache

from journeydesigner.canvas import items
from journeydesigner.commands import EditFields, Target
from tests.helpers.factories import small_project
from tests.helpers.gui import open_window


def card_shot(window, card_id: str) -> QImage:
    """The card's rectangle on screen, as the viewport paints it now."""
    window.view.viewport().repaint()
    item = window.scene.card_items[card_id]
    rect = window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return window.view.viewport().grab(rect).toImage()


def differing(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly (a half-pixel shift of text only blurs its edges)."""
    assert a.size() == b.size()
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(pa.red() - pb.red()), abs(pa.green() - pb.green()), abs(pa.blue() - pb.blue())) > 96:
                count += 1
    return count / (a.width() * a.height())


def test_a_card_from_its_pixmap_looks_like_the_card_drawn_directly(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    window.view.zoom_by(1.3)
    cached = card_shot(window, "card-1")
    monkeypatch.setattr(items, "MAX_PIXMAP_AREA", 0.0)  # every card drawn op by op, as exports draw it
    direct = card_shot(window, "card-1")
    assert not cached.isNull() and cached.width() > 40
    assert differing(cached, direct) < 0.03


def test_an_edited_card_is_drawn_anew_and_undo_brings_back_the_same_pixels(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    doc = window.doc
    before = card_shot(window, "card-1")
    doc.push(EditFields(doc, Target("cards", "card-1", "map-1"), {"title": "Booked"}))
    qtbot.wait(1)
    after = card_shot(window, "card-1")
    assert after.size() != before.size() or differing(after, before) > 0.005
    doc.undo_stack.undo()
    qtbot.wait(1)
    assert card_shot(window, "card-1") == before


def test_the_pixmaps_stay_within_their_budget_and_out_of_exports(qtbot, monkeypatch):
    window = open_window(qtbot, monkeypatch, small_project())
    card_shot(window, "card-1")
    assert QPixmapCache.cacheLimit() >= items.CARD_CACHE_KB  # a few screens of cards, least recently used go

    def no_pixmaps(*_args: object) -> None:
        raise AssertionError("an export was drawn from screen pixmaps")

    monkeypatch.setattr(items.CardItem, "blit", no_pixmaps)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    window.scene.render(painter, target=QRect(0, 0, 400, 300).toRectF())  # no widget: drawn op by op
    painter.end()


def test_a_card_too_big_on_screen_is_drawn_directly(qtbot, monkeypatch):
    """A tall card with a photo, zoomed in: its pixmap would be mostly off screen and too big for the cache."""
    window = open_window(qtbot, monkeypatch, small_project())
    blits: list[object] = []
    original = items.CardItem.blit
    monkeypatch.setattr(items.CardItem, "blit", lambda item, *args: (blits.append(item), original(item, *args)))
    card_shot(window, "card-1")
    assert blits, "cards of an ordinary size come from pixmaps"
    blits.clear()
    window.view.zoom_by(1.5)
    monkeypatch.setattr(items, "MAX_PIXMAP_AREA", 100.0)
    shot = card_shot(window, "card-1")
    assert blits == [] and not shot.isNull()


def test_a_pixmap_made_for_another_screen_is_not_taken_at_the_same_device_pixels(qtbot, monkeypatch):
    """80 % on a 125 % screen and 100 % on a 100 % screen are both one device pixel a unit; a window moved from one
    screen to the other must not draw its cards from the pixmaps made for the first (their size is in logical
    pixels of that screen: the cards came out a fifth too small)."""
    window = open_window(qtbot, monkeypatch, small_project())
    item = window.scene.card_items["card-1"]
    size = window.view.viewport().size()

    def shot(scale: float, ratio: float) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        item.blit(painter, 0.0, 0.0, scale * ratio, ratio)
        painter.end()
        return image

    QPixmapCache.clear()
    fresh = shot(1.0, 1.0)
    QPixmapCache.clear()
    shot(0.8, 1.25)  # on the laptop's screen first
    assert shot(1.0, 1.0) == fresh
