"""Everything two candidate sentences must share for ``facts.same_fact`` to find them one fact.

Each way ``same_fact`` finds two sentences one fact needs something in common: a word
(``similarity``), a word or synonym (``fact_similarity``), an actor or the country a capital
stands for, a detail or figure, a kind of act (``acts``), a part played (``roles``) or a kind of
resource appealed for (``appeals``); a blow, a prior condition and a toll need a shared place or
detail. So two sentences with none of these in common state two facts, and most pairs of
sentences in a briefing's sources share none: testing that first (one set operation on keys
computed once per sentence) spares the whole chain of rules for them. The cosines of two
sentences' words (``similarity``, ``fact_similarity``) live here too.
"""

from __future__ import annotations

import math

from briefing_app.analysis.acts import acts
from briefing_app.analysis.appeals import asked_for
from briefing_app.analysis.roles import parts


def fact_keys(s) -> frozenset:
    """The keys of a candidate (``keypoints.Sentence``), computed once: its words (stems), its
    words with synonyms grouped, its actors (capitals' countries too), details, kinds of act,
    parts and kinds of resource asked for."""
    keys = s.keys
    if keys is None:
        keys = s.keys = frozenset().union(
            s.terms.keys(),
            s.facts,
            s.actors,
            s.fact_actors,
            s.details,
            s.fact_details,
            acts(s.text).keys(),
            parts(s),
            asked_for(s.text),
        )
    return keys


def share_nothing(a, b) -> bool:
    """Whether two candidates have no key in common: then they cannot be one fact."""
    return fact_keys(a).isdisjoint(fact_keys(b))


def share_nothing_plain(a, b) -> bool:
    """Whether two candidates name no actor, detail or kind of appeal in common as written:
    then, words aside (``facts.similarity``), ``same_fact`` without synonyms finds no fact."""
    return (
        a.actors.isdisjoint(b.actors)
        and a.details.isdisjoint(b.details)
        and asked_for(a.text).isdisjoint(asked_for(b.text))
    )


def similarity(a, b) -> float:
    """Cosine of the two sentences' sets of content words."""
    ka, kb = a.terms.keys(), b.terms.keys()
    if not ka or not kb:
        return 0.0
    return len(ka & kb) / math.sqrt(len(ka) * len(kb))


def fact_similarity(a, b) -> float:
    """Cosine of the two sentences' content words with synonyms as one ("hit" = "struck")."""
    ka, kb = a.facts, b.facts
    if not ka or not kb:
        return 0.0
    return len(ka & kb) / math.sqrt(len(ka) * len(kb))
