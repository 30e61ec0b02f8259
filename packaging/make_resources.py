"""Regenerate the bundled templates, the sample project and the JSON Schema.

Run from a checkout: ``python packaging/make_resources.py``. The outputs are committed; a test
fails when the schema is stale, and the sample is checked by the same reader users run.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journeydesigner.model import (  # noqa: E402
    JourneyMap,
    Kind,
    Lane,
    Project,
    ProjectMeta,
    Stage,
    make_card,
)
from journeydesigner.projectfile.schema import SCHEMA_FILE, project_schema_text  # noqa: E402
from journeydesigner.templates import SAMPLE_FILE  # noqa: E402

RES = ROOT / "resources"

FIVE_STAGES = [
    ("awareness", "Awareness", "The customer discovers the brand. Need: information."),
    ("consideration", "Consideration", "They compare options: reviews, demos, questions to support."),
    ("decision", "Decision", "They buy. Need: a seamless process."),
    ("retention", "Retention", "After the purchase: onboarding, support, loyalty."),
    ("advocacy", "Advocacy", "Satisfied customers recommend the brand."),
]
STANDARD_LANES = [
    ("actions", "Customer actions", Kind.ACTION),
    ("touchpoints", "Touchpoints", Kind.TOUCHPOINT),
    ("channels", "Channels", Kind.CHANNEL),
    ("thoughts", "Thoughts", Kind.THOUGHT),
    ("emotions", "Emotions", Kind.EMOTION),
    ("pains", "Pain points", Kind.PAIN_POINT),
    ("opportunities", "Opportunities", Kind.OPPORTUNITY),
    ("kpis", "KPIs / metrics", Kind.KPI),
    ("backstage", "Backstage / support", Kind.BACKSTAGE),
]
SUGGESTED_KPIS = {
    "awareness": [("Traffic sources", ""), ("Social engagement", "%")],
    "consideration": [("Time on site", "min"), ("Bounce rate", "%")],
    "decision": [("Conversion rate", "%"), ("Cart abandonment", "%")],
    "retention": [("Repeat purchase rate", "%"), ("CSAT", "/5")],
    "advocacy": [("Net Promoter Score", ""), ("Referrals", "")],
}


def stages(spec: list[tuple[str, str, str]]) -> list[Stage]:
    return [Stage(id=f"stage-{sid}", name=name, description=desc) for sid, name, desc in spec]


def lanes(spec: list[tuple[str, str, Kind]]) -> list[Lane]:
    return [Lane(id=f"lane-{lid}", name=name, kind=kind) for lid, name, kind in spec]


def template(name: str, title: str, description: str, jmap: JourneyMap) -> None:
    project = Project(meta=ProjectMeta(title=title), maps=[jmap])
    data = project.model_dump(mode="json", exclude={"meta": {"created", "modified"}, "export": True})
    data = {"template": {"title": title, "description": description}, **data}
    (RES / "templates" / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def make_templates() -> None:
    five = JourneyMap(id="map-main", name="Customer journey", stages=stages(FIVE_STAGES), lanes=lanes(STANDARD_LANES))
    for sid, kpis in SUGGESTED_KPIS.items():
        for metric, unit in kpis:
            five.cards.append(make_card(Kind.KPI, "lane-kpis", f"stage-{sid}", id=f"card-kpi-{sid}-{len(five.cards)}",
                                        title=metric, metric=metric, unit=unit))
    template("five-stage", "Five-stage journey",
             "Awareness, Consideration, Decision, Retention, Advocacy with the usual lanes and suggested KPIs.", five)
    four = JourneyMap(id="map-main", name="Customer journey", stages=stages(FIVE_STAGES[:4]),
                      lanes=lanes(STANDARD_LANES))
    template("four-stage", "Four-stage journey", "Awareness, Consideration, Decision, Retention.", four)
    blueprint = JourneyMap(
        id="map-main", name="Service blueprint",
        stages=stages([("arrive", "Arrive", ""), ("order", "Order", ""), ("receive", "Receive", ""),
                       ("follow-up", "Follow-up", "")]),
        lanes=lanes([("evidence", "Physical evidence", Kind.TEXT), ("actions", "Customer actions", Kind.ACTION),
                     ("frontstage", "Frontstage", Kind.TOUCHPOINT), ("backstage", "Backstage", Kind.BACKSTAGE),
                     ("support", "Support processes", Kind.BACKSTAGE)]),
    )
    template("service-blueprint", "Service blueprint",
             "Customer actions, frontstage, backstage and support processes, step by step.", blueprint)
    blank = JourneyMap(id="map-main", name="Journey",
                       stages=stages([(f"{i}", f"Stage {i}", "") for i in (1, 2, 3)]),
                       lanes=lanes([("notes", "Notes", Kind.TEXT)]))
    template("blank", "Blank map", "Three stages and one lane to start from.", blank)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def make_icons() -> None:
    """PNG sizes of the SVG icons (for desktops that want bitmaps), plus .ico and .icns for Windows and macOS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    icons = RES / "icons"
    for name in ("journeydesigner", "journeydesigner-document"):
        renderer = QSvgRenderer(str(icons / f"{name}.svg"))
        for size in ICON_SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            image.save(str(icons / f"{name}-{size}.png"))
        biggest = Image.open(icons / f"{name}-512.png")
        biggest.save(icons / f"{name}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        biggest.save(icons / f"{name}.icns")
    del app


def make_schema() -> None:
    (RES / "schema" / SCHEMA_FILE).write_text(project_schema_text(), encoding="utf-8")


if __name__ == "__main__":
    make_templates()
    make_schema()
    make_icons()
    from sample import make_sample  # packaging/sample.py

    make_sample(RES / "samples" / SAMPLE_FILE)
    print("templates, schema and sample written to", RES)
