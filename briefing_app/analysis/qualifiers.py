"""A country that a source names only to qualify another name: "the U.S. Embassy in Accra",
"U.S. Senator Bob Corker", "the US Charge d'Affaires". The model cuts the country from the
name it qualifies; an analyst lists the embassy, the senator or the task force, not the
country, which does nothing in the story. A country the source also names as a noun ("aid
from the U.S.", "the US and Japan", "the U.S. said") is an actor, and so is one whose
government is named ("U.S. Government"): the government acts for the country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm

# one space, then a capitalised word in lower case after its capital: the country is part of
# a longer name or a title (a text in capitals says nothing: "STRUCK TÜRKIYE AND SYRIA ON")
_QUALIFIES = re.compile(r" [A-Z][a-z][\w’'-]*")
# a government's words after the country: the country's government acts
_GOVERNMENT = frozenset(["government", "administration", "govt", "gov’t", "gov't"])


def qualifying_countries(
    mentions: Sequence[Mention], texts: Sequence[str], gaz: Gazetteer
) -> set[tuple[int, str]]:
    """(source, key) of each country every mention of which in that source is followed by a
    capitalised word, none of them a government's."""
    seen: dict[tuple[int, str], bool] = {}
    for m in mentions:
        key = _country_key(m.text, gaz)  # "U.S." and "United States" are one
        if not key:
            continue
        found = _QUALIFIES.match(texts[m.source], m.end)
        qualifies = found is not None and cached_norm(found.group()).strip() not in _GOVERNMENT
        seen[(m.source, key)] = seen.get((m.source, key), True) and qualifies
    return {(source, key) for (source, key), only in seen.items() if only}


def without_qualifying_countries(
    mentions: list[Mention], texts: Sequence[str], gaz: Gazetteer
) -> list[Mention]:
    """The mentions but those of a country that only qualifies other names in its source."""
    found = qualifying_countries(mentions, texts, gaz)
    if not found:
        return mentions
    return [m for m in mentions if (m.source, _country_key(m.text, gaz)) not in found]


def _country_key(text: str, gaz: Gazetteer) -> str:
    key = cached_norm(text)
    return cached_norm(gaz.places.get(key, key)) if key in gaz.countries else ""
