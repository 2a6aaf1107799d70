"""Capitalised words that belong to a post or to the common noun "state", not to a name: the
first word of a post written in title case ("State Secretary", "Executive Secretary", "Health
Minister": the model cut the word before the title word) and "State" after a determiner or a
title's "of" ("across the State", "this State", "member States", "Minister of State")."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer, city_names, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm, is_title

# one capitalised word right after the name: the title word that may follow it
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w’'-])")
# the common noun "state": a polity, no actor of its own unless a text says which
_STATE_WORDS = frozenset(["state", "states"])
# a determiner, a quantifier or "member" right before: "the State", "this State", "member States";
# a possessive too: "his State visit", "the President’s State visit" (a state's own occasion)
_DETERMINED = re.compile(
    r"(?:(?<![\w’'-])(?:the|this|that|these|those|our|their|its|each|every|any|all|other|member"
    r"|his|her|my|your)|\w[’']s)[ \t]+$",
    re.IGNORECASE,
)
# a capitalised word and "of" right before: "Minister of State", "Heads of State"
_TITLE_OF = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \t]+of[ \t]+$")


def title_word(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """True when the one-word mention ``m`` of ``text`` is a word of a post or the common noun
    "state" (see the module's text); names a gazetteer knows are never touched."""
    if len(words) != 1 or m.label == "PERSON" or m.role or m.address:
        return False
    word = words[0]
    if gaz.knows(word) or word in gaz.subdivisions:
        return False
    if word in _STATE_WORDS and _state_word(text, m.start, gaz):
        return True
    return _opens_post(text, m, word, gaz)


def _state_word(text: str, s: int, gaz: Gazetteer) -> bool:
    """ "the State", "member States", "Minister of State": the noun, not the body a text may
    call "State" on its own ("State submitted its report" for the Department of State)."""
    if _DETERMINED.search(text, max(0, s - 10), s):
        return True
    title = _TITLE_OF.search(text, max(0, s - 30), s)
    return title is not None and is_title(cached_norm(title.group(1)), gaz)


def _opens_post(text: str, m: Mention, word: str, gaz: Gazetteer) -> bool:
    """ "State Secretary Ann Vale", "the Executive Secretary": a capitalised title word right
    after the word; not an acronym ("HHS Secretary": the body), a place ("Kenya President"),
    a city or a people's word ("Veldrian Minister")."""
    name = m.text
    if not name[:1].isupper() or not name[1:].islower() or not name.isalpha():
        return False
    after = _NEXT_WORD.match(text, m.end)
    if after is None or not is_title(cached_norm(after.group(1)), gaz):
        return False
    return word not in city_names() and not looks_demonym(word, gaz)
