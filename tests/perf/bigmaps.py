"""Synthetic maps of any size for benchmarks: realistic text, every lane kind, even spread over cells."""

import random

from journeydesigner.model import JourneyMap, Kind, Lane, Project, Stage, make_card

WORDS = ["customer", "checkout", "delivery", "price", "app", "support", "email", "wait", "confusing", "form",
         "review", "friend", "order", "payment", "refund", "store", "chat", "plan", "trial", "cancel", "upgrade",
         "invoice", "bike", "repair"]


def big_project(cards: int, stages: int = 10, seed: int = 1) -> Project:
    rng = random.Random(seed)
    kinds = list(Kind)
    jmap = JourneyMap(
        id="map-big", name=f"{cards} cards",
        stages=[Stage(id=f"stage-{i}", name=f"Stage {i + 1}") for i in range(stages)],
        lanes=[Lane(id=f"lane-{k.value}", name=k.label, kind=k) for k in kinds],
    )
    for i in range(cards):
        kind = kinds[i % len(kinds)]
        extra: dict[str, object] = {"score": rng.randint(-3, 3)} if kind is Kind.EMOTION else {}
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9))).capitalize()
        jmap.cards.append(make_card(kind, f"lane-{kind.value}", f"stage-{(i // len(kinds)) % stages}",
                                    id=f"card-{i}", title=title, **extra))
    return Project(maps=[jmap])
