"""Two sentences alike in words that tell of different places or different days (round 16).

"The river rose in Elsdon on 5 March" and "The river rose in Harwick on 6 March" share most of
their words, yet they state two facts: what happened is told of another place and another
day. So two candidates (``keypoints.Sentence``) that each say where it happened ("in", "at",
"near" a place), neither at a place the other names, are never one fact, however many words
they share; two whose days of the month have none in common are no near-copies of one fact.
A place named otherwise is no "where" ("abstentions (China, Russia)", "Kestrel sent a team").
A sentence telling no place (or no day) tells nothing against the other's; one naming a town
and its province names the town of one naming the town alone ("the quake struck Orsk in Kovar
province" / "the quake hit near Orsk"); a capital stands for its country (``fact_actors``).
Days are compared as written and as the timeline resolved them ("Monday" = "6 March"), and a
toll told on two days ("300 dead by 5 March" / "300 dead on 6 March") stays one toll
(``tolls.same_toll``). Form only: the actors' kinds and the dates the sentences write.
"""

from __future__ import annotations

import re

from briefing_app.analysis.tolls import same_toll

# A preposition saying where, right before a place's name ("in Elsdon", "near the town of")
_WHERE = re.compile(
    r"\b(?:in|at|near|across|throughout|outside|inside|around|off)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|province|district|region|state|county)\s+of\s+)?$",
    re.I,
)


def _places(s) -> frozenset[str]:
    return frozenset(x for x in s.fact_actors if x.startswith("place:"))


def _located(s) -> frozenset[str]:
    """The places a sentence says something happened at: after "in", "at", "near"... Kept
    on the sentence (``located``): it is asked once per other sentence it is weighed against."""
    located = getattr(s, "located", None)
    if located is None:
        located = s.located = frozenset(
            x
            for at, x in s.placed
            if x.startswith("place:") and _WHERE.search(s.text[max(0, at - 30) : at])
        )
    return located


def _dates(s) -> frozenset[str]:
    """The days of the month a sentence writes ("5 mar"), not the weekdays it names."""
    return frozenset(w for w in s.when if " " in w)


def places_apart(a, b) -> bool:
    """Whether candidates ``a`` and ``b`` each tell where, neither at a place the other names
    (module doc): two facts."""
    where_a, where_b = _located(a), _located(b)
    return bool(
        where_a and where_b and where_a.isdisjoint(_places(b)) and where_b.isdisjoint(_places(a))
    )


def days_apart(a, b) -> bool:
    """Whether candidates ``a`` and ``b`` write days of the month none of which they share, and
    the timeline read no day in both (module doc). Alike in words, they are then no copies of
    one fact: the rules that weigh what happens against when decide (``facts._told_alike``:
    the same act told with the day of another event, "sanctions over the 9 August vote",
    stays one fact)."""
    dates_a, dates_b = _dates(a), _dates(b)
    if not (dates_a and dates_b) or not dates_a.isdisjoint(dates_b) or a.days & b.days:
        return False
    return not same_toll(a, b)
