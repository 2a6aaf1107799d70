"""A release's header line saying where it was issued ("Beirut, Lebanon", "Geneva,
Switzerland 07 March 2024", "May 18, 2031 - Ottawa, Ontario - Global Affairs Canada"): the
metadata rules read its date and cleaning drops the line with the masthead above the headline,
but its places (and issuer) are the story's actors, often named nowhere else. Such a line is
kept at the top of the text as a heading of its own (key points leave headings out)."""

from __future__ import annotations

import re

from briefing_app.ingest.byline import places
from briefing_app.ingest.draft import HEADING, Block
from briefing_app.model.dates import MONTHS, WEEKDAYS
from briefing_app.resources import resource_cache

_WORD = r"[^\W\d_][\w’'.-]*"
_CAP_WORD = r"(?:[A-Z]|[^\W\d_a-z])[\w’'.-]*"  # a word opening on a capital, diacritics too
_PLACE = rf"{_CAP_WORD}(?: {_CAP_WORD}){{0,3}}"
_DATE = (
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
# "Place, Country" with a date (and a clock, an id) after it perhaps
_PLACE_COUNTRY = re.compile(
    rf"(?P<place>{_PLACE}), (?P<country>{_PLACE})(?:\s*[,–—-]?\s+(?=\d){_DATE}[^\n]{{0,40}})?"
)
# "<date> - Place, Region - Issuer": a release's header, whatever the places
_DATED_HEADER = re.compile(
    rf"{_DATE}\s+[–—-]\s+{_PLACE}(?:, {_PLACE})?\s+[–—-]\s+{_CAP_WORD}(?: {_WORD}){{0,6}}"
)
_NOT_A_PLACE = frozenset([*MONTHS, *WEEKDAYS])
HEADER_LINES = 12  # how far down the page's top a header line may stand


@resource_cache
def country_names() -> frozenset[str]:
    """Countries' names (pycountry's, and the gazetteer's other forms), case-folded."""
    names = set(places())
    try:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if value := getattr(country, attr, ""):
                    names.add(value.casefold())
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    return frozenset(names)


def issued_at(line: str) -> bool:
    """Whether ``line`` is a short header line naming where a release was issued: a place
    and its country (a known one), or a dated header's places and issuer."""
    line = " ".join(line.split())
    if len(line.split()) > 14 or line.endswith("."):
        return False
    if _DATED_HEADER.fullmatch(line):
        return True
    found = _PLACE_COUNTRY.fullmatch(line)
    return (
        found is not None
        and found.group("place").split()[0] not in _NOT_A_PLACE
        and found.group("country").casefold() in country_names()
    )


def with_issued_at(header: list[str], blocks: list[Block]) -> list[Block]:
    """``blocks`` with the header lines naming where the page was issued that cleaning
    dropped put back at the top, each a heading of its own."""
    kept = "\n".join(" ".join(b.lines) for b in blocks)
    back = [line for line in header[:HEADER_LINES] if line not in kept and issued_at(line)]
    return [*(Block([line], HEADING) for line in back[:2]), *blocks]
