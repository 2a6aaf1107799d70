"""Dates in the text, normalised to ISO (YYYY, YYYY-MM, YYYY-MM-DD) against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from briefing_app.analysis.date_patterns import (
    MONTH_ONLY,
    MONTH_YEAR,
    MONTHS,
    PATTERNS,
    RANGE_AFTER,
    RANGE_BEFORE,
    RANGE_END,
    RANGE_START,
    RELATIVE,  # noqa: F401  (re-exported: callers read the patterns from here)
    YEAR_ONLY,
    YEARLESS_DAY,
)
from briefing_app.analysis.named_days import date_names_a_place, weekday_in_name
from briefing_app.analysis.range_years import numeric_month_day, short_ranges
from briefing_app.analysis.range_years import share_range_year as _share_range_year
from briefing_app.analysis.relative import (
    ago,
    before_past,
    day_word,
    future,
    month_as_subject,
    not_a_day,
    planned,
    relative_month,
    relative_unit,
    tense,
    told_year,
    weekday,
    weekday_told,
)
from briefing_app.analysis.this_day import THIS_DAY, this_day
from briefing_app.analysis.years import (
    YEAR,
    anchor_years,
    explicit_years,  # noqa: F401  (re-exported: callers read years and dates from here)
    is_count,
    month_year,
    weekday_year,
    year_by_weekday,
    year_near,
)
from briefing_app.analysis.years import closest_year as _closest_year
from briefing_app.analysis.years import md as _md
from briefing_app.analysis.years import ymd as _ymd
from briefing_app.model.dates import WEEKDAYS  # noqa: F401  (re-exported)


def reference_date(published: str) -> dt.date | None:
    """The article's own date, when it carries a parseable one."""
    try:
        return dt.date.fromisoformat(published[:10])
    except (ValueError, TypeError):
        return None


def normalise(m: re.Match[str], ref: dt.date | None, clock: dt.time | None = None) -> str | None:
    """ISO text for one pattern match, or None when it cannot be pinned down. ``clock`` is the
    time of day the article was published, when its metadata gives one."""
    g = m.groupdict()
    if ref and {"relmon", "wd", "word", "ago", "unit"} & {k for k, v in g.items() if v}:
        told = told_year(m.string, m.start())
        if told and told != ref.year:  # "last May ..., in a 2019 interview": not the page's
            in_years = "year" in ((g.get("unit") or "") + (g.get("agounit") or "")).lower()
            ref = dt.date(told, 7, 1) if in_years else None
    year = int(g["year"]) if g.get("year") else None
    mon = MONTHS.get(g["mon"]) if g.get("mon") else None
    if g.get("m"):
        mon = int(g["m"])
    day = int(g["day"]) if g.get("day") else None
    if g.get("na") or g.get("nd") or g.get("nh") or g.get("nj"):
        mon, day = numeric_month_day(m.string, g)
    if year and mon and day:
        return _ymd(year, mon, day)
    if year and mon:
        return f"{year:04d}-{mon:02d}" if 1 <= mon <= 12 else None
    if mon and day and not g.get("unit"):
        return _ymd(ref.year, mon, day) if ref else None
    if g.get("relmon"):
        return relative_month(g["relmon"].lower(), mon, ref)
    if g.get("wd"):
        rel = (g.get("rel") or "").lower()
        if rel in ("", "on", "by", "until", "from") and future(m.string, m.start()):
            rel = "coming"
        return weekday(g["wd"], rel, ref)
    if g.get("word"):
        return day_word(g["word"], ref, clock, planned(m.string, m.start()))
    if g.get("ago"):
        return ago(g["ago"].lower(), g["agounit"].lower(), ref)
    if g.get("unit"):
        year_iso = relative_unit(g["rel"].lower(), g["unit"].lower(), ref)
        if mon and year_iso:  # "February of last year", "April 3 of next year"
            return _ymd(int(year_iso), mon, day) if day else f"{year_iso}-{mon:02d}"
        return year_iso
    if year:
        return f"{year:04d}"
    return None


YEAR_FROM_ARTICLE = "year inferred from the article's date"
YEAR_FROM_TEXT = "year inferred from a nearby date in the same source"
YEAR_FROM_BRIEFING = "year inferred from the other sources"
DATE_FROM_LATEST = "date inferred from the latest date the article gives"
YEAR_FROM_ITEM = "year inferred from the date of the listed item it is in"


class FoundDate(NamedTuple):
    start: int
    end: int
    iso: str
    inferred: str = ""  # how a missing year was supplied, empty when the text gives it
    pair: tuple[int, int] | None = None  # a day range's other end (its span), read with it


def _month_alone(text: str, pos: int, mon: int, ref: dt.date | None, fallback, day=None, found=()):
    """A month without a day or year ("in May"): its year from the article's date (on the side
    the tense says), else the year the text last named, else the other sources'."""
    t = -1 if text[pos : pos + 5].lower() == "since" else tense(text, pos)  # "since May": past
    if ref is not None:
        t *= mon != ref.month  # the article's own month is neither behind it nor ahead: no tense
        return f"{_closest_year(mon, 15, ref, t):04d}-{mon:02d}", YEAR_FROM_ARTICLE
    year, said = month_year(text, pos, mon, t, fallback, day, found)
    return (
        (f"{year:04d}-{mon:02d}", YEAR_FROM_TEXT if said else YEAR_FROM_BRIEFING)
        if year
        else (None, "")
    )


def scan_dates(
    text: str,
    ref: dt.date | None,
    extra: list[tuple[int, int]],
    fallback_year: int | None = None,
    patterns: Sequence[re.Pattern[str]] | None = None,
    clock: dt.time | None = None,
    own_year: int | None = None,
    fallback_day: dt.date | None = None,
) -> list[FoundDate]:
    """Every date found by the patterns or inside a model DATE span, with how its year came.

    A day and month without a year take it from the article's date, else from the nearest
    year written in the same text, else from ``fallback_year`` (the other sources), the year
    that puts it on the tense's side of ``fallback_day`` (their latest date) when given.
    ``own_year`` is the article's year when its date is known no closer (its address files it
    under a year): it stands before the years the text writes, and dates "this year"."""
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    years: list[tuple[int, int]] | None = None
    lost = len(text)  # the first yearless day the text gave no year for

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern in PATTERNS if patterns is None else patterns:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            g = m.groupdict()
            inferred, iso = "", normalise(m, ref, clock)
            if pattern is THIS_DAY:
                iso = this_day(m, ref, found)
            elif g.get("wd") and (g.get("rel") or "").lower() in ("", "on") and iso:
                iso = weekday_told(text, m.start(), g["wd"], found, ref, iso) or iso
            yearless = g.get("mon") and g.get("day") and not (g.get("year") or g.get("unit"))
            if iso is None and yearless:
                if years is None:
                    years = anchor_years(text)
                mon, day = MONTHS[g["mon"]], int(g["day"])
                if ranged := _range_year(text, m.start("mon")):  # "September 16 to 18, 2031"
                    iso = _ymd(ranged, mon, day)
                elif own_year:
                    iso, inferred = _ymd(own_year, mon, day), YEAR_FROM_ARTICLE
                elif years and (
                    year := year_near(years, s, found, mon, day, not before_past(text, s), lost)
                ):
                    iso, inferred = _ymd(year, mon, day), YEAR_FROM_TEXT
                elif fallback_year and (fallback_day or not years):  # not a bare year after
                    y = _closest_year(mon, day, fallback_day, tense(text, s)) if fallback_day else 0
                    iso, inferred = _ymd(y or fallback_year, mon, day), YEAR_FROM_BRIEFING
                elif g.get("dwd") and (year := year_by_weekday(years, mon, day, g["dwd"])):
                    iso, inferred = _ymd(year, mon, day), YEAR_FROM_TEXT  # "Monday 20 January"
                else:
                    lost = min(lost, s)  # the story's year unknown from here, bare years aside
            elif pattern is MONTH_ONLY:
                mon = MONTHS[g["mon"]]
                iso, inferred = _month_alone(text, s, mon, ref, fallback_year, fallback_day, found)
                if ref is None and own_year:
                    iso, inferred = f"{own_year:04d}-{mon:02d}", YEAR_FROM_ARTICLE
                s = m.start("mon")  # the evidence is the month, not "in" before it
            elif iso and ref and yearless:
                year = _closest_year(MONTHS[g["mon"]], int(g["day"]), ref, tense(text, s))
                iso = _ymd(year, *_md(iso))
                inferred = YEAR_FROM_ARTICLE
            elif iso is None and own_year and g.get("unit") == "year" and not g.get("mon"):
                iso = relative_unit(g["rel"].lower(), "year", dt.date(own_year, 7, 1))
            if iso and inferred and g.get("dwd") and len(iso) == 10:
                side = (ref, tense(text, s)) if inferred == YEAR_FROM_ARTICLE else None
                iso = weekday_year(iso, g["dwd"], side)
                if iso is None:  # no year near fits the weekday: the whole day is left out,
                    taken.append((s, e))  # not read again as a relative "Sunday"
                    continue
            if iso is None or (g.get("word") and not_a_day(text, m.start("word"), g["word"])):
                continue
            if g.get("wd") and weekday_in_name(text, m.start("wd"), m.end("wd")):
                continue  # "the Sunday Times", "Operation Sunday Shield"
            if pattern in YEARLESS_DAY and date_names_a_place(text, e):
                continue  # "26 July Street", "the March 23 Movement"
            if pattern in YEAR_ONLY and is_count(text, m.start("year"), e):
                continue
            if pattern is MONTH_ONLY and month_as_subject(text, m.start()):
                continue  # "after May resigned": a name, the subject of its clause
            if pattern is MONTH_YEAR and " of " in m.group() and is_count(text, m.start("year"), e):
                continue  # "a March of 2029 supporters": a count after a noun, no month
            if g.get("end") and is_count(text, m.start("end"), m.end("end")):
                continue  # "between 1999 and 2001 troops": the range counts, it dates nothing
            if (pattern is RANGE_START and int(g["end"]) < int(g["year"])) or (
                pattern is RANGE_END
                and (int(text[s - 4 : s]) > int(g["year"]) or all(d.end != s for d in found))
            ):
                continue  # "passed 2031 to 1999", "pages 2002-2004": a tally, no years
            # Keep the evidence on the date words, not on "on"/"in" before them.
            if g.get("wd") and m.group("rel") in ("on", "since", "by", "until", "from"):
                s = m.start("wd")
            elif pattern in YEAR_ONLY:
                s = m.start("year")
            taken.append((s, e))
            found.append(FoundDate(s, e, iso, inferred))
    for d in short_ranges(text, free):  # "the 2019–20 season": 2019 and 2020
        taken.append(d[:2])
        found.append(FoundDate(*d))
    _share_range_year(text, found)
    for d in _range_ends(text, found):
        if free(d.start, d.end):
            taken.append((d.start, d.end))
            found.append(d)
    # Model DATE spans the patterns missed ("the summer of 2021"): keep them if a year is inside.
    for s, e in extra:
        if not free(s, e):
            continue
        m = re.search(YEAR, text[s:e])
        if m and not _PERIOD.search(text[s:e]):
            if is_count(text, s + m.start(), s + m.end()) or text[s:e].strip().isdigit():
                continue  # "2000 troops", or a bare number the model called a date
            if _SERIAL.match(text, s + m.end()):
                continue  # "Decision (CFSP) 2020/1388": a year-numbered act, no date
            if _only_numbers(text, s, e):
                continue  # "0800 1950 2020", "1990-2000 km": a phone number, a measure
            year = m.group("year")
            if (y := _NUMBERED_IN.match(text, s + m.end())) and int(y["y"]) != int(year) + 1:
                year = y["y"]  # "Case No. 1629/2019": a number, then the year it is numbered in
            taken.append((s, e))
            found.append(FoundDate(s, e, year))
    found.sort()
    return found


# A period, not a point: "over the years", "a decade", "centuries", "the early 1900s" (a decade,
# optional in the gold rules: it dates no event).
_PERIOD = re.compile(r"\byears?\b|\bdecades?\b|\bcentur|\d0['’]?s\b", re.IGNORECASE)
# A year numbering an act or a document: "Regulation (EU) 2021/821", "Decision 2020/1388".
_SERIAL = re.compile(r"/(?!(?:19|20)\d\d\b)\d{3,}")
# A number and, after a slash, the year it is numbered in ("Case No: 1629/2019", "Special
# report 17/2022"); not a season ("2019/2020", the next year) nor a longer chain.
_NUMBERED_IN = re.compile(r"/(?P<y>(?:1[6-9]|2[01])\d\d)\b(?![/.-]?\d)")
# Digit groups a space or a dash joins, with no word: "0800 1950 2020", "1990-2000" (a range).
_GROUPS = re.compile(r"\d[\s\u2013-]+\d")
_WORD = re.compile(r"[^\W\d_]")


def _only_numbers(text: str, s: int, e: int) -> bool:
    """A model DATE span of digit groups alone, no month or word: a phone or account number
    when spaces join the groups ("0800 1950 2020") or there are more than two of them ("ISBN
    978-9966-1903-2-7"); a "range" whose end is no later ("#2024-1876"), or whose last number is
    a measure or a count ("the 1990-2000 km stretch"). A range of years keeps its date."""
    span = text[s:e]
    if _WORD.search(span) or not _GROUPS.search(span):
        return False
    if re.search(r"\d\s+\d", span) or len(re.findall(r"\d+", span)) > 2:
        return True  # a date of three numbers is the patterns': this is an ISBN, an account
    last = re.search(r"\d{4}$", span)
    if last and int(last.group()) <= int(re.match(r"\D*(\d+)", span).group(1)):
        return True  # "Order #2024-1876": a number after a year, no later year ending a range
    return bool(last) and is_count(text, s + last.start(), e)


def _range_year(text: str, pos: int) -> int | None:
    """The year written after a month-first day range that starts at ``pos`` ("September 16
    to 18, 2031", "May 3–5, 2031"): the start's own year, when the page's date gives none."""
    m = RANGE_AFTER.match(text, pos)
    if not m or not m.group("year"):
        return None
    if is_count(text, m.start("year"), m.end("year")):
        return None  # "May 3 to 5, 2000 troops": a count after the range
    return int(m.group("year"))


def _range_ends(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """The other end of each day range whose dated end the patterns found: "from 10 to 14
    March" gives 10 March beside 14 March, "March 10-14, 2025" gives 14 March 2025 (and puts
    the year on 10 March). Fixes the found start's year in place when the range writes it."""
    at = {d.start: i for i, d in enumerate(found)}
    out = []
    for m in RANGE_BEFORE.finditer(text):
        i = at.get(m.end())
        if i is None or len(found[i].iso) != 10:
            continue
        if m.group("sep").strip() == "and" and not m.group("pre"):
            continue  # "4 and 5 March" without "between" or "on" is not plainly two days
        a = found[i]
        other = int(m.group("other").rstrip("stndrh"))
        if other < int(a.iso[8:]) and (iso := _ymd(int(a.iso[:4]), int(a.iso[5:7]), other)):
            pair = (a.start, a.end)
            out.append(FoundDate(m.start("other"), m.end("other"), iso, a.inferred, pair))
    for m in RANGE_AFTER.finditer(text):
        i = at.get(m.start())
        if i is None or len(found[i].iso) != 10 or m.group("sep").strip() == "and":
            continue
        a = found[i]
        year, month, day = int(a.iso[:4]), int(a.iso[5:7]), int(a.iso[8:])
        if m.group("year") and a.inferred:
            year = int(m.group("year"))
            if start := _ymd(year, month, day):
                a = found[i] = a._replace(iso=start, inferred="")
        other = int(m.group("other").rstrip("stndrh"))
        if other > day and (iso := _ymd(year, month, other)):
            pair = (a.start, a.end)
            out.append(FoundDate(m.start("other"), m.end("other"), iso, a.inferred, pair))
    return out


def find_dates(
    text: str, ref: dt.date | None, extra: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, iso) for every date found by the patterns or inside a model DATE span."""
    for d in scan_dates(text, ref, extra):
        yield d.start, d.end, d.iso
