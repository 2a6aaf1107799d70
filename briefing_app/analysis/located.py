"""Places named with the country they lie in, as a country's capital or with the kind of area
they are, that the model missed: "in Port Oster, Peru", "the capital, Oster", "in the Oster
region". A place's apposition: the country the gazetteer knows after a comma, the noun
"capital" before it, or "region"/"province"/"district" after it in lower case."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    overlaps_taken,
    taken_spans,
)
from briefing_app.model import Source

_WORD = r"[A-Z][a-z\u00df-\u024f’'-]+"
_RUN = rf"{_WORD}(?: {_WORD}){{0,2}}"
# "in Port Oster, Peru" (a preposition of place first); "the capital, Oster" / "capital city Oster"
_IN_COUNTRY = re.compile(
    rf"\b(?:in|at|from|to|near|outside|around) (?P<name>{_RUN}), (?P<country>{_RUN})(?![\w’'-])"
)
_CAPITAL = re.compile(rf"\b[Cc]apital(?: city)?,? (?P<name>{_RUN})(?![\w’'-])")
# "in the Oster region", "Enga province": a name, then the kind of area in lower case
_KIND_AFTER = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_WORD}(?: {_WORD})?) (?:region|province|district|county|"
    r"prefecture|governorate|oblast|municipality)(?![\w’'-])"
)


def located_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Each such place no mention covers. Its words are never written in lower case in the
    sources, nor are they stop words; the country after the comma must be a country of the
    gazetteer and no owner ("in Oster, Peru’s port" is another phrase)."""
    lower = lowercase_words(sources)
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        hits = [h for h in _IN_COUNTRY.finditer(text) if _a_country(h, text, gaz)]
        hits += list(_CAPITAL.finditer(text))
        hits += [h for h in _KIND_AFTER.finditer(text) if not _a_kind(h.group("name"), gaz)]
        for hit in hits:
            s, e = hit.span("name")
            if overlaps_taken(spans, s, e):
                continue
            keys = [cached_norm(w) for w in hit.group("name").split()]
            if any(k in lower or k in gaz.stopwords or k in gaz.demonyms for k in keys):
                continue
            m = clean_mention(text, i, s, e, "GPE", gaz)
            if m is not None and m.text == hit.group("name"):
                found.append(m)
    return found


def _a_country(hit: re.Match, text: str, gaz: Gazetteer) -> bool:
    key = cached_norm(hit.group("country"))
    return (key in gaz.countries or key in gaz.places) and not text.startswith(
        ("’s", "'s"), hit.end()
    )


def _a_kind(name: str, gaz: Gazetteer) -> bool:
    """ "the Eastern region", "the Health district", "each Ministry district": a compass word,
    a title, an organisation or people's word names no area of its own."""
    return any(
        k in gaz.titles or k in gaz.org_suffixes or k in gaz.demonyms or k in _COMPASS
        for k in (cached_norm(w) for w in name.split())
    )


_COMPASS = frozenset(
    [
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "northwest", "northeast", "southwest", "southeast", "upper", "lower"),
    ]
)
