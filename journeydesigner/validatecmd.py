"""`journeydesigner validate FILE…` for files the quick check vouches for, answered before the command line's
own modules (argparse's parser, pydantic, the models, the exporters) are imported: issue 15 wants it within 2× of
a bare read and parse. Any other file, and every message, comes from cli.py and the full reader."""

import os
from collections.abc import Sequence
from typing import Any

from journeydesigner import i18n
from journeydesigner.i18n import tr
from journeydesigner.projectfile.errors import one_line


def quick_validate(files: Sequence[str | os.PathLike[str]]) -> int | None:
    """0 with a "valid" line for each file when every one is certainly valid; None (nothing printed) otherwise."""
    from journeydesigner.projectfile.quick import quick_project

    i18n.install(application=False)  # as cli.main does for every command but `open`
    lines = []
    for given in files:
        project = quick_project(given)
        if project is None:
            return None
        lines.append(valid_line(given, project))
    try:
        print("\n".join(lines))
    except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said (as launch.leave)
        return 1
    return 0


def valid_line(given: str | os.PathLike[str], project: Any) -> str:
    return tr("{name}: {state} ({counts})").format(name=one_line(given), state=tr("valid"), counts=counts(project))


def counts(project: Any) -> str:
    """"1 map, 86 cards, 2 personas", each in the singular or plural its number needs, in every language (of a
    model or of the quick check's Structs)."""
    return ", ".join((tr("%n map(s)", "", len(project.maps)),
                      tr("%n card(s)", "", sum(len(m.cards) for m in project.maps)),
                      tr("%n persona(s)", "", len(project.personas))))
