"""Days a story counts on from the day it told last: "Two days later", "a week earlier", "the
next day", "the day before". They count from the nearest date written before
them, when that date is a day."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.dates import FoundDate

COUNTED_ON = "date counted from the day told before it"

_COUNTS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_LATER = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?P<unit>day|week)s? (?P<side>later|earlier)\b(?! than)"
    # "the next day", "on the following day"; not a stretch ("in the following day", "within
    # the next day") nor the day after something named ("the next day of talks")
    r"|\bthe(?<!\bin the)(?<!\bwithin the)(?<!\bduring the)(?<!\bover the)(?<!\bfor the)"
    r" (?:next|following) day\b(?! of\b)"  # (tested after "the": the search runs on its letters)
    # the day before, not "the day before the vote": a punctuation mark closes it
    r"|\b(?P<before>the (?:previous|preceding) day|the day before)(?=[.,;:!?])",
    re.IGNORECASE,
)
_REACH = 600  # the day counted from is told in the same passage, not pages before


def _days(m: re.Match[str]) -> int:
    if m.group("before"):
        return -1
    if m.group("n") is None:
        return 1  # "the next day"
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _COUNTS.index(word[:1] if word == "an" else word)
    n = max(n, 1) * (7 if m.group("unit").lower() == "week" else 1)
    return -n if m.group("side").lower() == "earlier" else n


# A date opening a stretch ("Since 1 March", "until 3 May") tells no day an event happened on:
# a "the next day" after it is habitual.
_STRETCH = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
# A date modifying a noun ("the 12 March ceasefire", "the May 2029 accord") names a thing, not
# the day the passage tells of.
_MODIFIER_BEFORE = re.compile(r"(?:\bthe|[’']s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b(?<!\band)(?<!\bor)(?<!\bto)")


def _a_day_told(d: FoundDate, text: str) -> bool:
    """Whether ``d`` is a day the story tells something happened on, one to count from."""
    head = text[max(0, d.start - 12) : d.start]
    if _STRETCH.search(head):
        return False
    return not (_MODIFIER_BEFORE.search(head) and _NOUN_AFTER.match(text, d.end))


def counted_on(found: list[FoundDate], text: str) -> list[FoundDate]:
    """``found`` with each "N days later" counted from the date written nearest before it, when
    that date is a day ("On 22 July ... Two days later": 24 July); nothing when the nearest date
    before it is a month or a year, or none is near."""
    taken = [(d.start, d.end) for d in found]
    bases = [d for d in found if _a_day_told(d, text)]
    extra: list[FoundDate] = []
    for m in _LATER.finditer(text):
        s, e = m.span()
        if any(s < b and a < e for a, b in taken):
            continue
        # a day counted on is the day the next count starts from ("a week later ... two days
        # later")
        before = [d for d in bases + extra if d.end <= s and s - d.end <= _REACH]
        last = max(before, key=lambda d: d.end, default=None)
        if last is None or len(last.iso) != 10:
            continue
        day = dt.date.fromisoformat(last.iso) + dt.timedelta(days=_days(m))
        extra.append(FoundDate(s, e, day.isoformat(), COUNTED_ON))
    return sorted(found + extra) if extra else found
