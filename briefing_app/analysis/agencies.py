"""Agencies named by a sector's common words and a country ("Health Canada", "Global Affairs
Canada", "Fisheries and Oceans Canada", "Sport Scotland"): the small model tags the country
alone. Capitalised common words (the sources write one of them in lower case too) right before
a country the model tagged, on a line of running text, name a body; a compass or region word
("Northern", "Greater"), a people's word, a title, a place the lists know ("Papua New Guinea")
or a word never written in lower case ("Aotearoa New Zealand") leaves the country alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    is_title,
    overlaps_taken,
    taken_spans,
)
from briefing_app.analysis.ranked import _title_case_line
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

# Up to three capitalised words (joined by "and" or "&") ending right before the country.
_WORDS_BEFORE = re.compile(
    r"(?<![\w’'.&-])(?P<words>[A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+){0,2}) $"
)
# Compass points and the words that make a region of a country, not a body.
_REGION = frozenset(
    [
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "greater", "upper", "lower", "mainland", "rural", "coastal", "inner"),
        *("outer", "metropolitan", "northwest", "northeast", "southwest", "southeast"),
    ]
)
_CALENDAR = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))
# "May 18, 2031 – Ottawa, Ontario – Global Affairs Canada": the issuer of a release's header
_ISSUER_AFTER_DASH = re.compile(r"\d{4}\s+[–—-]\s+[^\n–—]{2,60}\s[–—-]\s$")


def country_agencies(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> None:
    """Each country mention the model made, widened in place to the body whose name it ends
    ("Health New Zealand is responding" -> "Health New Zealand", an organisation)."""
    lower: frozenset[str] | None = None
    taken = taken_spans(mentions)
    for m in mentions:
        if m.label != "GPE" or cached_norm(m.text) not in gaz.countries:
            continue
        text = sources[m.source].text
        found = _WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
        if found is None:
            continue
        issuer = _issuer(text, found.start())  # "May 18, 2031 – Ottawa – Global Affairs Canada"
        if _title_case_line(text, m.start) and not issuer:
            continue  # a headline's words
        if overlaps_taken(taken.get(m.source, []), found.start(), m.start - 1):
            continue  # "Care International UK": a body the model named, then its country
        if lower is None:
            lower = lowercase_words(sources)
        words = [cached_norm(w) for w in found.group("words").split() if w not in ("and", "&")]
        whole = cached_norm(text[found.start() : m.end])
        if (
            whole in gaz.places
            or whole in gaz.subdivisions
            or not (issuer or any(w in lower for w in words))
            or any(_not_a_sector(w, gaz) for w in words)
        ):
            continue
        m.start = found.start()
        m.text = text[m.start : m.end]
        m.label = "ORG"


def _issuer(text: str, start: int) -> bool:
    """Whether ``start`` follows a release header's day, places and dash (its issuer)."""
    return _ISSUER_AFTER_DASH.search(text, max(0, start - 90), start) is not None


def _not_a_sector(word: str, gaz: Gazetteer) -> bool:
    return (
        word in _REGION
        or word in _CALENDAR
        or word in gaz.stopwords
        or word in gaz.demonyms
        or word in gaz.places
        or is_title(word, gaz)
    )
