"""One layout for every renderer, proved: the editor's own scene and the PDF page draw the same pixels.

Not PNG against PDF (they share the ops and Qt): the canvas's QGraphicsScene, with its card items and headers,
rendered to an image, against poppler's raster of the PDF that the exporter's painter wrote.
"""

import shutil
import subprocess

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from journeydesigner.canvas.scene import MapScene
from journeydesigner.document import Document
from journeydesigner.export.pdfpaint import PdfPainter
from journeydesigner.layout.mapdraw import project_map_drawing
from journeydesigner.model import Channel, JourneyMap, Kind, Lane, Project, Stage, make_card

DPI = 96
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


def project() -> Project:
    jmap = JourneyMap(id="m", name="Proof", stages=[Stage(id="s1", name="Awareness", width=240),
                                                   Stage(id="s2", name="الاهتمام", width=240),
                                                   Stage(id="s3", name="认知", width=240)],
                      lanes=[Lane(id="t", name="Touchpoints", kind=Kind.TOUCHPOINT),
                             Lane(id="a", name="Actions", kind=Kind.ACTION)])
    jmap.cards += [
        make_card(Kind.TOUCHPOINT, "t", "s1", id="icon", channel=Channel.EMAIL,
                  title="Compare subscription plans on the comparison website tonight",
                  body="Vergleicht Kundenzufriedenheitsbefragungsergebnisse und Abonnementbedingungen, "
                       "state-of-the-art e-bike, for twenty long minutes before deciding anything at all."),
        make_card(Kind.TOUCHPOINT, "t", "s2", id="rtl", channel=Channel.WEB, title="العميل يقارن الخطط",
                  body="يقرأ العميل شروط الاشتراك على الموقع الإلكتروني ويقارن 3 أسعار مع website المنافسين"),
        make_card(Kind.ACTION, "a", "s3", id="cjk", title="客户比较价格",
                  body="客户在网站上比较三家供应商的价格和服务条款，然后决定是否订阅。ウェブサイトで比較します。"),
        make_card(Kind.ACTION, "a", "s1", id="devanagari", title="ग्राहक तुलना करता है",
                  body="สวัสดีครับ Привет Ελλάδα 😀"),
    ]
    return Project(maps=[jmap])


def to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (image.width(), image.height()), bytes(image.constBits())[: image.sizeInBytes()],
                           "raw", "RGB", image.bytesPerLine()).convert("L")


def canvas_image(make_scene, proj: Project) -> tuple[Image.Image, MapScene]:
    scene = make_scene(Document(proj), "m")
    w, h = scene.layout.width, scene.layout.height
    image = QImage(round(w * DPI / 72), round(h * DPI / 72), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, w, h))
    painter.end()
    return to_pil(image), scene


def pdf_image(proj: Project, tmp_path) -> Image.Image:
    drawing = project_map_drawing(proj, proj.maps[0])
    w, h = drawing.layout.width, drawing.layout.height
    pdf = tmp_path / "map.pdf"
    canvas = Canvas(str(pdf), pagesize=(w, h))
    canvas.translate(0, h)
    canvas.scale(1, -1)
    PdfPainter(canvas, proj.assets).paint(drawing.all_ops())
    canvas.save()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf), str(tmp_path / "pdf")],
                   check=True, timeout=60)
    return Image.open(tmp_path / "pdf.png").convert("L")


def ink(image: Image.Image) -> Image.Image:
    """Where text and lines are: dark pixels, as a mask."""
    return image.point(lambda v: 255 if v < 150 else 0)


def agreement(a: Image.Image, b: Image.Image) -> float:
    """The share of ``a``'s ink that ``b`` also has within one pixel."""
    ink_a, near_b = ink(a), ink(b).filter(ImageFilter.MaxFilter(3))
    total = ImageStat.Stat(ink_a).sum[0]
    both = ImageStat.Stat(ImageChops.multiply(ink_a, near_b)).sum[0]
    return both / total if total else 1.0


def test_canvas_and_pdf_draw_the_same_map(qapp, make_scene, tmp_path):
    proj = project()
    from_canvas, scene = canvas_image(make_scene, proj)
    from_pdf = pdf_image(proj, tmp_path)
    assert from_canvas.size == from_pdf.size
    whole = ImageStat.Stat(ImageChops.difference(from_canvas, from_pdf)).mean[0]
    assert whole < 4, f"mean difference {whole:.1f} of 255"
    k = DPI / 72
    for card_id, box in scene.layout.cards.items():
        crop = tuple(round(v * k) for v in (box.x, box.y, box.x + box.w, box.y + box.h))
        a, b = from_canvas.crop(crop), from_pdf.crop(crop)
        assert agreement(a, b) > 0.9 and agreement(b, a) > 0.9, f"card {card_id} draws differently"


def right_edge(image: Image.Image) -> int:
    """The rightmost column with ink."""
    box = ink(image).getbbox()
    return box[2] if box else 0


def test_title_ends_where_the_pdf_ends_it_clear_of_the_channel_icon(qapp, make_scene, tmp_path):
    """The bug this proof was written for: on the canvas a touchpoint's title ran under its channel icon,
    where the PDF wrapped it correctly (Qt had rounded 10.5 pt bold up to 11 px)."""
    proj = project()
    from_canvas, scene = canvas_image(make_scene, proj)
    from_pdf = pdf_image(proj, tmp_path)
    box = scene.layout.cards["icon"]
    k = DPI / 72
    badge_left = box.x + box.w - 9 - 18
    for top in (9, 22.5):  # the first two title lines, left of the badge
        band = tuple(round(v * k) for v in (box.x + 12, box.y + top, badge_left - 1, box.y + top + 13))
        canvas_end, pdf_end = right_edge(from_canvas.crop(band)), right_edge(from_pdf.crop(band))
        assert abs(canvas_end - pdf_end) <= 2, f"line at {top}: canvas ends at {canvas_end} px, PDF at {pdf_end}"
        assert canvas_end < band[2] - band[0] - 2, "title text reaches under the channel icon"
