"""Tiles for a print shop: the overlap exactly as asked, trim and seam marks on every tile, a bleed the
backgrounds reach into, names repeated on every tile, seams between cards, the orientation that prints larger."""

import shutil
import subprocess

import pytest

from journeydesigner.export.pages import plan_document
from journeydesigner.export.pdf import write_pdf
from journeydesigner.layout.map_layout import layout_map
from journeydesigner.layout.ops import Box, Line, Text
from journeydesigner.model.export_settings import MM, ExportOptions
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.helpers.realcontent import real_content_project


@pytest.fixture(scope="module")
def project():
    return real_content_project(stages=12)


def body_part(page):
    """The part that draws the map's body: it starts with the paper box and is clipped to the tile's window."""
    return next(p for p in page.parts if p.clip is not None and p.ops and isinstance(p.ops[0], Box)
                and p.ops[0].fill == "#FFFFFF" and p.ops[0].x == 0)


def window(page):
    part = body_part(page)
    x, y, w, h = part.clip
    return ((x - part.dx) / part.scale, (y - part.dy) / part.scale, w / part.scale, h / part.scale), part.scale


def test_the_overlap_is_exactly_as_asked(project):
    plan = plan_document(project, ExportOptions(paper="A4", layout="tile", tiles=(3, 2), overlap_mm=8,
                                                sections=["maps"]))
    assert len(plan.pages) == 6
    (ax, ay, aw, ah), scale = window(plan.pages[0])
    (bx, _by, _bw, _bh), _ = window(plan.pages[1])
    (_cx, cy, _cw, _ch), _ = window(plan.pages[3])
    assert (ax + aw - bx) * scale == pytest.approx(8 * MM, abs=0.01)  # columns share 8 mm of paper
    assert (ay + ah - cy) * scale == pytest.approx(8 * MM, abs=0.01)  # and so do rows


def test_trim_and_seam_marks_on_every_tile(project):
    plan = plan_document(project, ExportOptions(paper="A4", layout="tile", tiles=(3, 2), sections=["maps"]))
    for number, page in enumerate(plan.pages):
        marks = [op for part in page.parts for op in part.ops if isinstance(op, Line) and op.color == "#000000"]
        trim = [m for m in marks if not m.dash]
        seams = [m for m in marks if m.dash]
        col, row = number % 3, number // 3
        assert len(trim) == 8  # two strokes at each corner
        cuts_x = (2 if col else 0) + (1 if col < 2 else 0)
        cuts_y = (2 if row else 0) + (1 if row < 1 else 0)
        assert len(seams) == 2 * (cuts_x + cuts_y)


def test_names_repeat_on_every_tile_and_seams_fall_between_cards(project):
    plan = plan_document(project, ExportOptions(paper="A4", sections=["maps"]))  # automatic
    layout = layout_map(project.maps[0], project.personas)
    stage_names = [s.name for s in project.maps[0].stages]
    lane_names = [lane.name for lane in project.maps[0].lanes]
    lefts = set()
    for page in plan.pages:
        texts = " ".join(op.text for part in page.parts for op in part.ops if isinstance(op, Text))
        assert any(name in texts for name in lane_names)
        assert any(name.split(":")[0] in texts for name in stage_names)
        (x, _y, _w, _h), scale = window(page)
        lefts.add(x if x == pytest.approx(176.0) else x + 8 * MM / scale)  # tile c > 0 starts with the overlap
    for seam in lefts:
        assert not [b for b in layout.cards.values() if b.kind.value != "emotion" and b.x < seam - 0.5 < b.x + b.w]


def test_auto_orientation_picks_the_larger_print(project):
    options = ExportOptions(paper="A4", layout="tile", tiles=(2, 1), sections=["maps"])
    scales = {}
    for orientation in ("landscape", "portrait"):
        plan = plan_document(project, options.model_copy(update={"orientation": orientation}))
        scales[orientation] = window(plan.pages[0])[1]
    chosen = window(plan_document(project, options).pages[0])[1]
    assert chosen == pytest.approx(max(scales.values()))
    assert min(scales.values()) < chosen


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_bleed_carries_the_header_background_past_the_trim(tmp_path):
    from PIL import Image

    sample = read_project(sample_path())
    options = ExportOptions(paper="A4", layout="tile", tiles=(2, 2), bleed_mm=3, sections=["maps"])
    plan = plan_document(sample, options)
    corner = next(p for p in plan.pages[0].parts if p.ops and getattr(p.ops[0], "fill", "") == "#343A40"
                  and p.scale != 1 and isinstance(p.ops[0], Box) and p.ops[0].w == 176.0)
    x0, y0 = corner.dx, corner.dy  # the trim's top-left corner
    path = tmp_path / "tiles.pdf"
    write_pdf(sample, options, path)
    dpi = 72
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "t")],
                   check=True, timeout=60)
    image = Image.open(next(tmp_path.glob("t*.png"))).convert("L")
    bleed = 3 * MM
    assert image.getpixel((round(x0 + 40), round(y0 - bleed / 2))) < 90  # dark header reaches into the bleed
    assert image.getpixel((round(x0 - bleed / 2), round(y0 + 15))) < 90  # and so does the dark corner, left
    assert image.getpixel((round(x0 + 40), round(y0 - bleed - 2))) > 200  # beyond the bleed: paper


def test_tiles_carry_their_trim_and_bleed_boxes(tmp_path):
    """A print shop's imposition software cuts at the PDF's TrimBox and keeps the BleedBox, without reading the
    marks: each tile says where its trim is (the dark corner starts there) and how far the bleed reaches."""
    from pypdf import PdfReader

    sample = read_project(sample_path())
    options = ExportOptions(paper="A3", layout="tile", tiles=(2, 2), bleed_mm=3, sections=["cover", "maps"])
    plan = plan_document(sample, options)
    path = tmp_path / "tiles.pdf"
    write_pdf(sample, options, path)
    pages = PdfReader(path).pages
    assert pages[0].trimbox == pages[0].mediabox and pages[0].bleedbox == pages[0].mediabox  # the cover: no trim
    for planned, page in zip(plan.pages[1:], pages[1:], strict=True):
        corner = next(p for p in planned.parts if p.ops and getattr(p.ops[0], "fill", "") == "#343A40"
                      and p.scale != 1 and isinstance(p.ops[0], Box) and p.ops[0].w == 176.0)
        trim, bleed, height = page.trimbox, page.bleedbox, float(page.mediabox.height)
        near = {"abs": 0.01}  # reportlab writes boxes to 3 decimals
        assert float(trim.left) == pytest.approx(corner.dx, **near)
        assert float(trim.top) == pytest.approx(height - corner.dy, **near)
        assert float(trim.width) < float(page.mediabox.width) and float(trim.height) < height
        for side in ("left", "bottom"):
            assert float(getattr(trim, side)) - float(getattr(bleed, side)) == pytest.approx(3 * MM, **near)
        for side in ("right", "top"):
            assert float(getattr(bleed, side)) - float(getattr(trim, side)) == pytest.approx(3 * MM, **near)
