"""Items of a wire digest whose dateline gives a place and no date ("WASHINGTON – A senior
official said today ..."), among items whose datelines are dated ("WASHINGTON, Jan. 30, 2031
– ..."). Each item is its own story: its "today" is its own day, which the page does not
give, not the day of the dated item above it."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.dates import RELATIVE, scan_dates

# A wire dateline without a date: the place in capitals, maybe a region, then a dash that is no
# hyphen ("WASHINGTON –", "CAMP SMITH, Hawaii —"), and the item's sentence.
_UNDATED = re.compile(
    r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"[ \t]*[–—]{1,2}[ \t]+(?=[A-Z“\"])",
    re.MULTILINE,
)
_ANY_DAY = dt.date(2000, 1, 3)  # only the spans of relative words are wanted


def undated_items(text: str, dated: list[tuple[int, dt.date]]) -> list[tuple[int, None]]:
    """(line start, None) of each item opening with an undated dateline, on a page whose other
    items open with dated ones (``dated``); none on a page without them."""
    if not dated:
        return []
    starts = {line for line, _ in dated}
    return [(m.start(), None) for m in _UNDATED.finditer(text) if m.start() not in starts]


def drop_relative(by_span: dict, text: str, start: int, end: int) -> None:
    """Remove from ``by_span`` the relative dates ("today", "on Monday") of text[start:end]."""
    for r in scan_dates(text[start:end], _ANY_DAY, [], patterns=RELATIVE):
        by_span.pop((start + r.start, start + r.end), None)
