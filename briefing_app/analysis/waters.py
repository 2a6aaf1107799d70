"""Named waters ("Gulf of Oman", "Bay of Bengal", "Strait of Malacca"): the model or the gazetteer
often takes only the country or the city a water is named after ("Oman" of "Gulf of Oman"),
which lists a false place and loses the water. The mention is the water's whole name."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from briefing_app.analysis.mentions import Mention, taken_spans
from briefing_app.model import Source

# the water's own word and "of", capitalised, right before the name the model took
_WATER_BEFORE = re.compile(r"(?<![\w-])(?:Gulf|Bay|Sea|Straits?|Bight) of $")
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
# a water's whole name no mention touches: "Gulf of Aqaba", "Straits of Florida"
# (not one a body's name goes on from: "the Bay of Bengal Initiative", "Gulf of Maine Institute")
_WATER = re.compile(
    r"(?<![\w-])(?:Gulf|Bay|Sea|Straits?|Bight) of [A-Z][a-z][\w’'-]*(?![\w-])(?! [A-Z])"
)


def water_bodies(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Waters written by their shape, "Gulf of", "Bay of", "Sea of", "Strait(s) of" or "Bight
    of" and one capitalised word, that neither the model nor any other rule took: places."""
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for hit in _WATER.finditer(src.text):
            s, e = hit.span()
            if not any(a < e and s < b for a, b in spans):
                article = src.text[max(0, s - 4) : s].lower() == "the "
                found.append(Mention(i, s, e, hit.group(), "LOC", article=article))
    return found


def water_names(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Each place mention written right after "Gulf of", "Bay of", "Sea of", "Strait(s) of" or
    "Bight of" grown to the water's name, a place; a one-word name the model read as a person
    or a body too ("Aqaba" of "Gulf of Aqaba"). A name already taken whole stays once."""
    taken = {(m.source, m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        one_word = " " not in m.text and m.label in ("PERSON", "ORG")
        if m.label in _PLACE_LABELS or one_word:
            text = sources[m.source].text
            water = _WATER_BEFORE.search(text, max(0, m.start - 10), m.start)
            if water:
                start = water.start()
                if (m.source, start, m.end) in taken:
                    continue  # "the Gulf of Aden" the model took as well as "Aden"
                taken.add((m.source, start, m.end))
                article = text[max(0, start - 4) : start].lower() == "the "
                m = dataclasses.replace(
                    m, start=start, text=text[start : m.end], label="LOC", role="", article=article
                )
        out.append(m)
    return out
