"""Votes for a place from the words around a name the gazetteer lacks: "the island of Eua",
"the eruption of X", "the X volcano", "X volcano" (a landform or a settlement named by its
kind; no person or body is written so)."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import PLACE

# "the island of X", "the town of X", "the volcanic eruption of X": a kind of place, then "of"
_KIND_OF_BEFORE = re.compile(
    r"\b(?:islands?|isle|atoll|archipelago|town|village|city|region|province|district|county"
    r"|municipality|volcano|eruption) of (?:the )?$"
)
# a landform's noun the name ends with, or written right after it: "X volcano", "the X atoll"
_LANDFORM_WORDS = frozenset(["volcano", "volcanoes", "atoll", "archipelago", "crater"])
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# a palace or a castle named in another language, its noun first: "Palais des Nations",
# "Palazzo Chigi", "Palacio de la Moncloa", "Schloss Bellevue": a building, a place
_BUILDING_FIRST = frozenset(["palais", "palazzo", "palacio", "schloss", "chateau"])


def place_votes(m: Mention, gaz: Gazetteer, text: str) -> Counter:
    """PLACE votes for a name no gazetteer types, from the kind of place written beside it."""
    votes: Counter = Counter()
    key = cached_norm(m.text)
    if not text or m.role or key in gaz.organizations or key in gaz.persons:
        return votes
    if any(w in gaz.org_suffixes for w in key.split()):
        return votes  # "the city of Orvik Council": a body's word in the name
    if " " in key and key.split(" ", 1)[0] in _BUILDING_FIRST:
        votes[PLACE] += 4
    if _KIND_OF_BEFORE.search(text, max(0, m.start - 40), m.start):
        votes[PLACE] += 4
    after = _WORD_AFTER.match(text, m.end)
    if key.rsplit(" ", 1)[-1] in _LANDFORM_WORDS or (after and after[1] in _LANDFORM_WORDS):
        votes[PLACE] += 4
    return votes
