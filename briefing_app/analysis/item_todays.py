"""Teasers of several days on one undated page ("today (19th May)" in one, "today (Monday, 18
May)" in the next): the page has no single today, but a teaser that states its own day dates
its other relative words from it ("this year", "yesterday"), as a release would."""

from __future__ import annotations

import re

from briefing_app.analysis.anchors import stated_todays
from briefing_app.analysis.dates import RELATIVE, FoundDate, scan_dates

DATE_FROM_ITEM = "date inferred from the day its item states as today"
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def item_todays(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """``found`` with the relative words of each paragraph stating its own today, dated from
    that day, on a page stating two or more different todays (else ``found`` as it is)."""
    if len(stated_todays(text, found)) < 2:
        return found
    taken = [(d.start, d.end) for d in found]
    extra = []
    for p in _PARAGRAPH.finditer(text):
        inside = [d for d in found if p.start() <= d.start < p.end()]
        days = stated_todays(text, inside)
        if len(days) != 1:
            continue
        for d in scan_dates(p.group(), days[0], [], patterns=RELATIVE):
            s, e = p.start() + d.start, p.start() + d.end
            if all(e <= a or s >= b for a, b in taken):
                extra.append(FoundDate(s, e, d.iso, DATE_FROM_ITEM))
    return sorted(found + extra)
