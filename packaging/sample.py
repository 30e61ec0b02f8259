"""The bundled sample: Pedalway, an e-bike subscription in a mid-sized city. The first thing a newcomer sees."""

import hashlib
import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from journeydesigner.model import (
    Channel,
    Job,
    JobKind,
    JourneyMap,
    Kind,
    Lane,
    OpportunityStatus,
    Persona,
    Project,
    ProjectMeta,
    Stage,
    make_card,
)
from journeydesigner.projectfile import write_project


def avatar(background: str, skin: str, hair: str, shirt: str, long_hair: bool, grey_beard: bool) -> bytes:
    """A flat illustrated portrait, 512 px, drawn at 2× and scaled down for smooth edges."""
    s = 1024
    img = Image.new("RGB", (s, s), background)
    d = ImageDraw.Draw(img)
    if long_hair:
        d.rounded_rectangle((300, 300, 724, 820), radius=180, fill=hair)
    d.ellipse((190, 700, 834, 1300), fill=shirt)  # shoulders
    d.rectangle((452, 600, 572, 760), fill=skin)  # neck
    d.ellipse((322, 260, 702, 700), fill=skin)  # face
    d.chord((310, 220, 714, 560), 180, 360, fill=hair)  # hair top
    if not long_hair:
        d.rectangle((318, 380, 350, 470), fill=hair)
        d.rectangle((674, 380, 706, 470), fill=hair)
    for x in (430, 594):
        d.ellipse((x - 18, 460, x + 18, 496), fill="#2B2B2B")
    d.arc((432, 520, 592, 620), 20, 160, fill="#7A3B2E", width=12)
    if grey_beard:
        d.chord((360, 520, 664, 720), 0, 180, fill=hair)
        d.arc((432, 540, 592, 620), 20, 160, fill="#7A3B2E", width=12)
    img = img.resize((512, 512), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def add_asset(project: Project, data: bytes) -> str:
    name = f"assets/{hashlib.sha256(data).hexdigest()}.png"
    project.assets[name] = data
    return name


STAGES = [
    ("awareness", "Awareness", "Maya and Tom first hear of Pedalway."),
    ("consideration", "Consideration", "They compare subscribing with buying and book a test ride."),
    ("decision", "Decision", "They subscribe online and wait for delivery."),
    ("retention", "Retention", "Daily riding, servicing, the monthly bill."),
    ("advocacy", "Advocacy", "They recommend Pedalway, or warn others off."),
]
LANES = [
    ("actions", "Customer actions", Kind.ACTION),
    ("touchpoints", "Touchpoints", Kind.TOUCHPOINT),
    ("channels", "Channels", Kind.CHANNEL),
    ("thoughts", "Thoughts", Kind.THOUGHT),
    ("emotions", "Emotions", Kind.EMOTION),
    ("pains", "Pain points", Kind.PAIN_POINT),
    ("opportunities", "Opportunities", Kind.OPPORTUNITY),
    ("kpis", "KPIs / metrics", Kind.KPI),
    ("backstage", "Backstage / support", Kind.BACKSTAGE),
    ("notes", "Research notes", Kind.TEXT),
]

ACTIONS = {
    "awareness": ["Sees a colleague arrive dry and on time on an e-bike", "Scrolls past a Pedalway reel on Instagram"],
    "consideration": ["Compares €59/month with buying a €2,400 bike", "Books a test ride at the pop-up hub",
                      "Reads the small print on insurance"],
    "decision": ["Chooses the Commuter plan", "Picks a delivery slot", "Pays the first month and deposit"],
    "retention": ["Rides to work four days a week", "Reports a flat tyre in the app", "Pauses the plan for August"],
    "advocacy": ["Shares a referral code with the team", "Leaves a review after six months"],
}
TOUCHPOINTS = {
    "awareness": [("Instagram reel", Channel.SOCIAL), ("Colleague's recommendation", Channel.WORD_OF_MOUTH),
                  ("Bus-shelter poster", Channel.ADVERTISING)],
    "consideration": [("Pricing page", Channel.WEB), ("Test-ride pop-up", Channel.EVENT),
                      ("Live chat", Channel.PHONE_CHAT)],
    "decision": [("Checkout", Channel.WEB), ("Delivery confirmation email", Channel.EMAIL)],
    "retention": [("Pedalway app", Channel.MOBILE_APP), ("Mobile mechanic visit", Channel.STORE),
                  ("Monthly invoice", Channel.EMAIL)],
    "advocacy": [("Referral page", Channel.WEB), ("Trustpilot", Channel.SOCIAL)],
}
CHANNELS = {
    "awareness": [("Social and outdoor ads", Channel.ADVERTISING)],
    "consideration": [("Web, chat and events", Channel.WEB)],
    "decision": [("Web checkout", Channel.WEB)],
    "retention": [("App and home visits", Channel.MOBILE_APP)],
    "advocacy": [("Word of mouth", Channel.WORD_OF_MOUTH)],
}
THOUGHTS = {
    "awareness": ["“Could I really cycle 9 km to work without arriving sweaty?”"],
    "consideration": ["“Is €59 a month worth it if I only ride in summer?”", "“What happens if it gets stolen?”"],
    "decision": ["“Why is the earliest delivery in 12 days?”"],
    "retention": ["“The mechanic came to my office. Brilliant.”", "“Why does the app log me out every time?”"],
    "advocacy": ["“Everyone at work should try this.”"],
}
# (persona index, stage, score, title)
EMOTIONS = [
    (0, "awareness", 1, "Curious"), (0, "consideration", -2, "Confused by pricing"),
    (0, "decision", -1, "Impatient about delivery"), (0, "retention", 2, "Loves the daily ride"),
    (0, "advocacy", 3, "Proud to recommend"),
    (1, "awareness", 0, "Sceptical"), (1, "consideration", 1, "Reassured by the test ride"),
    (1, "decision", -3, "Anxious: checkout failed twice"), (1, "retention", -1, "Waiting for a repair"),
    (1, "advocacy", 1, "Mildly positive"),
]
PAINS = {
    "consideration": [("Three plans, six add-ons: pricing is hard to compare", 4),
                      ("Theft cover explained only in the PDF terms", 3)],
    "decision": [("Checkout rejects some debit cards", 5), ("12-day wait for delivery", 4),
                 ("Deposit not mentioned until the last step", 3)],
    "retention": [("Repair visits booked 5+ days out", 4), ("App logs users out", 2)],
    "advocacy": [("Referral reward arrives two months late", 2)],
}
OPPORTUNITIES = {
    "awareness": [("Workplace commuter challenge", "Marketing", OpportunityStatus.PLANNED)],
    "consideration": [("One-page plan comparison with a calculator", "Product", OpportunityStatus.IN_PROGRESS),
                      ("Theft cover in plain words on the pricing page", "Content", OpportunityStatus.IDEA)],
    "decision": [("Add Apple Pay and SEPA debit", "Payments", OpportunityStatus.PLANNED),
                 ("Show the deposit on the pricing page", "Product", OpportunityStatus.DONE),
                 ("Click-and-collect from the hub the same day", "Operations", OpportunityStatus.IDEA)],
    "retention": [("Same-week repair promise", "Service", OpportunityStatus.IDEA),
                  ("Stay signed in for 90 days", "App team", OpportunityStatus.PLANNED)],
    "advocacy": [("Instant referral credit", "Growth", OpportunityStatus.IDEA)],
}
KPIS = {
    "awareness": [("Reel reach", 48_000, 60_000, ""), ("Branded search", 2_100, 3_000, "/mo")],
    "consideration": [("Test-ride bookings", 310, 400, "/mo"), ("Pricing page bounce", 62, 40, "%")],
    "decision": [("Checkout conversion", 2.1, 3.5, "%"), ("Payment failures", 7.5, 1, "%")],
    "retention": [("Monthly churn", 4.2, 2.5, "%"), ("Repair lead time", 5.5, 2, "days")],
    "advocacy": [("Net Promoter Score", 31, 50, ""), ("Referral share of sign-ups", 12, 25, "%")],
}
BACKSTAGE = {
    "awareness": ["Agency runs geo-targeted reels"],
    "consideration": ["Hub staff log test rides in the CRM", "Chat answered by two agents, 9–17h"],
    "decision": ["Payment provider runs 3-D Secure", "Warehouse assembles and tests the bike"],
    "retention": ["Dispatch plans mechanic routes daily", "Billing retries failed payments"],
    "advocacy": ["Referral credits paid in a monthly batch"],
}
NOTES = {
    "consideration": ["7 of 12 interviewees compared with buying outright"],
    "decision": ["Card failures: mostly Maestro debit cards"],
    "retention": ["Churn peaks in November"],
}


def make_sample(path: Path) -> None:
    project = Project(meta=ProjectMeta(
        title="Pedalway e-bike subscription", client="Pedalway GmbH", author="Northlight Consulting",
        notes="Interviews with 12 subscribers and 9 lapsed trial users, Sept–Oct. Analytics: Jan–Oct.",
        created=datetime(2026, 10, 5, 9, 30, tzinfo=UTC), modified=datetime(2026, 11, 2, 16, 45, tzinfo=UTC),
    ))
    maya = Persona(
        id="persona-maya", name="Maya Okafor", role="Project manager, commutes 9 km",
        quote="I want to arrive at work awake, not sweaty, and never think about maintenance.",
        color="#E8590C", age="34", gender="Woman", location="Leipzig, city centre",
        photo=add_asset(project, avatar("#FFE8CC", "#8D5524", "#1B1B1B", "#E8590C", True, False)),
        values=["Reliability", "Sustainability"], interests=["Running", "Podcasts"],
        lifestyle="Busy week, active weekends; no car since 2021.",
        behaviours=["Researches on her phone in the evening", "Trusts colleagues' tips over ads"],
        preferred_channels=[Channel.MOBILE_APP, Channel.SOCIAL, Channel.WORD_OF_MOUTH],
        goals=["Commute in under 30 minutes", "Predictable monthly costs"],
        pain_points=["Hidden fees", "Waiting at home for deliveries"],
        motivations=["Fitness without effort", "Less time in traffic"],
    )
    tom = Persona(
        id="persona-tom", name="Tom Lindqvist", role="Semi-retired architect, weekend rider",
        quote="Show me it won't leave me stranded on a hill, and I'm in.",
        color="#1C7ED6", age="58", gender="Man", location="Suburbs, hilly",
        photo=add_asset(project, avatar("#D0EBFF", "#F1C27D", "#BFBFBF", "#1C7ED6", False, True)),
        values=["Quality", "Independence"], interests=["Hiking", "Photography"],
        lifestyle="Rides with friends on Sundays; cautious with new technology.",
        behaviours=["Calls support rather than chatting", "Reads every review"],
        preferred_channels=[Channel.STORE, Channel.PHONE_CHAT, Channel.EMAIL],
        goals=["Climb hills without pain", "A bike that is looked after for him"],
        pain_points=["Apps that keep changing", "Payment forms that fail"],
        motivations=["Staying fit", "Keeping up with friends"],
    )
    project.personas = [maya, tom]
    jmap = JourneyMap(
        id="map-commuter", name="Subscribing to an e-bike", persona_ids=[maya.id, tom.id],
        description="From first hearing of Pedalway to recommending it, for commuters and leisure riders.",
        stages=[Stage(id=f"stage-{sid}", name=name, description=d) for sid, name, d in STAGES],
        lanes=[Lane(id=f"lane-{lid}", name=name, kind=kind) for lid, name, kind in LANES],
    )
    cards = jmap.cards

    def add(kind: Kind, lane: str, stage: str, **fields: object) -> None:
        cards.append(make_card(kind, f"lane-{lane}", f"stage-{stage}", id=f"card-{len(cards) + 1:03d}", **fields))

    for stage, items in ACTIONS.items():
        for title in items:
            add(Kind.ACTION, "actions", stage, title=title)
    for stage, items in TOUCHPOINTS.items():
        for title, channel in items:
            add(Kind.TOUCHPOINT, "touchpoints", stage, title=title, channel=channel)
    for stage, items in CHANNELS.items():
        for title, channel in items:
            add(Kind.CHANNEL, "channels", stage, title=title, channel=channel)
    for stage, items in THOUGHTS.items():
        for title in items:
            add(Kind.THOUGHT, "thoughts", stage, title=title)
    personas = [maya, tom]
    for who, stage, score, title in EMOTIONS:
        add(Kind.EMOTION, "emotions", stage, title=title, score=score, persona_id=personas[who].id)
    for stage, items in PAINS.items():
        for title, severity in items:
            add(Kind.PAIN_POINT, "pains", stage, title=title, severity=severity, tags=["research"])
    for stage, items in OPPORTUNITIES.items():
        for title, owner, status in items:
            add(Kind.OPPORTUNITY, "opportunities", stage, title=title, owner=owner, status=status)
    for stage, items in KPIS.items():
        for metric, value, target, unit in items:
            add(Kind.KPI, "kpis", stage, title=metric, metric=metric, value=value, target=target, unit=unit)
    for stage, items in BACKSTAGE.items():
        for title in items:
            add(Kind.BACKSTAGE, "backstage", stage, title=title)
    for stage, items in NOTES.items():
        for title in items:
            add(Kind.TEXT, "notes", stage, title=title, notes="From the interview synthesis, not for the client.")
    project.maps = [jmap]
    project.jobs = [
        Job(id="job-commute", situation="I commute across the city every morning",
            motivation="arrive fresh and on time without a car", outcome="start work relaxed",
            importance=9, satisfaction=4, stage_ids=["stage-awareness", "stage-retention"], persona_ids=[maya.id]),
        Job(id="job-cost", situation="I am deciding how to pay for a bike", motivation="know the full monthly cost",
            outcome="budget without surprises", importance=8, satisfaction=3,
            stage_ids=["stage-consideration", "stage-decision"], persona_ids=[maya.id, tom.id]),
        Job(id="job-hills", situation="I ride with friends on hilly routes", motivation="keep up on the climbs",
            outcome="enjoy the day instead of dreading it", kind=JobKind.EMOTIONAL, importance=7,
            satisfaction=6, stage_ids=["stage-consideration", "stage-retention"], persona_ids=[tom.id]),
        Job(id="job-share", situation="colleagues ask how I get to work", motivation="recommend something that works",
            outcome="be seen as the one with good tips", kind=JobKind.SOCIAL, importance=5, satisfaction=5,
            stage_ids=["stage-advocacy"], persona_ids=[maya.id]),
    ]
    problems = project.problems()
    assert not problems, problems
    write_project(project, path)
