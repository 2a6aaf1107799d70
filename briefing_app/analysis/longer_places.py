"""A place the model cut from the end of a longer place's name that a gazetteer knows: "Congo"
of "Democratic Republic of the Congo", "Sudan" of "South Sudan" is a mention of the longer
place, not of the shorter one (a different country)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm

# one word right before: a capitalised word, or "of"/"the"/"and" inside a name
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*|of|the|and)[ \t]+$")
_PLACE_LABELS = frozenset(["GPE", "LOC"])


def longer_places(mentions: list[Mention], texts: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """Each place mention grown back over up to five words before it to the longest place a
    gazetteer knows that they start (never at "The": "The Gambia" is the same place); the
    mentions inside the grown span are left out."""
    grown: dict[int, list[tuple[int, int, int]]] = {}
    for m in mentions:
        if m.label not in _PLACE_LABELS:
            continue
        text = texts[m.source]
        s, best = m.start, -1
        for _ in range(5):
            found = _WORD_BEFORE.search(text, max(0, s - 30), s)
            if found is None:
                break
            s = found.start(1)
            word = found.group(1)
            if word[:1].isupper() and word != "The" and cached_norm(text[s : m.end]) in gaz.places:
                best = s
        if best >= 0:
            m.start, m.text = best, text[best : m.end]
            grown.setdefault(m.source, []).append((best, m.end, id(m)))
    if not grown:
        return mentions
    return [
        m
        for m in mentions
        if not any(
            s <= m.start and m.end <= e and i != id(m) for s, e, i in grown.get(m.source, ())
        )
    ]
