"""A wire dateline glued before a headline is not part of it.

Press-release wires and republishers run a release's dateline into its headline when they
flatten the page ("KELVO, April 3 - Ministry thanks donors for their help"): the place in
capitals, its date, maybe the agency in brackets, then a dash. An editor would never count the
dateline as the headline's words. The place must be written in capitals (the dateline's
convention), so a headline that opens with a capitalised place ("Kelvo, March 3 - what we know")
stays whole, and so does a headline with nothing left of three words after the dateline.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
# "TAIPEI", "NEW YORK/GENEVA", maybe a region after a comma ("KELVO CITY, Kelvo").
_CAPS_PLACE = r"[A-Z][A-Z’'.-]+(?:[ /][A-Z][A-Z’'.-]+){0,4}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
_GLUED = re.compile(
    rf"{_CAPS_PLACE},?\s+{_DATE}\s*(?:\([^()]{{2,40}}\)\s*|/[^/\s][^/]{{0,40}}/\s*)?"
    r"[–—-]{1,2}\s+(?=\S)"
)
MIN_LEFT = 3  # words of headline that must remain after the dateline


def without_dateline(title: str) -> str:
    """``title`` without a wire dateline glued before it ("KELVO, April 3 - Ministry thanks
    donors" -> "Ministry thanks donors"); unchanged when it has none, or when fewer than
    MIN_LEFT words would remain."""
    match = _GLUED.match(title)
    if not match or len(title[match.end() :].split()) < MIN_LEFT:
        return title
    return title[match.end() :]
