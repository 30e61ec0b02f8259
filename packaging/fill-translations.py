"""Merge a translator's JSON into a language's .ts, then compile it.

Run: python packaging/fill-translations.py LANG FILE.json [FILE.json ...]

FILE.json maps each English source to its translation, {"Move %n card(s)": ["%n Karte verschieben",
"%n Karten verschieben"]} for plural messages (German, French and Spanish have two forms; French uses the
first for 0 and 1). ``untranslated.py --json LANG`` writes such a file with what is left to translate.
The .ts is first brought up to date with the code, so strings added since are there to be filled.
"""

import sys
from pathlib import Path

from translations import TEMPLATE, compile_qm, extract, fill, load_json, placeholder_problems, ts_path, unfinished


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    language, files = argv[0], [Path(a) for a in argv[1:]]
    ts = ts_path(language)
    extract([TEMPLATE, ts], quiet=True)
    translations: dict = {}
    for file in files:
        translations.update(load_json(file))
    written, stale = fill(ts, translations)
    extract([ts], quiet=True)  # lupdate's own layout again, so the file's history stays readable
    compile_qm(ts, quiet=True)
    print(f"{ts.name}: {written} translations written, {len(unfinished(TEMPLATE, ts))} still unfinished")
    for source in stale:
        print(f"  not in the code (any more): {source!r}")
    problems = placeholder_problems(ts)
    for problem in problems:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
