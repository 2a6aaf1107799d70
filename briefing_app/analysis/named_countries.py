"""Countries the model left untagged ("Prime Minister Feleti Teo of Tuvalu", "Council
President José Singer Weisinger (Dominican Republic)"): a country's name the gazetteer knows
(pycountry's names and the common English ones), written after a preposition of place or in
brackets, is a place; never inside a longer name ("Michael Jordan", "Jordan Valley") nor where
the sources call a person so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, norm
from briefing_app.analysis.mentions import Mention, overlaps_taken, taken_spans
from briefing_app.model import Source

_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*")
_WORD_START = re.compile(r"(?<![\w’'.-])[A-Z][\w’'-]*")
# where a place's name is written: after a preposition of place or origin, or in brackets
# ("Prime Minister X of Tuvalu", "President Y (Dominican Republic)"); "Chad said" may be a man
_PLACE_BEFORE = re.compile(r"(?:(?<![\w-])(?:of|in|from|to|at|across|into)\s+(?:the\s+)?|\()$")


def _by_first_word(countries: frozenset[str], names: tuple[str, ...]) -> dict[str, list[str]]:
    """Country names by their first word, longest first ("Dominican Republic", "Dominica")."""
    forms = {n for n in names if norm(n) in countries and "," not in n and "(" not in n}
    forms = {f for f in forms if f[:1].isupper() and len(f) > 3 and not f.isupper()}
    table: dict[str, list[str]] = {}
    for f in sorted(forms, key=len, reverse=True):
        table.setdefault(f.split()[0], []).append(f)
    return table


@lru_cache(maxsize=1)
def _pycountry_names() -> tuple[str, ...]:
    import pycountry

    return tuple(
        n
        for c in pycountry.countries
        for a in ("name", "common_name")
        if (n := getattr(c, a, None))
    )


def _names(gaz: Gazetteer) -> tuple[str, ...]:
    return tuple(sorted({*gaz.places.values(), *_pycountry_names()}))


_BUILT: dict[int, tuple[Gazetteer, dict[str, list[str]]]] = {}


def _table_of(gaz: Gazetteer) -> dict[str, list[str]]:
    """The country names of ``gaz`` by first word, built once per gazetteer (read once)."""
    built = _BUILT.get(id(gaz))
    if built is None or built[0] is not gaz:
        built = _BUILT[id(gaz)] = (gaz, _by_first_word(gaz.countries, _names(gaz)))
    return built[1]


def named_countries(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A place mention for each country's name no mention covers, on its own."""
    table = _table_of(gaz)
    # "Chad" of "Chad Brenn", "Jordan" of "Ola Jordan": a person's name, where it is written
    persons = {w for m in mentions if m.label == "PERSON" for w in (m.text, *m.text.split())}
    # "Foreign Minister of Veldria Ana Varn": a person's name the model found right after
    person_starts = {(m.source, m.start) for m in mentions if m.label == "PERSON"}
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        text, spans = src.text, taken.get(i, [])
        for word in _WORD_START.finditer(text):
            s = word.start()
            name = next((n for n in table.get(word.group(), ()) if _written(text, s, n)), None)
            if name is None or name in persons or overlaps_taken(spans, s, e := s + len(name)):
                continue
            if not _PLACE_BEFORE.search(text, max(0, s - 12), s):
                continue
            if _name_next(text, s, e, gaz) and (i, e + 1) not in person_starts:
                continue
            found.append(Mention(i, s, e, name, "GPE"))
    return found


def _name_next(text: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """A capitalised word right before or after (one space between), no function word ("In",
    "The" opening a sentence): the country's name is a longer name's part there."""
    after = _CAPITAL_WORD.match(text, e + 1) if text[e : e + 1] == " " else None
    before = re.search(r"([\w’'-]+) $", text[max(0, s - 30) : s])
    return (after is not None and after.group().lower() not in gaz.stopwords) or (
        before is not None
        and before.group(1)[:1].isupper()
        and before.group(1).lower() not in gaz.stopwords
    )


def _written(text: str, s: int, name: str) -> bool:
    """``name`` written at ``s``, as a whole word."""
    e = s + len(name)
    return text.startswith(name, s) and not (
        e < len(text) and (text[e].isalnum() or text[e] in "’'-")
    )
