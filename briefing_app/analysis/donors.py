"""Two gifts of two givers: "Kestrel sent a medical team to Veloria" and "Orsk sent a medical
team to Veloria" are two facts, however alike their words.

The giver of a sentence is the country named before its verb of giving (Levin's verb classes
"give", "contribute" and "send", 1993, in any tense: "pledged", "is sending", "will provide"),
not after a preposition ("aid to Veloria", "in response to the quake in Veloria", "the Prime
Minister of Kestrel", "through its embassy in Orsk"). Two sentences give apart when each has a
giver, they share none (a capital standing for its country) and neither names the other's
giver anywhere ("Kestrel and Orsk sent teams" / "Orsk sent a team" may be one fact). Only
countries count as givers: an agency and its government ("USAID" / "the United States,
through USAID") are not told apart by their names.

General English rules only, nothing read from particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

_GIVE = re.compile(
    r"\b(?:offer|give|gave|giving|provid|extend|pledg|promis|grant|allocat|award|donat|"
    r"contribut|distribut|deliver|dispatch|send|sent|ship|suppl|deploy|mobili[sz])[a-z]*\b",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:to|for|in|into|of|on|at|from|with|through|via|by|near|across|toward|towards|"
    r"after|before|over|under|within|inside|outside|against|about|among|between)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _verb_at(text: str) -> int | None:
    """Where the first verb of giving of a sentence starts, None when it has none."""
    m = _GIVE.search(text)
    return m.start() if m else None


def givers(s) -> frozenset[str]:
    """The countries (place actors) a candidate (``keypoints.Sentence``) names before its first
    verb of giving, not after a preposition: who gives."""
    return _givers(s.text, s.placed)


@lru_cache(maxsize=65536)
def _givers(text: str, placed: tuple[tuple[int, str], ...]) -> frozenset[str]:
    verb = _verb_at(text)
    return frozenset() if verb is None else subjects(text, placed, verb)


def subjects(text: str, placed: tuple[tuple[int, str], ...], at: int) -> frozenset[str]:
    """The countries (place actors, ``(offset, id)`` pairs) named before offset ``at`` and not
    after a preposition: who does what the sentence tells there."""
    return frozenset(
        actor
        for start, actor in placed
        if start < at
        and actor.startswith("place:")
        and not _PREPOSITION.search(text, max(0, start - 24), start)
    )


def givers_differ(a, b) -> bool:
    """Two candidates each with a giver, none shared and neither named by the other."""
    ga, gb = givers(a), givers(b)
    if not ga or not gb or ga & gb:
        return False
    return not (ga & b.fact_actors or gb & a.fact_actors)
