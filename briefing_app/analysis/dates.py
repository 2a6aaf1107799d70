"""Dates in the text, normalised to ISO (YYYY, YYYY-MM, YYYY-MM-DD) against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from briefing_app.model.dates import MONTH_NUMBERS, WEEKDAYS

# "January", "Jan", "Sept": the shared table, capitalised as the patterns match them.
_MONTHS = {name.capitalize(): number for name, number in MONTH_NUMBERS.items()}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|2[01]\d\d)"
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"

# Tried in order on the raw text; earlier, more precise patterns win an overlap.
PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}(?: of)? {_MON},? {_YEAR}\b"),
    re.compile(rf"\b{_MON} {_DAY},? {_YEAR}\b"),
    re.compile(rf"\b{_MON},? {_YEAR}\b"),
    re.compile(rf"\b{_DAY} {_MON}\b(?!,? \d)"),
    re.compile(rf"\b{_MON} {_DAY}\b(?!(?:,? \d|\d))"),
    re.compile(rf"\b(?:(?P<rel>last|next|this|on|since|by|until|from) )?{_WD}\b"),
    re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.IGNORECASE),
    re.compile(r"\b(?P<rel>last|next|this) (?P<unit>year|month)\b", re.IGNORECASE),
    re.compile(rf"\b(?:in|since|by|until|from|during|of|early|late|mid-|before|after) {_YEAR}\b"),
]


def reference_date(published: str) -> dt.date | None:
    """The article's own date, when it carries a parseable one."""
    try:
        return dt.date.fromisoformat(published[:10])
    except (ValueError, TypeError):
        return None


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise(m: re.Match[str], ref: dt.date | None) -> str | None:
    """ISO text for one pattern match, or None when it cannot be pinned down."""
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    mon = _MONTHS.get(g["mon"]) if g.get("mon") else None
    if g.get("m"):
        mon = int(g["m"])
    day = int(g["day"]) if g.get("day") else None
    if year and mon and day:
        return _ymd(year, mon, day)
    if year and mon:
        return f"{year:04d}-{mon:02d}" if 1 <= mon <= 12 else None
    if mon and day:
        return _ymd(ref.year, mon, day) if ref else None
    if g.get("wd"):
        return _weekday(g["wd"], (g.get("rel") or "").lower(), ref)
    if g.get("word"):
        if ref is None:
            return None
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["word"].lower()]
        return (ref + dt.timedelta(days=shift)).isoformat()
    if g.get("unit"):
        return _relative_unit(g["rel"].lower(), g["unit"].lower(), ref)
    if year:
        return f"{year:04d}"
    return None


def _weekday(name: str, rel: str, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    target = WEEKDAYS.index(name)
    if rel == "next":
        delta = (target - ref.weekday()) % 7 or 7
        return (ref + dt.timedelta(days=delta)).isoformat()
    # News tells of what happened: "on Tuesday" is the latest Tuesday up to the article's date.
    delta = (ref.weekday() - target) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return (ref - dt.timedelta(days=delta)).isoformat()


def _relative_unit(rel: str, unit: str, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return f"{ref.year + step:04d}"
    month = ref.month + step
    year = ref.year + (month - 1) // 12
    return f"{year:04d}-{(month - 1) % 12 + 1:02d}"


def find_dates(
    text: str, ref: dt.date | None, extra: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, iso) for every date found by the patterns or inside a model DATE span."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            iso = normalise(m, ref)
            if iso is None:
                continue
            # Keep the evidence on the date words, not on "on"/"in" before them.
            if m.groupdict().get("wd") and m.group("rel") in ("on", "since", "by", "until", "from"):
                s = m.start("wd")
            elif pattern is PATTERNS[-1]:
                s = m.start("year")
            taken.append((s, e))
            found.append((s, e, iso))
    # Model DATE spans the patterns missed ("the summer of 2021"): keep them if a year is inside.
    for s, e in extra:
        if not free(s, e):
            continue
        m = re.search(_YEAR, text[s:e])
        if m and not re.search(r"\byears?\b|\bdecades?\b|\bcentur", text[s:e], re.IGNORECASE):
            taken.append((s, e))
            found.append((s, e, m.group("year")))
    found.sort()
    yield from found
