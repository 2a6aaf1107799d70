"""The outlet a copy's dateline names in brackets, and the house credit it makes no author.

A release or a wire story copied onto a news site keeps the dateline of the text it carries,
and the name in its brackets is the house that sent or posted it: "KELVO CITY, 13th April,
2031 (KNA) – The board ...", "Port Kelvo, 26 February 2031 (KWC)--The commission ...",
"Port Kelvo [Kelvo], October 14 (KNA): The board ...", "Port Kelvo, Nov 26 (KNA) The board",
"Kelvo City, KV – (Kelvo Digest) – Within hours ...", "KELVO CITY (KNA) — ...", "KELVO CITY,
Avel (KNA) - ..." (the place in capitals, its country in any case), "KELVO CITY
(kelvoledger.com) – ..." (the house's site name), and an unplaced story's date alone, "March 29
(KNA) – ...", even set on a line of its own under the headline. When nothing else names the
page's outlet, that name does (the page shows it; no name is guessed).

A group credit of that same house ("By Kelvo Digest News Staff") names the site that posted
the copy, not a writer of it: it is no author. A group credit with no such dateline ("Kelvo
Forum Staff" over a story on the forum's own page) stays the page's corporate author.
"""

from __future__ import annotations

import re

from briefing_app.ingest.urls import is_hostname
from briefing_app.model.dates import MONTH_NUMBERS, WEEKDAYS

PARAGRAPHS = 3  # the dateline opens one of the text's first paragraphs (a deck may come first)

# A place (capitalised words, a region after a comma: "Washington, DC"), maybe a date after a
# comma, maybe a dash, then the name in brackets and a dash ("--", "–", "—", "-").
# The region may stand in square brackets ("Port Kelvo [Kelvo], October 14 (KNA):"); after the
# brackets a dash or a colon, or, after a date, the text's first word ("Nov 26 (KNA) On the").
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.’'-]*(?:[ /][A-Z][\w.’'-]*){0,4}(?:,\s*[A-Z][\w.]*){0,1})"
    r"(?:\s*\[[A-Z][^\[\]\n]{1,30}\])?"
    r"(?:,\s*(?P<date>[^()\n–—]{3,30}?))?\s*(?P<dash>[–—-]{1,2}\s*)?"
    r"\((?P<name>[^()\n]{2,40})\)\s*(?:(?:--|[–—:-])\s*\S|(?(date)(?=[A-Z])|(?!)))"
)
# A wire's dateline with no place, its date alone before the house ("March 29 (KNA) –",
# "Oct 3 (KNA) -"), as wires print an unplaced story's; a copy may set it on a line of its own.
_DATE_ALONE = re.compile(
    r"(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}\s*\((?P<name>[^()\n]{2,40})\)\s*(?:--|[–—:-])\s*(?:\S|$)"
)
_NAME_WORD = re.compile(r"[A-Z][\w.’'&-]*|of|for|and|the|on|in|&")
_CREDIT_TAIL = re.compile(
    r"(?:\s+(?:News|Staff|Desk|Team|Newsroom|Editors?|Writers?|Reporters?|Report))+",
)


_CALENDAR = frozenset([*MONTH_NUMBERS, *(d.lower() for d in WEEKDAYS)])
# the last word of a named day ("Labour Day", "Christmas Eve", "Easter Sunday")
_FEAST = frozenset(["Day", "Eve", "Holiday", *WEEKDAYS])


def _house(name: str) -> bool:
    """A house's name: one to six words, the first capitalised, no digit (not a date), not a
    day or a month alone ("Port Kelvo, Nov 26 (Monday) Officials ...": the dateline's day);
    or the house's own site name ("KELVO (kelvoledger.com) –")."""
    if is_hostname(name) and re.search(r"\.[a-z]{2,}$", name):
        return True
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d", name) or name.lower() in _CALENDAR:
        return False
    if len(words) > 1 and words[-1] in _FEAST:
        return False  # "May 1 (Labour Day) - Workers marched ...": the day's name, no house
    return words[0][:1].isupper() and all(_NAME_WORD.fullmatch(w) for w in words)


def dateline_outlet(story: str) -> str:
    """The name in brackets of a dateline opening one of the first paragraphs of ``story``
    (the text past its headline), "" when none does (module doc)."""
    for paragraph in story.split("\n\n")[:PARAGRAPHS]:
        alone = _DATE_ALONE.match(paragraph.strip())
        if alone and alone["month"].lower() in MONTH_NUMBERS and _house(alone["name"].strip()):
            return alone["name"].strip()
        match = _DATELINE.match(paragraph.strip())
        if not match or not _house(name := match["name"].strip()):
            continue
        place, date = match["place"], match["date"] or ""
        if date and not re.search(r"\d", date):
            continue  # "Kelvo, a city (KNA) -": words after the comma, no date
        # the place in capitals, maybe its region after a comma in any case ("KELVO, Avel")
        town = place.split(",")[0]
        if not (date or match["dash"] or (town.isupper() and len(town) > 1)):
            continue  # "Kelvo Water Board (KWB) - the board said": a name and its acronym
        return name
    return ""


def set_apart_house(top: str) -> str:
    """The house of a wire's date-alone dateline that a copy set on a line of its own under the
    headline ("March 29 (KNA) –"): the last paragraph of ``top``, the text above the story;
    "" otherwise (a headline naming a body and its acronym is no dateline)."""
    last = top.strip().rpartition("\n\n")[2].strip()
    alone = _DATE_ALONE.fullmatch(last)
    if alone and alone["month"].lower() in MONTH_NUMBERS and _house(alone["name"].strip()):
        return alone["name"].strip()
    return ""


def house_credit(author: str, house: str) -> bool:
    """``author`` is a group credit of ``house`` ("Kelvo Digest News Staff" of "Kelvo
    Digest"), not a writer's name."""
    if not house or not author.casefold().startswith(house.casefold()):
        return False
    return bool(_CREDIT_TAIL.fullmatch(author[len(house) :]))
