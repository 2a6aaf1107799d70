"""The bodies of a list of people with their posts: "Ana Varn, President of the Harbour Trust;
Piet Osk, Senior Editor of Tidewatch; and Lise Marr, Researcher at Coast Rights Watch". The
model tags some of the bodies; the others, in the same place of their items, are bodies too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, clean_mention
from briefing_app.model import Source

# A body after a post: " of the Harbour Trust", " at Coast Rights Watch"
_W = r"[A-Z][\w’'&-]*(?:\.[\w’'&-]+)*"  # a capitalised word, dots only inside ("U.S.-China")
_BODY = re.compile(rf" (?:of|at|with) (?:the )?((?:{_W}(?: (?:on|of|for|and))? )*{_W})")


def listed_affiliations(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """In a sentence of two ";"-separated items or more, each "<person>, <post> of|at <body>",
    where the model tagged one body or more, each body no mention covers is an organisation."""
    by_source: dict[int, list[Mention]] = {}
    for m in mentions:
        by_source.setdefault(m.source, []).append(m)
    found: list[Mention] = []
    for i, ms in by_source.items():
        text = sources[i].text
        persons = {m.start: m for m in ms if m.label == "PERSON"}
        bodies = [(m.start, m.end) for m in ms if m.label in ("ORG", "FAC")]
        taken = [(m.start, m.end) for m in ms]
        for start, end in _lines_with_semicolons(text):
            items = _items(text, start, end, persons)
            if len(items) < 2:
                continue
            hits = [hit for s, e in items for hit in _BODY.finditer(text, s, e)]
            if not any(_covered(bodies, h.start(1), h.end(1)) for h in hits):
                continue
            for h in hits:
                s, e = h.span(1)
                key = cached_norm(text[s:e])
                if _covered(taken, s, e) or key in gaz.places or key in gaz.demonyms:
                    continue
                m = clean_mention(text, i, s, e, "ORG", gaz)
                if m is not None:
                    found.append(m)
    return found


def _lines_with_semicolons(text: str):
    """(start, end) of each line holding a ";" (a plain scan: the regex "[^\\n]*;[^\\n]*"
    retried every start of a long line without one)."""
    start = 0
    for line in text.split("\n"):
        if ";" in line:
            yield start, start + len(line)
        start += len(line) + 1


def _items(text: str, start: int, end: int, persons: dict[int, Mention]) -> list[tuple[int, int]]:
    """The (start, end) of the items of a ";" list that open on a person and a comma (the
    first item may have words before its person: "They were briefed by Ana Varn, ...")."""
    items = []
    pos = start
    for part in text[start:end].split(";"):
        s, pos = pos, pos + len(part) + 1
        first = min((p for p in persons if s <= p < pos - 1), default=None)
        if first is None:
            continue
        m = persons[first]
        if text.startswith(", ", m.end) and (s == start or not text[s:first].strip(" and")):
            items.append((m.end, pos - 1))
    return items


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)
