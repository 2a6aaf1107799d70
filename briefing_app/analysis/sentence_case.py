"""The subject of a headline written in sentence case ("Kelvo Harbour Authority hits the water
for a rescue drill", "KMIS chief briefs the council on Veldra"): in such a line only names are
capitalised, so a capitalised span the model read at its head, right before a lower-case verb
or noun, is a name, not a title-case word of a headline misread as one ("Storm Warning Issued
For Coastal Towns"). A headline or a list headline whose subject is a body (an acronym, or a
name with a body's word) names an actor.

The test is the line's form alone: the mention opens the line; the word after it is a lower-case
word that is no function word ("hits", "chief"), which title case would capitalise; and the rest
of the line writes at least two such words, so that a title-case line with one lower-case word
("Airman Recalls first Mission") is not read as a sentence.
"""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.name_words import is_title

# the words title case leaves in lower case ("Ships Arrive in Port Kelvo")
_FUNCTION_WORDS = frozenset(
    [
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor"),
        *("by", "with", "from", "as", "into", "onto", "over", "per", "via", "vs", "up", "off"),
        *("out", "amid", "after", "before", "than", "towards", "toward", "against", "about"),
    ]
)
_LABELS = ("GPE", "ORG", "FAC")  # the model's labels for a body
_LINE_HEAD = re.compile(r"[ \t•*–—-]*")
_LOWER_PART = re.compile(r"-[a-z]")  # "Bi-weekly": a word in lower case after a hyphen


def _content(word: str) -> bool:
    word = word.strip("‘’'\"“”,.;:!?()")
    return word.isalpha() and word.islower() and word not in _FUNCTION_WORDS


def headline_subject(text: str, m: Mention, line: tuple[int, int] | None, gaz: Gazetteer) -> bool:
    """Whether ``m``, a body by its form, is the subject opening ``line``, a line of ``text``
    written in sentence case: an acronym, or two words or more with a body's word ("Kelvo
    Harbour Authority"), ending in no title."""
    if line is None or m.label not in _LABELS or "\n" in m.text or m.end > line[1]:
        return False
    if _LINE_HEAD.fullmatch(text, line[0], m.start) is None:
        return False
    words = m.text.split()
    if len(words) < 2 and not m.text.isupper():
        return False  # "Flooding hits ...": the opening word, capitalised by the sentence
    if _LOWER_PART.search(m.text) or is_title(cached_norm(words[-1]), gaz):
        return False
    keys = cached_norm(m.text).split()
    if not m.text.isupper() and not any(w in gaz.org_suffixes for w in keys):
        return False  # a body by its form: an acronym, or a name with a body's word ("Guard")
    if words[-1].endswith("s") and not words[-1].isupper() and keys[-1] not in gaz.org_suffixes:
        return False  # "Kelvo Army Soldiers participate in ...": the body's people, a plural
    rest = text[m.end : line[1]].split()
    return bool(rest) and _content(rest[0]) and sum(map(_content, rest)) >= 2
