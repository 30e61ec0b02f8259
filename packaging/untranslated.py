"""List what each language has not translated yet, compared with a fresh extraction from the code.

Run: python packaging/untranslated.py [LANG ...]          a summary and the strings, per language
     python packaging/untranslated.py --json LANG > new.json   a file to fill in for fill-translations.py
Exits 1 when anything is left, so a release script can stop on it.
"""

import sys
import tempfile
from pathlib import Path

from translations import LANGUAGES, extract, skeleton, ts_path, unfinished


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    languages = [a for a in argv if a != "--json"] or list(LANGUAGES)
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "fresh.ts"
        extract([template], quiet=True)
        left = {lang: unfinished(template, ts_path(lang)) if ts_path(lang).exists() else unfinished(template, template)
                for lang in languages}
    if as_json:
        print(skeleton([m for messages in left.values() for m in messages]))
    else:
        for lang, messages in left.items():
            print(f"{lang}: {len(messages)} unfinished")
            for message in messages:
                print(f"  {message.source!r}")
    return 1 if any(left.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
