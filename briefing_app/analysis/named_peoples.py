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
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.merging import is_acronym

# words of a kinship group written after its name ("tribe", "clan", "ethnic group") and
# "traditional" (a people's traditional leaders, chiefs, courts)
_KIN_WORDS = r"tribe|tribes|tribal|tribesmen|tribespeople|clan|clans|subclan|ethnic|traditional"
# up to three lower-case words before the kin word: "Tarvani nomadic clan"
_RUN = r"(?:[ \t]+(?:and[ \t]+)?[a-z]+){0,3}?"
# a preposition of place right before the name (perhaps with "the"): the name is a place
_PLACE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:in|at|near|into|across|throughout|around|inside|outside|from|to)[ \t]+"
    r"(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}"


def a_named_people(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """Whether the name of ``m`` is a people's own name (see the module's text)."""
    name = m.text.removeprefix("the ").removeprefix("The ")
    words = name.split()
    if m.role or m.address or not 1 <= len(words) <= 3 or is_acronym(name):
        return False
    if not all(w[:1].isupper() for w in words) or gaz.knows(cached_norm(name)):
        return False
    return _people_name(text, name)


@lru_cache(maxsize=4096)
def _people_name(text: str, name: str) -> bool:
    n = re.escape(name)
    if _after_place_word(text, n):
        return False
    if re.search(rf"(?<![\w’'-]){n}{_RUN}[ \t]+(?:{_KIN_WORDS})\b", text):
        return True  # "the Tarvani tribe", "the Tarvani traditional and community leaders"
    # "the Tarvani and Oru Keth traders": joined to a people's name before a common noun
    joined = (
        rf"(?<![\w’'-])({_NAME})[ \t]+and[ \t]+{n}[ \t]+[a-z]",
        rf"(?<![\w’'-]){n}[ \t]+and[ \t]+({_NAME})[ \t]+[a-z]",
    )
    for pattern in joined:
        for found in re.finditer(pattern, text):
            other = re.escape(found.group(1))
            if (
                found.group(1) != name
                and not _after_place_word(text, other)
                and re.search(rf"(?<![\w’'-]){other}{_RUN}[ \t]+(?:{_KIN_WORDS})\b", text)
            ):
                return True
    return False


def _after_place_word(text: str, n: str) -> bool:
    """The text writes the name after a preposition of place somewhere."""
    return any(
        _PLACE_BEFORE.search(text, max(0, f.start() - 16), f.start())
        for f in re.finditer(rf"(?<![\w’'-]){n}(?![\w’'-])", text)
    )
