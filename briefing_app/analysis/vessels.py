"""Ships and vessels ("HMS Queen Elizabeth", "MV Ever Given") named in passing are not actors;
a ship the text names again by its prefix is one of the story's units (``named_ship``)."""

from __future__ import annotations

import re

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
    actor as its unit would be, and so is one given with its hull number outside a roll of
    ships; one named once in a list of ships is detail. Not the prefix alone, nor a bare name
    after it."""
    first = name.split(" ", 1)[0]
    if first not in SHIP_PREFIXES or " " not in name:
        return False
    if text.count(name) >= 2 or len(_same_name(name).findall(text)) >= 2:
        return True  # "USS Emory S. Land", then "USS Emory S Land": one ship named twice
    return _HULL_AFTER.match(text, s + len(name)) is not None and not _in_a_list_of_ships(text, s)


def _same_name(name: str) -> re.Pattern:
    """The name with or without a full stop after each of its initials."""
    words = (
        re.escape(w.rstrip(".")) + (r"\.?" if len(w.rstrip(".")) == 1 else "") for w in name.split()
    )
    return re.compile(r"(?<![\w.])" + " ".join(words) + r"(?![\w])")


def _in_a_list_of_ships(text: str, s: int) -> bool:
    """Three prefixed ships' names or more in the sentence: a task group's roll ("cruisers USS A
    (CG 57) and USS B (CG 65), destroyers USS C (DDG 69), ..."), whose ships are detail."""
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    ends = [i for i in (text.find(". ", s), text.find("\n", s)) if i != -1]
    sentence = text[start : min(ends) if ends else len(text)]
    return sum(w in SHIP_PREFIXES for w in sentence.split()) >= 3


# a hull number after a ship's name ("USS Mason (DDG 87)", "USS Bunker Hill (CG 52)"): the formal
# first naming of a ship the story is about, unless a roll of ships lists it
_HULL_AFTER = re.compile(r"[”\"]? \([A-Z]{1,5}[- ]?\d{1,4}\)")


# a kind of vessel written in lower case right before a name ("the frigate Languedoc", "the
# rescue tug boat Alatau", "the fishing vessel Laura Jane"): the name is the vessel's; never a
# way of travelling ("reached the shore by boat Ahmed Khan said", "via ferry")
_VESSEL_BEFORE = re.compile(
    r"(?<!\bby )(?<!\bvia )"
    r"\b(?:frigate|destroyer|cruiser|corvette|submarine|carrier|tanker|freighter|trawler|tug"
    r"|tugboat|ferry|vessel|ship|warship|yacht|icebreaker|dredger|lifeboat|schooner|boat)"
    r" [“\"‘']?$"
)


def after_vessel_word(text: str, start: int) -> bool:
    """The name at ``start`` follows a kind of vessel ("the frigate Languedoc"): a ship, which
    is listed as a unit would be, never a person."""
    return _VESSEL_BEFORE.search(text, max(0, start - 12), start) is not None
