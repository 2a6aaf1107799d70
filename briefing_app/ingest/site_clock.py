"""A site's weather-and-clock widget at the top of a page: not the article's date.

News and agency sites print, above every story, today's temperature, the city and today's
date ("7.8 C" / "Brussels" / "Friday, March 29, 2024"). Copied with the page, the date reads
like the story's date widget, so an old story took the day the page was saved as its
published date, and its "today" and "Tuesday" resolved to that day. A date line beside a
temperature reading is the site's clock: its lines are dropped before the header is read.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import ROW, Draft

HEADER_LINES = 12  # the widget sits in the page's header
NEAR = 2  # lines between the temperature reading and the clock's date
# A temperature reading: "7.8 C", "-3°C", "21 °F", "12º", "Brussels 7.8°C". With a degree
# sign it may share the line with a place; without one ("7.8 C") the reading is the line.
_DEGREES = re.compile(r"(?<![\w.])[-−+]?\d{1,3}(?:[.,]\d{1,2})?\s?[°º˚]\s?[CF]?(?![\w])")
_BARE = re.compile(r"[-−+]?\d{1,3}(?:[.,]\d{1,2})?\s?[CF]")
_WORDS = 4  # a widget's line: a reading and a place, no sentence


def _reading(line: str) -> bool:
    """``line`` is a temperature reading (maybe with a place), not a sentence."""
    if len(line.split()) > _WORDS:
        return False
    return bool(_BARE.fullmatch(line) or _DEGREES.search(line))


def _date_only(line: str) -> bool:
    """``line`` is a date and nothing else ("Friday, March 29, 2024", "29.03.2024")."""
    return len(line.split()) <= 6 and bool(re.search(r"\d{4}", line)) and bool(to_iso(line))


def drop_site_clock(draft: Draft) -> None:
    """Drop a date line within ``NEAR`` lines of a temperature reading in the page's header,
    and the reading itself, so neither is read as the page's date nor kept as text."""
    lines = [
        (b, i) for b in draft.blocks if b.kind != ROW for i, x in enumerate(b.lines) if x.strip()
    ][:HEADER_LINES]
    text = [" ".join(b.lines[i].split()) for b, i in lines]
    readings = [n for n, line in enumerate(text) if _reading(line)]
    drop: set[int] = set()
    for n in readings:
        dates = [m for m in range(n - NEAR, n + NEAR + 1) if 0 <= m < len(text) and m != n]
        clock = [m for m in dates if _date_only(text[m])]
        if clock:
            drop.update([n, *clock])
    for n in sorted(drop, reverse=True):
        block, i = lines[n]
        block.lines[i] = ""
