"""An anniversary told from a day: "on this day in 1998", "this date 25 years ago", "on this day
last year". It names the day and month of the day it stands on (a full date the paragraph gave
just before it, else the article's own date) in the year it tells, never that year alone."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.years import ymd

_COUNT = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
# Not "to this day", "until this day" (a span up to now); the year or the count may follow a
# comma ("On this day, 25 years ago").
THIS_DAY = re.compile(
    r"(?<!\b(?i:to) )(?<!\b(?i:until) )(?<!\b(?i:till) )\b(?=[tT])(?i:this)(?: (?i:very|same))? "
    r"(?i:day|date),? (?:(?i:in|of) (?P<tdyear>1[6-9]\d\d|20\d\d)\b(?![-–/]\d)|"
    r"(?P<tdago>(?i:" + _COUNT + r")) (?i:years?) (?i:ago)\b|(?P<tdlast>(?i:last)) (?i:year)\b)"
)
_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WORDS += ("eleven", "twelve")


def _year(m: re.Match[str], anchor: dt.date | None) -> int | None:
    if m.group("tdyear"):
        return int(m.group("tdyear"))
    if anchor is None:
        return None
    if m.group("tdlast"):
        return anchor.year - 1
    count = m.group("tdago").lower()
    n = int(count) if count.isdigit() else (_WORDS.index(count) + 1 if count in _WORDS else 1)
    return anchor.year - n


def this_day(m: re.Match[str], ref: dt.date | None, found) -> str | None:
    """ISO text for a ``THIS_DAY`` match: the anchor's day and month in the year it tells. The
    anchor is the latest full date found before it in its paragraph (a date the sentence refers
    back to: "Saturday 12 October marks the anniversary. On this date in 1998 ..."), else the
    article's date. Without either, "on this day in 1998" keeps its year alone and the counted
    forms are left out."""
    text, s = m.string, m.start()
    line_start = text.rfind("\n", 0, s) + 1
    before = [d for d in found if line_start <= d.end <= s and len(d.iso) == 10]
    anchor = ref
    if before:
        last = max(before, key=lambda d: d.end)
        anchor = dt.date.fromisoformat(last.iso)
    year = _year(m, anchor)
    if year is None:
        return None
    if anchor is None:
        return f"{year:04d}"
    return ymd(year, anchor.month, anchor.day) or f"{year:04d}"
