"""A month of the year the text named last: "The port closed in 2029. In March of that year,
the army withdrew" is March 2029; "in May the same year" too. "That year" points back, so the
month takes the year written before it, never one after (none before: no date)."""

from __future__ import annotations

import re

from briefing_app.analysis.date_patterns import MON as _MON
from briefing_app.analysis.dates import MONTHS, YEAR_FROM_TEXT, FoundDate
from briefing_app.analysis.years import anchor_years

_THAT_YEAR = re.compile(rf"\b{_MON},? (?:of )?(?:that|the same) year\b")


def months_of_that_year(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """``found`` with the months of "that year" read, in place of the month alone."""
    if "that year" not in text and "same year" not in text:
        return found  # the month pattern's many names cost a pass over the text
    matches = list(_THAT_YEAR.finditer(text))
    if not matches:
        return found
    years = anchor_years(text)
    for m in matches:
        before = [y for p, y in years if p < m.start()]
        inside = [d for d in found if m.start() <= d.start and d.end <= m.end()]
        overlaps = [d for d in found if d.start < m.end() and m.start() < d.end]
        if not before or overlaps != inside:
            continue  # no year before it, or a longer date around it
        iso = f"{before[-1]:04d}-{MONTHS[m.group('mon')]:02d}"
        found = [d for d in found if d not in inside]  # "May" alone, read with the wrong year
        found = sorted([*found, FoundDate(m.start(), m.end(), iso, YEAR_FROM_TEXT)])
    return found
