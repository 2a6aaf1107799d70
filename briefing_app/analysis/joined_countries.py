"""Other spellings of the country names with "and" inside ("St. Kitts and Nevis").

A country's name joined by "and" comes whole from the gazetteer when it is spelt as there;
spelt otherwise ("St. Vincent and the Grenadines", "Saint Christopher and Nevis", the older
official name of Saint Kitts and Nevis) the model cuts it at the conjunction and lists the
tail ("Nevis", "Grenadines") as a place of its own. The same first word (Saint and St. are
one) and the same tail after "and" are that country, whatever one or two capitalised words
stand between.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, norm
from briefing_app.analysis.mentions import Mention

_SAINT = r"(?:Saint|St\.?)"
_MIDDLE = r"(?:[ \t]+[A-Z][\w'’.-]*){0,2}"  # "Kitts", "Christopher": capitalised words


_BUILT: dict[int, tuple[Gazetteer, re.Pattern[str] | None]] = {}


@lru_cache(maxsize=4)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for every joined name whose head is one or two capitalised words."""
    alternatives = []
    for name in names:
        head, sep, tail = name.partition(" and ")
        words = head.split()
        if not sep or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            continue  # "United Kingdom of Great Britain and Northern Ireland": whole only
        first = _SAINT if words[0] == "Saint" else re.escape(words[0])
        tail = re.escape(tail.removeprefix("the ")).replace(r"\ ", r"\s+")
        alternatives.append(rf"{first}{_MIDDLE}\s+and\s+(?:the\s+)?{tail}")
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def joined_country_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each country's name joined by "and", spelt otherwise than the gazetteer.

    Countries only: "Latin America and the Caribbean" is a region, and "Latin American and
    Caribbean States" is no spelling of it.
    """
    built = _BUILT.get(id(gaz))
    if built is None or built[0] is not gaz:  # once per gazetteer (it is read once)
        names = tuple(n for n in gaz.joined_places if norm(n) in gaz.countries)
        built = _BUILT[id(gaz)] = (gaz, _pattern(names))
    pattern = built[1]
    if pattern is None:
        return []
    return [hit.span() for hit in pattern.finditer(text) if hit.group() not in gaz.joined_places]


_HYPHEN_RUN = re.compile(
    r"(?<![\w’'-])[A-Z][\w’']*(?: [A-Z][\w’']*)*(?:-[A-Z][\w’']*(?: [A-Z][\w’']*)*)+"
)


def hyphened_countries(source: int, text: str, gaz: Gazetteer) -> list[Mention]:
    """The countries of a run of countries' names joined by hyphens ("the Burkina Faso-Niger-
    Mali border"), each a place; a name with a hyphen of its own ("Guinea-Bissau",
    "Timor-Leste") is no such run, its parts are no countries all."""
    found = []
    for run in _HYPHEN_RUN.finditer(text):
        parts = run.group().split("-")
        if norm(run.group()) in gaz.places or not all(norm(p) in gaz.countries for p in parts):
            continue
        at = run.start()
        for part in parts:
            found.append(Mention(source, at, at + len(part), part, "GPE"))
            at += len(part) + 1
    return found


def replace_pieces(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The joined names ``found`` instead of the mentions they overlap (their pieces).

    A body's longer name holding one ("Economic Commission for Latin America and the
    Caribbean", the long form of its acronym) stays whole, and the region inside it is no
    actor of its own there; a run of countries joined by hyphens is no body's name.
    """
    wider = [
        m
        for m in mentions
        if m.label == "ORG"
        and not _HYPHEN_RUN.fullmatch(m.text)
        and any(
            f.source == m.source and m.start <= f.start and f.end <= m.end and f.text != m.text
            for f in found
        )
    ]
    found = [
        f
        for f in found
        if not any(w.source == f.source and w.start <= f.start and f.end <= w.end for w in wider)
    ]
    kept = [
        m
        for m in mentions
        if not any(f.source == m.source and f.start < m.end and m.start < f.end for f in found)
    ]
    return kept + found
