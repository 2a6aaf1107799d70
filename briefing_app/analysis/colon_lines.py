"""The place of a dateline written with a colon at the opening of the story's lead
("Rajamahendravaram: East Godavari District Collector ..."), that the model missed: the stricter
dateline pattern reads a title-case place only with a date or an agency after it, and the model
rarely tags a word glued to a colon at a line's start.

Only the lead paragraph's opening is read (where a dateline stands), the place must be one the
gazetteer knows (countries, regions, subdivisions, cities of GeoNames), and a sentence must
follow, opening with a capital and not with a day or a month ("Date: Monday, 3 March ...": the
GeoNames list holds a town called Date). A label the text writes twice at a line's start is a
speaker's ("Warren: I think ..."), and a name the model read as a person in the same text is the
person's, and so is a given name of the text's persons ("Victoria" of "Victoria Lane"). "Source:",
"Agenda:", "Location:" are no places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    overlaps_taken,
    taken_spans,
)
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_WORD = r"[A-Z][\w\u00c0-\u024f'’.-]*"
_COLON_LINE = re.compile(
    rf"^(?P<place>{_WORD}(?: {_WORD}){{0,2}}):[ \t]+(?P<rest>[A-Z“\"][^\n]*)", re.MULTILINE
)
_MIN_WORDS = 6  # the sentence after the colon
_DAY_OR_MONTH = frozenset([*(m.lower() for m in MONTHS), *(d.lower() for d in WEEKDAYS)])


def colon_line_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Every known place opening a line before a colon that no mention covers yet."""
    taken = taken_spans(mentions)
    people = {(m.source, cached_norm(m.text)) for m in mentions if m.label == "PERSON"}
    # "Victoria" of "Victoria Lane, the host": a given name, a speaker's label
    people |= {
        (m.source, cached_norm(m.text).split(" ", 1)[0]) for m in mentions if m.label == "PERSON"
    }
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        lead = next((p for p in src.paragraphs if p.kind == "lead"), None)
        if lead is None or ":" not in text[lead.start : lead.start + 60]:
            continue
        lines = list(_COLON_LINE.finditer(text))
        labels = Counter(line.group("place") for line in lines)
        spans = taken.get(i, [])
        for line in lines:
            name = line.group("place")
            key = cached_norm(name)
            rest = line.group("rest").split()
            if line.start() != lead.start or labels[name] > 1 or len(rest) < _MIN_WORDS:
                continue
            if cached_norm(rest[0]) in _DAY_OR_MONTH:
                continue
            if (i, key) in people or key in gaz.persons:
                continue
            if not (key in gaz.places or key in gaz.subdivisions or key in city_names()):
                continue
            s, e = line.span("place")
            if overlaps_taken(spans, s, e):
                continue
            m = clean_mention(text, i, s, e, "GPE", gaz)
            if m is not None:
                found.append(m)
    return found
