"""Words a source uses only to qualify other words. A country named only to qualify another
name: "the U.S. Embassy in Accra", "U.S. Senator Bob Corker", "the US Charge d'Affaires". The
model cuts the country from the name it qualifies; an analyst lists the embassy, the senator or
the task force, not the country, which does nothing in the story. A country the source also
names as a noun ("aid from the U.S.", "the US and Japan", "the U.S. said") is an actor, and so
is one whose government is named ("U.S. Government"): the government acts for the country. And
an adjective of a people or a region written alone, every mention of which a lower-case noun or
a title follows ("the Nordic countries", "the Nordic Prime Ministers"): the noun is what the
text names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.generic import PHRASE_ENDS
from briefing_app.analysis.mentions import Mention, cached_norm, is_title

# one space, then a capitalised word in lower case after its capital: the country is part of
# a longer name or a title (a text in capitals says nothing: "STRUCK TÜRKIYE AND SYRIA ON")
_QUALIFIES = re.compile(r" [A-Z][a-z][\w’'-]*")
# a government's words after the country: the country's government acts
_GOVERNMENT = frozenset(["government", "administration", "govt", "gov’t", "gov't"])


def qualifying_countries(
    mentions: Sequence[Mention], texts: Sequence[str], gaz: Gazetteer
) -> set[tuple[int, str]]:
    """(source, key) of each country every mention of which in that source is followed by a
    capitalised word, none of them a government's, a place's or a person's name."""
    seen: dict[tuple[int, str], bool] = {}
    persons = {(m.source, m.start) for m in mentions if m.label == "PERSON"}
    for m in mentions:
        key = _country_key(m.text, gaz)  # "U.S." and "United States" are one
        if not key:
            continue
        found = _QUALIFIES.match(texts[m.source], m.end)
        word = cached_norm(found.group()).strip() if found else ""
        # not a government's word, nor another place or a person's name ("to Zambia Malawi
        # and", "In Lima, Chile Ana Varnek": a comma lost)
        qualifies = (
            bool(word)
            and word not in _GOVERNMENT
            and word not in gaz.places
            and (m.source, m.end + 1) not in persons
        )
        seen[(m.source, key)] = seen.get((m.source, key), True) and qualifies
    return {(source, key) for (source, key), only in seen.items() if only}


def without_qualifying_countries(
    mentions: list[Mention], texts: Sequence[str], gaz: Gazetteer
) -> list[Mention]:
    """The mentions but those of a country that only qualifies other names in its source, and
    those of an adjective that only qualifies nouns."""
    found = qualifying_countries(mentions, texts, gaz)
    adjectives = _adjectives(mentions, texts, gaz)
    if not found and not adjectives:
        return mentions
    return [
        m
        for m in mentions
        if (m.source, _country_key(m.text, gaz)) not in found
        and (m.source, cached_norm(m.text)) not in adjectives
    ]


# endings of adjectives of peoples and regions: "Nordic", "Canadian", "Balinese", "Flemish"
_ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish")
# one space and a lower-case word: a noun the adjective qualifies ("countries", "frigate")
_LOWER_AFTER = re.compile(r" [a-z][\w’'-]*")


def _adjectives(
    mentions: Sequence[Mention], texts: Sequence[str], gaz: Gazetteer
) -> set[tuple[int, str]]:
    """(source, key) of each one-word name no list knows that is an adjective of a people or a
    region and that a lower-case noun or a title follows wherever the source writes it."""
    seen: dict[tuple[int, str], bool] = {}
    for m in mentions:
        key = cached_norm(m.text)
        last = key.rsplit(" ", 1)[-1]
        if " " in key or m.label == "PERSON" or m.role or gaz.knows(key) or not last.isalpha():
            continue  # one word only: "Radio Tanoa Turkish repeated it" is a service's name
        if key in gaz.demonyms or looks_demonym(key, gaz):
            continue  # "Turkish units": a people, listed among the groups
        if last in gaz.places:
            continue  # "Eastern Caribbean nations": a region, named as such
        if not last.endswith(_ADJECTIVE_ENDINGS):
            continue
        text = texts[m.source]
        noun = (
            _LOWER_AFTER.match(text, m.end) is not None and not PHRASE_ENDS.match(text, m.end)
        ) or _title_after(text, m.end, gaz)
        seen[(m.source, key)] = seen.get((m.source, key), True) and noun
    return {k for k, only in seen.items() if only}


def _country_key(text: str, gaz: Gazetteer) -> str:
    key = cached_norm(text)
    return cached_norm(gaz.places.get(key, key)) if key in gaz.countries else ""


_WORDS_AFTER = re.compile(r" ([A-Z][\w’'-]*)(?: ([A-Z][\w’'-]*))?")


def _title_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """A title of one or two words right after: "Nordic Prime Ministers", "Canadian Envoy"."""
    found = _WORDS_AFTER.match(text, end)
    if found is None:
        return False
    one = cached_norm(found.group(1))
    two = cached_norm(" ".join(w for w in found.groups() if w))
    return is_title(two, gaz) or is_title(one, gaz)
