"""A relative word whose day the text states beside it in brackets ("flown today [Thursday 25
January]", "this afternoon (4 April)", "on Friday (15 May 2031)") or after a comma ("today, 28
June 2031"): the word takes the stated day,
whatever the page's date says, so the timeline lists one day, not the stated one and the page's."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.dates import FoundDate
from briefing_app.analysis.years import closest_year

# ... and a weekday whose date the brackets give ("on Friday (15 May 2031)", "Tuesday (Feb. 14)")
_WORD = re.compile(
    r"(?i:today|tonight|this (?:morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)$"
)
_OPEN = re.compile(r"[ \t]*[\[(][ \t]*")
# ... or after a comma: "active as of 12:00 today, 28 June 2031", "Today, 13 March, the minister"
_APPOSED = re.compile(r",[ \t]*")
_TODAY = re.compile(r"(?i:today|tonight|this (?:morning|afternoon|evening))$")


def stated_days(text: str, found: list[FoundDate], ref: dt.date | None) -> list[FoundDate]:
    """``found`` with each such word's date set to the full day stated in its brackets. A
    stated day without its year is the one closest to the article's date, whatever the tense
    ("will speak this afternoon (30 April)" is no day of next year)."""
    at = {d.start: i for i, d in enumerate(found) if len(d.iso) == 10}
    out = list(found)
    for i, d in enumerate(found):
        opening = _OPEN.match(text, d.end) or (
            _APPOSED.match(text, d.end) if _TODAY.search(text, d.start, d.end) else None
        )
        k = at.get(opening.end()) if opening else None
        if k is None or not _WORD.search(text, d.start, d.end):
            continue
        stated = out[k]
        if stated.inferred and ref is not None:
            mon, day = int(stated.iso[5:7]), int(stated.iso[8:])
            year = closest_year(mon, day, ref, 0)
            stated = out[k] = stated._replace(iso=f"{year:04d}-{mon:02d}-{day:02d}")
        out[i] = d._replace(iso=stated.iso, inferred=stated.inferred)
    return _bracketed_weekdays(text, out)


_WEEKDAY = re.compile(r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_CLOSE = re.compile(r"[ \t]*[\])]")


def _bracketed_weekdays(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A weekday in brackets after a day ("on 15 May (Friday)") is that day's name, not a
    second day counted from the page's date."""
    ends = {
        d.end: d for d in found if len(d.iso) == 10 and not _WEEKDAY.fullmatch(text, d.start, d.end)
    }
    out = list(found)
    for i, d in enumerate(found):
        if not _WEEKDAY.fullmatch(text, d.start, d.end) or not _CLOSE.match(text, d.end):
            continue
        head = text.rfind("(", max(0, d.start - 4), d.start)
        head = max(head, text.rfind("[", max(0, d.start - 4), d.start))
        day = ends.get(len(text[:head].rstrip(" \t"))) if head >= 0 else None
        if day is not None and not text[head + 1 : d.start].strip():
            out[i] = d._replace(iso=day.iso, inferred=day.inferred)
    return out
