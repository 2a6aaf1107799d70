"""Places the model labelled as peoples (NORP), told by where the text writes them.

The model reads a rare place's name as a nationality or a religion now and then ("in
Kozhencherry taluk", "in Rocafuerte, Jama, Pedernales and Muisne"), and a NORP label makes a
group of people, no actor. A name stands as a place by its form when it is followed by the
singular noun of a kind of administrative unit or settlement after "in", "at" or "near" ("in
Kozhencherry taluk"), or when it is an item of a list after such a word whose first item the
model read as a place ("in Rocafuerte, Jama, Pedernales, ..."). A word with a people's ending
("Kurdish", "Sudanese", "Islamic") or one of the lists' peoples never is: "in Kurdish areas",
"in Sunni, Shia and Kurdish districts" keep their groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import Source

# Kinds of administrative unit and of settlement, as the English-language press writes them
# (a general list: the unit names of national administrative divisions, not words of articles)
_UNIT_NOUNS = (
    "taluk|taluka|tehsil|mandal|upazila|district|county|province|municipality|prefecture"
    "|governorate|commune|parish|township|village|town|city"
)
_LOCATIVE = r"\b(?:in|at|near)\s+"
_UNIT_AFTER = re.compile(rf"\s(?:{_UNIT_NOUNS})\b(?![-’'])")
_LOCATIVE_BEFORE = re.compile(_LOCATIVE + r"$")
_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
# "in Rocafuerte, Jama, Crucita, " before an item: the list's earlier items after a locative
_LIST_BEFORE = re.compile(_LOCATIVE + rf"(?P<first>{_NAME})(?:, {_NAME})*(?:, |,? and )$")
# what closes an item of a list: a comma, a joining word, the sentence's or the line's end
_ITEM_END = re.compile(r"(?:[,.;)]|\s+(?:and|or|y|et)\s|\s*$)")
_PEOPLE_ENDINGS = ("an", "ans", "ese", "ish", "ic", "ics", "ist", "ists", "ite", "ites")
_PLACE_LABELS = frozenset(["GPE", "LOC"])
# the lower-case word after the unit noun
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w’'-]*)")


def norp_places(
    sources: Sequence[Source], mentions: Sequence[Mention], gaz: Gazetteer
) -> frozenset[str]:
    """The keys of the model's NORP mentions that the text writes as places (see above)."""
    places: dict[int, set[int]] = {}  # the starts of the model's places, by source
    for m in mentions:
        if m.label in _PLACE_LABELS:
            places.setdefault(m.source, set()).add(m.start)
    found: set[str] = set()
    for m in mentions:
        if m.label != "NORP":
            continue
        key = cached_norm(m.text)
        if not key or key in gaz.demonyms or key.endswith(_PEOPLE_ENDINGS):
            continue
        if looks_demonym(key, gaz):
            continue
        text = sources[m.source].text
        before = text[max(0, m.start - 160) : m.start]
        unit = _UNIT_AFTER.match(text, m.end)
        if unit and _LOCATIVE_BEFORE.search(before) and not _qualifies(text, unit.end(), gaz):
            found.add(key)  # "in Kozhencherry taluk"
            continue
        listed = _LIST_BEFORE.search(before)
        if listed is None or not _ITEM_END.match(text, m.end):
            continue
        first = m.start - len(before) + listed.start("first")
        if first in places.get(m.source, ()):
            found.add(key)  # "in Rocafuerte, Jama, Pedernales, El Matal y Muisne"
    return frozenset(found)


def _qualifies(text: str, end: int, gaz: Gazetteer) -> bool:
    """The unit noun ending at ``end`` qualifies a plural noun after it ("in Sunni district
    councils", "in Druze village schools"): the phrase names things of a people, no place."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word.endswith("s") and not word.endswith("ss") and word not in gaz.function_words
