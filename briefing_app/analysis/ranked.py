"""A rank or title, then the surname of someone the source names in full, is a later mention
of that person the small model missed: "Lieutenant Ostermiller" after "1st Lt. Ian
Ostermiller"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.held_roles import portfolio_title_before
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    is_title,
    overlaps_taken,
    taken_spans,
    title_before,
)
from briefing_app.analysis.name_words import PARTICLES
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_NOT_NAMES = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))


def ranked_surnames(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The last word of a person's full name that the source writes again right after a title
    ("Captain Varnholt") where no mention covers it: a mention of that person. A capitalised
    word after a title that is nobody's surname is left to the other rules, and so is the
    surname two people of the source share ("President Kabor" of Laurent and Joseph Kabor)."""
    given: dict[int, dict[str, set[str]]] = {}  # by source: surname -> the given names
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            given.setdefault(m.source, {}).setdefault(words[-1], set()).add(words[0])
    surnames = {i: {s for s, g in by.items() if len(g) == 1} for i, by in given.items()}
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, names in surnames.items():
        if not names:
            continue
        text = sources[i].text
        spans = taken.get(i, [])
        hits = surname_hits(text, names)
        for name in sorted(names):
            for s, e in hits.get(name, ()):
                role = portfolio_title_before(text, s, gaz)  # "Minister for Foreign Affairs"
                if overlaps_taken(spans, s, e) or not (role or title_before(text, s, gaz)):
                    continue  # covered already, or no title right before it
                m = clean_mention(text, i, s, e, "PERSON", gaz)
                if m is not None:
                    m.role = m.role or role
                    found.append(m)
    return found


def surname_hits(text: str, names: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each of ``names`` stands as a whole word in ``text``, found in one pass for all of
    them (a pass per name was 1% of the analysis)."""
    hits: dict[str, list[tuple[int, int]]] = {}
    # a name another one starts with ("Jr" of "Jr.") may stand where that one does: its own pass
    shadowed = {n for n in names if any(o != n and o.startswith(n) for o in names)}
    for group in ([*names - shadowed], *([n] for n in shadowed)):
        if group:
            alternation = "|".join(map(re.escape, group))
            for hit in re.finditer(rf"(?<![\w’'.-])(?:{alternation})(?![\w’'-])", text):
                hits.setdefault(hit.group(), []).append(hit.span())
    return hits


# One capitalised word, not followed by another capitalised word on the same line.
_LONE = re.compile(
    r"(?<![\w’'.-])[A-Z][a-z\u00df-\u024f]+(?:[’'-][A-Za-z]\w+)*(?![\w’'-])(?! [A-Z])"
)
_NEXT_WORD = re.compile(r" ([a-z]+) ")
_ABBREVIATION = 5  # letters and dot of an abbreviated title at most ("Gen.", "Pres.")
_TITLE_CASE = 0.6  # share of capitalised words that makes a line a heading in title case
# the words title case writes in lower case (articles, conjunctions, short prepositions: the
# Chicago Manual of Style's and AP's title-case rules)
_TITLE_CASE_LOWER = frozenset(
    [
        *("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by"),
        *("in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "over"),
        *("than", "vs", "v", "amid", "after", "before", "about", "against", "over", "under"),
    ]
)


def titled_lone_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """A lone capitalised word right after a written title ("Advocate General Sollo considers",
    "Prime Minister Abiy expressing"): the person holding that title, named by one name. Never
    a word the sources write in lower case too ("Minister Office" in "the office"), a place, a
    people, a title, a month or an organisation word, and never in a heading in title case."""
    lower = lowercase_words(sources)
    # a word of a name the sources write in full is left to ranked_surnames ("President
    # Kabor" of Laurent and Joseph Kabor is neither)
    in_names = {cached_norm(w) for m in mentions for w in m.text.split()}
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        for hit in _LONE.finditer(text):
            s, e = hit.span()
            if overlaps_taken(spans, s, e):
                continue
            word = hit.group()
            key = cached_norm(word)
            if (
                key in lower
                or key in in_names
                or key in _NOT_NAMES
                or key in gaz.stopwords
                or key in gaz.places
                or key in gaz.subdivisions
                or key in gaz.demonyms
                or key in gaz.org_suffixes
                or key in gaz.event_words
                or is_title(key, gaz)
                or not (text[s - 2 : s - 1].isalnum() or _abbreviation_before(text, s))
                or _particle_after(text, e)
                or not title_before(text, s, gaz)
                or _title_case_line(text, s)
            ):
                continue
            m = clean_mention(text, i, s, e, "PERSON", gaz)
            if m is not None and m.text == word:
                found.append(m)
    return found


def _abbreviation_before(text: str, s: int) -> bool:
    """ "Gen. Sollo": an abbreviated title; "the Prime Minister. Obviously" ends a sentence."""
    words = text[max(0, s - 8) : s - 1].split()
    return bool(words) and words[-1].endswith(".") and len(words[-1]) <= _ABBREVIATION


def _particle_after(text: str, e: int) -> bool:
    """ "Muhammed bin Salman": the lone word is a given name, the name goes on."""
    nxt = _NEXT_WORD.match(text, e)
    return (
        nxt is not None and nxt.group(1) in PARTICLES and text[nxt.end() : nxt.end() + 1].isupper()
    )


def _title_case_line(text: str, pos: int) -> bool:
    """A heading in title case: most words capitalised ("Director General Briefs Board of
    Governors"). A line ending in a sentence's stop with a word in lower case that title case
    would capitalise is a sentence full of names and titles ("Minister X met with Minister Y
    of Z."), no heading."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3 or sum(w[:1].isupper() for w in words) < _TITLE_CASE * len(words):
        return False
    if not line.rstrip().endswith((".", "!", "?")):
        return True  # no sentence's stop: a heading, whatever its lower-case words
    return all(w[:1].isupper() or w.strip(".,;:!?") in _TITLE_CASE_LOWER for w in words)
