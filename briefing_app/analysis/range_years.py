"""A yearless end of a range takes the year the other end writes ("from 28 December to 3
January 2025": 28 December 2024; "from May to July 2031": May 2031)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
