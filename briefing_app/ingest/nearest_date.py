"""The header's date line nearest the headline is the article's (round 14, issue 8).

A page's header may show two date lines: a site's clock or a broadcast widget ("Broadcast
23-09-2031", "02/25/2033 10:33 AM") up in the menu, and the story's own date line next to its
headline. The one read nearer the headline is the article's; the one further up shows the day
the page was seen. A date line under the headline may carry its writer's name before the
date and time ("Jane 2031-09-17 12:09"), as some news sites print their by-line.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft

# One to three capitalised words, then a whole numeric date (maybe with its time), alone.
NAMED_DATE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,3}"
    r"(?P<date>\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{4})"
    r"(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?"
)


def nearer_page_date(draft: Draft, found: int | None) -> None:
    """With the headline at block ``found``: a later date line of the header, read between
    the first date line and the headline, is the article's date line (the first a widget)."""
    if found is None or not draft.later_page_date or draft.later_page_date_at < 0:
        return
    if draft.page_date_at <= draft.later_page_date_at <= found:
        draft.page_date, draft.page_date_at = draft.later_page_date, draft.later_page_date_at


def date_above(draft: Draft, found: int) -> bool:
    """The page has its date already: a "Published" line, or a date line read right above the
    headline at block ``found``. A date line further up (above a label over the headline)
    yields to a date line right under the headline."""
    return bool(draft.published) or (bool(draft.page_date) and draft.page_date_at >= found)


def named_date(line: str, day_first: bool | None) -> str:
    """The date of a line "<name> <numeric date> [time]" ("" when the line is another)."""
    match = NAMED_DATE.fullmatch(line.strip())
    return to_iso(match.group("date"), day_first=day_first) if match else ""
