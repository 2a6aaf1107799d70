"""A donor's own gift is not another donor's act (round 16).

"The Kestrel Fund has released EUR 4 million in aid to the quake's victims in Veloria" and "A
month after the quake struck Veloria, the Orsk Mission continues to support relief programmes"
share the place, the quake and words of aid, so they pass for one fact; yet the first tells a
sum the second does not give, given by an actor the second never names, while the second tells
an actor the first never names: two givers, two acts. In picking key points, such a candidate
from another source is not taken out of the running as a retelling of the point. The giver is
an actor named before the sum, not after a preposition ("aid to Veloria", "the victims in
Veloria"); the same giver told twice ("Kestrel pledged $5 million" / "Kestrel is sending aid")
and a sum the point gives too stay one fact. Form only: where the sum stands, who is named.

In citing, the same shape the other way round (``others_gift``): a point telling a giver's sum
is not supported by another source's sentence naming neither the giver nor the sum but an
actor of its own (an agent, or a country named as who gives): it tells that actor's help.
"""

from __future__ import annotations

import re

from briefing_app.analysis.donors import givers
from briefing_app.analysis.facts import DUPLICATE, _amounts
from briefing_app.analysis.hazards import agents

# a sum of money as written ("€ 4 million", "$5.45 million"), as ``facts._amounts`` reads it
_SUM = re.compile(r"[$€£¥]\s?\d")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|for|in|into|of|on|at|from|with|through|via|by|near|across|after|before|over|"
    r"under|within|against|about|among|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _givers(s) -> frozenset[str]:
    """The actors (not places) named before the first sum of money of candidate ``s``, not
    after a preposition, and the countries their names hold: who gives it."""
    m = _SUM.search(s.text)
    if not m:
        return frozenset()
    giver = agents(
        frozenset(
            actor
            for start, actor in s.placed
            if start < m.start()
            and not _AFTER_PREPOSITION.search(s.text, max(0, start - 24), start)
        )
    )
    # a country whose name the giver's name holds gives too ("the United States Agency for
    # International Development" is the United States giving)
    names = [f"-{g.partition(':')[2]}-" for g in giver]
    return giver | frozenset(
        x for x in s.fact_actors if x.startswith("place:") and any(f"-{x[6:]}-" in n for n in names)
    )


def own_gift(s, point, sim: float) -> bool:
    """Whether candidate ``s`` from another source than the picked ``point`` gives a sum the
    point does not give, by a giver the point does not name, while the point names an actor
    ``s`` does not (module doc); a near-copy (``sim``: their word overlap) is no other act."""
    if s.source == point.source or sim >= DUPLICATE:
        return False
    if not _amounts(s.details) - _amounts(point.details):
        return False
    giver = _givers(s)
    return (
        bool(giver)
        and giver.isdisjoint(point.fact_actors)
        and bool(agents(point.fact_actors) - s.fact_actors)
    )


def others_gift(s, point) -> bool:
    """In citing, whether candidate ``s`` from another source leaves out the gift point
    ``point`` tells: the point gives a sum by a giver (``_givers``), and ``s`` gives none of the
    point's sums, names none of its givers and names an actor the point does not (an agent, or
    a country named before its verb of giving, ``donors.givers``): another actor's act near the
    same place and blow."""
    if s.source == point.source:
        return False
    giver = _givers(point)
    sums = _amounts(point.details)
    return (
        bool(giver and sums)
        and not sums & _amounts(s.details)
        and giver.isdisjoint(s.fact_actors)
        and bool((agents(s.fact_actors) | givers(s)) - point.fact_actors)
    )
