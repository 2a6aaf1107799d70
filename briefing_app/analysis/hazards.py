"""Two sources telling the same disaster striking the same place in other words.

"A magnitude 7.8 earthquake struck Nepal" and "the quake that hit the Kathmandu valley killed
thousands" share no detail and little wording, yet state one fact: a hazard of one kind
(earthquake = quake = tremor, ``hazard_words.txt``) doing harm (struck, hit, killed,
devastating...) to one place (Kathmandu stands for Nepal, ``facts.stands_for``). Such sentences
cite each other's sources. They stay apart when they name different days ("the quake of 25
April" / "the aftershock of 12 May" told as two days), give different magnitudes (7.8 / 6.2),
or go on to tell different kinds of event besides the blow ("signed", "met": ``facts.apart``);
counts of different things are already kept apart by ``facts.same_fact``.

Used only in citing a point's sources (``same_fact`` with synonyms), never in picking points:
each cited source keeps its own sentence as the point's evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.resources import read_list, resource_cache, resource_path

_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_IMPACT = "impact"
# kinds of event a blow is told with ("struck" is an attack's word, "killed" a death's): they
# never count as another fact told besides the blow
_BLOW_WORDS = ("struck", "hit", "killed", "dead", "damage", "devasta")


@resource_cache
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """Stem -> hazard group, and the stems of impact (``hazard_words.txt``)."""
    hazards: dict[str, str] = {}
    impacts: set[str] = set()
    for line in read_list(resource_path("gazetteers", "hazard_words.txt")):
        group, _, words = line.partition(":")
        group = group.strip()
        if group == _IMPACT:
            impacts.update(words.split())
        else:
            hazards.update((w, group) for w in words.split())
    return hazards, frozenset(impacts)


def _stem(word: str) -> str:
    return word.lower().strip("’'-")[:7]


@lru_cache(maxsize=65536)
def told(text: str) -> frozenset[str]:
    """The hazards a sentence tells striking (a hazard word and a word of impact in one
    sentence): "a 7.8 magnitude earthquake struck" -> {"earthquake"}; "funds for earthquake
    preparedness" -> nothing."""
    hazards, impacts = _table()
    stems = {_stem(w) for w in _WORD.findall(text)}
    if not stems & impacts:
        return frozenset()
    return frozenset(hazards[s] for s in stems if s in hazards)


def _blow_kinds(event_words: dict[str, int]) -> frozenset[int]:
    return frozenset(event_words[w] for w in _BLOW_WORDS if w in event_words)


def _agents(actors: frozenset[str]) -> frozenset[str]:
    """The actors other than places and the hazard itself ("Cyclone Freddy"): who acts."""
    hazards = _table()[0]
    return frozenset(
        x
        for x in actors
        if not x.startswith("place:")
        and not any(_stem(w) in hazards for w in x.partition(":")[2].split("-"))
    )


@lru_cache(maxsize=65536)
def _magnitudes(found: frozenset[str]) -> frozenset[str]:
    """Bare figures with a decimal point among a sentence's details ("#7.8", not "#$2.5million"
    or "#1.5million"): a hazard's magnitude."""
    return frozenset(
        d for d in found if d[:1] == "#" and "." in d and d[1:].replace(".", "", 1).isdigit()
    )


def magnitudes_differ(a, b) -> bool:
    """Two sentences telling a hazard striking, with magnitudes and none in common ("a
    magnitude 6.9 earthquake struck" / "a magnitude 5.2 quake hit"): two hazards, whatever else
    they share."""
    mag_a, mag_b = _magnitudes(a.details), _magnitudes(b.details)
    return bool(mag_a and mag_b and not mag_a & mag_b and told(a.text) & told(b.text))


def same_blow(a, b, event_words: dict[str, int]) -> bool:
    """Whether candidate ``a`` (a ``keypoints.Sentence``) from another source states what
    ``b`` states of one hazard striking one place: the same kind of hazard told with its impact,
    a place both name (a capital standing for its country), every actor of ``b`` besides places
    named in ``a`` too, no two days, and no other kind of event each tells that the other does
    not. Not symmetric: "UNESCO is mobilizing after the earthquake struck Nepal" states "an
    earthquake struck Nepal", not the other way round (``b`` is the point, ``a`` its support)."""
    if a.source == b.source:
        return False
    shared = told(a.text) & told(b.text)
    if not shared:
        return False
    places = {x for x in a.fact_actors & b.fact_actors if x.startswith("place:")}
    if not places:
        return False
    if not _agents(b.fact_actors) <= _agents(a.fact_actors):
        return False  # "UNESCO is mobilizing after the earthquake struck": UNESCO's fact
    if a.days and b.days and not a.days & b.days:
        return False
    blow = _blow_kinds(event_words)
    rest_a, rest_b = a.fact_events - blow, b.fact_events - blow
    return not (rest_a - rest_b and rest_b - rest_a)
