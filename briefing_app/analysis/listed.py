"""Names coordinated with bodies the model tagged: "Save the Children" in "They are: Save the
Children, Mercy Corps, ActionAid and Oxfam" is a body like the others of its list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    is_title,
    taken_spans,
    title_before,
)
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_WORD = r"[A-Z][\w’'&-]*"
_ITEM = rf"(?:the )?{_WORD}(?: (?:(?:the|of|for|on) )*{_WORD}){{0,4}}"
_LIST = re.compile(rf"(?<![\w’'&-])({_ITEM})((?:, {_ITEM})+),? and ({_ITEM})(?![\w’'&-])")
_ITEM_RE = re.compile(_ITEM)
_AFTER_INITIAL = re.compile(r"(?<![\w.])[A-Z]\. $")
_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def coordinated_bodies(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """In a list of three names or more ("A, B, C and D") where the model tagged two items or
    more as organisations, each item no mention covers is an organisation too. A list of places
    or days, or with one body in it, adds nothing; nor does an item of a person's shape ("the
    OSCE, the European Union, Vladimir Putin and Angela Merkel")."""
    taken = taken_spans(mentions)
    orgs: dict[int, list[tuple[int, int]]] = {}
    persons: dict[int, list[tuple[int, int]]] = {}
    given: dict[int, set[str]] = {}  # by source: the first words of its people's full names
    for m in mentions:
        if m.label == "ORG":
            orgs.setdefault(m.source, []).append((m.start, m.end))
        elif m.label == "PERSON":
            persons.setdefault(m.source, []).append((m.start, m.end))
            if len(m.text.split()) >= 2:
                given.setdefault(m.source, set()).add(m.text.split()[0])
    found: list[Mention] = []
    for i in orgs:
        text = sources[i].text
        spans = taken.get(i, [])
        for match in _LIST.finditer(text):
            items = _items(text, match, gaz)
            tagged = [it for it in items if _overlaps(orgs[i], it)]
            if len(items) < 3 or len(tagged) < 2:
                continue
            person_before = False
            for s, e in items:
                if _overlaps(persons.get(i, []), (s, e)):
                    person_before = True
                if _overlaps(spans, (s, e)) or cached_norm(text[s:e]) in _CALENDAR:
                    continue
                if _a_person(text, s, e, gaz, person_before, given.get(i, set())):
                    person_before = True
                    continue
                m = clean_mention(text, i, s, e, "ORG", gaz)
                if m is not None:
                    found.append(m)
    return found


def _items(text: str, match: re.Match, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The (start, end) of each item less its "the"; an item opening with a function word
    ("Yesterday Oxfam", "On UN Day") is a phrase before the list, left out."""
    items = []
    for item in _ITEM_RE.finditer(text, match.start(), match.end()):
        s, e = item.span()
        if text.startswith("the ", s):
            s += 4
        first = text[s:e].split(" ", 1)
        if len(first) == 2 and cached_norm(first[0]) in gaz.stopwords:
            continue  # "On UN Day, ...": a phrase before the list, no item of it
        if _AFTER_INITIAL.search(text, max(0, s - 4), s):
            continue  # "Byrd" of "USNS Richard E. Byrd, ...": a name's end after its initial
        items.append((s, e))
    return items


def _a_person(text: str, s: int, e: int, gaz: Gazetteer, person_before: bool, given) -> bool:
    """True when an item has a person's shape: a person of the gazetteer, or two or three
    capitalised words (no body or place word among them) after a title, or whose first word
    is a given name of the source's people, or after an item that is a person."""
    words = text[s:e].split()
    key = cached_norm(text[s:e])
    if key in gaz.persons:
        return True
    titled = 0
    while titled < len(words) - 2 and is_title(cached_norm(words[titled]), gaz):
        titled += 1  # "President Vladimir Putin": the title, then the name
    name = words[titled:]
    if not 2 <= len(name) <= 3 or key in gaz.organizations or key in gaz.places:
        return False
    if not all(w[:1].isupper() and not w.isupper() and _NAME_WORD.fullmatch(w) for w in name):
        return False
    if any(cached_norm(w) in gaz.org_suffixes or cached_norm(w) in gaz.places for w in name):
        return False
    return bool(titled or person_before or name[0] in given or title_before(text, s, gaz))


def _overlaps(spans: list[tuple[int, int]], item: tuple[int, int]) -> bool:
    s, e = item
    return any(a < e and s < b for a, b in spans)


_PLACE_ITEM = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}"
# the word before a list's last item: "and", "or", or the "and" of the language a list of local
# places is copied in ("Rocafuerte, Jama, Crucita y Muisne")
_LAST_JOIN = r"(?:and|or|y|e|et|und)"
_PLACE_LIST = re.compile(
    rf"(?<![\w’'&.-])(?:{_PLACE_ITEM}, )+{_PLACE_ITEM},? {_LAST_JOIN} {_PLACE_ITEM}(?![\w’'&-])"
)
_PLACE_ITEM_RE = re.compile(_PLACE_ITEM)


def coordinated_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """In a list of three names or more joined by "and"/"or" ("in Kuwait, Ostia, Ramstein or
    Cyprus") where two items or more are places the model tagged, each item no mention covers
    is a place too when the gazetteer knows it, or when it is one word of a name's shape: not
    written in lower case in the sources, no acronym, body, title, people or calendar word."""
    places: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.label in ("GPE", "LOC"):
            places.setdefault(m.source, []).append((m.start, m.end))
    taken = taken_spans(mentions)
    lower = lowercase_words(sources) if places else frozenset()
    found: list[Mention] = []
    for i, spans in places.items():
        text = sources[i].text
        for match in _PLACE_LIST.finditer(text):
            items = [
                _before_full_stop(text, *it.span())
                for it in _PLACE_ITEM_RE.finditer(text, match.start(), match.end())
            ]
            items = [(s, e) for s, e in items if text[s:e] not in ("and", "or")]
            if len(items) < 3 or sum(_overlaps(spans, it) for it in items) < 2:
                continue
            for k, (s, e) in enumerate(items):
                if _overlaps(taken.get(i, []), (s, e)) or not _a_place(text[s:e], lower, gaz):
                    continue
                if " " in text[s:e] and k != len(items) - 1 and not _known(text[s:e], gaz):
                    continue  # two words only last: not "Oxfam Relief" or "Foreign Affairs, X"
                m = clean_mention(text, i, s, e, "GPE", gaz)
                if m is not None:
                    found.append(m)
    return found


# a word of three letters or more and a full stop: the sentence ends there ("... and Saraf Omra.
# The convoy"), unlike "St." or "D.C."
_FULL_STOP = re.compile(r"(?<=[^\W\d]{3})\.(?= |$)")


def _before_full_stop(text: str, s: int, e: int) -> tuple[int, int]:
    stop = _FULL_STOP.search(text, s, e)
    return (s, stop.start()) if stop else (s, e)


def _known(name: str, gaz: Gazetteer) -> bool:
    """A place the gazetteer knows ("Southern Leyte"), wherever it stands in the list."""
    key = cached_norm(name)
    return key in gaz.places or key in gaz.subdivisions


def _a_place(name: str, lower: frozenset[str], gaz: Gazetteer) -> bool:
    key = cached_norm(name)
    if _known(name, gaz):
        return True
    # one word of a name's shape, or two ("Saraf Omra") as the list's last item (the caller),
    # none of them a word the sources write in lower case or a body's, title's, people's or
    # calendar word
    return (
        name.count(" ") <= 1
        and not name.isupper()
        and key not in gaz.organizations
        and all(
            w not in lower
            and w not in _CALENDAR
            and w not in gaz.stopwords
            and w not in gaz.org_suffixes
            and w not in gaz.demonyms
            and not is_title(w, gaz)
            for w in key.split()
        )
    )


_NEXT_LOWER = re.compile(r",? ([a-z][\w’'-]*)")


def listed_bodies_of_a_people(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> None:
    """A list of three names or more ("Christian Aid, Tearfund and Islamic Relief") whose items
    the model read as peoples or religions (or one as a person) names bodies when one item or
    more is a people's word then a capitalised noun ("Islamic Relief") and each other item is a
    body, such a name, or one word that is no people's name ("Tearfund"). The model's mentions
    of those items in the source become bodies, in place. A list of peoples ("Christians,
    Muslims and Jews") or of adjectives before a noun ("Catholic, Orthodox and Protestant
    churches") stays as it is."""
    by_source: dict[int, list[Mention]] = {}
    for m in mentions:
        by_source.setdefault(m.source, []).append(m)
    for i, own in by_source.items():
        if not any(m.label == "NORP" for m in own):
            continue
        text = sources[i].text
        for match in _LIST.finditer(text):
            nxt = _NEXT_LOWER.match(text, match.end())
            if nxt is not None and cached_norm(nxt.group(1)) not in gaz.stopwords:
                continue  # "Catholic, Orthodox and Protestant churches": adjectives
            items = _items(text, match, gaz)
            kinds = [_body_item(text, item, own, gaz) for item in items]
            if len(items) < 3 or "" in kinds or "named" not in kinds:
                continue
            names = {text[s:e] for (s, e), kind in zip(items, kinds, strict=True) if kind != "org"}
            for (s, e), kind in zip(items, kinds, strict=True):
                for m in own:
                    if kind != "org" and m.start < e and s < m.end:
                        m.start, m.end, m.text, m.label = s, e, text[s:e], "ORG"
            for m in own:
                if m.text in names:
                    m.label = "ORG"  # "Tearfund will enhance ...": the same body again


def _body_item(text: str, item: tuple[int, int], own: list[Mention], gaz: Gazetteer) -> str:
    """ "org" for an item the model tagged a body, "named" for a people's word then capitalised
    nouns, "word" for one word read as a people that no list knows as one, else ""."""
    s, e = item
    inside = [m for m in own if m.start < e and s < m.end]
    if len(inside) != 1 or inside[0].start < s or inside[0].end > e:
        return ""
    m = inside[0]
    key = cached_norm(text[s:e])
    if m.label == "ORG" and (m.start, m.end) == (s, e):
        return "org"
    if key in gaz.places or key in gaz.subdivisions or key in gaz.persons:
        return ""
    words = text[s:e].split()
    if len(words) >= 2 and m.start == s:
        # the model read "Islamic" of "Islamic Relief" as a people, "Christian" as a person
        people = m.label == "NORP" or (
            m.label == "PERSON" and cached_norm(words[0]) in gaz.demonyms
        )
        rest = [cached_norm(w) for w in words[1:]]
        if people and not any(w in gaz.demonyms or is_title(w, gaz) for w in rest):
            return "named"  # "Christian Aid", "Islamic Relief"
        return ""
    one = m.label == "NORP" and len(words) == 1 and (m.start, m.end) == (s, e)
    if one and key not in gaz.demonyms and not looks_demonym(key, gaz):
        return "word"  # "Tearfund"
    return ""


_PAIR = re.compile(
    r"(?<![\w’'&.-])(?P<a>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}) (?:and|or|&) "
    r"(?P<b>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?![\w’'&-])(?! [A-Z])"
)


def paired_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Two names joined by "and"/"or" ("in Greece and Cyprus", "with Vava’u and Ha’apai"):
    the second is a place when the first is a place the model tagged or the lists know, the
    second a country or region of the lists no mention covers, never written in lower case
    ("Paris and Nice" in "nice weather") nor followed by another capitalised word."""
    taken = taken_spans(mentions)
    labels = {(m.source, m.start, m.end): m.label for m in mentions}
    lower = lowercase_words(sources)
    found: list[Mention] = []
    for i, own in taken.items():
        text = sources[i].text
        for hit in _PAIR.finditer(text):
            (a, a_end), (b, b_end) = hit.span("a"), hit.span("b")
            if _overlaps(own, (b, b_end)) or not _a_known_place(text[b:b_end], lower, gaz):
                continue
            first = labels.get((i, a, a_end))
            key = cached_norm(text[a:a_end])
            if first is None or not (
                first in ("GPE", "LOC") or key in gaz.places or key in gaz.subdivisions
            ):
                continue
            m = clean_mention(text, i, b, b_end, "GPE", gaz)
            if m is not None and m.text == text[b:b_end]:
                found.append(m)
    return found


def _a_known_place(name: str, lower: frozenset[str], gaz: Gazetteer) -> bool:
    key = cached_norm(name)
    return (key in gaz.countries or key in gaz.subdivisions) and key not in lower
