"""Places the model missed that are written right beside a place it tagged: "Melbourne, Hobart,
Adelaide, Canberra" (one name left untagged in a run of places), "the East Midlands, Lincolnshire
and ...", "Innsbruck in Austria". The missed name must be a place a gazetteer knows (a GeoNames
city or an ISO 3166-2 subdivision): its neighbour only tells that here it is the place, not a
person or a word of the same spelling."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, city_names, looks_demonym
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    is_title,
    overlaps_taken,
    taken_spans,
)
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

# one or two capitalised words; a word may join capitalised parts with a hyphen ("Basse-Kotto")
_PART = r"[A-Z][a-z\u00df-\u024f’'-]*[a-z\u00df-\u024f]"
_NAME = rf"{_PART}(?:-{_PART})*(?: {_PART}(?:-{_PART})*)?"
# after the tagged place: ", Name" or " and Name"; the name ends there (no capitalised word, no
# hyphen or apostrophe goes on: "Perth, Western Australia" is grown by no rule of this module)
_AFTER = re.compile(rf"(?:,| and| or|, and|, or) (?P<name>{_NAME})(?![\w’'-]| [A-Z])")
# after ", Name": the list or the sentence goes on, or the kind of area follows ("Alindao,
# Basse-Kotto prefecture"); "In Paris, Florence said ..." opens a clause with its subject
_ITEM_END = re.compile(
    r"[ \t]*(?:$|[\n,;.:)]|(?:and|or) |(?:region|province|district|county|prefecture|state|"
    r"governorate|oblast|municipality)\b)"
)
# before it: "Name, " / "Name and " / "Name in " (the last only before a country)
_BEFORE = re.compile(rf"(?<![\w’'.&-])(?P<name>{_NAME})(?P<join>, | and | or | in )$")
# a capitalised word right before a name, maybe with "of" or "the": it is the tail of a longer
# name ("University of Adelaide, Australia", "Port Hobart"); "the towns of Tiwi" is no name
_LONGER_BEFORE = re.compile(r"[A-Z][\w’'.-]*(?: of| of the| the| de| du)? $")
_PLACE_LABELS = frozenset(["GPE", "LOC"])
# "and"/"or" and a capitalised word after the name: what follows may end one name ("Bow and
# Piddle Brook", a brook)
_JOINED_NEXT = re.compile(r",? (?:and|or|&) (?=[A-Z])")
_CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def beside_places(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Each known place no mention covers, written next to a place the model tagged (joined by
    a comma, "and" or "or"; or before "in" and a country); after a comma, only an item of a
    list or an apposition (a comma, "and", a full stop or an area's kind after it). None of its
    words is written in lower case in the sources or is a word of a person the model tagged
    there ("Jackson" of "Ann Jackson"), a stop, title, people's, body's or calendar word; nor is
    it the end of a longer place tagged in the source ("Honiara" of "West Honiara"), or joined
    by "and" to a name the model tagged as no place ("Bow and Piddle Brook")."""
    places = [m for m in mentions if m.label in _PLACE_LABELS]
    if not places:
        return []
    taken = taken_spans(mentions)
    lower = lowercase_words(sources)
    person_words: dict[int, set[str]] = {}
    tails: dict[int, set[str]] = {}  # "honiara" of "West Honiara": a longer place's last words
    for m in mentions:
        if m.label == "PERSON":
            person_words.setdefault(m.source, set()).update(cached_norm(m.text).split())
        elif m.label in _PLACE_LABELS and " " in (key := cached_norm(m.text)):
            words = key.split()
            tails.setdefault(m.source, set()).update(
                " ".join(words[k:]) for k in range(1, len(words))
            )
    labels = {(m.source, m.start): m.label for m in mentions}
    found: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for p in places:
        text = sources[p.source].text
        spans = taken.get(p.source, [])
        hits: list[tuple[int, int]] = []
        after = _AFTER.match(text, p.end)
        if after and (text[p.end] != "," or _ITEM_END.match(text, after.end())):
            hits.append(after.span("name"))
        before = _BEFORE.search(text, max(0, p.start - 60), p.start)
        if before and (before.group("join") != " in " or cached_norm(p.text) in gaz.countries):
            s = before.start("name")
            if not _LONGER_BEFORE.search(text, max(0, s - 12), s):
                hits.append(before.span("name"))
        for s, e in hits:
            if (p.source, s) in seen or overlaps_taken(spans, s, e):
                continue
            if cached_norm(text[s:e]) in tails.get(p.source, set()):
                continue  # "Honiara" beside "West Honiara": the rules joining the two decide
            joined = _JOINED_NEXT.match(text, e)
            if joined and labels.get((p.source, joined.end()), "GPE") not in _PLACE_LABELS:
                continue  # "Bow and Piddle Brook": the name after "and" is no place
            if not _a_known_place(text[s:e], lower, person_words.get(p.source, set()), gaz):
                continue
            m = clean_mention(text, p.source, s, e, "GPE", gaz)
            if m is not None and (m.start, m.end) == (s, e):
                seen.add((p.source, s))
                found.append(m)
    return found


def _a_known_place(name: str, lower: frozenset[str], persons: set[str], gaz: Gazetteer) -> bool:
    key = cached_norm(name)
    if not (key in city_names() or key in gaz.subdivisions):
        return False
    if key in gaz.persons or key in gaz.organizations:
        return False
    return all(
        w not in lower
        and w not in persons
        and w not in _CALENDAR
        and w not in gaz.stopwords
        and w not in gaz.org_suffixes
        and w not in gaz.demonyms
        and not looks_demonym(w, gaz)
        and not is_title(w, gaz)
        for w in key.split()
    )
