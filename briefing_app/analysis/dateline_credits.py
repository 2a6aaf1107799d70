"""A news agency's credit in a paragraph's dateline names the wire the story came over, not an
actor of the story: "PLACE (AP) –", "PLACE, Month 4 /WIRE/ –", "PLACE, Region, Apr 11, ABC –".
A name the model found only there (the agency, or the date and the tag read as one name) is
left out; the place before it stays, and so does an agency the story names in its own words.
A dateline's dash opens the story's sentence: a list's "Kelvo (Port Arin) – the ferry's new
quay" (a place, its venue, a description in lower case) has no credit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.dateline_start import DATELINE_DATE
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.wire_datelines import WIRE_TAG
from briefing_app.model import Source

# "13th April, 2016"
_ORDINAL_DATE = r"\d{1,2}(?:st|nd|rd|th)\s+[A-Z][a-z]{2,8},?(?:\s+\d{4})?"
# a place (in any case), a region maybe, a date maybe, then the credit and the dateline's dash:
# the agency in brackets (one word or capitals, not a person's name), a wire's tag between
# slashes, or (after a date) an acronym after a comma ("Apr 11, CMC –")
_CREDITED = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Za-z\u00c0-\u024f.'’ /-]{1,40}?)"
    r"(?:,[ \t]*[A-Z][A-Za-z. ]{1,20})?"
    r"(?:,[ \t]*(?P<date>" + DATELINE_DATE + r"|" + _ORDINAL_DATE + r"))?"
    r"(?P<credit>[ \t]*\((?:[A-Za-z][\w&.-]{0,15}|[A-Z]{2,}(?: [A-Z]{2,})*"
    r"|(?:[A-Z][\w-]+ ){1,2}(?:Agency|News|Press|Wire))\)"
    r"|[ \t]*" + WIRE_TAG + r"|,[ \t]*[A-Z]{2,8})"
    r"[ \t]*[–—-]{1,2}[ \t]+(?=\S)(?![a-z])"  # then a sentence, not "the port reopened"
)


def credit_zones(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the datelines' date-and-credit parts (from the date, or the credit when no
    date is written, to the credit's end). Without a date the place is written in capitals
    or known ("Minsk (IP) –"): "Kelvo Aid Society (KAS) – 500 tents" is a list's item."""
    zones = []
    for m in _CREDITED.finditer(text):
        credit = m.group("credit").strip()
        if not m.group("date"):
            if credit.startswith(","):
                continue  # "Washington, DC –": a region, no credit without a date before it
            place = m.group("place").strip()
            if not (place.isupper() or _known_place(cached_norm(place), gaz)):
                continue
        start = m.start("date") if m.group("date") else m.start("credit")
        zones.append((start, m.end("credit")))
    return zones


def without_dateline_credits(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` without those inside a dateline's credit whose words the source writes
    nowhere else ("told AFP" keeps the agency); a body the lists know ("GENEVA (UNHCR) –",
    the issuer) stays."""
    zones = {i: z for i, s in enumerate(sources) if (z := credit_zones(s.text, gaz))}
    if not zones:
        return mentions
    return [
        m
        for m in mentions
        if gaz.knows(cached_norm(m.text))
        or not _only_credited(sources[m.source].text, m, zones.get(m.source))
    ]


def _only_credited(text: str, m: Mention, zones: list[tuple[int, int]] | None) -> bool:
    if not zones or not any(a <= m.start and m.end <= b for a, b in zones):
        return False
    for found in re.finditer(rf"(?<!\w){re.escape(m.text)}(?!\w)", text):
        if not any(a <= found.start() < b for a, b in zones):
            return False  # the story names it in its own words
    return True


def _known_place(key: str, gaz: Gazetteer) -> bool:
    return key in gaz.places or key in gaz.countries or key in city_names()
