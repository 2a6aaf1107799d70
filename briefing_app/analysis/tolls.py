"""One toll, and one piece of context, told by several sources in other words.

A toll is a figure, what it counts and what befalls it ("killing at least 112 people",
"a massive explosion killed at least 112 people"): what befalls it is compared by its kind of
event with its inflections (``eventwords``: "killing" = "killed" = "kills"), so one toll told
in two tenses is one fact. The same toll of the same thing is one fact even when the sentences
name different days: a report tells the day it was written ("rescuers were digging on
Wednesday after the blast killed 112"), another the day of the event ("the blast on Tuesday
killed 112").

Context carries no kind of event ("Valdoria is already in the grip of an economic crisis" /
"it comes as Valdoria is already in crisis"; "ammonium nitrate stored in a warehouse" told of
the cause twice): two sentences from different sources that share most of their lower-case
words (``CONTEXT``; names and words about the telling left out) and an actor, or two details
(common-noun phrases), tell one fact when neither names a kind of event the other does not
and their days fit, unless each names actors and they share none ("In Talor, ..." / "Officials
in Orsk ..."). "X told reporters in Y that ..." twice tells two things said.

General English rules only, nothing read from particular articles.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from briefing_app.analysis.eventwords import kind_of
from briefing_app.analysis.figures import NUMBER_WORDS
from briefing_app.analysis.gazetteer import gazetteer

CONTEXT = 0.4  # share of lower-case words (cosine) for two event-less sentences to be one fact
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_EVENT = "~event"  # ``facts``' name of a kind of event's group


def befalls_kind(word: str) -> int | None:
    """The kind of event what befalls a count names ("killing", "killed", "~event2"), or
    None."""
    if word.startswith(_EVENT):
        return int(word[len(_EVENT) :])
    return kind_of(word, gazetteer())


@lru_cache(maxsize=65536)
def tolls(details: frozenset[str]) -> frozenset[str]:
    """The counted figures among ``details`` ("#112 people killing"), what befalls each as
    its kind of event when it names one ("#112 people ~2")."""
    out = set()
    for d in details:
        if d[:1] == "#" and " " in d:
            count, verb = d.rsplit(" ", 1)
            kind = befalls_kind(verb)
            out.add(f"{count} ~{kind}" if kind is not None else d)
    return frozenset(out)


def same_toll(a, b) -> bool:
    """Whether two candidates (``keypoints.Sentence``) from different sources give one toll:
    the same figure counting the same thing that befalls it in one kind of event ("112 dock
    workers" names no kind of event: no toll)."""
    if a.source == b.source:
        return False
    shared = tolls(a.details) & tolls(b.details)
    return any(d.rsplit(" ", 1)[1][:1] == "~" for d in shared)


def tolls_differ(a, b) -> bool:
    """Whether two candidates give a toll of one kind of event at two counts and none at one
    ("killing at least 800" / "leaving at least 250 dead"): a toll told as it rose, two facts."""
    kinds_a: dict[str, set[str]] = {}
    kinds_b: dict[str, set[str]] = {}
    for found, kinds in ((tolls(a.details), kinds_a), (tolls(b.details), kinds_b)):
        for d in found:
            count, kind = d.rsplit(" ", 1)
            if kind[:1] == "~":
                kinds.setdefault(kind, set()).add(count)
    return any(not kinds_a[k] & kinds_b[k] for k in kinds_a.keys() & kinds_b.keys())


@lru_cache(maxsize=65536)
def _plain(text: str, reporting: frozenset[str]) -> frozenset[str]:
    """Stems (seven letters) of a sentence's lower-case content words, words about the telling
    left out: what it says, not who says it or to whom ("told reporters")."""
    skip = gazetteer().function_words
    out = set()
    for word in _WORD.findall(text):
        low = word.lower().strip("’'-")
        if word[:1].islower() and len(low) > 2 and low not in skip:
            stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
            if stem[:7] not in reporting:
                out.add(stem[:7])
    return frozenset(out)


def same_context(a, b, shared_actors: int, shared_details: frozenset, reporting) -> bool:
    """Whether two candidates from different sources tell one piece of context: most of their
    lower-case words shared (at least ``CONTEXT``; names and words about the telling do not
    count: "X told reporters in Y that ..." twice is two things said) with an actor or two
    details in common, and no kind of event in either that the other does not name."""
    phrases = [d for d in shared_details if d[:1] != "#"]  # figures: the toll rules
    if a.source == b.source or not (shared_actors or len(phrases) >= 2):
        return False
    if a.actors and b.actors and not shared_actors:
        return False  # each names its own place: "In Talor, ..." / "Officials in Orsk ..."
    if a.events != b.events or a.fact_events != b.fact_events:
        return False
    ka, kb = _plain(a.text, reporting), _plain(b.text, reporting)
    return bool(ka and kb) and len(ka & kb) / math.sqrt(len(ka) * len(kb)) >= CONTEXT


# A death toll told in words, however the count is written or placed: "six workers who were on
# the bridge died", "the tragic loss of six people", "the storm has claimed thousands of
# lives", "killed thousands of people". The count of people (a number, a small number in words,
# or "dozens", "hundreds", "thousands") in a sentence that tells deaths is its toll, kept as the
# detail "#6 toll" so two reports of one toll in other words are one fact. (Figures under ten
# are otherwise left out of a sentence's details: "two ministers met" says little.)
_SMALL = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12}  # one to twelve
_DEATHS = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|died|dead|deaths?|fatalit(?:y|ies)|perish(?:ed)?|"
    r"(?:claimed|lost|cost|took|taken)\s+(?:[\w,]+\s+){0,4}?lives|"
    r"lives\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?lost|"
    r"loss\s+of\s+(?:[\w,]+\s+){0,3}?(?:lives|people|persons))\b",
    re.IGNORECASE,
)
_PEOPLE = (
    "people|persons|lives|workers|civilians|residents|children|soldiers|passengers|crew|"
    "members|individuals|villagers|miners|migrants|victims|fatalities|deaths|dead"
)
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d{3})|[;:()–—]")  # not the comma of "1,500"
_HUMAN_COUNT = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_SMALL)}|dozens|scores|hundreds|"
    rf"thousands)\s+(?:more\s+|other\s+)?(?:of\s+)?(?:[a-z-]+\s+)?(?:{_PEOPLE})\b",
    re.IGNORECASE,
)
# A toll given as the value of the word "toll", no noun after the count: "the death toll rose
# to 43 on Friday", "the official toll stands at 28", "the death toll from the quake in Orsk
# climbed to 20", "a death toll of 12". Not a share ("to 40%"), a year or a day ("as of 5
# May"): the count is no part of a larger number, a date or a measure. What follows the count
# ends the clause or is a function word, a day or people (review 15c: "updated at 9 a.m. to
# 14", "the toll of 30 years of war", "5 times higher", "the bridge toll rose to 8 dollars",
# "the toll free line at 800 for help" tell no toll).
_TOLL_VALUE = re.compile(
    r"\btoll\b(?:\s+[\w'’-]+){0,8}?\s+(?:to|at|of|is|was|reached|hit|now)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d+)(?![\d.,]?\d|\s*(?:%|per\s*cent|percent))"
    r"(?=\s*(?:$|[,;:)\]!?—–\"”']|\.(?!\d))|\s+(?:on|in|at|as|by|after|and|since|from|with|"
    r"following|when|while|but|or|so|including|according|across|among|last|this|yesterday|"
    rf"today|tonight|overnight|now|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_PEOPLE})\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def toll_keys(text: str) -> frozenset[str]:
    """The death tolls a sentence tells, as details ("#6 toll", "#thousands toll"): people
    counted in a clause that tells deaths ("80,000 people were affected, with 10 fatalities"
    tells a toll of 10), or the count a death toll is given as ("the death toll rose to 43")."""
    if _DEATHS.search(text) is None:
        return frozenset()
    out = set()
    for clause in _CLAUSE.split(text):
        if _DEATHS.search(clause) is not None:
            for m in _HUMAN_COUNT.finditer(clause):
                n = m.group("n").lower().replace(",", "")
                out.add(f"#{_SMALL.get(n, n)} toll")
            for m in _TOLL_VALUE.finditer(clause):
                out.add(f"#{m.group('n').replace(',', '')} toll")
    return frozenset(out)
