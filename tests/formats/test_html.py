"""The self-contained HTML map: no network, every card's text in the page, and it works in a real browser."""

import html
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings

from journeydesigner.export.safefile import ExportCancelled, ExportError
from journeydesigner.formats import html as page
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.formats.chromium import Browser, find_chromium
from tests.helpers.cli import export_with_cli
from tests.helpers.factories import projects, small_project


@pytest.fixture(scope="module")
def sample():
    return read_project(sample_path())


def words(text: str) -> str:
    return " ".join(text.split())


class Parsed(HTMLParser):
    """Tags, attributes and the text inside <title> elements of cards."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.titles: list[str] = []
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title" and len(self.tags) > 8

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.titles.append(data)


def export(project, tmp_path, **options):
    path = tmp_path / "map.html"
    assert page.write(project, path, ExportOptions(**options)) == []
    return path, path.read_text(encoding="utf-8")


def test_one_file_that_asks_the_network_for_nothing(sample, tmp_path):
    _, text = export(sample, tmp_path)
    parsed = Parsed(text)
    csp = next(a["content"] for tag, a in parsed.tags if tag == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp and "connect-src" not in csp
    for tag, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith(("data:", "#")), (tag, name, value[:60])
    assert not re.search(r"url\((?!data:)", text)
    assert "@font-face" in text and "data:font/woff;base64," in text
    assert [tag for tag, _ in parsed.tags].count("script") == 1


def test_every_card_is_real_text_in_the_page(sample, tmp_path):
    _, text = export(sample, tmp_path)
    titles = [words(t) for t in Parsed(text).titles]
    for card in sample.maps[0].cards:
        assert any(t.startswith(words(card.title)) for t in titles), card.title
    plain = words(html.unescape(text))
    for persona in sample.personas:
        assert persona.name in plain and words(persona.quote) in plain
    for job in sample.jobs:
        assert words(job.statement) in plain


def test_confidential_options_are_honoured(sample, tmp_path):
    lane = next(lane for lane in sample.maps[0].lanes if lane.name == "Research notes")
    _, text = export(sample, tmp_path, omit_lane_ids=[lane.id], anonymise_personas=True, omit_notes=True)
    assert "Churn peaks in November" not in text
    assert "Maya Okafor" not in text and "Persona A" in text
    assert "data:image/" not in text  # the persona photos
    assert words(sample.meta.notes) not in words(text)


def test_text_cannot_break_out_of_the_page(tmp_path):
    project = small_project()
    project.maps[0].cards[0].title = "</script><script>alert(1)</script><img src=http://x>"
    project.maps[0].stages[0].description = "</script><!-- \u2028"
    _, text = export(project, tmp_path)
    parsed = Parsed(text)
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert not [a for tag, a in parsed.tags if tag == "img" and a.get("src", "").startswith("http")]


def test_failures_leave_no_file(sample, tmp_path):
    with pytest.raises(ExportCancelled):
        page.write(sample, tmp_path / "x.html", ExportOptions(), progress=lambda done, total: False)
    with pytest.raises(ExportError, match="nothing to export"):
        page.write(sample, tmp_path / "x.html", ExportOptions(sections=["legend"]))
    with pytest.raises(ExportError):
        page.write(sample, tmp_path / "missing" / "x.html", ExportOptions())
    assert list(tmp_path.iterdir()) == [tmp_path / "missing"] or list(tmp_path.iterdir()) == []


def test_the_command_line_writes_a_page(sample, tmp_path):
    out = export_with_cli(sample, tmp_path, "map.html")
    assert "Subscribing to an e-bike" in out.read_text(encoding="utf-8")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(projects())
def test_any_project_makes_a_page(tmp_path, project):
    _, text = export(project, tmp_path)
    parsed = Parsed(text)
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    cards = sum(len(m.cards) for m in project.maps)
    assert sum(1 for tag, a in parsed.tags if tag == "g" and a.get("class") == "card") <= cards


# ---- in a real browser -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip("Chromium is not installed")
    instance = Browser(executable)
    yield instance
    instance.close()


def test_it_works_offline_in_a_browser(sample, tmp_path, browser):
    path, _ = export(sample, tmp_path)
    browser.events.clear()
    browser.open(path)
    assert browser.errors() == []
    requests = browser.requests()
    assert requests[0] == path.resolve().as_uri()
    assert all(url.startswith("data:") for url in requests[1:]), [u[:40] for u in requests]
    jmap = sample.maps[0]
    titles = browser.js("[...document.querySelectorAll('.card title')].map(t => t.textContent)")
    assert len(titles) == len(jmap.cards)
    assert all(any(words(t).startswith(words(c.title)) for t in titles) for c in jmap.cards)
    font = browser.js("document.fonts.check(\"12px 'JD DejaVu Sans'\") && [...document.fonts].length")
    assert font == 3

    browser.key("ArrowRight", 39)
    assert browser.js("document.querySelector('#where').textContent").endswith(jmap.stages[0].name)
    away = browser.js("document.querySelectorAll('.card.away').length")
    assert away == len([c for c in jmap.cards if c.stage_id != jmap.stages[0].id])
    browser.key("ArrowRight", 39)
    assert browser.js("document.querySelector('#where').textContent").endswith(jmap.stages[1].name)
    browser.key("Home", 36)
    assert browser.js("document.querySelectorAll('.card.away').length") == 0

    browser.key("/", 191)
    browser.type("pricing")
    expected = len([c for c in jmap.cards if "pricing" in page._card_label(c).lower()])
    assert expected >= 2
    assert browser.js("document.querySelectorAll('.card.match').length") == expected
    assert browser.js("document.querySelector('#found').textContent") == f"{expected} cards"
    browser.key("Enter", 13)
    assert browser.js("document.querySelectorAll('.card.current').length") == 1
    hidden = browser.js("document.querySelectorAll('.persona.hidden').length")
    assert hidden < len(sample.personas)  # a search that finds no persona leaves them all shown

    browser.js("document.querySelector('nav a[data-view=jobs]').click()")
    assert browser.js("getComputedStyle(document.getElementById('jobs')).display") == "block"
    assert browser.js("getComputedStyle(document.getElementById('map-1')).display") == "none"
    browser.call("Emulation.setEmulatedMedia", {"media": "print"}, session=True)
    shown = browser.js("[...document.querySelectorAll('.view')].map(v => getComputedStyle(v).display)")
    assert set(shown) == {"block"}  # printing shows the map, the personas and the jobs
    browser.call("Emulation.setEmulatedMedia", {"media": ""}, session=True)
    assert browser.errors() == []


def test_the_map_zooms_and_pans_with_mouse_and_keys(sample, tmp_path, browser):
    path, _ = export(sample, tmp_path)
    browser.events.clear()
    browser.open(path)
    transform = "document.querySelector('#map-1 .canvas').style.transform"

    def scale_and_x() -> tuple[float, float]:
        found = re.match(r"translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)", browser.js(transform))
        assert found, browser.js(transform)
        return float(found[3]), float(found[1])

    fitted, _ = scale_and_x()
    browser.key("+", 187)
    zoomed, x = scale_and_x()
    assert zoomed > fitted * 1.2
    mouse = {"button": "left", "clickCount": 1, "pointerType": "mouse"}
    for kind, at, buttons in (("mousePressed", 400, 1), ("mouseMoved", 500, 1), ("mouseMoved", 600, 1),
                              ("mouseReleased", 600, 0)):
        browser.call("Input.dispatchMouseEvent", {"type": kind, "x": at, "y": 500, "buttons": buttons, **mouse},
                     session=True)
    assert scale_and_x() == (zoomed, x + 200)  # dragged 200 px to the right
    browser.call("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": 700, "y": 500, "deltaX": 0, "deltaY": -300,
                                              "modifiers": 2}, session=True)  # Ctrl+wheel, as on a trackpad pinch
    assert scale_and_x()[0] > zoomed * 2
    assert browser.errors() == []


@pytest.mark.parametrize("title", ["يقارن العميل خطط الأسعار في التطبيق", "השוואת תוכניות מחיר באפליקציה",
                                   "ग्राहक ऐप में योजनाओं की तुलना करता है"])
def test_other_scripts_are_drawn_in_the_font_the_layout_measured(tmp_path, browser, title):
    """Arabic, Hebrew, Devanagari: the page embeds the bundled Noto face, so each line is as wide as the layout made
    it and ends where the layout ends it (a browser font of its own drew them wider, past the card's badge)."""
    from journeydesigner.layout.fonts import text_width

    project = small_project()
    project.maps[0].card("card-2").title = title
    path, text = export(project, tmp_path)
    browser.events.clear()
    browser.open(path)
    lines = browser.js("[...document.querySelectorAll('#map-1 svg text')].filter(t => /[\\u0590-\\u097F]/"
                       ".test(t.textContent)).map(t => [t.textContent, t.getBBox().x, t.getBBox().width])")
    assert lines and "".join(line for line, _, _ in lines).replace(" ", "") == title.replace(" ", "")
    ops = [op for op in _text_ops(project) if op.text in {line for line, _, _ in lines}]
    for (line, x, width), op in zip(lines, ops, strict=True):
        expected = text_width(op.text, op.font, op.size)
        assert abs(width - expected) < 0.03 * expected + 1, (line, width, expected)
        assert abs(x + width - (op.x + expected)) < 0.03 * expected + 1  # ends where the layout ends it
    assert "font-family:'JD NotoSans" in text
    assert browser.errors() == []


def _text_ops(project):
    from journeydesigner.layout.mapdraw import project_map_drawing
    from journeydesigner.layout.ops import Group, Text

    def walk(ops, dx=0.0, dy=0.0):
        for op in ops:
            if type(op) is Group:
                yield from walk(op.ops, dx + op.dx, dy + op.dy)
            elif type(op) is Text:
                yield op

    return list(walk(project_map_drawing(project, project.maps[0]).all_ops()))


def test_the_prebuilt_font_subsets_cover_their_characters():
    from fontTools.ttLib import TTFont

    from journeydesigner.resources import resource_path

    for key in page.FONT_CSS:
        cmap = TTFont(str(resource_path("html", f"{key}.woff"))).getBestCmap()
        missing = [c for c in page.BASE_CHARACTERS if ord(c) not in cmap]
        assert missing == [], f"{key}.woff is stale: run python -m journeydesigner.formats.html"


def test_the_client_logo_heads_the_page(tmp_path):
    from tests.helpers.factories import add_png, png_bytes, small_project

    project = small_project()
    project.meta.logo = add_png(project, png_bytes(120, 40, "#AA3311"))
    page.write(project, tmp_path / "map.html", ExportOptions())
    text = (tmp_path / "map.html").read_text(encoding="utf-8")
    header = text[text.index("<header>"):text.index("</header>")]
    assert re.search("<img class='logo' src='data:image/(png|jpeg);base64,", header)  # prepared as the PDF's


def test_the_header_gives_the_project_date_and_version_in_the_reader_language(tmp_path):
    from datetime import date

    project = small_project()
    project.meta.author, project.meta.date, project.meta.version = "Northlight", date(2026, 3, 25), "Draft 2"
    _, page = export(project, tmp_path)
    assert "Client · Prepared by Northlight · 25 March 2026 · Draft 2" in page
