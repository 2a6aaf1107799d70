"""Mentions grown to the longer name they belong to: a place the model cut from the end of a
longer place a gazetteer knows ("Congo" of "Democratic Republic of the Congo", "Sudan" of
"South Sudan", a different country; "Baltimore" of "the Port of Baltimore", the port), and a
leader's surname before "administration" ("the Vell administration": the government, a
body)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm

# "the Trump administration": a leader's name, then the government he heads, in lower case
_GOVERNMENT_AFTER = re.compile(r" (administration|government)\b")
# one word right before: a capitalised word, or "of"/"the"/"and" inside a name
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*|of|the|and)[ \t]+$")
_PLACE_LABELS = frozenset(["GPE", "LOC"])
_PORT_OF = re.compile(r"(?<![\w’'.-])Port of $")


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
        port = _PORT_OF.search(text, max(0, m.start - 9), m.start) if best < 0 else None
        if port is not None and cached_norm(text[port.start() : m.end]) not in gaz.places:
            best = port.start()  # "the Port of Baltimore": the port, a facility of the city
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


def leaders_governments(mentions: list[Mention], texts: Sequence[str], gaz: Gazetteer) -> None:
    """ "the Vell administration", "the Oran government": a person's surname before a
    government's noun in lower case names that government (a body), not the person; the
    mention grows over the noun and becomes a body's ("Vell administration"). A person's
    by the model's label or a list's."""
    for m in mentions:
        if m.role or m.address or " " in m.text:
            continue
        if m.label != "PERSON" and cached_norm(m.text) not in gaz.persons:
            continue
        text = texts[m.source]
        found = _GOVERNMENT_AFTER.match(text, m.end)
        if found is None or not text.endswith(("the ", "The "), max(0, m.start - 4), m.start):
            continue
        m.end = found.end()
        m.text = text[m.start : m.end]
        m.label = "ORG"
