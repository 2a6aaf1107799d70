"""Everything two candidate sentences must share for ``facts.same_fact`` to find them one fact.

Each way ``same_fact`` finds two sentences one fact needs something in common: a word
(``similarity``), a word or synonym (``fact_similarity``), an actor or the country a capital
stands for, a detail or figure, a kind of act (``acts``), a part played (``roles``) or a kind of
resource appealed for (``appeals``); a blow, a prior condition and a toll need a shared place or
detail. So two sentences with none of these in common state two facts, and most pairs of
sentences in a briefing's sources share none: testing that first (one set operation on keys
computed once per sentence) spares the whole chain of rules for them.
"""

from __future__ import annotations

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
