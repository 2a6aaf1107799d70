"""Peoples named by their own names ("the Tarvani", "the Oru Keth"): an ethnic group, a tribe or
a clan is a group, like a nationality, not an actor. The text says so by its grammar: the name
right before a word of kinship groups ("the Tarvani tribe", "members of the Oru Keth ethnic
group", "the Tarvani traditional and community leaders"), or joined by "and" to such a name
before a lower-case noun ("the Tarvani and Oru Keth traders"). A place can take those words
("the Lumbe community"), so a name the gazetteer knows, or the text writes after a preposition
of place ("in the Lumbe community", "to Lumbe"), stays what it was."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.name_spots import name_spots

# words of a kinship group written after its name ("tribe", "clan", "ethnic group") and
# "traditional" (a people's traditional leaders, chiefs, courts)
_KIN_WORDS = (
    r"tribe|tribes|tribal|tribesmen|tribespeople|clan|clans|subclan|ethnic"
    # "traditional" only before a people's leaders: a party's "traditional strongholds" or a
    # city's "traditional media" are no people's
    r"|traditional(?:[ \t]+and[ \t]+[a-z]+)?[ \t]+(?:leaders?|rulers?|chiefs?|elders?"
    r"|councils?|authorit(?:y|ies)|courts?|institutions?|kings?)"
)
# up to three lower-case words before the kin word: "Tarvani nomadic clan"
_RUN = r"(?:[ \t]+(?:and[ \t]+)?[a-z]+){0,3}?"
# a preposition of place right before the name (perhaps with "the"): the name is a place
_PLACE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:in|at|near|into|across|throughout|around|inside|outside|from|to)[ \t]+"
    r"(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}"
_KIN_AFTER = re.compile(rf"{_RUN}[ \t]+(?:{_KIN_WORDS})\b")
_NAME_AND_BEFORE = re.compile(rf"(?<![\w’'-])({_NAME})[ \t]+and[ \t]+$")
_AND_NAME_AFTER = re.compile(rf"[ \t]+and[ \t]+({_NAME})[ \t]+[a-z]")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


def a_named_people(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """Whether the name of ``m`` is a people's own name (see the module's text)."""
    name = m.text.removeprefix("the ").removeprefix("The ")
    words = name.split()
    if m.role or m.address or not 1 <= len(words) <= 3 or is_acronym(name):
        return False
    if not all(w[:1].isupper() for w in words) or gaz.knows(cached_norm(name)):
        return False
    if len(words) > 1 and cached_norm(words[-1]) in gaz.org_suffixes:
        return False  # "the Kelvo Foundation tribal liaison": a body's name
    return not _a_surname(text, name, gaz) and _people_name(text, name)


@lru_cache(maxsize=4096)
def _people_name(text: str, name: str) -> bool:
    if _after_place_word(text, name):
        return False
    if _kin_word_after(text, name):
        return True  # "the Tarvani tribe", "the Tarvani traditional and community leaders"
    # "the Tarvani and Oru Keth traders": joined to a people's name before a common noun
    for s, e in name_spots(text, name):
        if not _LOWER_NEXT.match(text, e):
            continue
        joined = _NAME_AND_BEFORE.search(text, max(0, s - 60), s)
        if joined and _a_kin_name(text, joined.group(1), name):
            return True
    for _, e in name_spots(text, name):
        joined = _AND_NAME_AFTER.match(text, e)
        if joined and _a_kin_name(text, joined.group(1), name):
            return True
    return False


def _a_kin_name(text: str, other: str, name: str) -> bool:
    """``other`` (joined to ``name``) is written before a kin word and never as a place."""
    return other != name and not _after_place_word(text, other) and _kin_word_after(text, other)


def _kin_word_after(text: str, name: str) -> bool:
    return any(_KIN_AFTER.match(text, e) for _, e in name_spots(text, name))


def _after_place_word(text: str, name: str) -> bool:
    """The text writes the name after a preposition of place somewhere."""
    return any(_PLACE_BEFORE.search(text, max(0, s - 16), s) for s, _ in name_spots(text, name))


# a capitalised word right before a name
_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+$")


def _a_surname(text: str, name: str, gaz: Gazetteer) -> bool:
    """The text writes the name as a person's surname somewhere ("Uhuru Kenyatta" beside
    "Kenyatta and Odinga ethnic rivalries"): a person, no people. A function word before it
    ("The Tarvani", "Many Tarvani") or a title ("Chief Tarvani") makes no given name."""
    for s, _ in name_spots(text, name):
        given = _GIVEN_BEFORE.search(text, max(0, s - 30), s)
        if given is None:
            continue
        key = cached_norm(given.group(1))
        if key not in gaz.stopwords and not is_title(key, gaz) and key not in gaz.demonyms:
            return True
    return False
