"""Places of datelines the stricter dateline pattern does not read: several places joined by a
slash ("ROME/LIMA –", "Oslo/Nairobi 4 June 2019 -"), a country after the city ("Lisbon,
Portugal-- "), a dateline after a dated bullet ("• 3 May 2019 - Lima, 3 May 2019 -"). Each
place must be one the gazetteer knows (countries, capitals, regions, subdivisions, cities of
GeoNames): a capitalised word before a dash is no place by its shape alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.figures import MONTH_WORD
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import Mention, cached_norm, clean_mention, taken_spans
from briefing_app.model import Source

_DATE = (
    rf"(?:\d{{1,2}}\s+{MONTH_WORD}\.?|{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?"
)
_PLACE = r"[A-Z][\w\u00c0-\u024f.'’-]*(?: [A-Z][\w\u00c0-\u024f.'’-]*){0,3}"
_DASH = r"\s*[–—-]{1,2}"
# a bullet and a date first, maybe; places joined by "/"; a region or country after a comma;
# a date; an agency in brackets; then a dash
DATELINE = re.compile(
    rf"^(?:[•·*]\s*)?(?:{_DATE}{_DASH}\s*)?"
    rf"(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)"
    rf"(?:,\s*(?P<region>{_PLACE}))?"
    rf"(?:,?\s*{_DATE})?\s*(?:\([^()\n]{{1,40}}\))?{_DASH}",
    re.MULTILINE,
)
_PIECE = re.compile(r"[^/]+")


def _known(name: str, gaz: Gazetteer) -> bool:
    key = cached_norm(name)
    return key in gaz.places or key in gaz.subdivisions or key in city_names()


def slashed_dateline_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Every known place of a dateline that no mention covers yet. A dateline whose pieces are
    not all known places ("Notes/Press -") gives nothing."""
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        for match in DATELINE.finditer(text):
            pieces = [
                (p.start() + match.start("places"), p.end() + match.start("places"))
                for p in _PIECE.finditer(match.group("places"))
            ]
            if match.group("region"):
                pieces.append(match.span("region"))
            pieces = [_stripped(text, s, e) for s, e in pieces]
            if not all(_known(text[s:e], gaz) for s, e in pieces):
                continue
            for s, e in pieces:
                if any(a < e and s < b for a, b in spans):
                    continue
                m = clean_mention(text, i, s, e, "GPE", gaz)
                if m is not None:
                    found.append(m)
    return found


def _stripped(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " ,":
        e -= 1
    return s, e
