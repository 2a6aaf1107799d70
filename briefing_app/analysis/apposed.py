"""People named with their post in apposition, whom the model missed: "Ana Varn, Special
Envoy of the Council", "and Piet F. Osk, Head of the Harbour Office". Two or three capitalised
words of a name's shape, then a comma and a post: a title of the lists, or capitalised words
before "of"/"for" and a capitalised body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import _source_lowercase, lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    overlaps_taken,
    taken_spans,
)
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_NAME_PART = r"[A-Z][a-z\u00df-\u024f’'-]+(?:-[A-Z][a-z\u00df-\u024f’'-]+)?"
_APPOSED = re.compile(
    rf"(?<![\w’'.&-])(?P<name>{_NAME_PART}(?: [A-Z]\.)?(?: {_NAME_PART}){{1,2}}), (?:the )?"
    r"(?P<post>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?P<of> (?:of|for) (?:the )?[A-Z])?"
)
_CALENDAR = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))
_PREVIOUS = re.compile(r"([A-Za-z][\w’'-]*) $")


def _previous(text: str, at: int) -> re.Match[str] | None:
    """The word just before ``at`` and a space (within 30 characters); the search only runs
    when a space, or a line break after one (where ``$`` also matches), ends the window."""
    if at == 0 or text[at - 1] not in " \n":
        return None
    return _PREVIOUS.search(text, max(0, at - 30), at)


def apposed_people(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Each name-shaped run no mention covers that a comma and a post follow. No word of the
    name may be written in lower case in the sources, be a place, people, title, organisation
    word or month; a capitalised word right before the run makes it part of a longer name."""
    lower = lowercase_words(sources)
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        for hit in _hits(text):
            s, e = hit.span("name")
            if overlaps_taken(spans, s, e):
                continue
            if not _a_post(hit, gaz) or not _name_shape(hit.group("name"), lower, gaz):
                continue
            before = _previous(text, s)
            if before and before.group(1)[:1].isupper():
                continue  # "Harbour Trust Ana Varn, ...": not where a name starts
            m = clean_mention(text, i, s, e, "PERSON", gaz)
            if m is not None and m.text == hit.group("name"):
                m.role = hit.group("post") if _listed_title(hit.group("post"), gaz) else ""
                found.append(m)
    return found


def apposed_full_name(text: str, m: Mention, gaz: Gazetteer) -> Mention:
    """ "Armando Sánchez Vargas, Director of ..." the model tagged as "Armando" (a place), or
    "Vitor Manuel Mateus, Secretary of ..." as "Manuel Mateus": a mention inside a run of a
    name's shape that a comma and a post follow grows to the whole run, a person."""
    if m.label not in ("PERSON", "GPE", "ORG", "LOC", "NORP"):
        return m
    starts = [m.start]
    before = _previous(text, m.start)
    if before and before.group(1)[:1].isupper() and not _addressed(before.group(1), m, gaz):
        starts.insert(0, before.start(1))  # the given name the model left out ("Ms" is none)
    for start in starts:
        hit = _APPOSED.match(text, start)
        if hit is None or hit.end("name") < m.end or hit.group("name") == m.text:
            continue
        s, e = hit.span("name")
        first = _previous(text, s)
        if first and first.group(1)[:1].isupper():
            continue  # "Harbour Trust Ana Varn, ...": not where a name starts
        if _a_post(hit, gaz) and _name_shape(hit.group("name"), _source_lowercase(text), gaz):
            return Mention(
                m.source, s, e, hit.group("name"), "PERSON", m.role, m.article, m.address
            )
    return m


def _addressed(word: str, m: Mention, gaz: Gazetteer) -> bool:
    """A form of address or a title ("Ms", "Dr", "Minister") before a full name: no given
    name of it ("Lady" before a surname alone is a peer's name: "Lady Hale")."""
    key = cached_norm(word)
    return " " in m.text and (key in gaz.honorifics or key in gaz.titles)


def posts_after_names(sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer) -> None:
    """A name the model tagged, then a comma and a post of the lists, takes that post as its
    role ("- Ana Varn, Minister of Trade" under a quote, "Piet Osk, Commissioner for Health
    (EU)" under a headline): a signature line is the story's speaker, not page furniture."""
    lower = lowercase_words(sources)
    for m in mentions:
        if m.role or m.label not in ("PERSON", "ORG") or not m.text[:1].isupper():
            continue
        hit = _APPOSED.match(sources[m.source].text, m.start)
        if (
            hit is not None
            and hit.group("name") == m.text
            and _listed_title(hit.group("post"), gaz)
            and _name_shape(m.text, lower, gaz)
        ):
            m.role = hit.group("post")


def _hits(text: str):
    """Every match, each start tried once: "On Monday, Ana Varn, Head of ..." holds one."""
    hit = _APPOSED.search(text)
    while hit is not None:
        yield hit
        hit = _APPOSED.search(text, hit.start() + 1)


def _listed_title(post: str, gaz: Gazetteer) -> bool:
    return cached_norm(post) in gaz.titles


def _a_post(hit: re.Match, gaz: Gazetteer) -> bool:
    """A title of the lists as the post's first words, or post words before "of"/"for" and
    a capitalised body ("Head of the Harbour Office")."""
    words = hit.group("post").split()
    for k in range(min(len(words), gaz.max_title_words), 0, -1):
        if cached_norm(" ".join(words[:k])) in gaz.titles:
            return True
    return bool(hit.group("of")) and not any(cached_norm(w) in gaz.places for w in words)


def _name_shape(name: str, lower: frozenset[str], gaz: Gazetteer) -> bool:
    for word in name.replace("-", " ").split():
        key = cached_norm(word)
        if len(key) == 1:
            continue  # a middle initial
        if (
            key in lower
            or key in _CALENDAR
            or key in gaz.stopwords
            or key in gaz.places
            or key in gaz.subdivisions
            or key in gaz.demonyms
            or key in gaz.org_suffixes
            or key in gaz.titles
        ):
            return False
    return cached_norm(name) not in gaz.places
