"""A source's headline supports the key points whose fact it states; it never words one.

A headline is the publisher's own one-line statement of its main claim ("Bahamas hurricane
death toll rises to 30", "Security Council authorises a support mission for Haiti"). A short
release or a copy that tells the claim only in its headline, or in other words in its body,
was not cited for the point stating it: the headline is no key-point candidate (no full
stop, not body text). Here each source's title, where its text carries it, becomes a
supporting sentence, scored after the real candidates (so no score moves) and never quotable:
it adds its source to the points whose fact it states (``tolled.states``), nothing else.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from briefing_app.analysis.eventwords import plain_sense
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.keypoints import Sentence, describe
from briefing_app.analysis.terms import terms_of
from briefing_app.model import Source

HEAD = 1500  # the title is looked for in the text's first characters only
MIN_WORDS = 4  # "Quake hits Orsk" says little; "Quake kills 40 in Orsk" states a toll


def headline_supports(
    sources: Sequence[Source],
    entity_ids: Sequence[Sequence[tuple[int, str]]],
    stands_for: Mapping[str, str],
    gaz: Gazetteer,
    days: Sequence[Sequence[tuple[int, str]]] | None = None,
) -> list:
    """One non-quotable ``keypoints.Sentence`` per source whose title stands in its text."""
    out = []
    for i, src in enumerate(sources):
        title = (src.title or "").strip()
        if len(title.split()) < MIN_WORDS:
            continue
        s = src.text.find(title, 0, HEAD + len(title))
        if s < 0:
            continue
        e = s + len(title)
        ids = sorted(entity_ids[i])
        id_starts = [a for a, _ in ids]
        a, b = bisect.bisect_left(id_starts, s), bisect.bisect_left(id_starts, e)
        plain = plain_sense(title)
        sent = Sentence(i, -1, s, e, title, terms_of(plain, gaz), b - a)
        sent.quotable = False
        sent.actors = frozenset(x for _, x in ids[a:b])
        dated = sorted(days[i]) if days is not None else []
        starts = [d for d, _ in dated]
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        describe(sent, plain, gaz, ids[a:b], stands_for, (iso for _, iso in dated[lo:hi]))
        out.append(sent)
    return out
