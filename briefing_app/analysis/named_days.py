"""A weekday inside a name is no day: "the Sunday Times", "Operation Sunday Shield", "the Monday
Club". It sits between capitalised words of the name, or between "the" and one; a weekday that
opens its clause after a preposition ("On Monday President Lind said") or follows a name as the
day of its verb ("President-elect Lind Wednesday assumed power") is a day, and so is one inside
a title-case line ("Council Meets Monday In Kelvo")."""

from __future__ import annotations

import re

from briefing_app.model.dates import MONTH_NUMBERS

# The words that bring a weekday as a day: a preposition or a word of relative time.
_DAY_WORDS = frozenset(
    [
        "on",
        "by",
        "since",
        "until",
        "till",
        "from",
        "last",
        "next",
        "this",
        "that",
        "every",
        "each",
        "early",
        "late",
        "said",
        "says",
    ]
)
_SMALL_WORDS = frozenset(
    [
        "in",
        "at",
        "on",
        "to",
        "for",
        "of",
        "and",
        "or",
        "the",
        "as",
        "with",
        "by",
        "from",
        "after",
        "before",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w’'-]*)")
# A line that is only a weekday and one or two capitalised words ("Sunday Observer" in a list of
# a paper's sections): a title, not a day; a line going on to a verb is a sentence, and a part
# of the day ("Tuesday Morning" heading a timeline) keeps it a day.
_NAME_LINE = re.compile(
    r"(?![ \t]+(?:Morning|Afternoon|Evening|Night|Noon|Midnight)\b)"
    r"(?:[ \t]+[A-Z][a-z][\w’'-]*){1,2}[ \t\r]*$",
    re.MULTILINE,
)
# A weekday between "of our"/"of your"/"of my" and a plural noun ("one of our Sunday cruises",
# "some of your Monday classes") describes a habit: one of every such day, none in particular;
# without the "of" it may be one meeting ("after our Monday talks with the minister").
_HABIT_BEFORE = re.compile(r"\b(?i:of)[ \t]+(?i:our|your|my)[ \t]+$")
_PLURAL_AFTER = re.compile(r"[ \t]+[a-z]{2,}[a-rt-z]s\b")


def _among_short_lines(text: str, line_start: int, line_end: int) -> bool:
    """Whether the nearest lines written above and below are short labels too (a menu of a
    paper's sections, "Archives", "Budusarana On-line Edition"), not a headline's sentence or
    a paragraph below ("Sunday Vote" over "Voters go to the polls, the board said.")."""
    above = text[max(0, line_start - 300) : line_start].split("\n")
    below = text[line_end : line_end + 300].split("\n") if line_end >= 0 else []
    near = [next((ln for ln in reversed(above) if ln.strip()), "")]
    near.append(next((ln for ln in below if ln.strip()), ""))
    return all(
        ln.strip() and len(ln.split()) <= 5 and not ln.rstrip().endswith((".", "!", "?", ",", ":"))
        for ln in near
    )


def weekday_in_name(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] is a word of a name around it, or of a habit."""
    if _PLURAL_AFTER.match(text, end) and _HABIT_BEFORE.search(text, max(0, start - 12), start):
        return True  # "our Sunday cruises"
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1).lower() in MONTH_NUMBERS:
        return False  # "Monday 3 March", "Monday March 3": a day and its date
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:  # opening a line: "Monday President Lind flew to Kelvo" is a day
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() or not _NAME_LINE.match(text, end):
            return False
        return _among_short_lines(text, line_start, text.find("\n", end))
    word = before.group(1)
    if word.lower() in ("the", "a", "an"):
        return True  # "the Sunday Times"
    # a capitalised word before it ("Operation Sunday Shield", "Kelvo's Monday Market"), not a
    # word that brings a day ("On Monday President Lind"), nor a title-case line's words around
    # it ("Council Meets Monday In Kelvo")
    if word.lower() in _DAY_WORDS or not word[0].isupper():
        return False
    return after.group(1).lower() not in _SMALL_WORDS


# The common nouns a date names a street, a square, a movement or a town by ("26 July Street",
# "9 July Avenue", "the 23 March Movement", "6th of October City"): the street-suffix words of
# postal address standards and the kinds of place and body that take a date as their name.
_NAMED_BY_A_DATE = re.compile(
    r"[ \t]+(?:Street|Road|Avenue|Boulevard|Lane|Drive|Square|Bridge|Highway|"
    r"Park|Stadium|Hospital|School|University|Camp|City|Movement|Brigade|Front)\b"
)


def date_names_a_place(text: str, end: int) -> bool:
    """Whether the day and month ending at ``end`` name what follows ("1 May Street")."""
    return _NAMED_BY_A_DATE.match(text, end) is not None
