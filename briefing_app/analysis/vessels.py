"""Ships and vessels ("HMS Queen Elizabeth", "MV Ever Given") named in passing are not actors;
a ship the text names again by its prefix is one of the story's units (``named_ship``)."""

from __future__ import annotations

# Prefixes of ships' names ("HMS Queen Elizabeth", "MV Ever Given"): a vessel is not an actor.
SHIP_PREFIXES = frozenset(
    [
        "HMS",
        "USS",
        "USNS",
        "USCGC",
        "HMCS",
        "HMAS",
        "HMNZS",
        "INS",
        "RFS",
        "MV",
        "MS",
        "MT",
        "SS",
        "RV",
        "FV",
        "KRI",
        "ROKS",
        "TCG",
        "ARA",
        "NRP",
    ]
)


def is_vessel(text: str, s: int, name: str) -> bool:
    """A ship's name: "HMS ..." / "USS ..." in the name or right before it, or the prefix
    alone before the ship's name."""
    first = name.split(" ", 1)[0]
    if first in SHIP_PREFIXES and " " in name:
        return True
    after = text[s + len(name) : s + len(name) + 2]
    if name in SHIP_PREFIXES and after[:1] == " " and after[1:].isupper():
        return True  # the prefix the model cut from "USS John S. McCain"
    before = text[max(0, s - 8) : s].split()
    return bool(before) and before[-1] in SHIP_PREFIXES and text[s - 1 : s] == " "


def named_ship(text: str, s: int, name: str) -> bool:
    """A ship's prefixed name ("USS Carl Vinson") that the text writes at least twice: a ship
    the story follows (the carrier leading a relief effort, the ship a report is about) is an
    actor as its unit would be; one named once in a list of ships is detail. Not the prefix
    alone, nor a bare name after it."""
    first = name.split(" ", 1)[0]
    return first in SHIP_PREFIXES and " " in name and text.count(name) >= 2
