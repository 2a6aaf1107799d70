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
in both, at times that can be one (``acts.times_fit``). Named far from the words ("the UN
condemned the attack on its partners"), inside a name ("the Office for the Coordination of
Humanitarian Affairs"), of another part ("the UN mediated the talks" / "the UN works with local
partners") or of other years, they stay apart.

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
    # a conjunct "X, Y and other partners" is a joint effort too ("partners" alone is not:
    # "the attack on its partners")
    "coordinate": r"co-?ordinat(?:e|es|ed|ing|ion)|co-?operat(?:e|es|ed|ing|ion)|"
    r"collaborat(?:e|es|ed|ing|ion)|(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?)\s+"
    r"(?:closely\s+|together\s+)?(?:with|alongside)|in partnership with|"
    r"(?:and|with)\s+(?:[\w’'-]+,?\s+){0,4}?partners",
}
_PART = re.compile("|".join(rf"\b(?P<{k}>{v})\b" for k, v in FAMILIES.items()), re.IGNORECASE)
# the actors that can play a part: who acts, not where
_AGENTS = ("organization:", "person:", "group:")


@lru_cache(maxsize=65536)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, family) of each part's words; a capitalised word inside the sentence is
    part of a name, not a part played ("the Office for the Coordination of Humanitarian
    Affairs", "the Emergency Coordination Team")."""
    return tuple(
        (m.start(), m.end(), m.lastgroup or "")
        for m in _PART.finditer(text)
        if not (m.group()[:1].isupper() and text[: m.start()].strip(" “\"‘'(["))
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
    if not parts(a) & parts(b):
        return False
    return times_fit(a, b)
