"""Pronoun openings: a key point must name who it is about.

A sentence opening with a pronoun leans on the one before. "This new funding…" names its own
subject (a determiner with its noun); "He said…" does not: as analysts do, the point names the
referent in square brackets, "[Name] said…", when the sentence before opens with one person
(its subject); otherwise the sentence is no key point.

A deictic with a shell noun leans on it too: "Today's action was taken with…", "These measures
will…" (shell nouns, Schmid 2000: action, decision, announcement, move, step, measure...) hold
their content in another sentence; "Today's earthquake killed…" names its own event. So does
"the"/"this" with a noun naming the act the sentence before told ("… declared an emergency." /
"The declaration follows…"; "This new assistance comes…"): it supports a point, never words one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from briefing_app.analysis.eventwords import kind_of
from briefing_app.analysis.gazetteer import gazetteer

# A conjunction in front changes nothing ("But it has little chance…").
# So does a short opening phrase ("Among other things, this includes…", "In addition, they…").
_PRONOUN_START = re.compile(
    r"^[\"“‘']?(?:(?:but|and|yet|so|still|however|instead|then),?\s+)?"
    r"(?:[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+)?"
    r"(?P<word>he|she|they|it|this|these|those|his|her|their|its|we|i|our|my)\b(?!-)"
    r"(?:\s+(?P<next>[\w’'-]+))?",
    re.IGNORECASE,
)
_DEMONSTRATIVES = frozenset({"this", "these", "those"})
# After "This"/"These", an auxiliary or a verb form makes the demonstrative a pronoun ("This is
# why…", "This comes as…"); a noun or an adjective makes it a determiner that names its
# referent in the sentence itself ("This new funding will…", "Those teams arrived…").
_AUXILIARY_WORDS = (
    "is was are were be been has have had will would can could may might must should shall "
    "does did do also not"
)
_AUXILIARIES = frozenset(_AUXILIARY_WORDS.split())
_NOUN_S = ("ss", "is", "us", "ws", "ics", "ness")
_PERSONAL = {"he": "", "she": "", "his": "’s", "her": None}  # "her" is object or possessive
_QUOTES = "\"“‘'"
_SHELL_START = re.compile(
    r"^[\"“‘']?(?:(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week|month|year))"
    r"[’']s|this|these|that|those)\s+(?:[a-z]+\s+)?(?:actions?|decisions?|announcements?|moves?|"
    r"steps?|measures?|designations?|statements?|developments?|efforts?|initiatives?)\b",
    re.IGNORECASE,
)
# A quantifier standing for the people or things the sentence before counted ("Most were
# pulled from the wreckage", "Many have fled", "Others spent the night outdoors"): its noun is
# in that sentence. "Some 650 people", "Many residents", "Most of the dead" name their own;
# "all" with a singular verb is "everything" ("All was quiet in Orsk overnight"), no referent.
_QUANTIFIER_START = re.compile(
    r"^[\"“‘']?(?!all\s+(?:is|was|has|does)\b)(?:(?:most|many|some|several|few|both|all|half|none)\s+(?:"
    + "|".join(_AUXILIARY_WORDS.split())
    + r")|others)\b",
    re.IGNORECASE,
)
SUBJECT_WORDS = 4  # a name this near the start of a sentence is its subject (titles allowed)


def pronoun_start(text: str) -> str:
    """The pronoun a sentence opens with ("" when it names its own subject)."""
    m = _PRONOUN_START.match(text)
    if m is None:
        return ""
    word = m.group("word").lower()
    if word not in _DEMONSTRATIVES:
        return word
    after = (m.group("next") or "").lower()
    if not after or after in _AUXILIARIES or after.endswith(("’s", "'s")):
        return word
    if word == "this" and (
        after.endswith("ed") or (after.endswith("s") and not after.endswith(_NOUN_S))
    ):
        return word  # "This marks…", "This followed…": a verb, so "This" stands alone
    return ""


def unquotable(text: str) -> bool:
    """True when a sentence opens with a pronoun, a deictic shell noun ("Today's action") or a
    quantifier standing alone ("Most were rescued")."""
    return (
        bool(pronoun_start(text))
        or _SHELL_START.match(text) is not None
        or _QUANTIFIER_START.match(text) is not None
    )


def bracketed(
    text: str,
    source_text: str,
    before: tuple[int, int] | None,
    ids: Sequence[tuple[int, str]],
    id_starts: Sequence[int],
    persons: Mapping[str, str],
) -> tuple[str, str] | None:
    """``text`` with its opening "he"/"she"/"his" as "[Name]"/"[Name’s]", and the person's id,
    when the sentence ``before`` (its span in the same source) opens with exactly one person.

    ``source_text`` is the whole text of the source, ``ids`` the (start, actor id) of its
    mentions, sorted, and ``id_starts`` their starts.
    """
    m = _PRONOUN_START.match(text)
    if m is None or before is None or text[:1] in _QUOTES:
        return None  # inside a quotation "he" is whoever the speaker means
    ending = _PERSONAL.get(m.group("word").lower())
    if ending is None:
        return None
    start, end = m.span("word")
    person = _subject(source_text, before, ids, id_starts, persons)
    if person is None:
        title = titled_subject(source_text[before[0] : before[1]])
        return None if title is None else (f"{text[:start]}[{title}{ending}]{text[end:]}", "")
    return f"{text[:start]}[{persons[person]}{ending}]{text[end:]}", person


# "The Secretary-General strongly condemns ...": a title with its article and a lower-case word
_TITLED = re.compile(
    r"[\"“‘']?(?P<title>The\s+(?P<words>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?)\s+[a-z]"
)


def titled_subject(sentence: str) -> str | None:
    """The title a sentence opens with as its subject ("The Secretary-General", "The High
    Representative", ``titles.txt``): the one office holder a following "He"/"She" names."""
    m = _TITLED.match(sentence)
    if m is None or m.group("words").lower().replace("-", " ") not in _titles():
        return None
    return m.group("title")


def _titles() -> frozenset[str]:
    from briefing_app.analysis.gazetteer import gazetteer

    gaz = gazetteer()
    return frozenset({*gaz.titles, *(t.lower().replace("-", " ") for t in gaz.titles.values())})


def _subject(
    source_text: str,
    span: tuple[int, int],
    ids: Sequence[tuple[int, str]],
    id_starts: Sequence[int],
    persons: Mapping[str, str],
) -> str | None:
    """The one person a sentence opens with (its first mention, within the first words)."""
    s, e = span
    k = bisect.bisect_left(id_starts, s)
    if k >= len(ids) or ids[k][0] >= e:
        return None
    first = ids[k][0]
    if len(source_text[s:first].split()) > SUBJECT_WORDS:
        return None  # "The minister spoke to President X": X is not the subject
    at_first = {x for pos, x in ids[k:] if pos == first}
    people = {x for x in at_first if x in persons}
    return next(iter(people)) if len(people) == 1 else None


# "The declaration follows…", "This new assistance comes…", "The funding announced today…": a
# definite or demonstrative noun phrase naming an act the sentence before told (the same kind of
# event, or the noun of its verb: "declared" / "the declaration") leans on that sentence, which
# says whose act it is. A blow ("The strike killed…", "The toll rose…") or a hazard ("The
# earthquake has heavily impacted…") names its own event; a capitalised word names its actor
# ("The UK response…").
_DEFINITE_ACT = re.compile(
    r"^[\"“‘']?(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose)\s+"
    r"(?:(?:new|additional|further|latest|initial|fresh|extra|same)\s+)?(?P<noun>[a-z][\w’'-]*)"
)
_ACT_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_BLOWS = ("struck", "killed")  # kinds of event that tell a blow, not an actor's act
PREFIX = 6  # "declar": "declared" / "declaration"
_BLOW_KINDS: list = []  # [the gazetteer, the kinds of event of _BLOWS under it]


def leans_back(text: str, before: str) -> bool:
    """Whether a sentence opens with "the"/"this" and a noun naming the act ``before`` told."""
    m = _DEFINITE_ACT.match(text)
    if m is None or not before:
        return False
    gaz = gazetteer()
    if not _BLOW_KINDS or _BLOW_KINDS[0] is not gaz:  # worked out once for the lists in use
        _BLOW_KINDS[:] = [gaz, {kind_of(w, gaz) for w in _BLOWS}]
    blows = _BLOW_KINDS[1]
    noun = m.group("noun").lower()
    kind = kind_of(noun, gaz)
    if kind in blows:
        return False
    for word in _ACT_WORD.findall(before):
        told = kind_of(word, gaz)
        if told is None or told in blows:
            continue
        if told == kind or (len(noun) >= PREFIX and word.lower()[:PREFIX] == noun[:PREFIX]):
            return True
    return False
