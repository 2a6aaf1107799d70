"""A date given as a labelled field: "Date: 13 August 2031" in a hearing's details, "[Date]
April 15, 2031" heading a transcript's record. The line map takes a block of such short lines
(Date, Time, Location; Title, Date, Source) for a list of links, but a field states a date as a
fact of the page or of the event it details; a link list writes its dates bare, never under a
"Date" label."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.dates import FoundDate, scan_dates
from briefing_app.analysis.lines import LineMap

# The label: "Date:", "Dated:", "When:", "Date of hearing:", or "[Date]" as a record writes it;
# a colon or the brackets make it a field, not a word of a headline ("Date set for talks"). Or
# what was done on the day, a capitalised past participle and "on" ("Heard on 13 December
# 2031", "Signed on ..." in a judgment's or a treaty's head); not a page's own stamp ("Posted
# on", "Updated on"), which dates the page or a teaser, not an event of the story.
_STAMP_VERB = r"(?:posted|published|updated|released|issued|added|modified|edited|created)\b"
_LABEL = re.compile(
    r"[ \t]*(?:\[[ \t]*(?i:date)[ \t]*\]|(?i:date|dated|when)(?:[ \t]+(?i:of)[ \t]+[A-Za-z]+"
    r"(?:[ \t]+[A-Za-z]+)?)?[ \t]*:|"
    rf"(?!(?i:{_STAMP_VERB}))[A-Z][a-z]+(?:ed|rd|ld|en)[ \t]+on)[ \t]*"
)
# What may follow the date on its line: a clock time ("Date: 19 September 2031, 3.30pm").
_AFTER = re.compile(r"[ \t]*(?:[,–-][ \t]*)?(?:[0-2]?\d(?:[:.][0-5]\d)?[ \t]*(?i:[ap]\.?m\.?))?")


def field_line(text: str, start: int, end: int, d: FoundDate) -> bool:
    """Whether the line text[start:end] is only a date label and the date ``d``."""
    return bool(_LABEL.fullmatch(text, start, d.start) and _AFTER.fullmatch(text, d.end, end))


def field_dates(text: str, lines: LineMap, found: list[FoundDate]) -> set[int]:
    """Starts of the full dates written as a labelled field on a line of their own."""
    out = set()
    for d in found:
        if len(d.iso) != 10 or d.inferred:
            continue
        line = lines.line_at(d.start)
        if line is not None and d.end <= line[1] and field_line(text, line[0], line[1], d):
            out.add(d.start)
    return out


def field_day(line: str) -> dt.date | None:
    """The full date a line gives as the record's own date field ("[Date] April 15, 2031",
    "Date: 3 May 2031"), if it does; not an event's ("When:", "Date of hearing:")."""
    for d in scan_dates(line, None, []):
        own = re.sub(r"[\W_]+", "", line[: d.start]).lower() in ("date", "dated")
        if own and len(d.iso) == 10 and not d.inferred and field_line(line, 0, len(line), d):
            return dt.date.fromisoformat(d.iso)
    return None


def head_day(text: str, lines: LineMap) -> dt.date | None:
    """The date a short date line near the top gives ("Published 14 March 2024", "March 14,
    2024 | Press release", "[Date] April 15, 2024" in a record's head), above any long line
    writing its date (a listing's first teaser, "New cabinet takes office - 11.1.2031": the
    short dated lines under it are other items' headlines, not the page's date line). A
    labelled field counts even in a run of short lines the map takes for links, until a
    sentence is met: a "Date:" field below one details an event, not the page."""
    told = False
    for s, e in lines.lines[:10]:
        line = text[s:e]
        if not told and (day := field_day(line)):
            return day
        told = told or line.endswith((".", "!", "?"))
        if lines.in_related(s):
            continue  # a link to another story with its date
        if len(line.split()) > 10:
            if _writes_a_day(line):
                return None  # a long headline or teaser with its date: the lines below are items
            continue  # a sentence
        for d in scan_dates(line, None, []):
            if _told_in_a_sentence(line, d):
                continue  # "The accord replaces one signed on 2 May 2029.": no date line
            if len(d.iso) == 10 and not d.inferred:
                return dt.date.fromisoformat(d.iso)
    return None


def _writes_a_day(line: str) -> bool:
    """Whether a line writes out a whole date ("... takes office - 11.1.2031")."""
    return any(len(d.iso) == 10 and not d.inferred for d in scan_dates(line, None, []))


def _told_in_a_sentence(line: str, d: FoundDate) -> bool:
    """The short line is a sentence telling of the date (a stop closes it, four words or more
    beside the date), not a date line ("Published 14 March 2024.")."""
    rest = line[: d.start] + line[d.end :]
    return line.rstrip().endswith((".", "!", "?")) and len(rest.split()) >= 4
