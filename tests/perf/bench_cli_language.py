"""`journeydesigner validate SAMPLE` as a whole process in an English and a German shell: wall and CPU time.

The runs go round-robin over every tree and language, so a busy machine slows them alike. Give other source
trees (an older commit unpacked with `git archive REV | tar -x -C DIR`) to compare with them.

Run: python tests/perf/bench_cli_language.py [--rounds 15] [TREE...]
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "resources/samples/pedalway-ebike-subscription.journey"
LANGUAGES = ("en_US.UTF-8", "de_DE.UTF-8")


def run(tree: Path, lang: str, env: dict[str, str]) -> tuple[float, float]:
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([sys.executable, "-m", "journeydesigner", "validate", SAMPLE], cwd=tree, check=True,
                   capture_output=True, env={**env, "LANG": lang})
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("trees", nargs="*", type=Path)
    args = parser.parse_args()
    trees = [*args.trees, ROOT]
    # DISPLAY is kept: on a desktop the old German path made a Qt application that connected to it.
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["JOURNEYDESIGNER_DATA_DIR"] = tempfile.mkdtemp()  # no Preferences language
    times: dict[tuple[Path, str], list[tuple[float, float]]] = {(t, lang): [] for t in trees for lang in LANGUAGES}
    for round_ in range(args.rounds + 1):
        for tree, lang in times:
            figures = run(tree, lang, env)
            if round_:  # the first round fills the file cache
                times[(tree, lang)].append(figures)
    print("| tree | LANG | wall, median (min–max) | CPU, median |")
    print("|---|---|---:|---:|")
    for (tree, lang), runs in times.items():
        wall = [w for w, _ in runs]
        print(f"| {tree.name} | {lang} | {statistics.median(wall):.2f} s ({min(wall):.2f}–{max(wall):.2f}) | "
              f"{statistics.median(c for _, c in runs):.2f} s |")


if __name__ == "__main__":
    main()
