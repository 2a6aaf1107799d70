"""A unit named by its kind and the place it is at: "Coast Guard Sector St. Petersburg",
"Naval Station Norfolk", "Army Garrison Humphreys". The model often cuts it after the kind
("Coast Guard Sector" + "St. Petersburg"): the place written right after is the unit's name."""

from __future__ import annotations

from briefing_app.analysis.mentions import Mention

# the kinds of units and posts named after their place (US military and coast guard usage)
_UNIT_KINDS = frozenset(["Sector", "Station", "Base", "Garrison"])


def unit_at_place(text: str, a: Mention, b: Mention) -> Mention | None:
    """``a`` (a body ending in a unit's kind) and the place ``b`` right after it, as one body."""
    if a.label != "ORG" or b.label not in ("GPE", "LOC") or b.start != a.end + 1:
        return None
    words = a.text.split()
    if len(words) < 2 or words[-1] not in _UNIT_KINDS or text[a.end] != " ":
        return None
    return Mention(a.source, a.start, b.end, text[a.start : b.end], "ORG", a.role, a.article)
