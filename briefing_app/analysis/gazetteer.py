"""The word lists in ``resources/gazetteers`` plus pycountry, read once into lookup tables."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefing_app.analysis import memo
from briefing_app.resources import resource_path

_NON_WORD = re.compile(r"[^\w]+")


def norm(text: str) -> str:
    """A matching key: lower case, no accents, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain.casefold()).strip()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables keyed by ``norm()`` of a name."""

    titles: frozenset[str]
    honorifics: frozenset[str]
    places: dict[str, str]  # alias -> canonical place name (countries included)
    persons: dict[str, str]  # alias -> canonical full name
    organizations: dict[str, str]  # alias -> canonical long form
    org_suffixes: frozenset[str]
    demonyms: frozenset[str]
    non_actors: frozenset[str]
    stopwords: frozenset[str]
    keypoint_stop: tuple[re.Pattern[str], ...]
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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Read every list once; later calls share the tables."""
    # combine's per-source steps remembered with the old lists would not match the new ones
    memo.clear()
    places = _aliases("places.txt")
    _countries(places)
    titles = frozenset(norm(t) for t in _lines("titles.txt"))
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
        persons=_aliases("persons.txt"),
        organizations=_aliases("organizations.txt"),
        org_suffixes=frozenset(norm(t) for t in _lines("org_suffixes.txt")),
        demonyms=frozenset(norm(t) for t in _lines("demonyms.txt")),
        non_actors=frozenset(norm(t) for t in _lines("non_actors.txt")),
        stopwords=stop_words,
        keypoint_stop=tuple(patterns),
        max_title_words=max((len(t.split()) for t in titles), default=1),
    )
