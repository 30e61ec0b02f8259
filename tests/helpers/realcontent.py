"""A project with a consultant's real amount of content: 25 stages, five personas with long lists, long notes,
long card bodies, long stage names and descriptions, a map description. Built in code so it stays readable."""

from journeydesigner.model import Job, JourneyMap, Kind, Lane, Persona, Project, ProjectMeta, Stage, make_card

NAMES = ["Maya Okafor", "Tom Lindqvist", "Priya Raman", "Jonas Becker", "Lucía Fernández"]
COLORS = ["#E8590C", "#1C7ED6", "#2F9E44", "#7048E8", "#C2255C"]
LONG_ITEM = ("Wants to understand the full monthly price, including insurance, servicing and the deposit, "
             "before talking to anyone from sales")
LONG_BODY = " ".join(f"Sentence {i} of a long interview note that a consultant pasted into the card body, "
                     "with detail a client will want to read in full." for i in range(1, 15)) + " LASTWORDOFBODY"


def real_content_project(stages: int = 25) -> Project:
    project = Project(meta=ProjectMeta(title="Real content", client="Client GmbH", author="Consultant",
                                       notes="Scope and method. " * 40))
    for i, (name, color) in enumerate(zip(NAMES, COLORS, strict=True)):
        items = [f"{LONG_ITEM} ({name.split()[0]}, item {k})" for k in range(1, 9)]
        project.personas.append(Persona(
            id=f"p{i}", name=name, role="Commuter and weekend rider with a very long role description", color=color,
            quote="I want to arrive at work awake, not sweaty, and never think about maintenance.",
            age="34", gender="Woman", location="Leipzig", goals=items, pain_points=items, motivations=items,
            behaviours=items, values=items[:4], interests=items[:4], lifestyle=LONG_ITEM * 2))
    jmap = JourneyMap(id="m1", name="A journey with twenty-five stages",
                      description="From first hearing of the service to recommending it, for commuters and "
                                  "leisure riders in three cities; interviews in September and October.",
                      persona_ids=[p.id for p in project.personas],
                      lanes=[Lane(id="l-act", name="Customer actions", kind=Kind.ACTION),
                             Lane(id="l-emo", name="Emotions", kind=Kind.EMOTION),
                             Lane(id="l-pain", name="Pain points", kind=Kind.PAIN_POINT)])
    for s in range(stages):
        name = f"Stage {s + 1}: comparing subscription offers with buying outright" if s % 5 == 0 else f"Stage {s + 1}"
        desc = ("They compare subscribing with buying, read reviews, ask colleagues and finally book a test ride "
                "at the pop-up hub near the station." if s % 3 == 0 else "Short description.")
        jmap.stages.append(Stage(id=f"s{s}", name=name, description=desc))
        jmap.cards.append(make_card(Kind.ACTION, "l-act", f"s{s}", id=f"c{s}", title=f"Action {s}",
                                    body=LONG_BODY if s % 4 == 0 else "Short body.",
                                    notes="Internal note " * 30))
        jmap.cards.append(make_card(Kind.PAIN_POINT, "l-pain", f"s{s}", id=f"pp{s}", title=f"Pain {s}", severity=3))
        for p, persona in enumerate(project.personas):
            score = [3, 3, -1, 2, -3, 0, 1][(s + p) % 7]
            jmap.cards.append(make_card(Kind.EMOTION, "l-emo", f"s{s}", id=f"e{s}-{p}", title="Feels", score=score,
                                        persona_id=persona.id))
    project.maps.append(jmap)
    project.jobs.append(Job(id="j1", situation="I commute", motivation="arrive fresh", outcome="start relaxed",
                            importance=9, satisfaction=3, stage_ids=["s0"], persona_ids=["p0"]))
    return project
