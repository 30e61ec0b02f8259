"""Layout of an edit, Qt-free: what ``relayout_cells`` costs for each edit a user makes at 20,000 cards, beside a
bare baseline (copying the changed cells' card lists, the least any relayout must do).

Run: python tests/perf/bench_relayout.py [--cards 20000] [--repeats 15] [--against REV]
``--against REV`` measures the same edits with the layout code of git revision REV too (extracted with
``git archive`` into a temporary folder), each in its own process, and prints both side by side.

Each edit changes the model the way its command does (through the map's cell index), then lays out the cells
the command reports; its undo is timed as well. The cards edited stand in the middle of a cell of the top lane, so
a lane that grows or shrinks moves every lane below it. Medians of ``--repeats`` edits, in microseconds, with
the cyclic collector off as in the window.
"""

import argparse
import gc
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LONG = "A long interview note that wraps over several lines and makes its card, and so its lane, taller. " * 2


def measure(cards: int, repeats: int) -> dict[str, float]:
    from journeydesigner.layout.map_layout import layout_map, relayout_cells
    from journeydesigner.model import Kind, make_card
    from journeydesigner.model.cellindex import cell_index
    from tests.helpers.cardedits import add, move, remove, retitle
    from tests.perf.bigmaps import big_project

    project = big_project(cards)
    jmap, personas = project.maps[0], project.personas
    layout = layout_map(jmap, personas)
    index = cell_index(jmap)
    gc.collect()
    gc.freeze()
    gc.disable()  # as the window does while it handles events (journeydesigner/app/collector.py)
    runs = []
    for _ in range(3):  # for reference: the whole map again (the card looks memoised), the fastest of three
        start = time.perf_counter()
        layout_map(jmap, personas)
        runs.append((time.perf_counter() - start) * 1e6)
    whole = min(runs)
    hinted = "edited" in inspect.signature(relayout_cells).parameters
    lane, emotion = jmap.lanes[0].id, next(ln.id for ln in jmap.lanes if ln.kind is Kind.EMOTION)
    s0, s1 = jmap.stages[0].id, jmap.stages[1].id
    middle = len(index.cell((lane, s0))) // 2

    def at(cell: tuple[str, str], i: int) -> str:
        return index.cell(cell)[i].id

    figures: dict[str, float] = {}

    def timed(name: str, cells: set[tuple[str, str]], edited: set[str] | None = None) -> None:
        """Lay out ``cells``, which an edit just changed."""
        start = time.perf_counter()
        for cell in cells:
            list(index.cell(cell))
        bare = time.perf_counter() - start
        start = time.perf_counter()
        if hinted:
            delta = relayout_cells(layout, jmap, personas, cells, edited=edited)
        else:
            delta = relayout_cells(layout, jmap, personas, cells)
        spent = time.perf_counter() - start
        assert delta is not None
        figures.setdefault(name, []).append(spent * 1e6)  # type: ignore[arg-type]
        figures.setdefault("bare: " + name, []).append(bare * 1e6)  # type: ignore[arg-type]

    for _ in range(repeats):
        card = at((lane, s0), middle)
        timed("drop in another stage", move(jmap, card, (lane, s1), middle), set())
        timed("undo the drop", move(jmap, card, (lane, s0), middle), set())
        timed("reorder in a cell", move(jmap, card, (lane, s0), middle + 20), set())
        timed("undo the reorder", move(jmap, card, (lane, s0), middle), set())
        new = make_card(Kind.ACTION, lane, s0, title="A new card")
        timed("add a card", add(jmap, new, (lane, s0), middle), set())
        timed("undo the add", remove(jmap, new.id), set())
        gone = index.by_id[card]
        timed("delete a card", remove(jmap, card), set())
        timed("undo the delete", add(jmap, gone, (lane, s0), middle), set())
        old = index.by_id[card].title
        timed("edit a card's text (taller)", retitle(jmap, card, LONG), {card})
        timed("undo the edit", retitle(jmap, card, old), {card})
        point = at((emotion, s0), 3)
        was = index.by_id[point].title
        timed("edit an emotion point's text", retitle(jmap, point, was + " now"), {point})
        timed("undo the point's edit", retitle(jmap, point, was), {point})
        timed("drop an emotion point in another stage", move(jmap, point, (emotion, s1), 3), set())
        timed("undo the point's drop", move(jmap, point, (emotion, s0), 3), set())
    check = layout_map(jmap, personas)
    assert {k: (b.x, round(b.y, 6), b.h) for k, b in layout.cards.items()} == {
        k: (b.x, round(b.y, 6), b.h) for k, b in check.cards.items()}, "the relayout differs from a full layout"
    return {name: statistics.median(runs) for name, runs in figures.items()} | {  # type: ignore[arg-type]
        "for reference: the whole map laid out again": whole, "bare: for reference: the whole map laid out again": 0.0}


def child(tree: str | None, cards: int, repeats: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (tree, str(ROOT)) if p))
    out = subprocess.run([sys.executable, __file__, "--one", str(cards), str(repeats)], capture_output=True,
                         text=True, check=True, cwd=tree or ROOT, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--against", metavar="REV", help="also measure the layout code of this git revision")
    parser.add_argument("--one", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        sys.path.insert(0, os.getcwd())
        print(json.dumps(measure(*args.one)))
        return
    columns = {"now": child(None, args.cards, args.repeats)}
    if args.against:
        with tempfile.TemporaryDirectory() as tree:
            archive = subprocess.run(["git", "archive", args.against, "journeydesigner"], cwd=ROOT,
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
            Path(tree, "resources").symlink_to(ROOT / "resources")  # the fonts, measured the same way
            columns = {args.against: child(tree, args.cards, args.repeats), **columns}
    names = [n for n in columns["now"] if not n.startswith("bare: ")]
    print(f"| edit at {args.cards:,} cards (µs, median of {args.repeats}) | "
          + " | ".join(columns) + " | bare: copy the cells' lists |")
    print("|---|" + "---:|" * (len(columns) + 1))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{c.get(name, float('nan')):.0f}" for c in columns.values())
              + f" | {columns['now']['bare: ' + name]:.1f} |")


if __name__ == "__main__":
    main()
