"""A street address is no actor: "the London Courthouse (80 Dundas St.)", "at 12 Harbour Rd.".

A house number, then a name ending in a street's word, set in brackets or written with the
postal abbreviation ("St.", "Ave.", "Rd."): where a building stands, not who acts. "10 Downing
Street" written out, as the seat of a government, stays an actor."""

from __future__ import annotations

import re

_NUMBER_BEFORE = re.compile(r"(?:^|(?P<open>\()|[\s,])\d{1,5}[A-Za-z]?[ \t]$")
_STREET_WORDS = frozenset(
    [
        *("street", "avenue", "road", "boulevard", "lane", "drive", "way", "crescent"),
        *("terrace", "highway", "parkway"),
    ]
)
# the US Postal Service's and Canada Post's abbreviations of street types
_STREET_ABBREVIATIONS = frozenset(
    ["St.", "Ave.", "Av.", "Rd.", "Blvd.", "Ln.", "Dr.", "Cres.", "Terr.", "Hwy.", "Pkwy."]
)


def an_address(text: str, s: int, e: int, name: str) -> bool:
    """A name ending in a street's word after a house number, in brackets or abbreviated."""
    parts = name.split()
    if len(parts) < 2:
        return False
    last = parts[-1]
    abbreviated = last in _STREET_ABBREVIATIONS or (
        last + "." in _STREET_ABBREVIATIONS and text.startswith(".", e)
    )
    if not abbreviated and last.lower() not in _STREET_WORDS:
        return False
    number = _NUMBER_BEFORE.search(text, max(0, s - 8), s)
    return number is not None and (abbreviated or number.group("open") is not None)
