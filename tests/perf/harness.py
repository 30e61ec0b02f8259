"""Shared benchmark plumbing: each measurement in a fresh process, medians of repeats, a Markdown table."""

import argparse
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(script: str, variant: str, size: int, repeats: int) -> dict[str, float]:
    """Medians over ``repeats`` fresh processes of ``script --one VARIANT SIZE``."""
    runs = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(repeats):
        out = subprocess.run([sys.executable, script, "--one", variant, str(size)], capture_output=True, text=True,
                             check=True, cwd=ROOT, env=env)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def table(sizes: list[int], figures: list[tuple[str, str]], measure: Callable[[str, int], dict[str, float]],
          variants: tuple[str, str] = ("app", "bare")) -> list[str]:
    rows = ["| cards | figure | Journey Designer | bare baseline | ratio |", "|---:|---|---:|---:|---:|"]
    for size in sizes:
        ours, bare = measure(variants[0], size), measure(variants[1], size)
        for key, label in figures:
            ratio = ours[key] / bare[key] if bare[key] > 0 else float("nan")
            rows.append(f"| {size:,} | {label} | {_num(ours[key])} | {_num(bare[key])} | {ratio:.2f}× |")
        print("\n".join(rows[-len(figures):]), flush=True, file=sys.stderr)
    return rows


def _num(value: float) -> str:
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def parse_args(doc: str, measure: Callable[[str, int], dict[str, float]]) -> argparse.Namespace | None:
    """The common command line; in a ``--one VARIANT SIZE`` child it measures, prints JSON and returns None."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one", nargs=2, metavar=("VARIANT", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return None
    return args
