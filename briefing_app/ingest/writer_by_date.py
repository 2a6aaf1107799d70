"""The writer's name printed beside the page's date under the headline (round 14, issue 8).

Blogs and news sites print their writer without "By": a bare name line under the date line
("April 29, 2031" over "Jane Roe"), or the name and the date on one line ("Oyunbileg
2031-06-08 09:40"). The name is the writer's when the story never names it again: a person
the story is about (a picture's caption, "Mari Roe" over "Prime Minister Mari Roe resigned")
is named in it; so is a place ("Kelvo 2031-06-08").
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import name_line, places
from briefing_app.ingest.draft import Block, Draft
from briefing_app.ingest.nearest_date import NAMED_DATE
from briefing_app.ingest.outlet import head_words
from briefing_app.model.dates import MONTH_NUMBERS

# Words a date line opens with that name no one: its label, a day of the week.
_LABEL = re.compile(
    r"(?:by|updated?|posted|published|released|issued|created|modified|last|date[ds]?|"
    r"on|broadcast|aired|today|now|news|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.I,
)
# The kinds of place a name ends or starts with ("Rimsk Province", "City of Avel").
_PLACE_KINDS = frozenset(
    ["province", "county", "district", "region", "state", "city", "town", "village", "island"]
)
NAME_REPEATS = 2  # an avatar's alternative text over the name: the same line twice


def _writer(name: str, story: str) -> bool:
    """``name`` names a writer: no label, month or place, not named again in the story."""
    words = name.split()
    if any(_LABEL.fullmatch(w) or w.casefold().rstrip(".") in MONTH_NUMBERS for w in words):
        return False
    if name.casefold() in places() or words[-1].casefold() in places():
        return False
    if any(w.casefold() in head_words() or w.casefold() in _PLACE_KINDS for w in words):
        return False  # "Kelvo Water Board", "Rimsk Province": a body's or a place's name
    return re.search(rf"\b{re.escape(words[-1])}\b", story) is None


def writer_by_date(draft: Draft, found: int, below: list[Block]) -> list[Block]:
    """The blocks under the headline (block ``found``), a writer's name line beside the date
    line taken out as the author's; the author set from a name on the date line itself."""
    if draft.author or draft.published or len(below) < 2:
        return below
    first = below[0].lines
    story = " ".join(line for block in below[1:] for line in block.lines)
    named = NAMED_DATE.fullmatch(first[0]) if len(first) == 1 else None
    if named:  # "Oyunbileg 2031-06-08 09:40": the name and the date on one line
        name = first[0][: named.start("date")].strip()
        draft.author = name if _writer(name, story) else ""
        return below
    if draft.page_date_at != found + 1:
        return below  # no date line right under the headline
    lines = [b.lines[0] for b in below[:NAME_REPEATS] if len(b.lines) == 1]
    repeats = 2 if len(lines) == 2 and lines[0] == lines[1] else 1
    name = first[0] if len(first) == 1 else ""
    rest = " ".join(line for block in below[repeats:] for line in block.lines)
    if name and name_line(name) and len(below) > repeats and _writer(name, rest):
        draft.author = name  # "April 29, 2031" over "Jane Roe"
        return below[repeats:]
    return below
