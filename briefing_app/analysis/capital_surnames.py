"""Surnames written in capitals, as police, courts and some European bodies write them
("Majorie CHAMBERLAIN of Brantford", "Jean DUPONT"): where a source writes one person so and
the model tagged it, the source's other "Given SURNAME" names are people too ("Darlton
GRAHAM", the model's "Darlton" read as a place), and so are their surnames written alone in
capitals ("GRAHAM and CHAMBERLAIN are scheduled to appear")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import Mention, cached_norm, taken_spans
from briefing_app.model import Source

# "Darlton GRAHAM", "Anne-Marie LE PEN": a given name in title case, then capitals
_GIVEN_SURNAME = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z]{2,}(?:[-’' ][A-Z]{2,})?)(?![\w’'-])"
)


def capital_surnames(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each "Given SURNAME" person of a source that writes one such person
    the model tagged, and each lone use of those surnames, added (a mention the new name
    covers, "Darlton" read as a place, is dropped)."""
    found: list[Mention] = []
    # the sources that write a person the model tagged so: the others do not use capitals
    writing = {
        m.source for m in mentions if m.label == "PERSON" and _GIVEN_SURNAME.fullmatch(m.text)
    }
    lower = lowercase_words(sources) if writing else frozenset()
    for i in sorted(writing):
        text = sources[i].text
        surnames: set[str] = set()
        for hit in _GIVEN_SURNAME.finditer(text):
            given, surname = hit.group(1), hit.group(2)
            if _no_given_name(given, gaz, lower) or _no_surname(surname, text, gaz):
                continue
            found.append(Mention(i, hit.start(), hit.end(), hit.group(), "PERSON"))
            surnames.add(surname)
        for surname in sorted(surnames):
            for hit in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
                found.append(Mention(i, hit.start(), hit.end(), surname, "PERSON"))
    if not found:
        return mentions
    new = _outermost(found)
    spans = taken_spans(new)
    kept = [m for m in mentions if not _overlaps(spans.get(m.source, []), m.start, m.end)]
    return kept + new


def _no_given_name(word: str, gaz: Gazetteer, lower: frozenset[str]) -> bool:
    key = cached_norm(word)
    return (
        key in lower  # "Photo AFP": a word the sources write in lower case
        or key in gaz.stopwords
        or key in gaz.titles
        or key in gaz.honorifics
        or key in gaz.demonyms
        or key in gaz.organizations
        or key in gaz.places  # "Ottawa RCMP officers": a place, then a body's acronym
        or key in city_names()
    )


def _no_surname(word: str, text: str, gaz: Gazetteer) -> bool:
    """An acronym the text defines ("(KPS)") or a gazetteer knows, or a place in capitals."""
    key = cached_norm(word)
    return (
        key in gaz.organizations
        or key in gaz.places
        or len(word.replace(" ", "")) < 3
        or f"({word})" in text
    )


def _outermost(found: list[Mention]) -> list[Mention]:
    """The new mentions without those inside a longer one ("GRAHAM" of "Darlton GRAHAM")."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.source, m.start, -m.end)):
        if out and out[-1].source == m.source and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)
