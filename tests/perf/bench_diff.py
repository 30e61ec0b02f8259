"""Comparison benchmark: diff of two versions of a big map (a colleague's edits) beside a plain structural compare.

Run: python tests/perf/bench_diff.py [--sizes 500 5000 20000] [--repeats 3]

Version B is A with 5 % of the cards retitled, 2 % moved to another stage, 1 % removed and 1 % added. The bare
baseline compares the two projects' ``model_dump()`` card by card, keyed by id: it finds which cards differ but
says nothing about what or where, and knows no order, moves or matching by title.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.harness import parse_args, peak_rss_mib, run_one, table

TARGET_S = 0.5  # at 5,000 cards


def versions(size: int) -> tuple:
    from journeydesigner.model import Kind, make_card
    from tests.perf.bigmaps import big_project

    a, b = big_project(size), big_project(size)
    rng = random.Random(7)
    jmap = b.maps[0]
    for card in rng.sample(jmap.cards, size // 20):
        card.title += " (client)"
    for card in rng.sample(jmap.cards, size // 50):
        card.stage_id = f"stage-{rng.randrange(len(jmap.stages))}"
    for card in rng.sample(jmap.cards, size // 100):
        jmap.cards.remove(card)
    for i in range(size // 100):
        jmap.cards.append(make_card(Kind.THOUGHT, "lane-thought", "stage-0", id=f"card-new-{i}", title=f"New {i}"))
    return a, b


def measure(variant: str, size: int) -> dict[str, float]:
    from journeydesigner.compare import apply_in_place, diff

    a, b = versions(size)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        if variant == "app":
            changes = diff(a, b).changes
        else:
            da = {c["id"]: c for m in a.model_dump()["maps"] for c in m["cards"]}
            db = {c["id"]: c for m in b.model_dump()["maps"] for c in m["cards"]}
            changes = [k for k in da.keys() | db.keys() if da.get(k) != db.get(k)]
        times.append(time.perf_counter() - t)
    result = {"diff_ms": statistics.median(times) * 1000, "changes": float(len(changes)),
              "memory": peak_rss_mib()}
    if variant == "app":
        t = time.perf_counter()
        apply_in_place(a, changes)  # what Take All does (the window's undo keeps a journal, not a copy)
        result["apply_ms"] = (time.perf_counter() - t) * 1000
    else:
        result["apply_ms"] = float("nan")
    return result


def main() -> None:
    args = parse_args(__doc__ or "", measure)
    if args is None:
        return
    script = str(Path(__file__).resolve())
    results: dict[tuple[str, int], dict[str, float]] = {}

    def cached(variant: str, size: int) -> dict[str, float]:
        if (variant, size) not in results:
            results[(variant, size)] = run_one(script, variant, size, args.repeats)
        return results[(variant, size)]

    rows = table(args.sizes, [("diff_ms", "compare (ms)"), ("changes", "changes found"),
                              ("memory", "peak memory (MiB)")], cached)
    print("\n".join(rows))
    for size in args.sizes:
        print(f"apply every change at {size:,} cards: {cached('app', size)['apply_ms']:.0f} ms")
    if 5000 in args.sizes:
        ms = cached("app", 5000)["diff_ms"]
        print(f"target: compare two 5,000-card projects under {TARGET_S * 1000:.0f} ms: "
              f"{'met' if ms < TARGET_S * 1000 else 'MISSED'} ({ms:.0f} ms)")


if __name__ == "__main__":
    main()
