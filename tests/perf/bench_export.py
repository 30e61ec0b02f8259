"""Export benchmark: PDF and PNG of big maps beside bare reportlab and bare Qt, with peak memory.

Run: python tests/perf/bench_export.py [--sizes 500 5000 20000] [--repeats 3]
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.harness import parse_args, peak_rss_mib, run_one, table


def png_scale(jmap: object) -> float:
    """1.0, or less where the image would pass the PNG export's pixel limit (20,000 cards)."""
    from journeydesigner.export.raster import MAX_PIXELS
    from journeydesigner.layout.map_layout import layout_map

    layout = layout_map(jmap)  # type: ignore[arg-type]
    return min(1.0, 0.95 * (MAX_PIXELS / (layout.width * layout.height)) ** 0.5)


def measure(variant: str, size: int) -> dict[str, float]:
    from journeydesigner.layout.map_layout import layout_map
    from journeydesigner.model.export_settings import ExportOptions
    from tests.perf.bigmaps import big_project

    project = big_project(size)
    jmap = project.maps[0]
    titles = {c.id: c.title for c in jmap.cards}
    out = Path(tempfile.mkdtemp()) / "out"
    t = time.perf_counter()
    if variant == "pdf":
        from journeydesigner.export.pdf import write_pdf
        from journeydesigner.layout.fonts import register_fonts

        register_fonts()  # loaded at start-up by the app, and outside the timing of the bare run too
        from journeydesigner.layout.wrap import warm_up

        warm_up()  # the hyphenation dictionary: loaded by the editor's first layout of the map, before any export
        t = time.perf_counter()
        write_pdf(project, ExportOptions(sections=["maps"], paper="A1", layout="fit"), out.with_suffix(".pdf"))
    elif variant == "bare-pdf":
        from reportlab.pdfgen.canvas import Canvas

        from journeydesigner.layout.fonts import register_fonts

        fonts = register_fonts()
        layout = layout_map(jmap)  # the same boxes, so both draw the same number of the same size
        t = time.perf_counter()
        page_w, page_h = ExportOptions(paper="A1").page_size("portrait")
        canvas = Canvas(str(out.with_suffix(".pdf")), pagesize=(page_w, page_h), initialFontName=fonts["regular"])
        fit = min(page_w / layout.width, page_h / layout.height)  # one page, fitted, as ours does
        canvas.scale(fit, fit)
        canvas.setFont(fonts["bold"], 10)
        for box in layout.cards.values():
            canvas.roundRect(box.x, layout.height - box.y - box.h, box.w, box.h, 6, stroke=1, fill=0)
            canvas.drawString(box.x + 8, layout.height - box.y - 16, titles[box.card_id])
        canvas.save()
    elif variant == "png":
        from PySide6.QtGui import QGuiApplication

        from journeydesigner.export.raster import write_png

        app = QGuiApplication.instance() or QGuiApplication([])
        t = time.perf_counter()
        write_png(project, jmap.id, out.with_suffix(".png"), ExportOptions(png_scale=png_scale(jmap)))
        del app
    else:  # bare-png
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

        app = QApplication.instance() or QApplication([])
        layout = layout_map(jmap)
        t = time.perf_counter()
        scene = QGraphicsScene()
        for box in layout.cards.values():
            rect = QGraphicsRectItem(0, 0, box.w, box.h)
            rect.setPos(box.x, box.y)
            QGraphicsSimpleTextItem(titles[box.card_id], rect).setPos(8, 8)
            scene.addItem(rect)
        scale = png_scale(jmap)
        image = QImage(round(layout.width * scale), round(layout.height * scale),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), QRectF(0, 0, layout.width, layout.height))
        painter.end()
        image.save(str(out.with_suffix(".png")), "PNG")
        del app
    seconds = time.perf_counter() - t
    written = next(out.parent.iterdir())
    return {"seconds": seconds, "peak_mib": peak_rss_mib(), "size_mib": written.stat().st_size / 2**20}


def main() -> None:
    args = parse_args(__doc__ or "", measure)
    if args is None:
        return
    figures = [("seconds", "time (s)"), ("peak_mib", "peak memory (MiB)"), ("size_mib", "file size (MiB)")]
    for kind in ("pdf", "png"):
        print(f"\n{kind.upper()}")
        rows = table(args.sizes, figures, lambda v, n: run_one(__file__, v, n, args.repeats), (kind, f"bare-{kind}"))
        print("\n".join(rows))


if __name__ == "__main__":
    main()
