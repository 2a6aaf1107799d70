"""Dates in the text, normalised to ISO (YYYY, YYYY-MM, YYYY-MM-DD) against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

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
)
from briefing_app.analysis.years import (
    SUBJECT_VERB,
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
from briefing_app.model.dates import MONTH_NUMBERS, WEEKDAYS

# "January", "Jan", "Sept": the shared table, capitalised as the patterns match them, and in
# capitals too ("THURSDAY, 3 APRIL 2025" in a date line).
MONTHS = _MONTHS = {
    form: number
    for name, number in MONTH_NUMBERS.items()
    for form in (name.capitalize(), name.upper())
}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?i:st|nd|rd|th)"  # "6th", and "6TH" in a script written in capitals
_DAY = r"(?P<day>[0-3]?\d)" + _ORD + "?"
# "14th of January": "of" only after an ordinal, never after a bare number ("5 of March's").
_ORD_DAY = r"(?P<day>[0-3]?\d)(?:" + _ORD + r"(?: (?i:of))?)?"
_YEAR, _ANY_Y = YEAR, r"\d{4}"
_WD = r"(?P<wd>" + "|".join((*WEEKDAYS, *(w.upper() for w in WEEKDAYS))) + r")"
# A weekday written before the date it names ("Monday 10 March", "Thursday, March 20, 2023") is
# part of that date, never a second, relative one.
_WD_BEFORE = r"(?:" + _WD.replace("?P<wd>", "?P<dwd>") + r",? )?"
# A day glued to a short word by a missing space ("on the14 March") still starts a word.
_B = r"(?:\b|(?<=\b(?i:to|on|of|by))|(?<=\b(?i:the)))"
_GLUE = r"(?: |(?<=[a-z]))"  # the month glued to an ordinal by a missing space ("27thMay, 2021")
_DMY = rf"(?P<hy>-)?(?(hy)|(?: of)?{_GLUE})"  # "14 March", "14th of March", "14-Mar-2031"

_ANY_MON = _MON.replace("?P<mon>", "?:")
_TO = r"(?: (?i:and|to|until|till|through) |\s?[-–—]\s?)"  # between the years of a range
_REL_YEAR = r"(?P<rel>last|this|next) (?P<unit>year)\b"  # "May of last year", "May 3 of next year"
# Tried in order on the raw text; earlier, more precise patterns win an overlap.
PATTERNS = [
    # "2031-07-13", and year first with slashes or dots ("2031/07/13", "2031.7.13"), not in a path
    re.compile(r"\b(?<!/)(?P<year>\d{4})([-/.])(?P<m>[01]?\d)\2(?P<day>[0-3]?\d)\b(?![/.]\d)"),
    re.compile(rf"(?=[A-Z\d]){_B}{_WD_BEFORE}{_DAY}{_DMY}{_MON}(?(hy)-|,? ){_YEAR}\b"),
    # "13/07/2031", "4.12.2031": day first when it must or the page's dates say so; no version
    re.compile(
        r"\b(?=\d)(?<![\d.])(?<!(?i:version|release) )(?:(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)/|"
        r"(?P<nd>[0-3]?\d)\.(?P<ne>[01]?\d)\.)"
        r"(?P<year>(?:19|20)\d\d)\b(?![/.]\d)"
    ),
    re.compile(rf"(?=[A-Z])\b{_WD_BEFORE}{_MON} {_DAY},? {_YEAR}\b"),
    # "March 2031", "March, 2031", "in March of 2031".
    re.compile(rf"(?=[A-Z])\b{_MON},? (?:of )?{_YEAR}\b"),
    re.compile(rf"(?=[A-Z])\b{_MON}(?: {_DAY}(?=,? of ))?,? (?:of )?{_REL_YEAR}"),
    # Not before a year the patterns above did not take; a count after a comma is fine ("Between
    # 1 and 3 December, 12 convoys").
    re.compile(rf"(?=[A-Z\d]){_B}{_WD_BEFORE}{_ORD_DAY}{_GLUE}{_MON}\b(?!,? {_ANY_Y})"),
    re.compile(rf"(?=[A-Z])\b{_WD_BEFORE}{_MON} {_DAY}\b(?!,? {_ANY_Y}|\d)"),
    # A month alone after a preposition ("in May", "since March", "mid-June", "between June and
    # July"); not "May" the verb, a month before a day or year or in a name ("March Air Base").
    re.compile(
        rf"(?=[isudtelbfarmISUDTELBFARM\u0130\u0131\u017f])(?:\b(?i:in|since|until|during|through|"
        rf"throughout|early|late|by|from|to|before|after)\s|\b(?i:end|beginning|start|middle|rest)\s"
        rf"(?i:of)\s|\b(?i:mid)-|\b(?i:between)\s(?={_ANY_MON} (?i:and) {_ANY_MON}\b(?!\.?,? \d)))"
        rf"{_MON}\b(?!\.?,? (?:\d|of\b)| [A-Z])"
    ),
    # "last May", "this March": not after "the" ("the last May government") nor before a name
    # ("next May Day"); nor "at last May agreed" (the idiom), unless a possessive makes it a date.
    re.compile(
        rf"\b(?P<relmon>(?i:last|this|next))(?<!\b(?i:the) (?i:last|this|next))(?:(?<!\b(?i:at)"
        rf" (?i:last|this|next))|(?= {_ANY_MON}['’]s\b)) {_MON}\b(?!\.? ?\d| [A-Z])"
    ),
    re.compile(rf"\b(?:(?P<rel>last|next|this|on|since|by|until|from) )?{_WD}\b"),
    re.compile(
        r"\b(?=[ytl])(?P<word>yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)"
        r"|(?<!the )(?<!its )(?<!his )(?<!her )(?<!their )(?<!our )last night)\b",  # not "the last"
        re.IGNORECASE,
    ),
    # "two days ago", "a year ago", "10 years ago": counted back from the article's date.
    re.compile(
        r"\b(?=[aotfsen\d])(?P<ago>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|\d{1,2}) (?P<agounit>day|month|year)s? ago\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<rel>last|next|this) (?P<unit>year|month)\b", re.IGNORECASE),
    # "in 2008", "the year 2008", "fiscal year 2008"; "planned for 2008," only before a
    # punctuation mark or a conjunction ("sold for 1650 in cash" is a price).
    re.compile(
        r"(?=[A-Za-z\u0130\u0131\u017f\u212a]{2,10}(?:- ?| )[12])"  # a word, then the year
        r"\b(?:(?i:in|since|by|until|from|during|of|early|late|mid-|before|after|year) |"
        r"(?i:mid|end|early|late)-(?=\d)|"  # "by mid-2031", "from end-2030"
        # "an unexpected end to 2031", "a strong start to 2031"
        r"(?:(?<=\b(?i:end) )|(?<=\b(?i:start) ))(?i:to) |"
        rf"(?i:for) (?={_ANY_Y}(?:[.,;:)]|\s+(?:and|or|to)\b|\s*$))){_YEAR}\b"
    ),
    # A year used as an adjective: "the 2021 assassination", "a 1989 coup", "its 2024 budget".
    # Also before a capitalised adjective and its noun ("the 2016 Presidential election"), not
    # a plural name ("the 1500 Marines") nor a name a year opens ("the 2030 Agenda for ...").
    re.compile(
        rf"\b(?i:the|a|its|their|his|her) {_YEAR}"
        rf"(?= [a-z]{{3,}}| [A-Z][a-z]+[a-rt-z] (?!(?:for|of|on|to|and)\b)[a-z]{{3,}}\b(?<!s))"
    ),
    # Years as the ends of a range: "between 2019 and 2021", "2019-2021", "from 2019 to 2021".
    re.compile(rf"\b(?:(?i:between) )?{_YEAR}(?={_TO}(?P<end>(?:1[6-9]|20)\d\d)\b(?![-–/]\d))"),
    re.compile(rf"(?<=\d{{4}}){_TO}{_YEAR}\b(?![-–/]\d)"),
    # A year as the subject of a singular verb: "if 2029 was a disaster", "2030 saw record
    # floods" (not "2000 were displaced"), not a number's last group ("hotline 0800 2030 is").
    re.compile(rf"{_YEAR}(?<![\d,.$€£¥]\d{{4}})(?<!\d[ \xa0]\d{{4}})(?={SUBJECT_VERB.pattern})"),
]
_YEAR_ONLY, _RANGE_START, _RANGE_END = tuple(PATTERNS[-5:]), PATTERNS[-3], PATTERNS[-2]
_MONTH_ONLY, _MONTH_YEAR, YEARLESS_DAY = PATTERNS[8], PATTERNS[4], (PATTERNS[6], PATTERNS[7])
# Day ranges ("from 10 to 14 March", "between 3 and 5 May"): only the day the patterns above miss
# is read here; it takes its month and year from the date found at the other end of the range.
_SEP = r"\s?(?:-|–|—|to|until|till|through|and)\s?"  # "21st through 23rd of June" too
_RANGE_BEFORE = re.compile(
    r"(?<![\d.,])\b(?:(?P<pre>(?i:from|between|on)) )?(?P<other>[0-3]?\d(?:st|nd|rd|th)?)"
    rf"(?P<sep>{_SEP})(?=[0-3]?\d(?:st|nd|rd|th)?(?: of)? {_MON})"
)
_RANGE_AFTER = re.compile(  # "March 10-14", "July 19th to the 21st"
    rf"\b{_MON} [0-3]?\d(?:st|nd|rd|th)?(?P<sep>{_SEP})(?:the (?=[0-3]?\d(?:st|nd|rd|th)\b))?"
    rf"(?P<other>[0-3]?\d(?:st|nd|rd|th)?)\b(?!\.?\d| {_ANY_MON})(?:,? {_YEAR})?"
)
RELATIVE = tuple(p for p in PATTERNS if {"wd", "word", "unit", "ago", "relmon"} & set(p.groupindex))


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
    mon = _MONTHS.get(g["mon"]) if g.get("mon") else None
    if g.get("m"):
        mon = int(g["m"])
    day = int(g["day"]) if g.get("day") else None
    if g.get("na") or g.get("nd"):
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
            yearless = g.get("mon") and g.get("day") and not (g.get("year") or g.get("unit"))
            if iso is None and yearless:
                if years is None:
                    years = anchor_years(text)
                mon, day = _MONTHS[g["mon"]], int(g["day"])
                if own_year:
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
            elif pattern is _MONTH_ONLY:
                mon = _MONTHS[g["mon"]]
                iso, inferred = _month_alone(text, s, mon, ref, fallback_year, fallback_day, found)
                if ref is None and own_year:
                    iso, inferred = f"{own_year:04d}-{mon:02d}", YEAR_FROM_ARTICLE
                s = m.start("mon")  # the evidence is the month, not "in" before it
            elif iso and ref and yearless:
                year = _closest_year(_MONTHS[g["mon"]], int(g["day"]), ref, tense(text, s))
                iso = _ymd(year, *_md(iso))
                inferred = YEAR_FROM_ARTICLE
            elif iso is None and own_year and g.get("unit") == "year" and not g.get("mon"):
                iso = relative_unit(g["rel"].lower(), "year", dt.date(own_year, 7, 1))
            if iso and inferred and g.get("dwd") and len(iso) == 10:
                side = (ref, tense(text, s)) if inferred == YEAR_FROM_ARTICLE else None
                iso = weekday_year(iso, g["dwd"], side)
            if iso is None or (g.get("word") and not_a_day(text, m.start("word"), g["word"])):
                continue
            if g.get("wd") and weekday_in_name(text, m.start("wd"), m.end("wd")):
                continue  # "the Sunday Times", "Operation Sunday Shield"
            if pattern in YEARLESS_DAY and date_names_a_place(text, e):
                continue  # "26 July Street", "the March 23 Movement"
            if pattern in _YEAR_ONLY and is_count(text, m.start("year"), e):
                continue
            if pattern is _MONTH_ONLY and month_as_subject(text, m.start()):
                continue  # "after May resigned": a name, the subject of its clause
            if (
                pattern is _MONTH_YEAR
                and " of " in m.group()
                and is_count(text, m.start("year"), e)
            ):
                continue  # "a March of 2029 supporters": a count after a noun, no month
            if g.get("end") and is_count(text, m.start("end"), m.end("end")):
                continue  # "between 1999 and 2001 troops": the range counts, it dates nothing
            if (pattern is _RANGE_START and int(g["end"]) < int(g["year"])) or (
                pattern is _RANGE_END
                and (int(text[s - 4 : s]) > int(g["year"]) or all(d.end != s for d in found))
            ):
                continue  # "passed 2031 to 1999", "pages 2002-2004": a tally, no years
            # Keep the evidence on the date words, not on "on"/"in" before them.
            if g.get("wd") and m.group("rel") in ("on", "since", "by", "until", "from"):
                s = m.start("wd")
            elif pattern in _YEAR_ONLY:
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
        m = re.search(_YEAR, text[s:e])
        if m and not _PERIOD.search(text[s:e]):
            if is_count(text, s + m.start(), s + m.end()) or text[s:e].strip().isdigit():
                continue  # "2000 troops", or a bare number the model called a date
            if _SERIAL.match(text, s + m.end()):
                continue  # "Decision (CFSP) 2020/1388": a year-numbered act, no date
            taken.append((s, e))
            found.append(FoundDate(s, e, m.group("year")))
    found.sort()
    return found


# A period, not a point: "over the years", "a decade", "centuries", "the early 1900s" (a decade,
# optional in the gold rules: it dates no event).
_PERIOD = re.compile(r"\byears?\b|\bdecades?\b|\bcentur|\d0['’]?s\b", re.IGNORECASE)
# A year numbering an act or a document: "Regulation (EU) 2021/821", "Decision 2020/1388".
_SERIAL = re.compile(r"/(?!(?:19|20)\d\d\b)\d{3,}")


def _range_ends(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """The other end of each day range whose dated end the patterns found: "from 10 to 14
    March" gives 10 March beside 14 March, "March 10-14, 2025" gives 14 March 2025 (and puts
    the year on 10 March). Fixes the found start's year in place when the range writes it."""
    at = {d.start: i for i, d in enumerate(found)}
    out = []
    for m in _RANGE_BEFORE.finditer(text):
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
    for m in _RANGE_AFTER.finditer(text):
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
