"""A sympathy that tells the blow: the event, where it struck and its human toll.

"The Secretary-General expresses his deepest condolences to the families of the victims of the
explosions in Sarnet" is framed as condolence, yet it is often the only sentence of a short
statement that says what happened: a hazard (``hazard_words.txt``) told in its literal sense,
a named place or body, and a human toll. Such a sentence may word a key point. Condolence
wording alone ("offers condolences to the families", "to all those affected by the blast")
states no fact and stays a sympathy.

The toll words are the human-impact fields of the EM-DAT disaster database (deaths, injured,
missing) with their everyday English synonyms and inflections ("killed", "victims", "claimed
many lives", "lost loved ones", "loss of life"); "affected", which EM-DAT also counts, is left
out: "all those affected" is how condolences are addressed.
"""

from __future__ import annotations

import re

from briefing_app.analysis.facts import same_fact
from briefing_app.analysis.hazards import agents, blows_differ, named, told

_TOLL = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|deaths?|deadl(?:y|ier|iest)|died|fatal(?:ities|ity)?|"
    r"victims?|injur(?:ed|ies|y|ing)|wounded|casualt(?:y|ies)|missing|"
    r"(?:lives|life)\s+(?:were\s+|have\s+been\s+|has\s+been\s+)?lost|"
    r"(?:claimed|taken|took|cost|costing)\s+(?:\w+\s+){0,3}lives|"
    r"lost\s+(?:their\s+|his\s+|her\s+|)(?:lives|life|loved\s+ones|family\s+members)|"
    r"loss(?:es)?\s+of\s+(?:human\s+)?(?:life|lives))\b",
    re.IGNORECASE,
)


def human_toll(text: str) -> bool:
    """Whether a sentence names a human toll ("killed", "the victims", "lost loved ones")."""
    return _TOLL.search(text) is not None


# A toll counted ("the deaths of 12 miners", "killed at least 40", "the 40 victims"): a number
# (not a year) within two words of a toll word, either side.
_COUNT = (
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d.]|\w)|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
)
_TOLL_WORD = r"(?:kill(?:ed|ing)|dead|deaths?|died|victims|injured|wounded|missing|lives)"
_COUNTED_TOLL = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_TOLL_WORD}\b|"
    rf"\b{_TOLL_WORD}\s+(?:of\s+)?(?:at\s+least\s+|some\s+|more\s+than\s+|the\s+)?{_COUNT}\b",
    re.IGNORECASE,
)


def counted_toll(text: str) -> bool:
    """Whether a sentence counts its dead or hurt ("over the deaths of 12 miners")."""
    return _COUNTED_TOLL.search(text) is not None


def tells_blow(text: str, names_place: bool) -> bool:
    """Whether a sentence (a sympathy, say) tells the event striking: a hazard named in its
    literal sense, or a toll it counts ("condolences over the deaths of 12 miners in X"), a
    place or body named (``names_place``) and a human toll."""
    return names_place and human_toll(text) and (bool(named(text)) or counted_toll(text))


def plainly(group: list, heads: set[int]):
    """A point a condolence heads ("condolences to the victims of the explosion in X") worded
    by a plain telling of the blow the point cites ("An explosion in X killed 12"), the best
    scored one; None when the head is no condolence or no such telling is cited."""
    if not group[0].condolence:
        return None
    plain = [s for s in group[1:] if s.quotable and not s.condolence and id(s) not in heads]
    plain = [s for s in plain if one_blow(s, group[0])]
    return max(plain, key=lambda s: s.score) if plain else None


def _blows(text: str) -> frozenset[str]:
    """The hazards a sentence tells striking, or names beside a human toll ("the victims of
    the blast", "those who lost loved ones in the blast")."""
    return told(text) or (named(text) if human_toll(text) else frozenset())


def _places(s) -> frozenset[str]:
    return frozenset(x for x in s.fact_actors if x.startswith("place:"))


def one_blow(s, point) -> bool:
    """Whether candidate ``s`` (a ``keypoints.Sentence``) from another source tells the blow
    a picked ``point`` tells, one of them a condolence: the same kind of hazard told striking,
    no two blows (``hazards.blows_differ``), the places both name shared or one naming none
    ("the landslide was one of the deadliest disasters in the nation's history"), and no one
    acting in ``s`` whom the point does not name ("IOM is mobilising after the landslide" tells
    IOM's act besides the blow)."""
    if s.source == point.source or blows_differ(s, point):
        return False
    if not _blows(s.text) & _blows(point.text):
        return False
    mine, theirs = _places(s), _places(point)
    if mine and theirs and not mine & theirs:
        return False
    return agents(s.fact_actors) <= agents(point.fact_actors) or s.condolence


def states(s, point) -> bool:
    """Whether candidate ``s`` states the fact of a ``point`` (``facts.same_fact`` with
    synonyms), or tells the blow it tells when one of them is a condolence (``one_blow``)."""
    if same_fact(s, point):
        return True
    return (s.condolence or point.condolence) and one_blow(s, point)
