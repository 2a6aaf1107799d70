"""Entities the model ran together that are two names: "on Facebook, Mondlane said" is
"Facebook" and "Mondlane", not one organisation called "Facebook, Mondlane"; "BARBADOS /
GRENADA" (a dateline of two places) is two places."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.analysis.gazetteer import gazetteer, norm

_SPACED_DASH = re.compile(r" [–—-] (?!.* [–—-] )")  # the last dash set off by spaces
# What may follow a name's comma and belong to it: generational and company suffixes.
_SUFFIXES = frozenset(
    ["jr", "sr", "ii", "iii", "iv", "inc", "ltd", "llc", "co", "corp", "plc", "sa", "ag"]
)


def split_at_comma(text: str, s: int, e: int, label: str) -> Iterator[tuple[int, int, str]]:
    """The entity ``text[s:e]``, or its two parts when one comma or one spaced slash joins
    two capitalised names.

    A comma inside a list that the span closes with "and" ("Foreign, Commonwealth and
    Development Office", "Ministry of Agriculture, Livestock and Fisheries") is part of one
    body's name, and so is a suffix after a comma ("Martin Luther King, Jr.", "Acme, Inc.").
    """
    kicker = _kicker(text, s, e)
    if kicker:  # "DR Congo/North Kivu: MONUC condemns": a headline's places, then its subject
        yield from ((a, b, "GPE") for a, b in kicker[:-1])
        if kicker[-1][0] < e:
            yield from split_at_comma(text, kicker[-1][0], e, label)
        return
    both = _parallel_bodies(text, s, e)
    if both is not None:  # "Office of X and Office of Y"
        yield s, both[0], label
        yield both[1], e, label
        return
    two = _two_places(text, s, e)
    if two is not None:
        yield s, two, "GPE"
        yield two + 5, e, "GPE"
        return
    dash = _SPACED_DASH.search(text, s, e)
    if dash is not None and dash.end() < e:
        # "Ontario - Global Affairs Canada": a header's fields run on; the last one when it
        # is a name of two capitalised words or more, else the first ("New York - Responding")
        tail = text[dash.end() : e].split()
        if len(tail) >= 2 and all(w[:1].isupper() for w in tail):
            yield from split_at_comma(text, dash.end(), e, label)
        else:
            yield from split_at_comma(text, s, dash.start(), label)
        return
    slash = text.find(" / ", s, e)
    if slash != -1 and text.find("/", slash + 2, e) == -1:  # "BARBADOS / GRENADA –"
        yield s, slash, label
        yield slash + 3, e, label
        return
    cut = text.find(", ", s, e)
    if cut == -1 or text.find(",", cut + 1, e) != -1:
        yield s, e, label
        return
    words = text[s:e].replace(",", " ").split()
    after = text[cut + 2 : e]
    if (
        any(w in ("and", "&", "or", "of") for w in text[cut:e].split())
        or after.rstrip(".").lower() in _SUFFIXES
        or not after[:1].isupper()
        or not all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    ):
        yield s, e, label
        return
    yield s, cut, label
    yield cut + 2, e, label


# the end of a kicker ("Sudan: ", "DR Congo/North Kivu: "), and a slash glued between names
_KICKER_END = re.compile(r"(?<=[a-z]): (?=[A-Z])")
_GLUED_SLASH = re.compile(r"(?<=[a-z])/(?=[A-Z])")
_REGION = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")


def _kicker(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of the places a headline's kicker names ("DR Congo", "North Kivu" of "DR
    Congo/North Kivu: MONUC"), then (the rest's start, e); [] when the span opens with no
    kicker led by a place a gazetteer knows (a body's "European Council: Press" is none)."""
    colon = _KICKER_END.search(text, s, e)
    stop = colon.start() if colon else e
    cuts = [s, *(x for hit in _GLUED_SLASH.finditer(text, s, stop) for x in hit.span()), stop]
    if colon is None and len(cuts) == 2:
        return []
    parts = list(zip(cuts[::2], cuts[1::2], strict=True))
    # a country first, then its regions ("DR Congo/North Kivu", "Sudan/Darfur")
    if norm(text[parts[0][0] : parts[0][1]]) not in gazetteer().places or not all(
        _REGION.fullmatch(text, a, b) for a, b in parts[1:]
    ):
        return []
    return [*parts, (colon.end() if colon else e, e)]


_HEAD_OF = re.compile(r" and (?:the )?([A-Z][a-z]+) (?:of|for|on) [A-Z]")


def _parallel_bodies(text: str, s: int, e: int) -> tuple[int, int] | None:
    """(end of the first, start of the second) when the span joins two bodies named alike with
    "and": "Office of Foreign Disaster Assistance and Office of Food for Peace" (the word
    before "of" opens the second and is in the first). "Department of Health and Human
    Services" and "Ministry of Agriculture and Fisheries" are one body."""
    for match in _HEAD_OF.finditer(text, s, e):
        head = match.group(1)
        if re.search(rf"(?<![\w-]){head} (?:of|for|on) ", text[s : match.start()]):
            return match.start(), match.start(1)
    return None


def _two_places(text: str, s: int, e: int) -> int | None:
    """Where " and " joins two places a gazetteer knows ("Cyprus and Malta"), unless the whole is
    one place's name ("Trinidad and Tobago"); else None."""
    cut = text.find(" and ", s, e)
    if cut == -1 or text.find(" and ", cut + 1, e) != -1 or text.find(",", s, e) != -1:
        return None
    places = gazetteer().places
    if norm(text[s:e]) in places:
        return None
    return cut if norm(text[s:cut]) in places and norm(text[cut + 5 : e]) in places else None
