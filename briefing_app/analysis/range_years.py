"""A yearless end of a range takes the year the other end writes ("from 28 December to 3
January 2025": 28 December 2024; "from May to July 2031": May 2031)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.years import is_count
from briefing_app.analysis.years import md as _md
from briefing_app.analysis.years import ymd as _ymd

if TYPE_CHECKING:
    from briefing_app.analysis.dates import FoundDate

_RANGE_TO = re.compile(r"\s?(?:-|–|—|to|until|till|through|and)\s?", re.IGNORECASE)


def share_range_year(text: str, found: list[FoundDate]) -> None:
    """A day and month (or a month) whose year was inferred, followed by "to"/"and" and a date
    of the same kind that writes its year, take that year ("from 28 December to 3 January
    2025": 28 December 2024; "from May to July 2031": May 2031), in place."""
    at = {d.start: i for i, d in enumerate(found)}
    for i, d in enumerate(found):
        m = _RANGE_TO.match(text, d.end) if len(d.iso) in (7, 10) and d.inferred else None
        j = at.get(m.end()) if m else None
        end = found[j] if j is not None else None
        if end is None or len(end.iso) != len(d.iso) or end.inferred:
            continue
        if not re.search(r"\d{4}", text[end.start : end.end]):
            continue  # "NOVEMBER 16 – Yesterday, ...": a dateline, not a range to a written year
        year = int(end.iso[:4]) - (d.iso[5:] > end.iso[5:])  # December to January: a year back
        if len(d.iso) == 7:
            found[i] = d._replace(iso=f"{year:04d}{d.iso[4:]}", inferred="")
        elif iso := _ymd(year, *_md(d.iso)):
            found[i] = d._replace(iso=iso, inferred="")


# A season or a fiscal year written with the end's last two digits: "the 2019–20 season",
# "FY2022-23", "the 2031/32 budget"; the end must be the next year ("2019-12" is a month).
_SHORT_RANGE = re.compile(
    r"(?<![\d/.,–-])(?:(?<=FY)|\b)(?P<year>(?:19|20)\d\d)[-–/](?P<end>\d\d)\b(?![-–/.,]?\d)"
)


def short_ranges(text: str, free) -> list[tuple[int, int, str]]:
    """(start, end, iso) of both ends of each year range whose end is written in two digits
    ("2019–20": 2019 and 2020), its spans ``free(start, end)`` and its first number a year."""
    out = []
    for m in _SHORT_RANGE.finditer(text):
        year = int(m.group("year"))
        if int(m.group("end")) != (year + 1) % 100 or not free(m.start(), m.end()):
            continue
        if is_count(text, m.start(), m.start("end") - 1):
            continue  # "resolution 2019/20": a number
        out += [(m.start(), m.end("year"), f"{year:04d}"), (*m.span("end"), f"{year + 1:04d}")]
    return out


# "17/04/2031", and "26.05.2031" (dots are written either way: "11.02.2031" on a U.S. page)
_NUMERIC = {
    sep: re.compile(
        rf"\b(?P<a>[0-3]?\d){re.escape(sep)}(?P<b>[0-3]?\d){re.escape(sep)}(?:19|20)\d\d\b"
    )
    for sep in "/."
}


@lru_cache(maxsize=256)
def day_first(text: str, sep: str = "/", default: bool = False) -> bool:
    """Whether a text writes its numeric dates with ``sep`` day first: one of them has a first
    number no month can be ("17/04/2031"), and none a second one ("4/17/2031"). Its "09/04/2031"
    is then 9 April, as the page writes every other date; "02.06.2031" is 2 June beside
    "26.05.2031" (each separator its own evidence: pages mix a slashed and a dotted style).
    ``default`` when the page shows neither."""
    firsts = {(int(m["a"]) > 12, int(m["b"]) > 12) for m in _NUMERIC[sep].finditer(text)}
    if (False, True) in firsts:
        return False
    return (True, False) in firsts or default


def numeric_month_day(text: str, g: dict) -> tuple[int, int]:
    """(month, day) of a numeric date matched with groups na/nb ("13/07/2031") or nd/ne
    ("13.07.2031"), or nh/ni and nj/nk ("26-03-2031", "03-26-2031": in their one order): day first
    when the first number cannot be a month or the page writes its days first; a dotted date
    with a one-digit part ("7.4.2031") the European way unless the page writes its months first
    ("10.29.2031")."""
    if g.get("nh") or g.get("nj"):  # dashes, in the one order the numbers allow
        return (int(g["ni"]), int(g["nh"])) if g.get("nh") else (int(g["nj"]), int(g["nk"]))
    a, b = int(g["na"] or g["nd"]), int(g["nb"] or g["ne"])
    one = bool(g.get("nd")) and min(len(g["nd"]), len(g["ne"])) == 1
    first = day_first(text, "/" if g.get("na") else ".", one)
    return (b, a) if a > 12 or first else (a, b)
