"""Places that open a line before a colon, a dateline or a section's label ("Rajamahendravaram:
East Godavari District Collector ...", "Southeast Asia: Southeast Asia is ..."), that the model
missed: the stricter dateline pattern reads a title-case place only with a date or an agency
after it, and the model rarely tags a word glued to a colon at a line's start.

The place must be one the gazetteer knows (countries, regions, subdivisions, cities of
GeoNames), followed by a sentence opening with a capital; a label the text writes twice at a
line's start is a speaker's ("Warren: I think ..."), and a name the model read as a person in
the same text is the person's. "Source:", "Agenda:", "Location:" are no places.
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

_WORD = r"[A-Z][\w\u00c0-\u024f'’.-]*"
_COLON_LINE = re.compile(
    rf"^(?P<place>{_WORD}(?: {_WORD}){{0,2}}):[ \t]+(?P<rest>[A-Z“\"][^\n]*)", re.MULTILINE
)
_MIN_WORDS = 3  # the sentence after the colon: "Southeast Asia is ..." at least


def colon_line_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Every known place opening a line before a colon that no mention covers yet."""
    taken = taken_spans(mentions)
    people = {(m.source, cached_norm(m.text)) for m in mentions if m.label == "PERSON"}
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        if ":" not in text:
            continue
        lines = list(_COLON_LINE.finditer(text))
        if not lines:
            continue
        labels = Counter(line.group("place") for line in lines)
        spans = taken.get(i, [])
        for line in lines:
            name = line.group("place")
            key = cached_norm(name)
            if labels[name] > 1 or len(line.group("rest").split()) < _MIN_WORDS:
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
