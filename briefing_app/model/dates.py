"""ISO dates as a briefing writes them, the same in the editor, Markdown, DOCX and PDF."""

from __future__ import annotations

import re
from datetime import date

# English on purpose (not strftime's %B): the window's locale must not change the document's
# language, and Qt sets the C locale from the environment.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# English month names and their usual abbreviations, lower case, to the month's number.
MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(MONTHS, start=1)}
MONTH_NUMBERS.update({name[:3].lower(): i for i, name in enumerate(MONTHS, start=1)})
MONTH_NUMBERS["sept"] = 9
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")


def readable_date(iso: str) -> str:
    """ "12 March 2024", "March 2024" or "2024" for an ISO date; anything else unchanged."""
    value = iso.strip()
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        month = _YEAR_MONTH.fullmatch(value)
        if month and 1 <= int(month.group(2)) <= 12:
            return f"{MONTHS[int(month.group(2)) - 1]} {month.group(1)}"
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_date(iso: str, style: str = "long") -> str:
    """An ISO date in a note's one date style: "long" (12 March 2024) or "iso" (2024-03-12).

    A date-time keeps its time in ISO style ("2024-03-12 14:00"); anything not ISO is unchanged.
    """
    value = iso.strip()
    if style == "iso":
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            return iso
        rest = value[10:].lstrip("T ").split("+")[0].split("Z")[0]
        return f"{value[:10]} {rest[:5]}" if rest[:5].count(":") == 1 else value[:10]
    return readable_date(iso)


def days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (a date-time counts by its day); 0 when either is no full
    date, so that only dates known to differ are told apart."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0
