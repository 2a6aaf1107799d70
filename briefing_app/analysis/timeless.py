"""A timeless definition of a body is background, never a key point.

Pages add an encyclopaedic blurb about the body a story names ("The Orsk Commission (OC) is the
executive arm of the Orsk Union, responsible for ..."), or what a body always does ("The Talor
Rescue Service responds to disasters around the world"). A grammarian calls these generic
sentences: a named subject, the present tense of "be" and a class it belongs to, or a habitual
verb with "around the world"; nothing in them happened. A sentence telling news has something
the generic one lacks: a figure or a date, a time word ("this year", "on Monday"), a kind of
event (``eventwords``: sent, signed, killed), a hazard (``hazards``), a rank ("the first", "the
largest", "the only"), a speaker ("..., the minister said"), or a verb other than the
copula after its subject.
"""

from __future__ import annotations

import functools
import re

from briefing_app.analysis.eventwords import event_kinds
from briefing_app.analysis.figures import MONTH_WORD, WEEKDAY_WORD
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hazards import named

_NAME = r"(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|the|on|de)\s+)*[A-Z][\w’'&.-]*)*"
_DEFINITION = re.compile(
    rf"{_NAME}(?:\s+\([A-Z][\w&]*\))?,?\s+(?:is|are)\s+(?:the|a|an|one\s+of\s+the)\s+"
    r"(?P<rest>.+)$",
    re.DOTALL,
)
_HABIT = re.compile(
    rf"{_NAME}(?:\s+\([A-Z][\w&]*\))?\s+[a-z]+s?\b.*\b(?:around|across)\s+the\s+(?:world|globe)"
    r"|\bworldwide\b",
    re.DOTALL,
)
_TIME = re.compile(
    rf"\d|\b(?:{MONTH_WORD}|{WEEKDAY_WORD}|today|tonight|yesterday|tomorrow|now|currently|"
    r"recently|(?:this|last|next)\s+(?:week|month|year|season|morning|evening)|since|ago|"
    r"already|still|again|new|newly|said|says|told|stated|added|noted|stressed)\b",
    re.IGNORECASE,
)
# a rank makes a claim of news ("the first country to send...", "the largest donor")
_RANK = re.compile(r"\b(?:first|second|third|last|only|largest|biggest|main|lead|\w+est)\b")


def timeless(text: str, gaz: Gazetteer) -> bool:
    """True for a generic sentence defining a named body, or telling what it always does."""
    m = _DEFINITION.match(text)
    if m is None and _HABIT.match(text) is None:
        return False
    if _TIME.search(text) or event_kinds(text, gaz) or named(text):
        return False
    return m is None or _RANK.search(m.group("rest")) is None


def stopped(text: str, gaz: Gazetteer) -> bool:
    """True for a sentence a pattern of the gazetteer's key-point stop list matches."""
    return _any_of(gaz.keypoint_stop).search(text) is not None


@functools.cache
def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """The list's patterns as one alternation (one search per sentence, not one per pattern);
    each pattern keeps its own groups apart, and all share the list's flags."""
    flags = {p.flags for p in patterns}
    if len(flags) > 1 or any(_BACKREFERENCE.search(p.pattern) for p in patterns):
        return _Each(patterns)  # joined, a "\\1" would point at another pattern's group
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or "(?!)", *flags)
    except re.error:  # a group name written twice
        return _Each(patterns)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


class _Each:
    """Stands in for the joined pattern: searches the patterns one by one."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def search(self, text: str) -> re.Match[str] | None:
        return next((m for p in self.patterns if (m := p.search(text))), None)
