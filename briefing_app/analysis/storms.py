"""A storm's name is no actor: "Tropical Storm Emily", "Super Typhoon Yolanda", and the storm's
own name written alone ("Hagupit" once the text has written "Typhoon Hagupit")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.hazards import storm_names
from briefing_app.analysis.mentions import cached_norm
from briefing_app.model import Actor, EntitySpan, Source

# the words a storm's name is built on, as hazards.storm_names reads them
_STORM_WORDS = frozenset(["hurricane", "cyclone", "typhoon", "storm"])
# words of intensity and kind written before them, after the classes the WMO's regional
# centres and weather services give storms ("Severe Tropical Cyclone", "Very Severe Cyclonic
# Storm", "Super Typhoon", "Post-Tropical Cyclone", "Extratropical Storm", "Winter Storm")
_QUALIFIERS = frozenset(
    [
        *("tropical", "subtropical", "extratropical", "post", "severe", "very", "extremely"),
        *("super", "cyclonic", "intense", "major", "winter"),
    ]
)


def a_storm(text: str, words: list[str]) -> bool:
    """The mention (normalised ``words``) of ``text`` names a storm the text names: perhaps
    qualifiers, a storm word and the storm's name ("Tropical Storm Emily", "Typhoon Hagupit"
    grown from "Hagupit"), or the storm's name alone ("Hagupit"). A body named after a hazard
    ("Storm Prediction Center") is never one (see storm_names), nor a name the text also
    writes in lower case ("Tropical Storm Risk" beside "the risk")."""
    if words and words[-1] == "s":
        words = words[:-1]  # "Hagupit's"
    if len(words) == 1:
        return _named_storm(text, words[0])
    i = 0
    while i < len(words) - 2 and words[i] in _QUALIFIERS:
        i += 1
    return i == len(words) - 2 and words[i] in _STORM_WORDS and _named_storm(text, words[-1])


@lru_cache(maxsize=64)
def _storm_names(text: str) -> frozenset[str]:
    return frozenset(cached_norm(n) for n in storm_names(text))  # "Ciarán" -> "ciaran"


def _named_storm(text: str, word: str) -> bool:
    return word in _storm_names(text) and re.search(rf"(?<![\w-]){re.escape(word)}\b", text) is None


# a town's shapes: "in Florence", "Florence, South Carolina" (its name, a comma and the
# capitalised name of the place it lies in), never a storm's ("Florence, a Category 4 storm")
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
_PLACE_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:]| [a-z]|$)")


def _written_as_a_place(text: str, start: int, end: int) -> bool:
    """The storm's name at ``start``-``end`` is also a town the storm struck ("flooding in
    Florence", not "in Florence's path"; "Florence, South Carolina"): the town is an actor, as
    it was before."""
    if " " in text[start:end]:
        return False  # "killed in Hurricane Florence": the storm
    if _IN_BEFORE.search(text, max(0, start - 4), start) and text[end : end + 1] not in ("’", "'"):
        return True
    after = _PLACE_AFTER.match(text, end)
    return after is not None and cached_norm(after.group(1)) in gazetteer().places


def without_storms(
    actors: list[Actor], spans: list[EntitySpan], sources: Sequence[Source]
) -> tuple[list[Actor], list[EntitySpan]]:
    """The actors and their spans but those whose every name is a storm's the sources name
    (``a_storm``). They are left out last, once key points have counted what sentences share
    ("Tropical Cyclone Freddy" / "Freddy" told in two sources)."""
    texts = {s.id: s.text for s in sources}
    storms = {
        a.id
        for a in actors
        if a.aliases
        and all(
            any(a_storm(texts[sid], cached_norm(name).split()) for sid in a.sources)
            for name in a.aliases
        )
        and not any(_written_as_a_place(texts[ev.source], ev.start, ev.end) for ev in a.evidence)
    }
    if not storms:
        return actors, spans
    return [a for a in actors if a.id not in storms], [x for x in spans if x.actor not in storms]
