"""Dates found in metadata (ISO, RFC 2822, PDF "D:...", "12 March 2024") as ISO 8601 strings."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from functools import partial

from briefing_app.ingest.urls import host_of
from briefing_app.model.dates import MONTH_NUMBERS

_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WORDY = (
    re.compile(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.I),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),
    # "28-Dec-2004": feeds, logs and news-service stamps join the three with hyphens
    re.compile(rf"(?<![\w-]){_DAY}-{_MONTH}-{_YEAR}(?![\w-])", re.I),
)
_NUMERIC = (
    re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})"),
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
)
# "05/07/2024 15:50": day first when the first number cannot be a month ("13/07/2024"), else
# month first, as English-language feeds and dateparser's English default read it.
# The order may also come from the page (``numeric_order``); "05-07-2024" reads the same way.
_SLASHED = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
    r"(?:\s*[,–—-]?\s*(?:at\s+)?\d{1,2}:\d\d)?"
)
_PDF = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([+-])(\d{2})'?(\d{2})?|Z)?"
)


# A dateline opening the first paragraph: "NAIROBI, March 3, 2025 –", "Almaty, Kazakhstan,
# 3 March 2025 (Ledger) -", "GENEVA (Ledger) — 3 March 2025 —". The place is one to four
# capitalised words, maybe followed by a region; the date sits before the dash.
_DATELINE = re.compile(
    r"[A-Z][\w’'.-]*(?:[ /][A-Z][\w’'.-]*){0,5}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:\s*\([^)]{1,40}\))?\s*[,–—-]\s*(?P<date>[\w.,]+(?:\s+[\w.,]+){1,3}?)"
    r"\s*(?:\([^)]{1,40}\)\s*)?[–—-]\s"
)
# "GENEVA/NEW YORK (18 December 2024) –": the date in brackets after the place.
_DATELINE_BRACKETS = re.compile(
    r"[A-Z][\w’'.-]*(?:[ /][A-Z][\w’'.-]*){0,5}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"\s*\((?P<date>[^)]{6,30})\)\s*[–—-]{1,2}\s"
)


# "25 April 2031 – The ministers ...": a dateline of a date alone, no place; not the start of
# a span ("25 April 2031 – 3 May 2031"), whose second date follows the dash.
_DATE_ONLY_DATELINE = re.compile(
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"\s*[–—-]{1,2}\s+(?=[A-Z“\"‘'])(?![A-Z][a-z]{2,8}\.?\s+\d)"
)


# The day named again from a distance ("that morning", "on that day"): a sentence telling what
# happened on a date in the past, as a retrospective opens with the day it looks back to. A
# report written on the day says "this morning", "today", "on Sunday".
# Only a time noun names a day ("on that Sunday", "on that fateful morning"); "act on that
# pledge" names no day.
_TIME_NOUN = (
    r"(?:day|morning|afternoon|evening|night|date|occasion|weekend"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_THAT_DAY = re.compile(
    rf"\bthat\s+{_TIME_NOUN}\b(?!-)|\bon\s+that\s+(?:[a-z]+\s+)?{_TIME_NOUN}\b", re.I
)


def _looks_back(after: str) -> bool:
    """The sentence after a date-alone dateline names its day from a distance."""
    sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    return bool(_THAT_DAY.search(sentence))


def dateline_date(paragraph: str) -> str:
    """The ISO date of a dateline opening ``paragraph`` ("" when it has none, or when a date
    alone opens a sentence telling what happened that day in the past)."""
    match = _DATELINE.match(paragraph) or _DATELINE_BRACKETS.match(paragraph)
    if not match:
        match = _DATE_ONLY_DATELINE.match(paragraph)
        if match and _looks_back(paragraph[match.end() :]):
            return ""
    if not match:
        return ""
    value = match.group("date").strip(" ,")
    return to_iso(value) if re.search(r"\d{4}", value) else ""


_MONTH_DAY = (
    re.compile(rf"{_DAY}\s+{_MONTH}", re.I),
    re.compile(rf"{_MONTH}\s+{_DAY}", re.I),
)
# A month and its year in the text ("since August 2031", "on 3 August 2031").
_MONTH_YEAR = re.compile(
    r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{4})\b"
)


def yearless_dateline(paragraph: str, text: str) -> str:
    """The ISO date of a dateline that gives only the day and month ("KELVO, MARCH 16 – ..."),
    its year taken from the first month written with a year in ``text`` (the article's own
    text: "since August 2031"); "" when the dateline has a year, or no year is written."""
    match = _DATELINE.match(paragraph) or _DATELINE_BRACKETS.match(paragraph)
    if not match:
        return ""
    value = match.group("date").strip(" ,.")
    if re.search(r"\d{4}", value):
        return ""
    for pattern in _MONTH_DAY:
        day = pattern.fullmatch(value)
        if day and day.group("month").lower() in MONTH_NUMBERS:
            break
    else:
        return ""
    for near in _MONTH_YEAR.finditer(text):
        if near.group("month").lower() in MONTH_NUMBERS:
            month = MONTH_NUMBERS[day.group("month").lower()]
            try:
                return dt.date(int(near.group("year")), month, int(day.group("day"))).isoformat()
            except ValueError:
                return ""
    return ""


# The second half of a date split over two lines: the year, maybe with a time before or after
# it ("12:57 2031", "2031", "2031 10:14 GMT").
_YEAR_LINE = re.compile(
    r"(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s+)?(?P<year>(?:1[6-9]|20)\d\d)"
    r"(?:,?\s+\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)


def split_date(first: str, second: str) -> str:
    """The ISO date of a date printed over two lines, the day and month on the first ("July
    24", "24 July"), the year (maybe with a time) on the second ("12:57 2031"); "" otherwise."""
    year = _YEAR_LINE.fullmatch(second.strip())
    if not year:
        return ""
    for pattern in _MONTH_DAY:
        day = pattern.fullmatch(first.strip().rstrip(","))
        if day and day.group("month").lower() in MONTH_NUMBERS:
            return to_iso(f"{day.group('day')} {day.group('month')} {year.group('year')}")
    return ""


def trailing_date(paragraph: str) -> str:
    """The ISO date a paragraph ends with when it is a page's header run into one line, no
    sentence closing it ("... Press Statement Jane Roe Secretary of Water Kelvo City June 16,
    2031"): its last field is the dateline. "" for anything else."""
    text = paragraph.rstrip()
    spans = [m.span() for pattern in _WORDY for m in pattern.finditer(text)]
    ends = [(a, b) for a, b in spans if b == len(text)]
    if not ends:
        return ""
    # A place before the date ("Kelvo City, June 16, 2031"), not a clause cut off by a short
    # copy ("talks resume on June 16, 2031").
    before = text[: ends[0][0]].rstrip(" ,").split()
    if len(before) < 8 or not before[-1][:1].isupper():
        return ""
    return to_iso(text[ends[0][0] :])


def date_span(text: str) -> tuple[int, int] | None:
    """Where a written-out date ("16 December 2031", "Dec. 16, 2031") stands in ``text``."""
    for pattern in _WORDY:
        for match in pattern.finditer(text):
            if match.group("month").lower() in MONTH_NUMBERS:
                return match.span()
    return None


def iso_from_datetime(value: dt.datetime | dt.date) -> str:
    """ISO 8601: a date alone when there is no time of day."""
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def to_iso(value: object, *, day_first: bool | None = None) -> str:
    """An ISO 8601 date/datetime for ``value``, or ``""`` when it is not a recognisable date.
    ``day_first`` says how the page orders a numeric date ("04/06/2031"), when it shows it
    (``numeric_order``); None reads month first unless the first number cannot be a month."""
    if isinstance(value, dt.date):
        return iso_from_datetime(value)
    text = " ".join(str(value or "").split())
    if not text:
        return ""
    numeric = partial(_numeric, day_first=day_first)
    for parse in (_iso, _pdf, _rfc2822, _wordy, numeric, _any_language):
        try:
            found = parse(text)
        except (ValueError, TypeError, OverflowError, IndexError):
            found = None
        if found is not None and 1000 <= found.year <= 9999:
            return iso_from_datetime(found)
    return ""


def _iso(text: str) -> dt.date | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    if re.match(r"\d{4}-\d\d-\d\dT", candidate):
        return dt.datetime.fromisoformat(candidate)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", candidate):
        return dt.date.fromisoformat(candidate)
    return None


def _pdf(text: str) -> dt.date | None:
    match = _PDF.match(text)
    if not match:
        return None
    defaults = (0, 1, 1, 0, 0, 0)
    parts = [int(p) if p else d for p, d in zip(match.groups()[:6], defaults, strict=True)]
    sign, hours, minutes = match.groups()[6:]
    zone = None
    if sign:
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        zone = dt.timezone(-offset if sign == "-" else offset)
    elif match.group(0).endswith("Z"):
        zone = dt.UTC
    return dt.datetime(*parts, tzinfo=zone)


def _rfc2822(text: str) -> dt.date | None:
    if not re.match(r"(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d", text):
        return None
    return parsedate_to_datetime(text)


def _wordy(text: str) -> dt.date | None:
    for pattern in _WORDY:
        match = pattern.search(text)
        if match and match.group("month").lower() in MONTH_NUMBERS:
            month = MONTH_NUMBERS[match.group("month").lower()]
            return dt.date(int(match.group("year")), month, int(match.group("day")))
    return None


_A_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# Whole dates only (no "yesterday", no day filled in from today), absolute, naive.
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _any_language(text: str) -> dt.date | None:
    """Dates in other languages and layouts ("12. März 2024", "12 марта 2024", "2024/3/12 10:00")
    through dateparser: the fallback, slow, so only for short values that carry a year."""
    if len(text) > 80 or not _A_YEAR.search(text):
        return None
    import dateparser  # a second to import: only when a metadata date needs it

    return dateparser.parse(text, settings=_DATEPARSER_SETTINGS)


def _numeric(text: str, day_first: bool | None = None) -> dt.date | None:
    for pattern in _NUMERIC:
        match = pattern.fullmatch(text)
        if match:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _SLASHED.fullmatch(text)
    if match:
        a, b = int(match["a"]), int(match["b"])
        month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
        return dt.date(int(match["year"]), month, day)
    return None


# Numeric dates anywhere in a page: "18/09/2031", "09-18-2031", "18.09.2031".
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?:1[6-9]|20)\d\d(?!\d)"
)
# Country-code domains of the countries whose short dates put the month first or mix both
# orders (CLDR's short date patterns: en-US, en-PH, en-CA, and the US-associated Pacific
# states); every other country's writes the day first.
_MONTH_FIRST_TLD = frozenset({"us", "ph", "ca", "fm", "mh", "pw", "as", "gu", "mp", "um", "vi"})
# Country codes sold worldwide as generic names ("kelvo.io", "ledger.tv"): no country's.
_VANITY_TLD = frozenset({"io", "co", "ai", "tv", "me", "ly", "cc", "ws", "gg", "to", "sh", "so"})


def numeric_order(text: str, url: str = "") -> bool | None:
    """Whether a page writes numeric dates day first: True when one of its dates can only be
    read so ("18/09/2031") and none only month first ("09/18/2031"), False for the reverse;
    with no such evidence, the country of the address's domain ("gov.au": day first); None
    when nothing tells."""
    firsts = seconds = False
    for match in _NUMERIC_DATE.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        firsts |= a > 12 >= b
        seconds |= b > 12 >= a
    if firsts != seconds:
        return firsts
    tld = host_of(url).rsplit(".", 1)[-1] if url else ""
    if re.fullmatch(r"[a-z]{2}", tld) and tld not in _VANITY_TLD:
        return tld not in _MONTH_FIRST_TLD
    return None


_ADDRESS_IN_LINE = re.compile(r"https?://\S+", re.I)


def page_order(lines: list[str], url: str = "") -> bool | None:
    """How a page orders numeric dates (``numeric_order``): from its own dates, else its
    address's country (``url``, or an address on its first lines, as a "URL:" line gives it)."""
    url = url or next(
        (m.group(0) for line in lines[:3] if (m := _ADDRESS_IN_LINE.search(line))), ""
    )
    return numeric_order("\n".join(lines), url)
