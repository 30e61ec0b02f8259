"""Refresh resources/translations/*.ts from the code and the templates, and compile them to .qm.

Run: python packaging/update-translations.py [LANG ...]   (e.g. de fr; default: the template and every language)

Strings are found by pyside6-lupdate in every ``tr("…")`` and ``QT_TR_NOOP("…")`` call. Template titles and
descriptions live in resources/templates/*.json, so they are written to a temporary Python file of tr() calls
first. The .ts files carry no line numbers, so a change elsewhere in the code does not touch them.
Translate with Qt Linguist, or write a JSON file and merge it with fill-translations.py; untranslated.py
lists what is left. The app loads ``journeydesigner_<lang>.qm`` (compiled here) for the chosen language.
"""

import sys

from translations import OUT, TEMPLATE, compile_qm, extract, ts_path


def main(languages: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    targets = [ts_path(lang) for lang in languages] or [TEMPLATE, *sorted(OUT.glob("journeydesigner_*.ts"))]
    extract(list(dict.fromkeys(targets)))
    for ts in OUT.glob("journeydesigner_*.ts"):
        if ts != TEMPLATE:
            compile_qm(ts)


if __name__ == "__main__":
    main(sys.argv[1:])
