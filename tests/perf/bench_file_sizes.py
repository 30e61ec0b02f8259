"""What a large project weighs: JSON and file size, save and read time, peak memory. The limits in
projectfile/limits.py are set from these figures (docs/reliability.md).

Usage: python tests/perf/bench_file_sizes.py NOTE_CHARS CARDS   (e.g. 5000 20000)
"""

import hashlib
import io
import random
import resource
import sys
import time
import zipfile

from PIL import Image

from journeydesigner.model import JourneyMap, Kind, Lane, Persona, Project, Stage, make_card
from journeydesigner.projectfile import project_bytes, read_project_bytes

WORDS = ["interview", "customer", "said", "the", "form", "was", "too", "long", "and", "she", "called", "twice"]


def text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        words.append(rng.choice(WORDS))
        size += len(words[-1]) + 1
    return " ".join(words)[:length]


def big_project(note_chars: int, cards: int) -> Project:
    rng = random.Random(1)
    project = Project()
    for i in range(50):
        out = io.BytesIO()
        Image.effect_noise((640, 640), 60).convert("RGB").save(out, "JPEG", quality=85)
        ref = f"assets/{hashlib.sha256(out.getvalue()).hexdigest()}.jpg"
        project.assets[ref] = out.getvalue()
        project.personas.append(Persona(id=f"p{i}", name=f"P{i}", photo=ref))
    jmap = JourneyMap(stages=[Stage(id=f"s{i}") for i in range(25)], lanes=[Lane(id=f"l{i}") for i in range(10)])
    for i in range(cards):
        jmap.cards.append(make_card(Kind.TEXT, f"l{i % 10}", f"s{i % 25}", title=text(rng, 60),
                                    body=text(rng, 1000), notes=text(rng, note_chars)))
    project.maps.append(jmap)
    return project


def main() -> None:
    note_chars, cards = int(sys.argv[1]), int(sys.argv[2])
    project = big_project(note_chars, cards)
    start = time.perf_counter()
    data = project_bytes(project)
    saved = time.perf_counter() - start
    json_size = zipfile.ZipFile(io.BytesIO(data)).getinfo("project.json").file_size
    start = time.perf_counter()
    read_project_bytes(data)
    read = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{cards} cards, {note_chars}-character notes: JSON {json_size / 2**20:.0f} MiB, file "
          f"{len(data) / 2**20:.0f} MiB, save {saved:.1f} s, read {read:.1f} s, peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
