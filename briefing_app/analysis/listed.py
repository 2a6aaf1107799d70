"""Names coordinated with bodies the model tagged: "Save the Children" in "They are: Save the
Children, Mercy Corps, ActionAid and Oxfam" is a body like the others of its list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, clean_mention, taken_spans
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_WORD = r"[A-Z][\w’'&-]*"
_ITEM = rf"(?:the )?{_WORD}(?: (?:(?:the|of|for|on) )*{_WORD}){{0,4}}"
_LIST = re.compile(rf"(?<![\w’'&-])({_ITEM})((?:, {_ITEM})+),? and ({_ITEM})(?![\w’'&-])")
_ITEM_RE = re.compile(_ITEM)
_CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def coordinated_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """In a list of three names or more ("A, B, C and D") where the model tagged two items or
    more as organisations, each item no mention covers is an organisation too. A list of places
    or days, or with one body in it, adds nothing."""
    taken = taken_spans(mentions)
    orgs: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.label == "ORG":
            orgs.setdefault(m.source, []).append((m.start, m.end))
    found: list[Mention] = []
    for i in orgs:
        text = sources[i].text
        spans = taken.get(i, [])
        for match in _LIST.finditer(text):
            items = _items(text, match, gaz)
            tagged = [it for it in items if _overlaps(orgs[i], it)]
            if len(items) < 3 or len(tagged) < 2:
                continue
            for s, e in items:
                if _overlaps(spans, (s, e)) or cached_norm(text[s:e]) in _CALENDAR:
                    continue
                m = clean_mention(text, i, s, e, "ORG", gaz)
                if m is not None:
                    found.append(m)
    return found


def _items(text: str, match: re.Match, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The (start, end) of each item less its "the"; an item opening with a function word
    ("Yesterday Oxfam", "On UN Day") is a phrase before the list, left out."""
    items = []
    for item in _ITEM_RE.finditer(text, match.start(), match.end()):
        s, e = item.span()
        if text.startswith("the ", s):
            s += 4
        first = text[s:e].split(" ", 1)
        if len(first) == 2 and cached_norm(first[0]) in gaz.stopwords:
            continue  # "On UN Day, ...": a phrase before the list, no item of it
        items.append((s, e))
    return items


def _overlaps(spans: list[tuple[int, int]], item: tuple[int, int]) -> bool:
    s, e = item
    return any(a < e and s < b for a, b in spans)
