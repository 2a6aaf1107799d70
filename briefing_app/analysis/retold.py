"""Facts retold in other words that share no kind of event to match them by: one place's prior
condition (``prior``) and one appeal for contributions (``appeals``); and the keys on which
``keypoints._told_elsewhere`` compares sentences, those two included."""

from __future__ import annotations

from briefing_app.analysis.appeals import asked_for, same_appeal
from briefing_app.analysis.prior import prior_words, same_prior


def retold(a, b, *, synonyms: bool = True) -> bool:
    """Whether two candidates (``keypoints.Sentence``) tell one prior condition or one appeal."""
    return same_prior(a, b, synonyms=synonyms) or same_appeal(a, b)


def block_keys(s) -> tuple:
    """The keys ``keypoints._told_elsewhere`` compares sentences on: each actor with each kind
    of event it names, each detail, each place with each word of a prior condition and each
    kind of resource an appeal asks for."""
    places = [x for x in s.actors if x.startswith("place:")]
    return (
        *((a, ev) for a in s.actors for ev in s.events),
        *s.details,
        *(("prior", p, w) for p in places for w in prior_words(s.text)),
        *(("appeal", kind) for kind in asked_for(s.text)),
    )
