"""The frame of a report, as against the fact it tells: who told it, when, and the stance taken.

A sentence may name the source it has a fact from: "according to the Central Emergency
Operation Center, the earthquake caused severe damage", "the storm was one of the strongest
on record, the UN aid office reported on Monday, leaving ...". Grammars call this the
attribution or reporting clause (Quirk et al., *A Comprehensive Grammar of the English
Language*, 14.29-14.31: "according to X"; a reporting clause set off by commas after or inside
the words reported). The teller named there does not act in the fact, and the day named there
is the day of the telling: another source telling the same fact without that teller, or on
another day, still tells the same fact. An actor named outside the clause too stays an actor.

A stance taken on a fact is framing too. "The Secretary-General strongly condemns the
unconstitutional change of government in Niger" and "They condemned the coup attempt" tell one
act; "the Ministry expresses its heartfelt appreciation to the international community for
showing concern" and "concern shown by the nation's allies is deeply appreciated by the
government" tell one too. Searle calls condemning and thanking expressives (*Expression and
Meaning*, 1979): they take a stance on a state of affairs. So ``event_words.txt`` lists them as
kinds of event two reports may share, yet a stance never sets two reports apart: "the Council,
condemning the increasing violence" and "the Administration has highlighted the increasing
violence" still tell the violence (``stated``).

Nor does a stance alone make two reports one: "condemned the attack on the port" and "condemned
the arrest of journalists" share the stance and nothing it is taken on (``joined``).

Used only to compare facts (``facts.times``, ``facts.apart``, ``facts.same_fact``,
``hazards.same_scene``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import gazetteer

_REPORTING = (
    r"(?:said|says|reported|stated|noted|added|told\s+(?:reporters|"
    r"journalists|the\s+press|media|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))"
)
# when and how the teller told it: "on Monday", "late on 3 May", "in a statement", "Feb. 8"
_TOLD_HOW = (
    r"(?:\s+(?:on|late|early|in|at|this|last|yesterday|today|earlier|later)\b[^,;:()]{0,30})?"
)
# a reporting clause inside or after the words reported: ", the UN office reported on Monday,"
_CLAUSE = re.compile(
    rf",\s+(?P<who>[^,;:()“”\"]{{2,70}}?(?:\([^()]{{1,20}}\)[^,;:()“”\"]{{0,30}}?)?)"
    rf"\s+{_REPORTING}{_TOLD_HOW}\s*(?=[,.;!?]|$)"
)
# "according to the ministry", "as reported by OCHA": up to the next comma or the sentence's end
# ("citing" is left out: "citing the attack of 3 May" gives a reason, not a teller)
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Aa]s\s+reported\s+by)\s+[^,;:!?]{2,80}?(?=,|[.!?]?$)"
)


@lru_cache(maxsize=65536)
def attributions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each attribution in a sentence: "according to X" and reporting clauses
    (", X said on Monday")."""
    spans = [(m.start(), m.end()) for m in _ACCORDING.finditer(text)]
    spans += [(m.start("who"), m.end()) for m in _CLAUSE.finditer(text) if _teller(m["who"])]
    return tuple(sorted(spans))


# In a reporting clause the teller is a noun phrase: no figure, no auxiliary (a passive "deaths
# have been reported" tells the fact), no conjunction or relative opening another clause.
_NOT_TELLER_WORDS = (
    "have has had been was were are is be being will would and but or though although "
    "including which that who whom while as if"
)
_NOT_TELLER = frozenset(_NOT_TELLER_WORDS.split())


def _teller(who: str) -> bool:
    words = who.lower().split()
    return not any(ch.isdigit() for ch in who) and not _NOT_TELLER.intersection(words)


def told_by(s) -> frozenset[str]:
    """The actors a candidate (``keypoints.Sentence``) names only as tellers of its fact."""
    return _told_by(s.text, s.placed)


@lru_cache(maxsize=65536)
def _told_by(text: str, placed: tuple[tuple[int, str], ...]) -> frozenset[str]:
    spans = attributions(text)
    if not spans:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for at, actor in placed:
        (inside if any(a <= at < b for a, b in spans) else outside).add(actor)
    return frozenset(inside - outside)


def untold(text: str) -> str:
    """The sentence with its attributions blanked (offsets kept): what it tells, not who told
    it or when ("the storm hit Sittwe, OCHA reported on Monday" -> no Monday)."""
    for a, b in attributions(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# the first word of each expressive line of event_words.txt
EXPRESSIVES = ("condemn", "thank")
_KINDS: list = [None, frozenset()]  # (the event words the kinds were read from, the kinds)


def expressive_kinds() -> frozenset[int]:
    """The kinds of event (lines of ``event_words.txt``) that are expressive speech acts."""
    words = gazetteer().event_words
    if _KINDS[0] is not words:
        _KINDS[:] = [words, frozenset(words[w] for w in EXPRESSIVES if w in words)]
    return _KINDS[1]


def stated(events: frozenset[int]) -> frozenset[int]:
    """The kinds of event a sentence tells, its expressive speech acts left out."""
    return events - expressive_kinds() if events else events


def joined(a, b, kinds: frozenset[int]) -> frozenset[int]:
    """The kinds of event two candidates share (``kinds``), none when they are stances only and
    the two share no lower-case word but the stance's own and its adverbs ("strongly"): the
    same stance taken on two things ("condemned the attack" / "condemned the arrest")."""
    if not kinds or stated(kinds):
        return kinds
    return kinds if _objects(a.text) & _objects(b.text) else frozenset()


_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


@lru_cache(maxsize=65536)
def _objects(text: str) -> frozenset[str]:
    """Stems (seven letters) of the lower-case content words a stance may be taken on: no
    function word, no kind of event, no adverb in -ly ("strongly", "deeply")."""
    gaz = gazetteer()
    out = set()
    for word in _WORD.findall(text):
        low = word.lower().strip("’'-")
        if word[:1].islower() and len(low) > 2 and not low.endswith("ly"):
            stem = (low[:-1] if low.endswith("s") and not low.endswith("ss") else low)[:7]
            if low not in gaz.function_words and stem not in gaz.event_words:
                out.add(stem)
    return frozenset(out)


# a sentence's closing attribution: ", the ministry announced.", ", officials declared."
_ANNOUNCED_TAIL = re.compile(
    r",[ \t]+(?:[\w’'.-]+[ \t]+){0,6}(?:announced|declared)[ \t]*[.!?]?[\s\"”’]*$", re.I
)


def attribution_kinds(text: str, event_words: dict[str, int]) -> frozenset[int]:
    """The kind of event "announced" or "declared" stands for when it only closes ``text`` as
    its attribution (", the ministry announced."): who told it, no act besides what it tells."""
    if not _ANNOUNCED_TAIL.search(text):
        return frozenset()
    return frozenset(event_words[w] for w in ("announc", "declare") if w in event_words)
