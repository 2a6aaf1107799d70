"""A month coordinated with a month the patterns read ("in March and April", "in May, June or
July", "between March and September"): the second month is a date of the same kind, its year
the first one's (a year on when it comes earlier in the calendar: "in December and January")."""

from __future__ import annotations

import re

from briefing_app.analysis.dates import MONTHS, FoundDate

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_WORD = re.compile(rf"(?:{_MON})\.?$")
# The next month of the list: after a comma, "and" or "or"; not before a day or a year (read
# by the patterns already), a name ("and May Lind") or a possessive ("and May's").
_NEXT = re.compile(
    rf"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?P<mon>{_MON})\b"
    r"(?!\.?,? \d|\.? [A-Z]|['’]s\b)"
)


def coordinated_months(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """``found`` with the months listed after a month alone that it read."""
    taken = [(d.start, d.end) for d in found]
    out = list(found)
    for d in sorted(found):
        if len(d.iso) != 7 or not _MONTH_WORD.match(text, d.start, d.end):
            continue
        end, year, month = d.end, int(d.iso[:4]), int(d.iso[5:])
        while m := _NEXT.match(text, end):
            s, e = m.span("mon")
            if any(a < e and s < b for a, b in taken):
                break
            nxt = MONTHS[m.group("mon")]
            year, month = year + (nxt < month), nxt
            out.append(FoundDate(s, e, f"{year:04d}-{month:02d}", d.inferred))
            taken.append((s, e))
            end = e
    return sorted(out)
