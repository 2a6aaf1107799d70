"""Names of climate states, not bodies: a capitalised name the text writes as a common noun of
a passing state of the weather. Its grammar says so, wherever the text writes it: a state noun
right after it ("the Veldra Swing phenomenon", "Veldra Swing conditions", "the Southern Drift
Index"), an indefinite article before it where the name ends its noun phrase ("an Ostra Nera
was likely", "an Ostra Nera usually brings"), or the pair "neither a ... nor an ...". A body
takes none of these; a place that does ("Darwin weather") is known to the gazetteer."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.generic import PHRASE_ENDS
from briefing_app.analysis.mentions import Mention, is_title
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.name_spots import name_spots

# lower-case nouns of a state of the weather or the climate that a name may qualify
_STATE_NOUNS = (
    r"phenomenon|phenomena|conditions|episode|episodes|pattern|patterns|index|cycle|weather"
    r"|phase|oscillation"
)
# an acronym in brackets, then up to three adjectives of kind (-ic, -al, -ive, -ous) or "and"
_BETWEEN = r"(?:[ \t]+\([A-Z]{2,8}\))?(?:[ \t]+(?:and|or|[a-z]+(?:ic|al|ive|ous)))*"
_ARTICLE = r"(?<![\w’'.-])(?:[Aa]|[Aa]n)[ \t]+(?:(?:weak|strong|moderate)[ \t]+)?"
# an adverb then a lower-case word: "an Ostra Nera usually brings"
_ADVERB_ON = re.compile(r"[ \t]+[a-z]{3,}ly[ \t]+[a-z]+\b")
_NOR = re.compile(r"[ \t]+nor\b")
_STATE_AFTER = re.compile(rf"{_BETWEEN}[ \t]+(?:{_STATE_NOUNS}|Index)\b")
_ARTICLE_BEFORE = re.compile(rf"{_ARTICLE}$")
_NOR_BEFORE = re.compile(r"\bnor[ \t]+$")
_NEITHER = re.compile(r"\bneither[ \t]+(?:a|an)[ \t]")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# up to five capitalised words right before a bracket: "El Niño-Southern Oscillation ("
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*[ \t]+){0,4}[A-Z][\w’'-]*)[ \t]+$")
# a preposition of place right before a name (perhaps with "the")
_PLACE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:in|at|near|into|across|throughout|around|inside|from|to)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def a_climate_state(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """Whether ``text`` writes the name of ``m`` as a climate state (see the module's text)."""
    name = m.text
    if is_acronym(name):
        return _defines_a_state(text, name)  # "(ENSO)" after such a name
    if not 1 <= len(words) <= 4 or m.label == "PERSON":
        return False
    if gaz.knows(" ".join(words)) or words[-1] in gaz.org_suffixes or is_title(words[-1], gaz):
        return False  # "a Multinational Security Support Mission,", "a Deputy Minister"
    if m.label in _PLACE_LABELS:
        return False  # "the Kelvo Valley weather": a place's weather
    return _written_as_state(text, name.removeprefix("the ").removeprefix("The "))


# a place the model found has weather and conditions of its own
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])


@lru_cache(maxsize=4096)
def _written_as_state(text: str, name: str) -> bool:
    if not name[:1].isupper() or len(name.replace("-", " ").split()) < 2:
        # a climate state's name has two words or more ("El Niño", "La Niña", "Indian Ocean
        # Dipole"): one word is a place's ("the Marsabit weather", "Wau conditions"), a
        # body's product ("a Toyota and a bus") or a body ("a Center for ..." before "(MRCC)")
        return False
    spots = list(name_spots(text, name))
    if any(
        _PLACE_BEFORE.search(text, max(0, s - 16), s) and not _LOWER_NEXT.match(text, e)
        for s, e in spots
    ):
        return False  # "to Korvath", "in Korvath,": a place (not "in Ostra Nera years")
    for s, e in spots:
        if _STATE_AFTER.match(text, e):
            return True  # "the Veldra Swing phenomenon", "Southern Drift Index"
        article = _ARTICLE_BEFORE.search(text, max(0, s - 16), s)
        if article is None:
            continue
        if PHRASE_ENDS.match(text, e) or _NOR.match(text, e) or _ADVERB_ON.match(text, e):
            return True  # "an Ostra Nera was likely", "a Veldra Swing nor"
        before = text[max(0, article.start() - 80) : article.start()]
        if _NOR_BEFORE.search(before) and _NEITHER.search(before):
            return True  # "neither a Veldra Swing nor an Ostra Nera acting"
    return False


@lru_cache(maxsize=4096)
def _defines_a_state(text: str, acronym: str) -> bool:
    """The acronym is spelt in brackets right after a climate state's name."""
    for s, _ in name_spots(text, f"({acronym})"):
        found = _WORDS_BEFORE.search(text, max(0, s - 120), s)
        if found is None:
            continue
        words = found.group(1).split()
        if any(_written_as_state(text, " ".join(words[k:])) for k in range(len(words))):
            return True
    return False
