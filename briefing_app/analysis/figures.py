"""Figures as one form, however written: "80,000", "80 000" and "eighty thousand" are one count.

Two reports of one count rarely word it alike: a thousands separator may be a comma, a space
or a narrow space, and a count may be spelled out ("eighty thousand", "two million",
"seventy-seven"); an amount may carry its currency's country ("US$2.5 million", "USD 2.5m"),
its code ("EUR 5 million") or its name after it ("5 million euros").
``numerals`` rewrites each such figure one way, so that the details of a sentence
(``facts.details``) name one count or amount one way. General English number
words only.
"""

from __future__ import annotations

import re

from briefing_app.model.dates import MONTHS, WEEKDAYS

# A month's name, whole or cut to three letters, with an optional stop ("March", "Mar.",
# "Sept."), and a weekday's: a figure beside a month is a day of it, not a count.
MONTH_WORD = "(?:" + "|".join([r"Sept\.?", *(rf"{m[:3]}(?:{m[3:]})?\.?" for m in MONTHS)]) + ")"
WEEKDAY_WORD = "(?:" + "|".join(WEEKDAYS) + ")"

NUMBER_WORDS = _UNITS = {  # the number words under twenty, with their values
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * n
    for n, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
# "seventy-seven", "eighty thousand", "two hundred and fifty", "four million": a run of
# number words, written as words; "one" or "ten" alone stay words ("one of the", "ten days").
_SPELLED = re.compile(
    rf"\b(?:{_WORD})(?:(?:(?<=hundred)|(?<=thousand))[\s-]+and[\s-]+(?:{_WORD})|"
    rf"[\s-]+(?:{_WORD}|hundred|thousand|million|billion))*\b",
    re.IGNORECASE,
)
# "80 000", "1 200 000": groups of three digits after a space or a narrow (no-break) space
_SPACED = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w.,]|\s\d)")


def _value(words: list[str]) -> int | None:
    total, part = 0, 0
    for w in words:
        if w in _UNITS:
            part += _UNITS[w]
        elif w in _TENS:
            part += _TENS[w]
        elif w == "hundred":
            part = (part or 1) * 100
        elif w in _SCALES:
            total += (part or 1) * _SCALES[w]
            part = 0
    return total + part


def _spelled(m: re.Match[str]) -> str:
    words = [w for w in re.split(r"[\s-]+", m.group().lower()) if w and w != "and"]
    # "two million" -> "2 million" (the figure keeps its unit, as "2 million" does)
    unit = ""
    if len(words) > 1 and words[-1] in ("million", "billion") and words[-2] not in _SCALES:
        unit = " " + words.pop()
    if len(words) == 1 and words[0] in _UNITS and not unit:
        return m.group()  # "one", "ten": words, not figures
    value = _value(words)
    return m.group() if value is None else f"{value}{unit}"


# A currency written with its country or code ("US$2.5 million", "USD 2.5 million", "A$ 10m")
# is the sign alone; "m"/"bn" after a figure are "million"/"billion".
_DOLLARS = re.compile(r"\b(?:US|U\.S\.|USD|AU|A|NZ|CA|C)\s?\$\s?(?=\d)|\bUSD\s?(?=\d)")
_SHORT_UNIT = re.compile(r"([$€£¥]\s?\d+(?:\.\d+)?)\s?(m|bn)\b")  # an amount: "5m tall" stays
# A currency's code before a figure ("EUR 5 million") or its name after one ("5 million euros",
# "2 million US dollars", "3 million pounds sterling"; "pounds" alone may weigh): the sign before
_CODE = re.compile(r"\b(EUR|GBP|JPY)\s?(?=\d)")
_NAMED = re.compile(
    r"(?<![\w.,$€£¥])(?P<num>\d+(?:[.,]\d+)*)(?P<unit>\s(?:thousand|million|billion))?\s+"
    r"(?:(?:US|U\.S\.|American|Australian|Canadian|New\s+Zealand)\s+)?"
    r"(?P<cur>euros?|dollars?|pounds\s+sterling|sterling|yen)\b",
    re.IGNORECASE,
)
_SIGN = {"eur": "€", "gbp": "£", "jpy": "¥", "eu": "€", "do": "$", "po": "£", "st": "£", "ye": "¥"}


def numerals(text: str) -> str:
    """``text`` with spelled-out counts in digits, space-separated thousands joined, a
    currency's country or code dropped before its sign, a currency's code or name written as
    its sign before the figure and "m"/"bn" written out."""
    text = _SPACED.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    text = _DOLLARS.sub("$", text)
    text = _CODE.sub(lambda m: _SIGN[m[1].lower()], text)
    text = _SHORT_UNIT.sub(lambda m: m[1] + (" million" if m[2] == "m" else " billion"), text)
    text = _SPELLED.sub(_spelled, text)
    return _NAMED.sub(_signed, text)


def _signed(m: re.Match[str]) -> str:
    """A currency named after a figure, as its sign before it; a year stays ("in 2023 euros")."""
    if not m["unit"] and re.fullmatch(r"(?:18|19|20)\d\d", m["num"]):
        return m[0]
    return _SIGN[m["cur"][:2].lower()] + m["num"] + (m["unit"] or "")
