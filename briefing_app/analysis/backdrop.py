"""The disaster as backdrop: a detail two sentences share that tells only the weather or the
hazard and its impact ("heavy rains", "rains and devastating floods") is the scene of every
report from the event, not one fact of it.

Sources on one disaster each name the hazard around whatever they tell ("the road was cut off
due to heavy rains", "authorities warned of more deaths following heavy rains", "the rains have
killed 100 people since March"). Shared as a detail, such a phrase makes any two of them look
like one fact. Whether two sentences tell the same blow is for ``hazards.same_blow`` and
``passing`` to say; in citing, a backdrop detail does not join sentences on its own. Its head
word (the last of the two) is what a hazard is made of, or every word of it is a hazard's, what
a hazard is made of or a word of impact, all from ``hazard_words.txt`` (the EM-DAT / UNDRR
hazard classification and WordNet), nothing read from articles. A hazard's word with a word
saying which it is ("flash floods", "desert locusts") is no backdrop.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_app.analysis.hazards import hazard_impact, hazard_kind, hazard_matter


@lru_cache(maxsize=65536)
def backdrop(detail: str) -> bool:
    """Whether a detail (``facts.details``, a synonym group standing for a word) is headed by
    what a hazard is made of ("heavy rain"), or made of a hazard's word or what a hazard is made
    of and words of impact ("rain ~destruc", "~destruc ~flood", from "rains and devastating
    floods"); words of impact alone ("death toll") are no backdrop."""
    if detail[:1] == "#":
        return False  # a figure is a fact's own
    words = [w.lstrip("~") for w in detail.split(" ")]
    if words[-1] in hazard_matter():
        return True  # "heavy rains", "torrential rain"
    # "rains and devastating", "devastating floods"; not "flash floods" nor "desert locusts",
    # which say which hazard it is, nor "death toll", which names no hazard at all
    hazard = [_hazard(w) for w in words]
    impact = hazard_impact()
    return any(hazard) and all(h or w in impact for h, w in zip(hazard, words, strict=True))


def _hazard(stem: str) -> bool:
    return hazard_kind(stem) is not None or stem in hazard_matter()


def beyond_backdrop(shared: frozenset[str]) -> frozenset[str]:
    """The shared details that are not the backdrop."""
    return frozenset(d for d in shared if not backdrop(d))
