"""Ships and vessels ("HMS Queen Elizabeth", "MV Ever Given") are not actors."""

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
