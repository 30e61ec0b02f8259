"""What the translation scripts share: extracting strings with lupdate, compiling with lrelease, and reading,
filling and checking Qt's .ts files (plain XML, so a translator's JSON can be merged without Qt Linguist).

update-translations.py, fill-translations.py and untranslated.py are thin commands over this module; the
tests load it too, so the check a release runs and the check the test suite runs are the same code.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
TEMPLATE = OUT / "journeydesigner_template.ts"
LANGUAGES = ("de", "fr", "es")  # every language that ships; each must translate every string


def tool(name: str) -> str:
    beside_python = str(Path(sys.executable).parent)  # a venv's tools, even when the venv is not activated
    found = shutil.which(f"pyside6-{name}", path=beside_python) or shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} was not found: install PySide6 into this environment")
    return found


def ts_path(language: str) -> Path:
    return OUT / f"journeydesigner_{language}.ts"


def template_strings(folder: Path) -> Path:
    """Template titles, descriptions and every word a new project starts with, as tr() calls for lupdate."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
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


def extract(targets: list[Path], quiet: bool = False) -> None:
    """Bring every .ts in ``targets`` up to date with the code (new strings unfinished, gone ones dropped)."""
    sources = sorted(str(p) for p in (ROOT / "journeydesigner").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        sources.append(str(template_strings(Path(tmp))))
        for ts in targets:
            subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                           check=True, capture_output=quiet)


def compile_qm(ts: Path, qm: Path | None = None, quiet: bool = False) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-nounfinished", "-removeidentical", str(ts), "-qm", str(qm)], check=True,
                   capture_output=quiet)
    return qm


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    forms: list[str]  # one translation, or one per plural form; "" where none was written
    finished: bool

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def read(ts: Path) -> dict[tuple[str, str], Message]:
    found: dict[tuple[str, str], Message] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            finished = (translation is not None and translation.get("type") not in {"unfinished", "vanished",
                                                                                     "obsolete"}
                        and bool(forms) and all(forms))
            source = message.findtext("source") or ""
            found[(name, source)] = Message(name, source, numerus, forms, finished)
    return found


def language_of(ts: Path) -> str:
    return ET.parse(ts).getroot().get("language") or ""


def unfinished(template: Path, ts: Path) -> list[Message]:
    """Messages of ``template`` that ``ts`` lacks or has not finished, in the template's order."""
    done = {key for key, message in read(ts).items() if message.finished}
    return [message for key, message in read(template).items() if key not in done]


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\(\w+\)[srd]|%[srd]|<[^<>]+>|\n")


def placeholders(text: str) -> Counter[str]:
    """What a translation must keep as it is: {fields}, %n, HTML tags, line breaks, one &-mnemonic."""
    found = Counter(PLACEHOLDER.findall(text))
    if re.search(r"&(?!&)\S", text.replace("&&", "")):
        found["&"] = 1
    return found


def placeholder_problems(ts: Path) -> list[str]:
    problems = []
    for message in read(ts).values():
        expected = placeholders(message.source)
        if message.numerus:
            expected = +Counter({k: v for k, v in expected.items() if k != "%n"})  # a singular may say "one"
        for form in message.forms:
            got = placeholders(form)
            if message.numerus:
                got = +Counter({k: v for k, v in got.items() if k != "%n"})
            if form and got != expected:
                problems.append(f"{ts.name}: {message.source!r} → {form!r}: {dict(expected)} ≠ {dict(got)}")
        if message.numerus and message.forms and "%n" in message.source and "%n" not in message.forms[-1]:
            problems.append(f"{ts.name}: {message.source!r}: the plural form must show %n")
    return problems


def load_json(path: Path) -> dict[tuple[str, str], str | list[str]]:
    """A translator's file: {"source": "translation" or ["singular", "plural"], ...} for the empty context
    (all of Journey Designer's strings), and {"@context:Name": {...}} for any other."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found: dict[tuple[str, str], str | list[str]] = {}
    for key, value in data.items():
        if key.startswith("@context:") and isinstance(value, dict):
            found.update({(key.removeprefix("@context:"), s): t for s, t in value.items()})
        else:
            found[("", key)] = value
    return found


def fill(ts: Path, translations: dict[tuple[str, str], str | list[str]]) -> tuple[int, list[str]]:
    """Write ``translations`` into ``ts`` as finished; returns how many were written and the keys it lacks."""
    tree = ET.parse(ts)
    written, seen = 0, set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in translations:
                continue
            seen.add(key)
            value = translations[key]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = [value] if isinstance(value, str) else list(value)
            if not all(forms):
                continue  # an empty skeleton entry: still to do
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                wanted = len(list(translation.iter("numerusform"))) or 2
                if len(forms) == 1:
                    forms = forms * wanted
                if len(forms) != wanted:
                    raise ValueError(f"{key[1]!r} needs {wanted} plural forms in {ts.name}, not {len(forms)}")
                translation.clear()
                translation.text = "\n" + " " * 12
                for i, form in enumerate(forms):
                    element = ET.SubElement(translation, "numerusform")
                    element.text = form
                    element.tail = "\n" + " " * (12 if i < len(forms) - 1 else 8)
            else:
                if len(forms) != 1:
                    raise ValueError(f"{key[1]!r} is not a plural message: give one translation")
                translation.text = forms[0]
            written += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return written, [source for (_, source) in translations if (_, source) not in seen]


def skeleton(messages: list[Message]) -> str:
    """A JSON file to fill in: each unfinished source with "" (or ["", ""] for plural messages)."""
    data = {m.source: (["", ""] if m.numerus else "") for m in messages if not m.context}
    for m in messages:
        if m.context:
            data.setdefault(f"@context:{m.context}", {})[m.source] = ["", ""] if m.numerus else ""  # type: ignore
    return json.dumps(data, ensure_ascii=False, indent=1)
