"""Two sources telling that one actor plays one part in a joint effort, in other words.

"The Secretary-General commends the African Union for the facilitation of the peace talks" and
"the dedicated diplomacy of the mediators from the African Union was essential" share few words
and no kind of event, yet tell one fact: the African Union mediated. So do "the United Nations
is working with local and international partners to get aid to those affected" and "we will
continue to coordinate closely with the UN". A part in a joint effort is worded by a verb, its
nominalisation or its agent noun (``FAMILIES``: mediate = mediation = mediator = facilitate =
facilitation = broker; coordinate = cooperate = collaborate = work with = "X and other
partners"), and the actor playing it is named beside those words (within ``NEAR`` characters:
"mediators from the African Union", "the UN, and other partners").

Two sentences from different sources tell one such fact when they share a family and an actor
(an organisation, a group or a person: who acts, not where) named beside that family's words
in both, at times that can be one (``acts.times_fit``). One mediator of two disputes (each
sentence names parties besides it, and none in common) tells two facts. Named far from the
words ("the UN condemned the attack on its partners"), inside a name ("the Office for the
Coordination of Humanitarian Affairs"), of another part ("the UN mediated the talks" / "the UN
works with local partners") or of other years, they stay apart.

Used only in citing a point's sources (``facts.same_fact`` with synonyms), never in picking
points, like ``acts.same_act``: each cited source keeps its own sentence as evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.acts import times_fit

NEAR = 60  # characters between an actor's name and the words of its part, either way
# Parts in a joint effort, each worded several ways (general English: WordNet-style synonyms of
# the verbs, their nominalisations and agent nouns; no name from any article).
FAMILIES = {
    "mediate": r"mediat(?:e|es|ed|ing|ion|ions|or|ors)|facilitat(?:e|es|ed|ing|ion|or|ors)|"
    r"brokered|broker(?:s|ing)?|good offices",
    # a conjunct "X, Y and other partners" is a joint effort too when it acts (the subject of
    # a verb: "... and other partners are delivering"); "partners" alone is not ("the attack on
    # its partners"), nor partners as an object ("wounded its drivers and partners")
    "coordinate": r"co-?ordinat(?:e|es|ed|ing|ion)|co-?operat(?:e|es|ed|ing|ion)|"
    r"collaborat(?:e|es|ed|ing|ion)|(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?)\s+"
    r"(?:closely\s+|together\s+)?(?:with|alongside)|in partnership with|"
    r"with\s+(?:[\w’'-]+,?\s+){0,4}?partners|"
    r"and\s+(?:[\w’'-]+,?\s+){0,4}?partners(?=\s+(?:(?:are|is|have|has|had|were|was|will|"
    r"would|can|could|must|continue|remain|stand|work)\b|[a-z]+ed\b))",
}
_PART = re.compile("|".join(rf"\b(?P<{k}>{v})\b" for k, v in FAMILIES.items()), re.IGNORECASE)
# the actors that can play a part: who acts, not where
_AGENTS = ("organization:", "person:", "group:")


@lru_cache(maxsize=65536)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, family) of each part's words; a capitalised word inside the sentence is
    part of a name, not a part played ("the Office for the Coordination of Humanitarian
    Affairs", "the Emergency Coordination Team"), nor is a nominalisation modifying a noun
    ("the coordination centre") or a part denied or ended ("rejected the mediation")."""
    return tuple(
        (m.start(), m.end(), m.lastgroup or "")
        for m in _PART.finditer(text)
        if not (m.group()[:1].isupper() and text[: m.start()].strip(" “\"‘'(["))
        and not _MODIFIER.match(text, m.end())
        and not _DENIED.search(text[max(0, m.start() - 30) : m.start()])
    )


# A nominalisation modifying a noun names a unit or a thing, not a part played ("the
# coordination centre reported that the river burst its banks", "mediation fees").
_MODIFIER = re.compile(
    r"(?<=ion)\s+(?!(?:of|with|between|by|among|in|on|for|from|to|and|or|is|are|was|were|has|"
    r"have|had|will|would|between|among|at)\b)[a-z]{3,}\b"
)
# A part denied, refused or ended ("rejected the mediation of", "stopped working with",
# "refused to cooperate", "no longer cooperates"): English negation and the verbs of ending
_DENIED = re.compile(
    r"\b(?:not|never|no longer|refus\w*|reject\w*|stop\w*|end(?:s|ed|ing)?|ceas\w*|"
    r"suspend\w*|halt\w*|quit\w*|withdr\w*)\b(?:\s+[\w’'-]+){0,3}\s*$",
    re.IGNORECASE,
)


def parts(s) -> frozenset[tuple[str, str]]:
    """(family, actor id) of each part a candidate sentence (``keypoints.Sentence``) gives an
    actor named beside its words."""
    out = set()
    for start, end, kind in _spans(s.text):
        for off, actor in s.placed:
            if actor.startswith(_AGENTS) and start - NEAR <= off <= end + NEAR:
                out.add((kind, actor))
    return frozenset(out)


def same_role(a, b) -> bool:
    """Whether candidate ``a`` from another source tells that an actor plays the part ``b``
    gives it in a joint effort: a family of words both use, an actor named beside them in both,
    at times that fit."""
    if a.source == b.source or not _spans(a.text) or not _spans(b.text):
        return False
    shared = parts(a) & parts(b)
    if not shared:
        return False
    if all(kind == "mediate" for kind, _ in shared) and _other_parties(a, b, shared):
        return False  # one mediator, two disputes: "between Veloria and Ostrava" / "... Marden"
    return times_fit(a, b)


def _other_parties(a, b, shared) -> bool:
    """Whether both sentences name actors besides the ones playing the shared part (the
    parties a mediator stands between) and none of those is named in both."""
    players = {actor for _, actor in shared}
    others_a = {x for _, x in a.placed} - players
    others_b = {x for _, x in b.placed} - players
    return bool(others_a and others_b and not others_a & others_b)
