"""Exchange benchmark: export and import of a big map as CSV, XLSX (both shapes) and Mermaid, medians of repeats.

Run: python tests/perf/bench_exchange.py [--cards 5000] [--repeats 5]
The target (issue 16) is under 2 s for each at 5,000 cards.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journeydesigner import formats
from journeydesigner.export.run import export
from tests.perf.bigmaps import big_project

CASES = [(".csv", "cards"), (".csv", "grid"), (".xlsx", "cards"), (".xlsx", "grid"), (".mmd", "cards")]


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds: on a shared machine the CPU time is the figure that does not depend on the neighbours."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    project = big_project(args.cards)
    rows = ["| format | shape | export wall (s) | export CPU (s) | import wall (s) | import CPU (s) | cards read back "
            "| file (KiB) |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as folder:
        for suffix, shape in CASES:
            path = Path(folder) / f"big-{shape}{suffix}"
            options = project.export.model_copy(update={"table_shape": shape})
            writes, reads = [], []
            for _ in range(args.repeats):
                writes.append(timed(lambda: export(project, path, options)))  # noqa: B023 (called at once)
                reads.append(timed(lambda: formats.import_file(path)))  # noqa: B023
            cards = sum(len(m.cards) for m in formats.import_file(path).project.maps)
            figures = " | ".join(f"{statistics.median(t[i] for t in runs):.2f}" for runs in (writes, reads)
                                 for i in (0, 1))
            rows.append(f"| {suffix} | {shape if suffix != '.mmd' else '–'} | {figures} | {cards:,} | "
                        f"{path.stat().st_size // 1024:,} |")
            print(rows[-1], file=sys.stderr, flush=True)
    print(f"\n{args.cards:,} cards, medians of {args.repeats}:\n")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
