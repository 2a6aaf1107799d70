"""By-lines in the shapes pages print them: labels, ranks, a date run into the name.

General rules, no strings from particular pages:

- the label may be "By", "Story by", "Article by", "Report by", "Words by", "Written by";
- a rank or office before the name is the writer's role, not part of the name ("By Sgt. 1st
  Class Jane Roe", "By Navy Petty Officer 2nd Class Jane Roe, <unit>"); after a rank, what
  follows a comma is the writer's unit, not a second writer;
- a page that lost the separator between the name and the date runs them together
  ("By Jane RoeApril 25, 2031"): the date is split off again;
- a statement's headline may name its author ("Statement by Ambassador Jane Roe on ...").

The ranks and offices are those of ``resources/gazetteers/titles.txt`` and
``honorifics.txt`` (NATO and civil-service rank tables), plus the grade words military bylines
add to them (an ordinal with "Class", "Petty Officer", a service's name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.resources import read_list, resource_path

# The label of a by-line: "By", "Story by", "Written by" (a "Photo by" credit is not one).
_BY_LABEL = re.compile(
    r"(?:(?:story|article|report|text|words|written|compiled)\s+)?by\s*:?\s+", re.I
)
# A date run into the last word of a by-line: "Jane RoeApril 25, 2031".
_GLUED_DATE = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2},?\s+\d{4}\s*$)"
)
# Grade and service words of military ranks beside the titles list: "1st Class", "Petty
# Officer", "Senior Airman", "Navy", "Air Force", "Marine Corps"; and general office nouns.
_GRADE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)|Class|Petty|Officer|Airman|Seaman|Senior|Chief|Staff|Master|"
    r"Technical|Tech\.|Pfc\.|Spc\.|Sgt\.|Navy|Army|Air|Force|Marines?|Corps|Coast|Guard|Space|"
    r"Advis[eo]r|Administrator|Coordinator|Counsel+or|Attaché|Chargé|d’Affaires|d'Affaires"
)
# The headline of a statement that names its author: "Statement by <role> <Name> on ...".
_STATEMENT_BY = re.compile(
    r"(?:Joint\s+)?(?:Press\s+)?(?:Statement|Remarks|Message|Address|Speech|Op-Ed|Letter)\s+"
    r"(?:by|from)\s+(?P<who>(?-i:[A-Z])[^,;:]{1,80}?)\s+(?:on|at|to|before|for|following|"
    r"regarding|marking|in|after|about)\s",
    re.I,
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w.’'-]*|de|da|van|von|der|bin|al|el|la|le)")
MAX_ROLE_WORDS = 7  # a rank or office before a name runs to at most this many words


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Capitalised words of the titles and honorifics lists ("sgt.", "ambassador", "lt.")."""
    folder = resource_path("gazetteers")
    return frozenset(
        word.casefold()
        for name in ("titles.txt", "honorifics.txt")
        for line in read_list(folder / name)
        for form in line.split(";")
        for word in form.split()
        if word[:1].isupper()
    )


def _is_role_word(word: str) -> bool:
    """A capitalised word of a rank or office ("Sgt.", "Ambassador", "Petty") or a grade's
    ordinal ("1st"); a lower-case word never is ("the", "of")."""
    if word[:1].islower() or word.casefold() in ("the", "of"):
        return False
    return word.casefold() in _role_words() or bool(_GRADE.fullmatch(word))


def strip_role(name: str) -> tuple[str, bool]:
    """``name`` without the rank or office before it, and whether one was there.

    The role ends at its last role word within the first words ("National Security Advisor
    Jane Roe" -> "Jane Roe"); at least one word of the name stays.
    """
    words = name.split()
    last = -1
    for i, word in enumerate(words[: min(MAX_ROLE_WORDS, len(words) - 1)]):
        if _is_role_word(word):
            last = i
    if last < 0:
        return name, False
    return " ".join(words[last + 1 :]), True


def plain_byline(line: str) -> str:
    """A by-line as "By <names>[ | <date>]", its rank, unit and glued date set apart; the line
    unchanged when it is not a by-line or has none of these."""
    label = _BY_LABEL.match(line)
    if not label:
        return line
    rest = _GLUED_DATE.sub(" | ", line[label.end() :].strip())
    names, sep, tail = rest.partition(" | ")
    names, ranked = strip_role(names)
    if ranked:
        names = names.split(",", 1)[0].strip()  # after a rank, a comma starts the unit
    return f"By {names}{sep}{tail}"


def author_in_title(title: str) -> str:
    """The author a statement's headline names ("Statement by Ambassador Jane Roe on ...":
    "Jane Roe"), or "" when it names none or only a body ("Statement by the Ministry ...")."""
    match = _STATEMENT_BY.match(title)
    if not match:
        return ""
    who, ranked = strip_role(match.group("who"))
    words = who.split()
    if not (ranked or len(words) >= 2) or len(words) > 4:
        return ""  # one bare word is a body's name ("Statement by NATO on ..."), not a person's
    if any(_is_role_word(w) or not _NAME_WORD.fullmatch(w) for w in words):
        return ""
    return who
