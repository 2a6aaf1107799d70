"""A listing page's item stamps that run on into what looks like a list of links: the last
items of a list of releases ("No 59/2031 : 8 June 2031", a one-line heading, "No 58/2031 : 7
June 2031") are short lines in a row, which the line map takes for related links. When such a
line has the shape of the stamps the body already showed, the listing goes on: its date is an
item's, not a link's."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.analysis.dates import FoundDate
from briefing_app.analysis.lines import LineMap

_DIGIT = re.compile(r"\d")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _shape(text: str, line: tuple[int, int], d: FoundDate) -> str | None:
    """The stamp's line without its date, digits masked ("No 00/0000 : |"); None when nothing
    but the date is on the line (a bare date line is every list's, not one listing's)."""
    before, after = text[line[0] : d.start], text[d.end : line[1]]
    if not _LETTER_OR_DIGIT.search(before + after):
        return None
    return _DIGIT.sub("0", before) + "|" + _DIGIT.sub("0", after)


def listing_goes_on(text: str, lines: LineMap, found: list[FoundDate]) -> set[int]:
    """Starts of the full dates inside link-like runs whose line has the shape of two or more
    dated stamp lines outside such runs."""
    shapes: dict[int, str] = {}
    for d in found:
        line = lines.line_at(d.start)
        if line is None or len(d.iso) != 10 or d.inferred or d.end > line[1]:
            continue
        if len(text[line[0] : line[1]].split()) > 10:
            continue  # a sentence telling of a date, not a stamp
        if shape := _shape(text, line, d):
            shapes[d.start] = shape
    outside = Counter(s for p, s in shapes.items() if not lines.in_related(p))
    return {p for p, s in shapes.items() if lines.in_related(p) and outside[s] >= 2}
