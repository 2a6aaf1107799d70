"""Names of things written bare, which are no actors: a ship's name without its prefix once the
source has named the ship with it ("HMAS Arunta", then "Arunta follows ..."; "HMA Ships Tarrin
and Kestrel"), and a military operation's name after the word "Operation" ("Operation
MANITOU", where the model reads "MANITOU" as a person)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.vessels import SHIP_PREFIXES, named_ship
from briefing_app.model import Source

_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*"
# a ship's prefix and its name ("HMAS Arunta"), or a plural prefix and names ("HMA Ships X
# and Y", "HM Ships X, Y and Z")
_SHIP = re.compile(
    rf"\b(?:{'|'.join(sorted(SHIP_PREFIXES, key=len, reverse=True))}) (?P<one>{_NAME})"
    rf"|\bH\.?M\.?A?\.? Ships (?P<many>{_NAME}(?:(?:, | and ){_NAME})*)"
)
_OPERATION_BEFORE = re.compile(r"(?<![\w-])Operation $")


def without_bare_things(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Drop mentions that are a ship's bare name (not a place, city or body a list knows:
    ships are named after cities; not a ship the source keeps as an actor, which its bare
    name joins, unless the model read it as a person's or a person's name of the source ends
    with it) or an operation's name."""
    ships = {i: _ship_names(src.text) for i, src in enumerate(sources)}
    kept = {i: _kept_ships(src.text) for i, src in enumerate(sources)}
    person_ends: dict[int, set[str]] = {i: set() for i in range(len(sources))}
    for m in mentions:
        if m.label == "PERSON":
            words = m.text.split()
            person_ends[m.source].update(" ".join(words[k:]) for k in range(1, len(words)))
    out = []
    for m in mentions:
        text = sources[m.source].text
        key = cached_norm(m.text)
        if _OPERATION_BEFORE.search(text, max(0, m.start - 10), m.start) and not (
            key in gaz.places or key in gaz.organizations
        ):
            continue  # "Operation MANITOU"; "Operation Tonga Assist" still names Tonga
        if (
            m.text in ships[m.source]
            # "USS Mason (DDG 87)", then "Mason": the ship; not one the model read as a person
            # ("Senator Carl Vinson", "Mason departed": no ship's name joins a person's), nor
            # the end of a person's name ("Grace Hopper" beside "USS Hopper")
            and (
                m.text not in kept[m.source]
                or m.label == "PERSON"
                or m.text in person_ends[m.source]
            )
            and key not in gaz.places
            and key not in gaz.organizations
            and key not in gaz.persons
            and key not in city_names()
        ):
            continue
        out.append(m)
    return out


def _kept_ships(text: str) -> frozenset[str]:
    """The bare names of the ships the source keeps as actors (``vessels.named_ship``)."""
    return frozenset(
        hit.group("one")
        for hit in _SHIP.finditer(text)
        if hit.group("one") and named_ship(text, hit.start(), hit.group())
    )


def _ship_names(text: str) -> frozenset[str]:
    names: set[str] = set()
    for hit in _SHIP.finditer(text):
        if hit.group("one"):
            names.add(hit.group("one"))
        else:
            names.update(n for n in re.split(r", | and ", hit.group("many")) if n)
    return frozenset(names)
