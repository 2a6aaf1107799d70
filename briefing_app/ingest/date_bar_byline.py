"""A writer's by-line after the date and a bar, without "By" (round 15, issue 8).

Military news sites print the date, a bar, then the writer with rank and unit: "15 Mar 2031 |
Cpl. Jane Roe 12th Marine Regiment". A military rank marks the name as a writer's; without
one the line is left alone ("15 Mar 2031 | 18:27", "March 1, 2031 | No Comments"), and so is
an office holder's title ("12 May 2031 | Minister Jane Roe", "... | President Jane Roe": a
dated list of speeches or photographs names whom they are of, not who wrote them).
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import name_line, without_unit
from briefing_app.ingest.byline_roles import rank_words, strip_role
from briefing_app.ingest.dates import to_iso

# A date, a bar, then the rest of the line: "15 Mar 2031 | Cpl. Jane Roe 12th Marine Regiment".
_DATE_BAR = re.compile(r"(?P<date>[^|]{6,45}?)\s+\|\s+(?P<rest>[^|]{4,100})")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_DATE_WORDS = 5  # "Tuesday, 15 Mar 2031": a date, not a sentence that holds one


def date_bar_byline(line: str) -> str:
    """ "By <name> | <date>" for a line "<date> | <rank> <name> [<unit>]" ("15 Mar 2031 | Cpl.
    Jane Roe 12th Marine Regiment" -> "By Jane Roe | 15 Mar 2031"); the line unchanged
    otherwise."""
    bar = _DATE_BAR.fullmatch(line.strip()) if "|" in line else None
    date = bar.group("date").strip() if bar else ""
    if not date or len(date.split()) > MAX_DATE_WORDS or not _YEAR.search(date):
        return line
    if not to_iso(date):
        return line
    rest = without_unit(bar.group("rest").strip())
    names, ranked = strip_role(rest)
    role = rest[: len(rest) - len(names)].split()
    names = names.split(",", 1)[0].strip()
    if not ranked or not any(w.casefold() in rank_words() for w in role):
        return line  # no rank: "12 May 2031 | Minister Jane Roe" is whom the item is of
    if not name_line(names):
        return line
    return f"By {names} | {date}"
