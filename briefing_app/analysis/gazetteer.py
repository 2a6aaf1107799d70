"""The word lists in ``resources/gazetteers`` plus pycountry, read once into lookup tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing_app.analysis.errors import bad_list_pattern
from briefing_app.model.text import fold
from briefing_app.resources import list_lines, read_list, resource_path


def norm(text: str) -> str:
    """A matching key: lower case, no accents, punctuation as single spaces."""
    return fold(text)


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
    stopwords: frozenset[str]  # spaCy's STOP_WORDS and function_words: never a name
    function_words: frozenset[str]  # left out of the content words of key points
    keypoint_stop: tuple[re.Pattern[str], ...]
    max_title_words: int
    problems: tuple[str, ...] = ()  # one line per bad entry of a user-editable list


def _lines(name: str) -> list[str]:
    return read_list(resource_path("gazetteers", name))


def read_patterns(path: Path) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """The regexes of a user-editable list, and a warning naming file and line for each bad one."""
    patterns, problems = [], []
    for number, line in list_lines(path):
        try:
            patterns.append(re.compile(line, re.IGNORECASE))
        except re.error as exc:
            problems.append(bad_list_pattern(path, number, exc))
    return tuple(patterns), tuple(problems)


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
    places = _aliases("places.txt")
    _countries(places)
    titles = frozenset(norm(t) for t in _lines("titles.txt"))
    function_words = frozenset(w for line in _lines("stopwords.txt") for w in line.split())
    keypoint_stop, problems = read_patterns(resource_path("gazetteers", "keypoint_stop.txt"))
    return Gazetteer(
        titles=titles,
        honorifics=frozenset(norm(t) for t in _lines("honorifics.txt")),
        places=places,
        persons=_aliases("persons.txt"),
        organizations=_aliases("organizations.txt"),
        org_suffixes=frozenset(norm(t) for t in _lines("org_suffixes.txt")),
        demonyms=frozenset(norm(t) for t in _lines("demonyms.txt")),
        non_actors=frozenset(norm(t) for t in _lines("non_actors.txt")),
        stopwords=_stop_words(function_words),
        function_words=function_words,
        keypoint_stop=keypoint_stop,
        max_title_words=max((len(t.split()) for t in titles), default=1),
        problems=problems,
    )


def list_problems() -> tuple[str, ...]:
    """Bad entries of the user-editable lists, once they have been read (never reads them)."""
    return gazetteer().problems if gazetteer.cache_info().currsize else ()
