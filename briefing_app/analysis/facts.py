"""Whether two sentences from different sources state the same fact in other words.

Word overlap alone misses a fact retold ("the death toll has risen to around 2,000" / "the
death toll is now 3,000 and climbing"): what two reports of one fact share is a detail, a
common-noun phrase ("death toll", "search and rescue") or a figure ("magnitude 7.5",
"$100 million"), besides an actor or a kind of event. Two reports of different facts about one
actor differ in what happens ("met" / "resigned") or when ("on Tuesday" / "on Friday"): those
stay apart. General English rules only, nothing read from particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer

DETAIL_SIMILARITY = 0.15  # a shared detail needs at least this much word overlap besides
# Words about the telling, not the told: "told reporters" is no detail of any one fact.
_REPORTING_STEMS = (
    "told tell telling reporte journal press stateme added adding noted noting stated stating "
    "briefin spokesm spokesp comment remark intervi quoted"
)
_REPORTING = frozenset(_REPORTING_STEMS.split())
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_BREAK = re.compile(r"[,;:.!?()\[\]–—\"“”|/]")
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<cur>[$€£¥]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<unit>\s?(?:million|billion|trillion|percent|per cent|%))?(?![\w])",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WHEN = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY})|(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})\b|"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})(?![a-z]))",
    re.IGNORECASE,
)
_DATE_NEAR = re.compile(rf"{_MONTH}\s*$|^\s*{_MONTH}\b", re.IGNORECASE)


def details(text: str, gaz: Gazetteer) -> frozenset[str]:
    """The sentence's details: two common nouns or verbs side by side (function words between
    them allowed, punctuation not) and figures that are not years or days of the month."""
    return _details(text, gaz.function_words)


@lru_cache(maxsize=65536)
def _details(text: str, function_words: frozenset[str]) -> frozenset[str]:
    keys: set[str] = set()
    for piece in _BREAK.split(text):
        prev = ""
        for word in _WORD.findall(piece):
            low = word.lower().strip("’'-")
            if len(low) <= 2 or low in function_words:
                continue  # "search and rescue": the "and" keeps the two words side by side
            if not word[:1].islower():
                prev = ""  # a name or a sentence's first word
                continue
            stem = _stem(low)
            if stem in _REPORTING:
                prev = ""
                continue
            if prev:
                keys.add(f"{prev} {stem}")
            prev = stem
    for m in _NUMBER.finditer(text):
        cur, num, unit = m.group("cur") or "", m.group("num"), (m.group("unit") or "").strip()
        value = num.replace(",", "")
        plain = not cur and not unit
        if plain and "." not in value and (int(value) < 10 or 1800 <= int(value) <= 2100):
            continue  # a small count or a year says little about which fact it is
        if plain and (
            _DATE_NEAR.search(text[max(0, m.start() - 12) : m.start()])
            or _DATE_NEAR.search(text[m.end() : m.end() + 12])
        ):
            continue  # the day of a date
        keys.add(f"#{cur.strip()}{value}{unit.lower().replace('per cent', '%')}")
    return frozenset(keys)


def _stem(word: str) -> str:
    word = word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    return word[:7]


def times(text: str) -> frozenset[str]:
    """The weekdays and days of the month a sentence names ("tuesday", "3 mar")."""
    out = set()
    for m in _WHEN.finditer(text):
        if m.group("wd"):
            out.add(m.group("wd").lower())
        else:
            month = (m.group("m1") or m.group("m2"))[:3].lower()
            out.add(f"{int(m.group('d1') or m.group('d2'))} {month}")
    return frozenset(out)


def apart(events_a: frozenset, events_b: frozenset, when_a: frozenset, when_b: frozenset) -> bool:
    """Two different facts: each tells of a kind of event the other does not, or they name
    different days."""
    if events_a - events_b and events_b - events_a:
        return True
    return bool(when_a and when_b and not when_a & when_b)
