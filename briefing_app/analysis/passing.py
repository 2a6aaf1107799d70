"""A disaster told in passing: another source's sentence that refers back to the blow a point
tells ("the Ardian Red Shield is flying tents to Veloria following the eruption", "in the
aftermath of the volcanic eruption and the tsunami") states that the blow happened, though it
tells no impact of its own.

The reference is a definite noun phrase headed by a hazard's word: a determiner ("the", "this",
"these") or a possessive ("Sunday's") and up to three modifiers before it, and after it a stop,
a function word ("of", "in", "that") or a name; or a storm's proper name ("after Cyclone Ivo").
Never the hazard's word modifying a noun ("the earthquake season", "the tsunami warning") nor an
indefinite or generic mention ("the risk of an earthquake", "funds for earthquake
preparedness"). Such a sentence supports a point only when the point tells that hazard striking
one of its places and nothing but the blow (every agent of the point named in it too, no kind of
event the point tells that it does not: the conditions of ``hazards.same_blow``), and no sign
says it is another blow: a storm of another name, a time that cannot be the point's ("the
eruption of 1998"), another magnitude.

Used only in citing a point's sources, never in picking points.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.hazards import (
    blow_kinds,
    figures,
    hazard_kind,
    magnitudes,
    named,
    same_blow,
    same_scene,
    storm_names,
    times_differ,
    told,
)

_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
_MODIFIERS = 3  # "the massive volcanic eruption", "Tuesday's 7.3 magnitude earthquake"
# between a modifier and the next word of the phrase: spaces, and figures ("the 7.8 quake")
_INSIDE = re.compile(r"[\s\d.,]*")
_POSSESSIVE = ("'s", "’s", "s'", "s’")


@lru_cache(maxsize=65536)
def recalled(text: str) -> frozenset[str]:
    """The kinds of the hazards a sentence refers back to as a known event, by a definite noun
    phrase its word heads ("following the eruption of the volcano" -> {"volcano"})."""
    literal = named(text)
    if not literal:
        return frozenset()
    function_words = gazetteer().function_words
    words = list(_WORD.finditer(text))
    out = set()
    for k, m in enumerate(words):
        word = m.group()
        kind = hazard_kind(word)
        if kind is None or kind not in literal or "-" in word.strip("-"):
            continue  # "earthquake-prone": a hazard's word inside another word
        if _storm_named(text, words, k) or (
            _heads(text, words, k, function_words) and _definite(text, words, k, function_words)
        ):
            out.add(kind)
    return frozenset(out)


def _storm_named(text: str, words: list, k: int) -> bool:
    """The hazard's word before the storm's proper name ("after Cyclone Ivo")."""
    return k + 1 < len(words) and words[k + 1].group().lower() in storm_names(text)


def _heads(text: str, words: list, k: int, function_words: frozenset[str]) -> bool:
    """The hazard's word ends its noun phrase: a stop, the text's end, a function word or a
    name follows, not a common noun it would modify ("the earthquake season")."""
    if k + 1 == len(words):
        return True
    gap = text[words[k].end() : words[k + 1].start()]
    if gap.strip():
        return True  # a comma, a stop, a bracket, a dash
    nxt = words[k + 1].group()
    return not nxt[:1].islower() or nxt.lower() in function_words


def _definite(text: str, words: list, k: int, function_words: frozenset[str]) -> bool:
    """A determiner or a possessive opens the phrase, up to three modifiers before the
    hazard's word ("the devastating earthquake", "Sunday's quake")."""
    for j in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
        if not _INSIDE.fullmatch(text[words[j].end() : words[j + 1].start()]):
            return False  # punctuation: the phrase began after it
        low = words[j].group().lower()
        if low in _DEFINITE or low.endswith(_POSSESSIVE):
            return True
        if low in function_words:
            return False  # "the risk of an earthquake", "funds for earthquake relief"
    return False


def blow_in_passing(a, b, event_words: dict[str, int]) -> bool:
    """Whether candidate ``a`` (a ``keypoints.Sentence``), which tells no blow itself, refers
    back to the blow point ``b`` tells and tells alone (no kind of event but a blow's, every
    place of it named in ``a`` too): a hazard of a kind ``b`` tells striking, on the scene of
    ``b`` (``hazards.same_scene``), and nothing telling it is another blow."""
    if a.source == b.source or told(a.text) or figures(a.text):
        return False
    if b.fact_events - blow_kinds(event_words):
        return False  # the point tells more than the blow ("sent aid after the storm")
    if any(x.startswith("place:") and x not in a.fact_actors for x in b.fact_actors):
        return False  # "Kestrel flew tents to Veloria after the eruption": Kestrel's act
    if not recalled(a.text) & told(b.text):
        return False
    names_a, names_b = storm_names(a.text), storm_names(b.text)
    if names_a and names_b and not names_a & names_b:
        return False
    mag_a, mag_b = magnitudes(a.details), magnitudes(b.details)
    if (mag_a and mag_b and not mag_a & mag_b) or times_differ(a, b, passing=True):
        return False
    return same_scene(a, b, event_words, passing=True)


def blow_told(a, b, event_words: dict[str, int]) -> bool:
    """``a`` states the blow point ``b`` tells: told in other words (``hazards.same_blow``) or
    in passing."""
    if same_blow(a, b, event_words):
        return reported(a.text) or not counts_untold(a, b)
    return blow_in_passing(a, b, event_words)


_INDEFINITE = frozenset(["a", "an", "another", "two", "three", "several"])


@lru_cache(maxsize=65536)
def reported(text: str) -> bool:
    """Whether a sentence brings a hazard in as news, by an indefinite noun phrase its word
    heads ("a strong earthquake hit", "two massive quakes struck"), not only referring back to
    it ("aid for those affected by the earthquake")."""
    function_words = gazetteer().function_words
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        if hazard_kind(m.group()) is None:
            continue
        for j in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
            if not _INSIDE.fullmatch(text[words[j].end() : words[j + 1].start()]):
                break
            low = words[j].group().lower()
            if low in _INDEFINITE:
                return True
            if low in function_words or low in _DEFINITE:
                break
    return False


def counts_untold(a, b) -> bool:
    """Whether point ``b`` gives counts (a toll, a number of aftershocks; not a magnitude, a
    day of the month or a year) and ``a`` gives none of them: "aid for those affected by the
    earthquake in Orsk" states that the quake struck, not that "the death toll has risen to
    2,000" nor that "40 aftershocks followed". (``blow_told``: a sentence reporting the blow
    as news, "a strong earthquake hit Orsk on Sunday", still states it.)"""
    counts = {d for d in b.fact_details if d[:1] == "#" and " " not in d}
    counts -= magnitudes(b.fact_details) | {f"#{d.split()[0]}" for d in b.when}
    counts = {d for d in counts if not _year(d[1:], b.text)}
    return bool(counts) and not counts & a.fact_details


def _year(figure: str, text: str) -> bool:
    """A figure written as a year ("since 1939", "in 2015"; not "2,000")."""
    return (
        figure.isdigit()
        and 1800 <= int(figure) <= 2100
        and re.search(rf"(?<![\d,.]){figure}(?![\d,])", text) is not None
    )
