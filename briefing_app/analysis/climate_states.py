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
    return _written_as_state(text, name.removeprefix("the ").removeprefix("The "))


@lru_cache(maxsize=4096)
def _written_as_state(text: str, name: str) -> bool:
    if not name[:1].isupper():
        return False
    n = re.escape(name)
    if any(
        _PLACE_BEFORE.search(text, max(0, f.start() - 16), f.start())
        for f in re.finditer(rf"(?<![\w’'-]){n}(?![\w’'-]|[ \t]+[a-z])", text)
    ):
        return False  # "to Korvath", "in Korvath,": a place (not "in Ostra Nera years")
    if re.search(rf"(?<![\w’'-]){n}{_BETWEEN}[ \t]+(?:{_STATE_NOUNS}|Index)\b", text):
        return True  # "the Veldra Swing phenomenon", "Southern Drift Index"
    for found in re.finditer(rf"{_ARTICLE}{n}(?![\w’'-])", text):
        e = found.end()
        if PHRASE_ENDS.match(text, e) or _NOR.match(text, e) or _ADVERB_ON.match(text, e):
            return True  # "an Ostra Nera was likely", "a Veldra Swing nor"
        before = text[max(0, found.start() - 80) : found.start()]
        if re.search(r"\bnor[ \t]+$", before) and re.search(
            r"\bneither[ \t]+(?:a|an)[ \t]", before
        ):
            return True  # "neither a Veldra Swing nor an Ostra Nera acting"
    return False


@lru_cache(maxsize=4096)
def _defines_a_state(text: str, acronym: str) -> bool:
    """The acronym is spelt in brackets right after a climate state's name."""
    for found in re.finditer(
        rf"((?:[A-Z][\w’'-]*[ \t]+){{0,4}}[A-Z][\w’'-]*)[ \t]+\({re.escape(acronym)}\)", text
    ):
        words = found.group(1).split()
        for k in range(len(words)):
            if _written_as_state(text, " ".join(words[k:])):
                return True
    return False
