"""The day each source speaks from: its own date (metadata, dateline, a date line near the top,
a date closing its headline), else the day its text calls today or the latest full date it
writes; and the year the briefing's sources agree on, for dates that write none."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from briefing_app.analysis.date_fields import head_day
from briefing_app.analysis.dateline_start import DATELINE
from briefing_app.analysis.dates import (
    DATE_FROM_LATEST,
    RELATIVE,
    YEAR_FROM_ARTICLE,
    YEAR_FROM_ITEM,
    YEARLESS_DAY,
    FoundDate,
    reference_date,
    scan_dates,
)
from briefing_app.analysis.lines import line_map
from briefing_app.analysis.relative import future, planned
from briefing_app.analysis.undated_items import drop_relative, undated_items
from briefing_app.analysis.wire_datelines import WIRE_DASH, WIRE_DATELINE
from briefing_app.analysis.years import anchor_years
from briefing_app.model import Source


def dateline_date(src: Source, fallback_year: int | None = None) -> dt.date | None:
    """The date a source's opening dateline gives ("KYIV, 14 March (Reuters) –")."""
    head = src.text[:300]
    for line_start in (0, *(i + 1 for i, c in enumerate(head) if c == "\n")):
        m = DATELINE.match(src.text, line_start, line_start + 160)
        m = m if m and m.group("date") else WIRE_DATELINE.match(src.text, line_start) or m
        if m is None or not m.group("date") or line_map(src).in_related(line_start):
            continue  # not a related story's dateline under a short copy
        ds, de = m.span("date")
        for d in scan_dates(src.text, None, [], fallback_year):
            if ds <= d.start < de and len(d.iso) == 10:
                return dt.date.fromisoformat(d.iso)
        return None
    return None


def article_date(src: Source, fallback_year: int | None = None) -> dt.date | None:
    """The article's own date: its metadata, else its dateline, else a date line near the top
    (``head_day``), else a date closing its headline."""
    ref = reference_date(src.published) or dateline_date(src, fallback_year)
    if ref is not None:
        return ref
    return head_day(src.text, line_map(src)) or _title_date(src.title)


# A full date closing a headline after a separator is the page's date ("Kelvo situation update –
# 19 January 2031", "Council meeting, 16 December 2030"); inside it, an event's.
_CLOSING_SEPARATOR = re.compile(r"[,:;|(\[–—-]\s*$")


def _title_date(title: str) -> dt.date | None:
    found = scan_dates(title, None, [])
    for d in found:
        closing = not title[d.end :].strip(" )].") and _CLOSING_SEPARATOR.search(title, 0, d.start)
        if len(d.iso) == 10 and not d.inferred and closing:
            return dt.date.fromisoformat(d.iso)
    return stated_today(title, found)


def briefing_year(sources: Sequence[Source]) -> int | None:
    """The year the sources agree on most: their own dates, else the years they write."""
    years = Counter(r.year for r in (reference_date(s.published) for s in sources) if r)
    if not years:
        for s in sources:
            years.update(y for _, y in anchor_years(s.text))
    return min(years, key=lambda y: (-years[y], -y)) if years else None


def briefing_day(sources: Sequence[Source]) -> dt.date | None:
    """The latest of the sources' own dates: a source without one tells of a day near it."""
    return max(filter(None, (reference_date(s.published) for s in sources)), default=None)


# Words naming one day counted from the writer's own ("today", "yesterday", "this afternoon").
_DAY_WORD = re.compile(
    r"(?i:today|tonight|tomorrow|yesterday|last night|this (?:morning|afternoon|evening))"
)


def with_latest(found: list[FoundDate], text: str, latest: dt.date | None) -> list[FoundDate]:
    """Add the relative dates resolved against the article's latest written date. A weekday
    or "last year" needs only the week or the year, which the latest date the copy tells of
    gives; "today" and "yesterday" need the very day the copy speaks from, which it does not
    show unless it states it (its latest date may be the event it looks back on, or a notice
    above it): undated then."""
    if latest is None:
        return found
    taken = [(d.start, d.end) for d in found]
    # "today, 28 June 2031", or a short first line heading the copy ("CERAWeek in Texas on
    # Wednesday, March 13, 2031."): the day is shown
    stated = latest in stated_todays(text, found) or latest == _heading_day(text)
    extra = [
        FoundDate(d.start, d.end, d.iso, DATE_FROM_LATEST)
        for d in scan_dates(text, latest, [], patterns=RELATIVE)
        if all(d.end <= a or d.start >= b for a, b in taken)
        and (stated or not _DAY_WORD.fullmatch(text, d.start, d.end))
    ]
    return sorted(found + extra)


def _heading_day(text: str) -> dt.date | None:
    """The full date the copy's first line writes, when it is a short line, if any."""
    line = text.lstrip().split("\n", 1)[0]
    if len(line.split()) <= 10:
        for d in scan_dates(line, None, []):
            if len(d.iso) == 10 and not d.inferred:
                return dt.date.fromisoformat(d.iso)
    return None


# A date the text gives as the day it speaks from: "flown today [Thursday 25 January]", "this
# afternoon (4 April)", "(valid as of 18 November at 14:00)".
_TODAY_IS = re.compile(
    r"(?:\b(?:today|tonight|this (?:morning|afternoon|evening))\s*[\[(]|"
    r"\b(?:valid|correct|accurate|current) as (?:of|at))\s*$",
    re.IGNORECASE,
)


# ... or set beside it, "today, 28 June 2031", "Today, on World Refugee Day, 20 June 2031",
# when the date writes its year (a comma sets a date beside today less surely than brackets
# do, and a year inferred may be wrong).
_TODAY_BEFORE = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)


def _apposed_to_today(text: str, start: int) -> bool:
    words = list(_TODAY_BEFORE.finditer(text, max(0, start - 80), start))
    if not words or "," not in text[words[-1].end() : start]:
        return False
    return bool(_APPOSED.fullmatch(text, words[-1].end(), start))


def stated_today(text: str, found: list[FoundDate]) -> dt.date | None:
    """The day a copy without a date of its own names as its today, its year inferred or not."""
    days = stated_todays(text, found)
    return days[0] if days else None


def stated_todays(text: str, found: list[FoundDate]) -> list[dt.date]:
    """Every day the copy names as its today, in order, each once. Two of them make it a page
    of items from several days ("today (19 May)" in one teaser, "today (Monday, 18 May)" in
    the next): no day is the whole page's today."""
    days = [
        dt.date.fromisoformat(d.iso)
        for d in found
        if len(d.iso) == 10
        and (
            _TODAY_IS.search(text, max(0, d.start - 40), d.start)
            or (not d.inferred and _apposed_to_today(text, d.start))
        )
    ]
    return list(dict.fromkeys(days))


# "today" as the day a sentence speaks from; "today [Thursday 25 January]" states it instead.
_TODAY_WORD = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b(?![ \t]*[\[(])", re.IGNORECASE
)
# A sentence ends after a word of two small letters or digits, or a bracket or quote ("U.S.
# Treasury" and "Mr. Roe" go on).
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z\d]{2})|(?<=[)\]\"”’']))[.!?][\"”’']?\s+(?=[\"“‘'(\[]?[A-Z\d])|\n"
)
# "today, 3 May 2031", "Today, on World Refugee Day, 20 June 2031": a date set beside "today",
# after the day's name if it has one (a capitalised name between commas).
_APPOSED = re.compile(
    r"[\s,(\[–—-]*(?:on\s+)?(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5}"
    r",\s+)?"
)


def other_than_today(text: str, d: FoundDate) -> bool:
    """A full date the same sentence tells beside its "today" is another day than today ("Today
    the ministry designated those behind the fraudulent 9 August 2031 election"): the writer
    would not name today twice. Not a dateline opening the line ("Kelvo, 24 April 2031 -
    ... today"), nor a date set beside "today" to state it ("today, 3 May 2031")."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, d.start - 600), d.start)]
    s = starts[-1] if starts else max(0, d.start - 600)
    end = _SENTENCE_END.search(text, d.end)
    e = end.start() if end else len(text)
    line = text.rfind("\n", 0, d.start) + 1
    if d.start - line <= 60 and (_ITEM_DASH.match(text, d.end) or WIRE_DASH.match(text, d.end)):
        return False  # the item's or the release's dateline: its "today" is that day
    for m in _TODAY_WORD.finditer(text, s, e):
        if m.end() <= d.start and _APPOSED.fullmatch(text, m.end(), d.start):
            continue
        return True
    return False


def speaking_day(text: str, found: list[FoundDate]) -> dt.date | None:
    """The day a copy with no date of its own speaks from: the day its text calls today
    ("today [Thursday 25 January]"), else the latest full date it writes (news tells of its
    latest day; a date it looks ahead to, "will open on 3 May 2031", is not one)."""
    # Another item's dateline further down ("KELVO, Jan. 31, 2028 (Wire) - ...", a second story
    # after the first one's "Source:" line) dates that item, never the text before it.
    items = _item_datelines(text, found)
    if items:
        found = [d for d in found if d.start < items[0][0]]
    told = [
        d
        for d in found
        if len(d.iso) == 10 and not future(text, d.start) and not other_than_today(text, d)
    ]
    days = [d.iso for d in told if not d.inferred]
    stated = stated_todays(text, found)
    if len(stated) > 1:
        return None  # teasers of several days: each "today" is its own item's
    if stated or not days:
        return stated[0] if stated else None
    # A later day told in the past without its year ("tested negative on 7 November", after
    # "confirmed on 27 September 2031"): the copy speaks after its latest full date, on a day
    # it does not give.
    if any(d.inferred and d.iso > max(days) and not planned(text, d.start) for d in told):
        return None
    return dt.date.fromisoformat(max(days))


# An item that opens with its own dateline on a listing or live page ("Kelvo, 24 April 2031 -
# The growth...", "Ardia/Belmar 10 May 2031 - ...", "DREVNY (3 May 2031) –"): its "today" and
# its weekdays are that day's, whatever the page's own date.
_ITEM_PLACE = re.compile(r"[ \t]*[A-Z][\w’'.-]*(?:[ /][A-Z][\w’'.-]*){0,4},?[ \t]*\(?")
_ITEM_DASH = re.compile(r"\)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[–—-]{1,2}")


_ITEM_BULLET = re.compile(r"[ \t]*[•·▪◦*][ \t]*")


def _item_datelines(text: str, found: list[FoundDate]) -> list[tuple[int, dt.date]]:
    """(line start, day) of each item that opens with its own dateline. A listed item may open
    with a bullet and chain a listing date before the release's own ("• 29 Apr 2031 - Kelvo,
    28 April 2031 - ..."): the last date of the chain is the item's day."""
    full = {d.start: d for d in found if len(d.iso) == 10 and not d.inferred and d.pair is None}
    out = []
    yearless = 0  # a wire digest's datelines write no year ("OSKVEL, March 2 (Wire) -")
    for d in found:
        line = text.rfind("\n", 0, d.start) + 1
        dated = d.start in full or (d.inferred == YEAR_FROM_ARTICLE and d.pair is None)
        if not dated or len(d.iso) != 10 or d.start - line > 60:
            continue
        dash = _ITEM_DASH.match(text, d.end) or WIRE_DASH.match(text, d.end)
        # "Kelvo, 3 May 2031 - ...", or the date alone opening the line ("3 May 2031 - ...")
        placed = _ITEM_PLACE.fullmatch(text, line, d.start) or not text[line : d.start].strip()
        if placed and dash:
            out.append((line, dt.date.fromisoformat(d.iso)))
            yearless += d.start not in full
    if yearless and len(out) < 2:
        out = []  # one such dateline is the copy's own, dated from the article's date already
    out += _bulleted_items(text, full, {line for line, _ in out})
    out += stamp_items(text, full, {line for line, _ in out})
    return sorted(out)


# A line that is only an item's date stamp on a listing page ("Posted April 17th, 2031 at 11:15
# am (UTC-5)", "Published: 3 May 2031"): a label, the date, a clock time.
_STAMP_LABEL = re.compile(
    r"[ \t]*(?:(?i:posted|published|updated|last updated|released|issued|dated?)"
    r"(?: (?i:on))?:?[ \t]*)?"
)
_STAMP_TAIL = re.compile(
    r"[ \t]*(?:(?:(?i:at)|[-–|,])?[ \t]*[0-2]?\d[:.][0-5]\d(?:[ \t]*(?i:[ap]\.?m\.?))?"
    r"(?:[ \t]*\(?[A-Z]{2,5}(?:[+−-]\d{1,2})?\)?)?)?[ \t]*(?:\n|$)"
)


# A short line holding a full date and no sentence: a stamp of another outlet's shape ("Updated
# 3:15 p.m. EDT, 4/17/2031", "Posted on 17 April 2031 by A. Lind", "17 April 2031 · 3 min read").
_LINE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A label opening with a capital, the small words after it too ("Press release", "Statement")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Za-z][\w'’.-]*)*")
_CLOSES_SENTENCE = re.compile(r"[a-z]{3}[.!?][\"”’']?[ \t]*$")
_WRITTEN_YEAR = re.compile(r"\d{4}")
_MERIDIEM = re.compile(r"\b[ap]\.?m\b\.?", re.IGNORECASE)


def _stamp_shape(text: str, line: int, d: FoundDate) -> str | None:
    """The line without its date, digits masked and the words from a capital on (names, labels,
    zones) as one mark ("A | by A"); None for a line that is a sentence or too long."""
    end = text.find("\n", d.end)
    before, after = text[line : d.start], text[d.end : len(text) if end < 0 else end]
    if not _WRITTEN_YEAR.search(text, d.start, d.end):
        return None  # "Today | Kelvo": a stamp writes its date out
    if len(_LINE_WORD.findall(before + " " + after)) > 8 or _CLOSES_SENTENCE.search(after):
        return None
    shape = _MERIDIEM.sub("m", re.sub(r"\d", "0", f"{before.strip()}|{after.strip()}"))
    return _CAPITALISED.sub("A", shape)


def _item_text_between(text: str, a: int, b: int) -> bool:
    """Whether a line of prose (eight words or more) lies between line starts a and b."""
    return any(len(_LINE_WORD.findall(x)) >= 8 for x in text[a:b].split("\n")[1:])


def stamp_items(text: str, full: dict[int, FoundDate], seen: set[int]) -> list[tuple[int, dt.date]]:
    """(line start, day) of each line that is only a date stamp, when a page has two or more of
    them on different days with an item's text between (a listing of dated items: posts,
    releases, a transcript's days). What follows a stamp, up to the next, is told from its day.
    A stamp is a label, the date and a clock time ("Posted April 17th, 2031 at 11:15 am"), or a
    short line of no sentence that two stamps share the shape of ("By A | 17 April 2031"). A
    stamp with no item text after the one before it ("Published: 3 May", "Updated: 5 May") is
    the same page's or item's, not a new item, unless it is earlier: an update never precedes
    what it updates, and a listing runs newest first (a post's teaser may sit above its stamp)."""
    out: dict[int, dt.date] = {}
    held: dict[int, dt.date] = {}  # shaped lines, stamps when two share the shape
    shapes: dict[str, list[int]] = {}
    for d in sorted(full.values()):
        line = text.rfind("\n", 0, d.start) + 1
        if line in seen or line in out or line in held:
            continue
        label = _STAMP_LABEL.match(text, line)
        day = dt.date.fromisoformat(d.iso)
        if label.end() == d.start and _STAMP_TAIL.match(text, d.end):
            out[line] = day
        elif shape := _stamp_shape(text, line, d):
            shapes.setdefault(shape, []).append(line)
            held[line] = day
    for lines in shapes.values():
        if len(lines) >= 2:
            out.update((x, held[x]) for x in lines)
    kept: list[tuple[int, dt.date]] = []
    for line, day in sorted(out.items()):
        if not kept or _item_text_between(text, kept[-1][0], line) or day < kept[-1][1]:
            kept.append((line, day))
    return kept if len({day for _, day in kept}) >= 2 else []


def _bulleted_items(text: str, full: dict[int, FoundDate], seen: set[int]):
    """Items opening with a bullet and a chain of dates, each before a dash, places between."""
    for line in sorted({text.rfind("\n", 0, s) + 1 for s in full} - seen):
        bullet = _ITEM_BULLET.match(text, line)
        pos, day = (bullet.end() if bullet else line), None
        while bullet:
            place = _ITEM_PLACE.match(text, pos)
            d = full.get(pos) or (full.get(place.end()) if place else None)
            dash = _ITEM_DASH.match(text, d.end) if d else None
            if d is None or dash is None:
                break
            day, pos = dt.date.fromisoformat(d.iso), dash.end()
            while text[pos : pos + 1] in (" ", "\t"):
                pos += 1
        if day is not None:
            yield line, day


def by_item_dateline(found: list[FoundDate], text: str) -> list[FoundDate]:
    """Relative dates counted again from the dateline of the item they are in, if any."""
    items = _item_datelines(text, found)
    if not items:
        return found
    by_span = {(d.start, d.end): d for d in found}
    taken = list(by_span)
    items = sorted(items + undated_items(text, items), key=lambda item: item[0])
    ends = [p for p, _ in items[1:]] + [len(text)]
    for (start, day), end in zip(items, ends, strict=True):
        if day is None:  # "WASHINGTON – ... said today": an item whose day the page does not give
            drop_relative(by_span, text, start, end)
            continue
        for r in scan_dates(text[start:end], day, [], patterns=RELATIVE + YEARLESS_DAY):
            span = (start + r.start, start + r.end)
            if span in by_span or all(span[1] <= a or span[0] >= b for a, b in taken):
                # a day and month take their year from the item's day, and say so
                by_span[span] = FoundDate(*span, r.iso, YEAR_FROM_ITEM if r.inferred else "")
    return sorted(by_span.values())
