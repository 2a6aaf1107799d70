"""A rank or title, then the surname of someone the source names in full, is a later mention
of that person the small model missed: "Lieutenant Ostermiller" after "1st Lt. Ian
Ostermiller"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, clean_mention, taken_spans, title_before
from briefing_app.model import Source


def ranked_surnames(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The last word of a person's full name that the source writes again right after a title
    ("Captain Varnholt") where no mention covers it: a mention of that person. A capitalised
    word after a title that is nobody's surname is left to the other rules, and so is the
    surname two people of the source share ("President Kabor" of Laurent and Joseph Kabor)."""
    given: dict[int, dict[str, set[str]]] = {}  # by source: surname -> the given names
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            given.setdefault(m.source, {}).setdefault(words[-1], set()).add(words[0])
    surnames = {i: {s for s, g in by.items() if len(g) == 1} for i, by in given.items()}
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, names in surnames.items():
        text = sources[i].text
        spans = taken.get(i, [])
        for name in sorted(names):
            for hit in re.finditer(rf"(?<![\w’'.-]){re.escape(name)}(?![\w’'-])", text):
                s, e = hit.span()
                k = bisect.bisect_right(spans, (e, float("inf"))) - 1
                if (k >= 0 and spans[k][1] > s) or not title_before(text, s, gaz):
                    continue  # covered already, or no title right before it
                m = clean_mention(text, i, s, e, "PERSON", gaz)
                if m is not None:
                    found.append(m)
    return found
