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
from briefing_app.resources import union_patterns

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
    joined = _joined(gaz.keypoint_stop)
    if joined is not None:
        return joined.search(text) is not None  # one search a sentence, not one a pattern
    return any(p.search(text) for p in gaz.keypoint_stop)


@functools.cache
def _joined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    return union_patterns(patterns)
