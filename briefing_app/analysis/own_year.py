"""The year an undated page is filed under or heads itself with, when its date is known no closer:
a year folder in its address ("/Pages/2016/"), or a short header line holding a numeric date or
a year ("At a Glance 08-12-2021", "12:57 2015"). Either comes before the years its text writes
(issue 8 §4: the article's own date first), and with it a yearless date line ("July 24") near the
top is the article's day."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefing_app.analysis.dateline_start import DATELINE
from briefing_app.analysis.dates import scan_dates
from briefing_app.analysis.lines import line_map
from briefing_app.analysis.years import anchor_years
from briefing_app.model import Source
from briefing_app.model.dates import WEEKDAYS

# A path segment that is a year alone: content systems file pages under it ("/Pages/2016/",
# "/en/2023/sgsm21933.doc.htm", "/2024/05/story/").
_YEAR_SEGMENT = re.compile(r"(?:19|20)\d\d")
_MONTH_SEGMENT = re.compile(r"0?[1-9]|1[0-2]")
# A year that names a plan, not a filing date ("/vision/2030/", "/agenda/2063/", "/2030-strategy/").
_PLAN_WORD = re.compile(r"(?:^|[^a-z])(?:vision|agenda|strategy|plan|roadmap)(?:$|[^a-z])", re.I)
# A header line that is a date stamp: a label of a few words at most, then a numeric date in
# either order ("08-12-2021", "12/08/2021") or a clock time and a year ("12:57 2015").
_STAMP = re.compile(
    r"(?:[A-Za-z]+[ \t]+){0,3}(?:[0-3]?\d[-/.][0-3]?\d[-/.]|[0-2]?\d:[0-5]\d[ \t]+)"
    r"(?P<y>(?:19|20)\d\d)"
)
_HEAD_LINES = 10


def _plausible(src: Source, year: int) -> bool:
    """No year the text writes lies more than a year beyond it (else it is an archive's)."""
    return all(y <= year + 1 for _, y in anchor_years(src.text))


def url_year(src: Source) -> int | None:
    """The year the page's address files it under."""
    path = urlsplit(src.url.strip()).path if src.url else ""
    year = folder_year([seg for seg in path.split("/") if seg])
    return year if year and _plausible(src, year) else None


# A folder naming the year and its month at once ("/statement/201103/", "/archives/2011-03/").
_YEAR_MONTH_SEGMENT = re.compile(r"(?P<y>(?:19|20)\d\d)-?(?:0[1-9]|1[0-2])")


def folder_year(segments: list[str]) -> int | None:
    """The year of a date path: a year folder followed by a month folder ("/2024/05/story") or
    by the page's own name alone ("/en/2023/sgsm21933.doc.htm", "/Pages/2016/mr_1.aspx"), or a
    year-and-month folder ("/statement/201103/12call.html"); not a year inside a section path
    ("/vision/2030/updates/talks") nor beside a plan's name."""
    for i, seg in enumerate(segments[:-1]):
        if (m := _YEAR_MONTH_SEGMENT.fullmatch(seg)) and not _PLAN_WORD.search(segments[i - 1]):
            return int(m.group("y"))
        if not _YEAR_SEGMENT.fullmatch(seg):
            continue
        nxt = segments[i + 1]
        if _PLAN_WORD.search(segments[i - 1] if i else "") or _PLAN_WORD.search(nxt):
            continue
        if _MONTH_SEGMENT.fullmatch(nxt) or i + 2 == len(segments):
            return int(seg)
    return None


def header_year(src: Source) -> int | None:
    """The year of a date stamp among the page's first lines."""
    for s, e in line_map(src).lines[:_HEAD_LINES]:
        m = _STAMP.fullmatch(src.text[s:e].strip())
        if m and _plausible(src, int(m.group("y"))):
            return int(m.group("y"))
    return None


def own_year(src: Source) -> int | None:
    return url_year(src) or header_year(src)


def header_day(src: Source, year: int) -> dt.date | None:
    """A line near the top that is only a day and month ("July 24"), in the page's own year;
    else the day of the story's dateline ("Kathmandu, Oct 6: ..."), the day it speaks from."""
    lines = line_map(src).lines
    for s, e in lines[:_HEAD_LINES]:
        line = src.text[s:e].strip()
        found = scan_dates(line, None, [], own_year=year)
        if (
            len(found) == 1
            and len(found[0].iso) == 10
            and found[0].end - found[0].start == len(line)
        ):
            return dt.date.fromisoformat(found[0].iso)
    return _dateline_day(src, lines, year)


def _dateline_day(src: Source, lines: list[tuple[int, int]], year: int) -> dt.date | None:
    """The day a dated dateline opening a line near the top gives, read in the page's own year,
    when it is the page's only dated dateline (several date the items of a list, not the page),
    it opens the story (no sentence before it: "Kelvo, Mar 4 - a date the town won't forget"
    later in the story is a quotation's), its place is no weekday ("Monday, Mar 4:" dates an
    item of a chronology) and its month is the month the address files the page under or the
    one before (a page filed in March speaks from no day in October)."""
    dated = [
        (i, m)
        for i, (s, e) in enumerate(lines)
        if (m := DATELINE.match(src.text, s, min(e, s + 120))) and m.group("date")
    ]
    if len(dated) != 1 or dated[0][0] >= _HEAD_LINES:
        return None
    i, m = dated[0]
    if m.group("place").strip().title() in WEEKDAYS or any(
        _SENTENCE.fullmatch(src.text[s:e].strip()) for s, e in lines[:i]
    ):
        return None
    found = scan_dates(m.group("date"), None, [], own_year=year)
    if len(found) != 1 or len(found[0].iso) != 10 or found[0].iso[:4] != f"{year:04d}":
        return None
    day = dt.date.fromisoformat(found[0].iso)
    month = url_month(src)
    return day if month is None or month - day.month in (0, 1) else None


# A sentence of the story: a capital, eight words or more, a full stop.
_SENTENCE = re.compile(r"[A-Z“\"‘'].*(?:\S+\s+){7,}\S+[.!?][”\"’']?")


def url_month(src: Source) -> int | None:
    """The month folder after the year folder of the page's address ("/2019/03/story"), if any."""
    segments = [seg for seg in urlsplit(src.url.strip()).path.split("/") if seg] if src.url else []
    for i, seg in enumerate(segments[:-1]):
        if _YEAR_SEGMENT.fullmatch(seg) and _MONTH_SEGMENT.fullmatch(segments[i + 1]):
            return int(segments[i + 1])
    return None
