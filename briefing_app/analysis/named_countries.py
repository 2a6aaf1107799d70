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
# where a place's name is written: after a preposition of place or origin, or in brackets
# ("Prime Minister X of Tuvalu", "President Y (Dominican Republic)"); "Chad said" may be a man
_PLACE_BEFORE = re.compile(r"(?:(?<![\w-])(?:of|in|from|to|at|across|into)\s+(?:the\s+)?|\()$")


@lru_cache(maxsize=2)
def _pattern(countries: frozenset[str], names: tuple[str, ...]) -> re.Pattern[str] | None:
    forms = {n for n in names if norm(n) in countries and "," not in n and "(" not in n}
    forms = {f for f in forms if f[:1].isupper() and len(f) > 3 and not f.isupper()}
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'.-])(?:{alternatives})(?![\w’'-])")


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


def named_countries(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A place mention for each country's name no mention covers, on its own."""
    pattern = _pattern(gaz.countries, _names(gaz))  # the tuple is equal, so the cache holds
    if pattern is None:
        return []
    # "Chad" of "Chad Brenn", "Jordan" of "Ola Jordan": a person's name, where it is written
    persons = {w for m in mentions if m.label == "PERSON" for w in (m.text, *m.text.split())}
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        text, spans = src.text, taken.get(i, [])
        for hit in pattern.finditer(text):
            s, e = hit.span()
            if hit.group() in persons or overlaps_taken(spans, s, e):
                continue
            if not _PLACE_BEFORE.search(text, max(0, s - 12), s) or _name_next(text, s, e, gaz):
                continue
            found.append(Mention(i, s, e, hit.group(), "GPE"))
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
