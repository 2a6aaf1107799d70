"""One body whose name coordinates two modifiers under one head: "the International Red Cross
and Red Crescent Movement" is one movement, though the small model reads "International Red
Cross" and "Red Crescent Movement" as two bodies. The two halves are parallel ("Red Cross",
"Red Crescent": the same first word, another last) and only the second carries the head
("Movement") the two share."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import Source


def conjoined_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions with each two bodies written "<A> and <B>" (no article, no comma between) joined
    into one when B is the words of A's end with another last word, then a head of its own
    ("Red Cross" / "Red Crescent Movement"). A first body whose own last word is a body's head
    ("the World Bank and World Health Organization"), or halves that do not differ ("United
    Nations and United Nations Development Programme"), stay two; so do "the Red Cross and the
    Red Crescent"."""
    joined: dict[int, Mention] = {}  # id of the first half -> the whole name
    dropped: set[int] = set()
    ordered = sorted(mentions, key=lambda m: (m.source, m.start))
    for prev, m in pairwise(ordered):
        if (
            m.label == "ORG"
            and prev.label == "ORG"
            and prev.source == m.source
            and id(prev) not in dropped
            and sources[m.source].text[prev.end : m.start] == " and "
            and _parallel(prev.text.split(), m.text.split(), gaz)
        ):
            text = sources[m.source].text[prev.start : m.end]
            whole = Mention(m.source, prev.start, m.end, text, "ORG", prev.role, prev.article)
            joined[id(prev)] = whole
            dropped.add(id(m))
    if not joined:
        return mentions
    return [joined.get(id(m), m) for m in mentions if id(m) not in dropped]


def _parallel(first: list[str], second: list[str], gaz: Gazetteer) -> bool:
    if len(first) < 2 or cached_norm(first[-1]) in gaz.org_suffixes:
        return False
    for i, word in enumerate(first[:-1]):
        size = len(first) - i  # the words of the first half that the second one parallels
        if word == second[0] and len(second) > size:
            return second[size - 1] != first[-1] and all(w[:1].isupper() for w in second)
    return False
