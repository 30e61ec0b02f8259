"""PowerPoint and HTML export of big maps: medians of fresh processes (layout, fonts and writing all included).

Run: python tests/perf/bench_pptx_html.py [--sizes 500 5000] [--repeats 3]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.harness import ROOT, peak_rss_mib


def measure(variant: str, size: int) -> dict[str, float]:
    from journeydesigner.export.run import export
    from journeydesigner.model.export_settings import ExportOptions
    from tests.perf.bigmaps import big_project

    project = big_project(size)
    out = Path(tempfile.mkdtemp()) / f"out.{variant}"
    t, cpu = time.perf_counter(), time.process_time()
    export(project, out, ExportOptions())
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    result = {"seconds": seconds, "cpu": cpu, "mib": out.stat().st_size / 2**20, "peak_mib": peak_rss_mib()}
    if variant == "pptx":
        from pptx import Presentation

        result["slides"] = len(Presentation(str(out)).slides)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one", nargs=2, metavar=("VARIANT", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    # CPU time beside wall time: on a shared machine the wall clock also counts the time other processes ran.
    print("| format | cards | export, wall (median s) | export, CPU (s) | file (MiB) | peak memory (MiB) | slides |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for variant in ("pptx", "html"):
        for size in args.sizes:
            runs = []
            for _ in range(args.repeats):
                done = subprocess.run([sys.executable, __file__, "--one", variant, str(size)], capture_output=True,
                                      text=True, check=True, cwd=ROOT)
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            slides = f"{med['slides']:.0f}" if "slides" in med else "–"
            print(f"| {variant} | {size:,} | {med['seconds']:.2f} | {med['cpu']:.2f} | {med['mib']:.1f} | "
                  f"{med['peak_mib']:.0f} | {slides} |", flush=True)


if __name__ == "__main__":
    main()
