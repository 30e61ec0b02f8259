"""Every exporter on a file from a newer minor version: its cards of unknown kinds print as plain text cards."""

import csv
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from journeydesigner import formats
from journeydesigner.export.run import export
from journeydesigner.layout.map_layout import layout_map
from journeydesigner.model import GenericCard
from journeydesigner.model.export_settings import ExportOptions
from journeydesigner.projectfile import read_project, read_project_bytes
from tests.helpers.future import QUOTE_CARD, future_bytes

TITLE = QUOTE_CARD["title"]  # “Where is my order?”
BODY = QUOTE_CARD["body"]


def _pdf(path):
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return " ".join(",".join(row) for row in csv.reader(handle))


def _xlsx(path):
    book = load_workbook(path, read_only=True)
    return " ".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row
                    if v is not None)


def _pptx(path):
    def shapes(group):
        for shape in group:
            yield shape
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                yield from shapes(shape.shapes)

    return " ".join(shape.text_frame.text for slide in Presentation(str(path)).slides for shape in shapes(slide.shapes)
                    if shape.has_text_frame)


def _svg(path):
    root = ET.parse(path).getroot()  # well-formed; the text is drawn as glyph outlines, so only its size is checked
    return root.get("width") or ""


def _png(path):
    layout = layout_map(read_project_bytes(future_bytes()).maps[0])
    box = layout.cards["card-quote"]
    with Image.open(path) as image:
        scale = image.width / layout.width
        assert scale == ExportOptions().png_scale
        # Where the layout puts the quote card: its yellow note fill and its dark title are drawn there.
        card = image.crop(tuple(round(v * scale) for v in (box.x, box.y, box.x + box.w, box.y + box.h))).convert("RGB")
        colours = {colour for _count, colour in card.getcolors(1 << 16)}
        assert (255, 249, 219) in colours  # the note's fill, #FFF9DB
        assert min(sum(c) for c in colours) < 200  # ink
    return ""


def _mmd(path):
    return path.read_text(encoding="utf-8")


def _html(path):
    return path.read_text(encoding="utf-8")


def _journey(path):
    return json.dumps(json.loads(zipfile.ZipFile(path).read("project.json")), ensure_ascii=False)


TEXT_OF = {".pdf": _pdf, ".csv": _csv, ".xlsx": _xlsx, ".pptx": _pptx, ".svg": _svg, ".png": _png, ".mmd": _mmd,
           ".html": _html, ".journey": _journey}
# Mermaid journeys list the customer actions lane's cards only; the SVG and PNG are checked by their drawing.
SHOWS_THE_QUOTE = {".pdf", ".csv", ".xlsx", ".pptx", ".html", ".journey"}


def test_every_exporter_has_a_check_here():
    assert {f.suffix for f in formats.exporters()} == set(TEXT_OF)


@pytest.mark.parametrize("suffix", sorted(TEXT_OF))
def test_every_exporter_writes_a_future_file(qapp, tmp_path, suffix):
    project = read_project_bytes(future_bytes())
    out = tmp_path / f"future{suffix}"
    export(project, out, ExportOptions())
    text = TEXT_OF[suffix](out)
    if suffix in SHOWS_THE_QUOTE:
        assert TITLE in text and BODY in text, suffix
    if suffix == ".journey":  # a copy, like a save, keeps what this version does not know
        card = read_project(out).maps[0].card("card-quote")
        assert isinstance(card, GenericCard) and card.model_extra == {
            k: QUOTE_CARD[k] for k in ("speaker", "sentiment", "attachment", "highlights")}


@pytest.mark.parametrize("suffix", [".pdf", ".journey", ".html"])
def test_confidential_exports_of_a_future_file(qapp, tmp_path, suffix):
    """Anonymising passes over the unknown fields too (they may name a persona), and never crashes on them."""
    project = read_project_bytes(future_bytes())
    project.maps[0].card("card-quote").speaker = {"name": "Ana", "said": "Ana was cross"}  # type: ignore[attr-defined]
    out = tmp_path / f"confidential{suffix}"
    export(project, out, ExportOptions(anonymise_personas=True, omit_notes=True))
    text = TEXT_OF[suffix](out)
    assert TITLE in text
    if suffix == ".journey":
        assert "Ana" not in text
        assert "Persona A was cross" in text
