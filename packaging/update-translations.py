"""Refresh resources/translations/*.ts from the code and the templates, and compile them to .qm.

Run: python packaging/update-translations.py [LANG ...]   (e.g. de fr; default: every .ts already there)

Strings are found by pyside6-lupdate in every ``tr("…")`` and ``QT_TR_NOOP("…")`` call. Template titles and
descriptions live in resources/templates/*.json, so they are written to a temporary Python file of tr() calls
first. A translator edits the .ts with Qt Linguist (or any XLIFF-capable tool after conversion); the app loads
``journeydesigner_<lang>.qm`` for the system language at start-up.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    beside_python = str(Path(sys.executable).parent)  # a venv's tools, even when the venv is not activated
    found = shutil.which(f"pyside6-{name}", path=beside_python) or shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} was not found: install PySide6 into this environment")
    return found


def template_strings(folder: Path) -> Path:
    """Template titles, descriptions and every word a new project starts with, as tr() calls for lupdate."""
    from journeydesigner.templates import translated_words

    words: list[str] = []
    for path in sorted((ROOT / "resources" / "templates").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        translated_words(data, lambda word: words.append(word) or word)
    lines = ["from journeydesigner.i18n import tr", ""]
    lines += [f"tr({json.dumps(word, ensure_ascii=False)})" for word in dict.fromkeys(words)]
    target = folder / "template_strings.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def main(languages: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = [f"journeydesigner_{lang}.ts" for lang in languages] or sorted(p.name for p in OUT.glob("*.ts"))
    names = names or ["journeydesigner_template.ts"]
    sources = sorted(str(p) for p in (ROOT / "journeydesigner").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        sources.append(str(template_strings(Path(tmp))))
        for name in names:
            subprocess.run([tool("lupdate"), "-no-obsolete", *sources, "-ts", str(OUT / name)], check=True)
    for ts in OUT.glob("journeydesigner_*.ts"):
        if ts.stem != "journeydesigner_template":
            subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
