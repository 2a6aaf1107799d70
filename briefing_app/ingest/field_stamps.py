"""The published date of a header's line of fields: a numeric date among a page's stamp fields.

A page's header may print its metadata as one line of fields, a date among them: a series'
number, the date and the length ("Kelvo Comment 2031/C 07, 30.04.2031, 8 Pages"); a source, a
time stamp and an editor between bars ("Source: Kelvo News| 2031-04-30 22:35:55|Editor: Jane
Roe"); an address and a labelled date ("Kelvo Court, Kelvo City, KV1 2AB Date: 30/04/2031").
The header's other rules read a line that is a date, or a label and its date, alone. General
rules, no strings from particular pages:

- a line among the header's first lines, no sentence (no full stop closing it, few words), cut
  into fields at bars or at commas;
- one field is a numeric date and nothing else (30.04.2031, 2031-04-30 with its time,
  30/04/2031), the line's only date (a list of days is a schedule), and another field is a
  stamp's: a label's colon ("Editor: ..."), a clock time, a series number with a slash
  ("2031/C 07") or a length ("8 Pages", "3 min read"); not a place and its date ("Kelvo,
  30.04.2031"), nor an event's fields ("Session 4, 12/05/2031, Room 2B", "Registration
  deadline, 30.04.2031, 200 seats": a meeting's day, no page's);
- or a "Date:" label with a numeric date after it, the label opening the line or following a
  field that is no word of a label ("Hearing date:", "Closing date:" name other days).
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft

HEADER_LINES = 10
MAX_WORDS = 20
_NUMERIC = (
    r"(?:\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?"
    r"|\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d{4})"
)
_DATE_FIELD = re.compile(rf"\s*{_NUMERIC}\s*")
# a stamp's other field: a label's colon, a clock, a series number, a length
_OTHER_FIELD = re.compile(
    r"\w:|\b[0-2]?\d:[0-5]\d|\d+/|\b\d+\s+(?:pages?|pp|words|min(?:utes?)?(?:\s+read)?)\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(rf"\bDate\s*:\s*(?P<date>{_NUMERIC})")
_SPLIT = re.compile(r"\s*\|\s*|,\s+")


def fields_date(draft: Draft) -> str:
    """The ISO date of the header's line of stamp fields (module doc), "" when none."""
    lines = [" ".join(x.split()) for b in draft.blocks for x in b.lines if x.strip()]
    for line in lines[:HEADER_LINES]:
        if len(line.split()) > MAX_WORDS or line.endswith((".", "!", "?")):
            continue
        label = _DATE_LABEL.search(line)
        before = line[: label.start()].split()[-1:] if label else []
        # opening the line, or after a field that is no label's word ("KV1 2AB", "Kelvo,")
        if label and (not before or re.search(r"\d|[,;|]$", before[0])):
            return to_iso(label["date"], day_first=draft.day_first)
        fields = _SPLIT.split(line)
        dates = [f for f in fields if _DATE_FIELD.fullmatch(f)]
        others = [f for f in fields if f not in dates]
        one = len(re.findall(_NUMERIC, line)) == 1  # "Sessions 30.04.2031, 02.05.2031": days
        if one and len(dates) == 1 and any(_OTHER_FIELD.search(f) for f in others):
            return to_iso(dates[0].strip(), day_first=draft.day_first)
    return ""
