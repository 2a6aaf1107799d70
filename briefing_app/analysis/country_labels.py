"""A country label over an item: "Kelvo: Floods Close the Coast Road", "Kelvo; Veldria: Border
Talks Resume". Digests, legal monitors, blogs' topic pages and republished releases open an
item's heading with the country it is about; the heading has a headline's shape, so its names
would go with it as page furniture, but the label names the item's place, an actor of the story.

Only a country of the gazetteer (pycountry's names) counts, opening the line and closed by a
colon, or by a semicolon before another country; a city, "Update:" or "Note:" is no label.
A label in a run of related links after the story ("Kelvo: Floods ..." under "Related") stays
furniture, as its link does. Where the model read no place, only a heading's label is one: a
sentence after a country's name and a colon may be a speaker's ("Jordan: We will press...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.lines import LineMap, line_map
from briefing_app.analysis.mentions import Mention, cached_norm, overlaps_taken, taken_spans
from briefing_app.model import Source

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
# the labels of a line: one or more names joined by "; ", then ": " and the item's words
_LABELS = re.compile(rf"^[ \t]*({_NAME}(?:; {_NAME})*): (?=\S)", re.MULTILINE)
_PIECE = re.compile(_NAME)


def _label_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the countries labelling lines of ``text`` (all or none of a line's)."""
    out: list[tuple[int, int]] = []
    for m in _LABELS.finditer(text):
        pieces = [p.span() for p in _PIECE.finditer(text, m.start(1), m.end(1))]
        if pieces and all(cached_norm(text[s:e]) in gaz.countries for s, e in pieces):
            out.extend(pieces)
    return out


def country_label(src: Source, m: Mention, lines: LineMap, gaz: Gazetteer) -> bool:
    """Whether the place ``m`` is a country labelling its line's item, outside a related list."""
    if m.label not in ("GPE", "LOC") or lines.in_related(m.start):
        return False
    line_start = src.text.rfind("\n", 0, m.start) + 1
    line_end = src.text.find("\n", m.start)
    line = src.text[line_start : line_end if line_end != -1 else len(src.text)]
    return (m.start - line_start, m.end - line_start) in _label_spans(line, gaz)


def label_mentions(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Places for the country labels the model did not read ("Morocco: The Tale of ...")."""
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        if ": " not in src.text:
            continue
        lines = line_map(src)
        for s, e in _label_spans(src.text, gaz):
            if (
                lines.in_furniture(s)  # a heading's label, not "Jordan: We will..." of a speaker
                and not lines.in_related(s)
                and not overlaps_taken(taken.get(i, []), s, e)
            ):
                found.append(Mention(i, s, e, src.text[s:e], "GPE"))
    return found
