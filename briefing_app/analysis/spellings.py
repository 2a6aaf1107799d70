"""British and American spellings of one word folded together for matching names: "Organisation"
and "Organization", "Defence" and "Defense", "Centre" and "Center", "Programme" and "Program",
"Labour" and "Labor" (the regular patterns of the two spellings, not a list of names)."""

from __future__ import annotations

import re

_PATTERNS = [
    # organisation, specialised: an "-ise" or "-iser" ending is as often a name or a word of
    # its own ("Kaiser", "Louise", "Enterprise") as a spelling of "-ize", and stays
    (re.compile(r"(?<=\w\w)is(?=ed\b|es\b|ing\b|ation)"), "iz"),
    (re.compile(r"(?<=\w)yse\b"), "yze"),  # analyse
    (re.compile(r"(?<=\w\w)tre(?=s?\b)"), "ter"),  # centre, theatre
    (re.compile(r"(?<=[fc]en)ce(?=s?\b)"), "se"),  # defence, licence, offence
    (re.compile(r"(?<=\w\w)mme(?=s?\b)"), "m"),  # programme
    (re.compile(r"(?<=\w\w\w)our(?=s?\b)"), "or"),  # labour, harbour, neighbour
]


def american(key: str) -> str:
    """A lower-case name key with British spellings written the American way (for matching
    only, never shown)."""
    for pattern, repl in _PATTERNS:
        key = pattern.sub(repl, key)
    return key
