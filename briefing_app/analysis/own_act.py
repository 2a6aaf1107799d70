"""A sentence that supports a picked point telling a situation, yet tells an act of its own.

"The Board approved $48 million to help Orsk respond to the locust outbreak" states that Orsk
faces a locust outbreak, so it supports (cites its source for) the point "Orsk, Marden and
Veloria are faced with a locust outbreak". But that point tells a situation and no act, and the
sentence tells an act (an approval, a grant, a deployment): an act may be a main fact of the
briefing, so picking the situation's point must not take the sentence out of the running as a
mere retelling. It stays a candidate, penalised only for the words it shares with the point. An
act is a kind of event (``event_words.txt``) other than a stance ("welcomed", "condemned",
``tellers.stated``) or a blow's own words ("struck", "hit", "killed": the disaster told again,
``hazards.blow_kinds``). A sentence telling no act stays a retelling, and so does a near-copy, or
one telling a point that itself tells an act (two reports of one act differ in their details).

Used only in picking points (``keypoints._pick``), never in citing.
"""

from __future__ import annotations

from briefing_app.analysis.facts import DUPLICATE
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.hazards import blow_kinds
from briefing_app.analysis.tellers import stated


def tells_more(s, point, sim: float) -> bool:
    """Whether candidate ``s`` (a ``keypoints.Sentence``) from another source than the picked
    ``point`` tells an act while the point tells none, and is no near-copy of it (``sim``:
    their word overlap)."""
    if s.source == point.source or sim >= DUPLICATE:
        return False
    blow = blow_kinds(gazetteer().event_words)
    return not stated(point.events) - blow and bool(stated(s.events) - blow)
