"""Where a mention's span really starts and ends: the model's entity spans run into a title
after a name, a rank, an event word or a trailing "and"; miss a particle before a surname;
or are cut from a longer title-case phrase. Helpers of ``mentions.clean_mention``."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.name_words import PARTICLES, cached_norm, is_title
from briefing_app.model.dates import MONTHS, WEEKDAYS

_WORD = re.compile(r"[^\s]+")
_PARTICLE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")[ -])+$"
)
_EVENT_NOUNS = frozenset(["remarks", "statement", "readout", "call", "interview", "conference"])


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_NOT_CUT = frozenset(
    [*(m.lower() for m in MONTHS), *(d.lower() for d in WEEKDAYS), "jr", "sr", "said", "says"]
)


def cut_from_a_phrase(text: str, e: int, gaz: Gazetteer) -> bool:
    """A "person" the model cut from a title-case phrase: a capitalised common word follows
    on the same line, then "and" or "of" ("Foreign Humanitarian Assistance and Disaster
    Relief"); a title, a month or a weekday after a name is no such word."""
    nxt = _NEXT_WORD.match(text, e)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word in _NOT_CUT or is_title(word, gaz) or word in gaz.honorifics:
        return False
    return text.startswith((" and ", " of ", " for "), nxt.end())


_TRAILING_WORD = re.compile(r"\s+(?:and|or|of|for|the|&)$")


def without_trailing_function_words(text: str, s: int, e: int) -> int:
    """ "Federal Government of Somalia and": a name never ends with "and", "of" or "the"."""
    while (cut := _TRAILING_WORD.search(text, s, e)) is not None:
        e = cut.start()
    return e


def before_rank(text: str, s: int, e: int, gaz: Gazetteer) -> int:
    """ "U.S. Marine Corps Cpl" + ". Name": the model ran a body into the abbreviated rank
    of the person after it; the body ends before the rank."""
    if not text.startswith(". ", e):
        return e
    words = list(_WORD.finditer(text, s, e))
    for k in range(min(2, len(words) - 1), 0, -1):
        if is_title(cached_norm(text[words[-k].start() : e] + "."), gaz):
            return words[-k - 1].end()
    return e


def drop_event_words(text: str, s: int, e: int, gaz: Gazetteer) -> int:
    """ "Lloyd Austin Meeting" in a title-case caption: the person, without the event."""
    words = list(_WORD.finditer(text, s, e))
    while len(words) > 1:
        w = words[-1].group().lower()
        if w[:7] not in gaz.event_words and w not in _EVENT_NOUNS:
            break
        words.pop()
        e = words[-1].end()
    return e


# a case's caption: "Prosecutor v. ", "Meyer vs. " before the party a person's name is
_CASE_PARTY = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)? vs?\. (?=[A-Z])")


def after_case_party(text: str, s: int, e: int) -> int:
    """ "Prosecutor v. Blagoje Simić" the model read as one person: the person is the party
    after the "v." of the case's caption."""
    caption = _CASE_PARTY.match(text, s, e)
    return caption.end() if caption and " " in text[caption.end() : e].strip() else s


def starts_title(text: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """True when the span's last words and the words after it form a title: "Philippine
    Defense" in "Philippine Defense Secretary" is part of a role, not a body."""
    inside = text[s:e].split()
    after_text = text[e : e + 40]
    shortest = max(1, len(inside) - 1)  # all of the span, or all but a nationality before it
    if after_text.startswith(". ") and inside:  # "Air Force Brig" + ". Gen. Pat Ryder"
        inside[-1] += "."
        after_text = after_text[1:]
        shortest = 1  # an abbreviated rank the model cut off at its dot
    after = after_text.split()
    if not after or not after_text[:1].isspace() or not after[0][:1].isupper():
        return False
    for k in range(shortest, min(len(inside), gaz.max_title_words - 1) + 1):
        # all of the span, or all but one word before it (a nationality: "Philippine")
        for j in range(1, min(len(after), gaz.max_title_words - k) + 1):
            if is_title(cached_norm(" ".join([*inside[-k:], *after[:j]])), gaz):
                return True
    return False


def particles_before(text: str, s: int) -> int:
    """Move the start back over name particles ("von der" + "Leyen")."""
    m = _PARTICLE_BEFORE.search(text, max(0, s - 12), s)
    if m is None or (m.start() > 0 and text[m.start() - 1].isalnum()):
        return s
    return m.start()


def starts_with_particle(name: str) -> bool:
    words = name.replace("-", " ").split()
    k = 0
    while k < len(words) and words[k] in PARTICLES:
        k += 1
    return 0 < k < len(words) and words[k][:1].isupper()
