"""The ranks and offices before a writer's or speaker's name (read by ``byline`` and
``date_bar_byline``): the words of ``resources/gazetteers/titles.txt`` and ``honorifics.txt``
(NATO and civil-service rank tables), read once, plus the grade words military by-lines add to
them (an ordinal with "Class", "Petty Officer", a service's name)."""

from __future__ import annotations

import re

from briefing_app.ingest.byline_shapes import QUALIFICATION
from briefing_app.resources import read_list, resource_cache, resource_path

# Grade and service words of military ranks beside the titles list: "1st Class", "Petty
# Officer", "Senior Airman", "Seaman Apprentice" (US Navy rates), "Navy", "Air Force", "Marine
# Corps"; and general office nouns.
_GRADE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)|Class|Petty|Officer|Airman|Seaman|Apprentice|Senior|Chief|Staff|"
    r"Master|Technical|Tech\.|Pfc\.|Spc\.|Sgt\.|Navy|Army|Air|Force|Marines?|Corps|Coast|Guard|"
    r"Space|Advis[eo]r|Administrator|Coordinator|Counsel+or|Attaché|Chargé|d’Affaires|d'Affaires"
)
MAX_ROLE_WORDS = 7  # a rank or office before a name runs to at most this many words
_RANKS_HEADING = "# Military ranks"


@resource_cache
def _titles() -> tuple[tuple[str, str], ...]:
    """Each entry of titles.txt with the comment heading it stands under (its section)."""
    try:
        raw = (resource_path("gazetteers") / "titles.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    heading, rows = "", []
    for line in map(str.strip, raw.splitlines()):
        if line.startswith("#"):
            heading = line
        elif line:
            rows.append((heading, line))
    return tuple(rows)


def _words(entries: list[str]) -> list[str]:
    return [word for line in entries for form in line.split(";") for word in form.split()]


@resource_cache
def role_words() -> frozenset[str]:
    """Capitalised words of the titles and honorifics lists ("sgt.", "ambassador", "lt.")."""
    entries = [line for _, line in _titles()]
    entries += read_list(resource_path("gazetteers") / "honorifics.txt")
    return frozenset(word.casefold() for word in _words(entries) if word[:1].isupper())


@resource_cache
def rank_words() -> frozenset[str]:
    """The words of the military ranks in titles.txt (its "Military ranks" section: "Cpl.",
    "Sergeant", "Petty"), no civil title among them."""
    ranks = [line for heading, line in _titles() if heading.startswith(_RANKS_HEADING)]
    return frozenset(word.casefold() for word in _words(ranks))


def is_role_word(word: str) -> bool:
    """A capitalised word of a rank or office ("Sgt.", "Ambassador", "Petty") or a grade's
    ordinal ("1st"); a lower-case word never is ("the", "of")."""
    if word[:1].islower() or word.casefold() in ("the", "of"):
        return False
    return word.casefold() in role_words() or bool(_GRADE.fullmatch(word))


def strip_role(name: str) -> tuple[str, bool]:
    """``name`` without the rank or office before it, and whether one was there.

    The role ends at its last role word within the first words ("National Security Advisor
    Jane Roe" -> "Jane Roe"); at least one word of the name stays. A comma closes the name:
    the words after it are the writer's unit ("Sgt. Jane Roe, Joint Task Force Kelvo"), whose
    service words ("Force", "Air") are no rank.
    """
    words = name.split()
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), len(words) - 1)
    last = -1
    for i, word in enumerate(words[: min(MAX_ROLE_WORDS, len(words) - 1, comma)]):
        # a rank's qualifications in brackets right after it ("Petty Officer 1st Class (SW/AW)
        # Jane Roe"); after a name they are the writer's own ("Jane Roe (AP) and John Doe")
        if is_role_word(word) or (QUALIFICATION.fullmatch(word) and 0 <= last == i - 1):
            last = i
    if last < 0:
        return name, False
    return " ".join(words[last + 1 :]), True
