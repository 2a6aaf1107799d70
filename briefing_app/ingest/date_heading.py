"""A headline's date line that goes on past its date: the time of day and who held the event
or issued the text ("Wednesday, March 22, 2031, 4:37 p.m. Ministry of Water", "3 March 2031,
10:00 Kelvo Water Board"), as transcripts and press conferences print them under their
headline. The date is the page's; the line is no sentence ("March 22, 2031 was the day the
river rose" goes on with a verb, not a name).
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import date_span, to_iso

_WEEKDAY = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?)\s*,?\s*",
    re.I,
)
_TIME = re.compile(
    r"(?:at\s+)?(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s*m\.?)?|\d{1,2}\s*[ap]\.?\s*m\.?)"
    r"(?:\s*\([A-Z]{2,5}\)|\s+[A-Z]{2,5}\b)?",
    re.I,
)
_NAME = re.compile(
    r"(?:[A-Z][\w’'.&-]*|of|for|and|the|on|in|&)(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|on|in|&)){0,7}"
)


def dated_heading(line: str, day_first: bool | None = None) -> str:
    """The ISO date of a headline's date line that goes on with a time of day and a name, or
    with either (module doc); "" for any other line."""
    line = " ".join(line.split())
    span = date_span(line)
    if span is None or (span[0] and not _WEEKDAY.fullmatch(line[: span[0]])):
        return ""
    rest = line[span[1] :].strip(" ,|–—-")
    timed = _TIME.match(rest)
    if timed:
        rest = rest[timed.end() :].strip(" ,|–—-")
    if not (timed or rest) or (rest and not _NAME.fullmatch(rest)):
        return ""
    if rest and rest.split()[-1] in ("of", "for", "and", "the", "on", "in", "&"):
        return ""
    return to_iso(line[span[0] : span[1]], day_first=day_first)
