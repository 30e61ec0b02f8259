"""Whole-process benchmark (issue 15): what a user waits for from pressing Enter in a shell, beside a bare script.

Run: python tests/perf/bench_process.py [--sizes 5000 20000] [--repeats 5] [--only validate pdf window]
     [--before TREE]   (TREE: an older commit, ``git archive REV | tar -x -C TREE``, run in the same rounds)

- **validate**: ``journeydesigner validate FILE`` against a bare script that opens the ZIP, reads project.json and
  ``json.loads`` it. Start to exit: Python's start, imports, reading, teardown.
- **pdf**: ``journeydesigner export FILE -o OUT.pdf --sections maps --paper A1 --fit`` (the map page only, on one
  fitted A1 page) against a bare script that reads the file the same way and draws one rounded box with one line
  of text per card with reportlab, on one fitted A1 page, in the same embedded DejaVu Sans the export uses.
- **window**: ``journeydesigner FILE`` from the process's start to the end of the map view's first paint (the app
  prints the moment and leaves when ``JOURNEYDESIGNER_EXIT_AFTER_PAINT`` is set), against a bare PySide6 script:
  a QMainWindow holding a QGraphicsView of the same number of plain rect + text items, stopped the same way.
  Under a real X server: ``$DISPLAY`` when set, else Xvfb with openbox started here (``--xvfb-display``).

Each figure is the median of ``--repeats`` runs; the runs go round-robin over the variants, app then bare, so a
busy machine slows both alike. The first round only warms the file cache and compiles the bytecode an installed
program has (``PYTHONDONTWRITEBYTECODE`` is dropped; the .pyc files go to a temporary folder). Wall time is what a
user waits; CPU time (user + system of the child) is steadier on a shared machine.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ROOT = Path(__file__).resolve().parents[2]
PAINTED = "first-paint"  # the line both windows print: "first-paint <time.perf_counter()>"

BARE_VALIDATE = """
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    data = json.loads(archive.read("project.json"))
print(sys.argv[1], "read", sum(len(m["cards"]) for m in data["maps"]), "cards")
"""

# The boxes are placed as a grid of stages across and lanes down, the cards of a cell one below the other: the
# same number of boxes of the same size as the map, without our layout (text measuring, wrapping, the curve).
BARE_PDF = """
import json, sys, zipfile
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

with zipfile.ZipFile(sys.argv[1]) as archive:
    data = json.loads(archive.read("project.json"))
fonts = sys.argv[3]
pdfmetrics.registerFont(TTFont("DejaVu", fonts + "/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", fonts + "/DejaVuSans-Bold.ttf"))
jmap = data["maps"][0]
stages = {s["id"]: i for i, s in enumerate(jmap["stages"])}
lanes = {l["id"]: i for i, l in enumerate(jmap["lanes"])}
cells = {}
for card in jmap["cards"]:
    cells.setdefault((lanes[card["lane_id"]], stages[card["stage_id"]]), []).append(card)
w, h, gap = 220, 44, 8
lane_h = [gap + max((len(cs) for (l, _), cs in cells.items() if l == lane), default=0) * (h + gap)
          for lane in range(len(lanes))]
tops = [sum(lane_h[:i]) for i in range(len(lanes))]
width, height = len(stages) * (w + 2 * gap), sum(lane_h)
page_w, page_h = 1684, 2384  # A1 in points
canvas = Canvas(sys.argv[2], pagesize=(page_w, page_h))
fit = min(page_w / width, page_h / height)
canvas.scale(fit, fit)
canvas.setFont("DejaVu-Bold", 10)
for (lane, stage), cs in cells.items():
    for n, card in enumerate(cs):
        x, y = stage * (w + 2 * gap) + gap, tops[lane] + gap + n * (h + gap)
        canvas.roundRect(x, height - y - h, w, h, 6, stroke=1, fill=0)
        canvas.drawString(x + 8, height - y - 16, card["title"])
canvas.save()
print("wrote", sys.argv[2])
"""

# The same number of plain items, placed as the bare PDF places its boxes; the view shows the top left, as ours
# opens on the start of the map. Stops at the end of the view's first paint, as the app's hook does.
BARE_WINDOW = """
import json, os, sys, time, zipfile
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem,
                               QGraphicsView, QMainWindow)

with zipfile.ZipFile(sys.argv[1]) as archive:
    data = json.loads(archive.read("project.json"))
app = QApplication(sys.argv[:1])
jmap = data["maps"][0]
stages = {s["id"]: i for i, s in enumerate(jmap["stages"])}
lanes = {l["id"]: i for i, l in enumerate(jmap["lanes"])}
counts, scene = {}, QGraphicsScene()
for card in jmap["cards"]:
    cell = (lanes[card["lane_id"]], stages[card["stage_id"]])
    n = counts[cell] = counts.get(cell, -1) + 1
    rect = QGraphicsRectItem(0, 0, 220, 44)
    rect.setPos(cell[1] * 236 + 8, (cell[0] * 60 + n) * 52)
    QGraphicsSimpleTextItem(card["title"], rect)
    scene.addItem(rect)
window = QMainWindow()
view = QGraphicsView(scene)
window.setCentralWidget(view)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, leave)
        return False


def leave():
    print("first-paint", time.perf_counter(), flush=True)
    os._exit(0)


painted = FirstPaint()
view.viewport().installEventFilter(painted)
window.showMaximized()
app.exec()
"""


def run(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> dict[str, float]:
    """Wall and CPU seconds of one process; for a window, the time to its first paint instead of its end."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    painted = [line.split()[1] for line in done.stdout.splitlines() if line.startswith(PAINTED)]
    if painted:  # perf_counter is CLOCK_MONOTONIC on Linux: the same clock in both processes
        wall = float(painted[0]) - start
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}


def commands(kind: str, file: Path, work: Path) -> dict[str, list[str]]:
    python = sys.executable
    scripts = {"validate": BARE_VALIDATE, "pdf": BARE_PDF, "window": BARE_WINDOW}
    bare = work / f"bare_{kind}.py"
    bare.write_text(scripts[kind])
    if kind == "validate":
        return {"app": [python, "-m", "journeydesigner", "validate", str(file)], "bare": [python, str(bare), str(file)]}
    if kind == "pdf":
        out = work / "out.pdf"
        return {"app": [python, "-m", "journeydesigner", "export", str(file), "-o", str(out), "--force",
                        "--sections", "maps", "--paper", "A1", "--fit"],
                "bare": [python, str(bare), str(file), str(work / "bare.pdf"), str(ROOT / "resources" / "fonts")]}
    return {"app": [python, "-m", "journeydesigner", str(file)], "bare": [python, str(bare), str(file)]}


def start_display(number: int) -> list[subprocess.Popen]:
    """Xvfb and openbox on ``:number``; the caller stops them."""
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    manager = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": f":{number}"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return [manager, server]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", nargs="+", choices=["validate", "pdf", "window"],
                        default=["validate", "pdf", "window"])
    parser.add_argument("--window-sizes", type=int, nargs="+", default=[5000], help="sizes for the window")
    parser.add_argument("--before", type=Path, metavar="TREE", help="also run the app from this source tree (an "
                        "older commit: git archive REV | tar -x -C TREE), in the same rounds")
    parser.add_argument("--xvfb-display", type=int, default=44, help="the display to start when $DISPLAY is unset")
    args = parser.parse_args()

    from journeydesigner.projectfile import write_project
    from tests.perf.bigmaps import big_project

    work = Path(tempfile.mkdtemp(prefix="bench_process_"))
    started: list[subprocess.Popen] = []
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from compiled bytecode; the warm-up
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # round writes it here, outside the source tree
    env |= {"LANG": "en_US.UTF-8", "JOURNEYDESIGNER_DATA_DIR": str(work / "data"), "XDG_CONFIG_HOME": str(work),
            "JOURNEYDESIGNER_EXIT_AFTER_PAINT": "1"}
    if "window" in args.only and not env.get("DISPLAY"):
        started = start_display(args.xvfb_display)
        env["DISPLAY"] = f":{args.xvfb_display}"
    rows = ["| cards | figure | Journey Designer | bare | ratio | CPU: ours | CPU: bare | CPU ratio |",
            "|---:|---|---:|---:|---:|---:|---:|---:|"]
    if args.before:
        rows = [rows[0] + " before | ratio | CPU: before | CPU ratio |", rows[1] + "---:|---:|---:|---:|"]
    labels = {"validate": "validate (s)", "pdf": "PDF export, map page (s)", "window": "window to first paint (s)"}
    try:
        for size in sorted({*args.sizes, *args.window_sizes}):
            file = work / f"big{size}.journey"
            write_project(big_project(size), file)
            for kind in args.only:
                if size not in (args.window_sizes if kind == "window" else args.sizes):
                    continue
                variants = commands(kind, file, work)
                trees = {"app": ROOT, "bare": ROOT}
                if args.before:
                    variants["before"], trees["before"] = variants["app"], args.before
                runs: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
                load = os.getloadavg()[0]
                for round_ in range(args.repeats + 1):
                    for name, command in variants.items():
                        figures = run(command, env, trees[name])
                        if round_:
                            runs[name].append(figures)
                med = {name: {key: statistics.median(r[key] for r in runs[name]) for key in ("wall", "cpu")}
                       for name in variants}
                ours, bare = med["app"], med["bare"]
                rows.append(f"| {size:,} | {labels[kind]} | {ours['wall']:.3f} | {bare['wall']:.3f} | "
                            f"{ours['wall'] / bare['wall']:.2f}× | {ours['cpu']:.3f} | {bare['cpu']:.3f} | "
                            f"{ours['cpu'] / bare['cpu']:.2f}× |")
                if args.before:
                    old = med["before"]
                    rows[-1] += (f" {old['wall']:.3f} | {old['wall'] / bare['wall']:.2f}× | {old['cpu']:.3f} | "
                                 f"{old['cpu'] / bare['cpu']:.2f}× |")
                print(rows[-1], f"(load {load:.1f}–{os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
    finally:
        for process in started:
            process.terminate()
            process.wait()
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(rows))
    print(f"\nmedians of {args.repeats} runs each; load average at the end {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
