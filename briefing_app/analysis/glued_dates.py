"""A date the model ran into a name: "the Federal Channel June 10", "the Black Sea 2022-12" (a
listing's item date glued to its headline). The date is no part of the name."""

from __future__ import annotations

import re

from briefing_app.analysis.figures import MONTH_WORD

# a day and month (a year perhaps), or an ISO year-month(-day), closing the span
_GLUED_DATE = re.compile(
    rf"(?:,?\s+(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}(?:-\d{2})?))$"
)


def without_glued_date(text: str, s: int, e: int) -> int:
    """The end of ``text[s:e]`` before a date that closes it (``e`` when none does, or when
    nothing but the date would be left)."""
    found = _GLUED_DATE.search(text, s, e)
    if found is None or not any(c.isalpha() for c in text[s : found.start()]):
        return e
    return found.start()
