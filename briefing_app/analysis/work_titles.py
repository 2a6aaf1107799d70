"""Words of a work's title in quotation marks name no actor: "a speech titled “Trustpolitik and
Expanding the Horizon of Korea's Foreign Policy”", "The report, “Report on Reef Agency
Activities from 2002 to 2003”": a capitalised phrase inside the title is a piece of it. A quote
of what someone said is no title (its words are not in title case), nor is a title a list
knows the name of (a place or a body it names stays)."""

from __future__ import annotations

import re

# the noun or verb that introduces a work's title right before its opening quotation mark
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?:titled|entitled|report|speech|address|lecture|book|paper|study|article"
    r"|publication|document|film|documentary|exhibition|campaign|strategy|brief|briefing)"
    r",?[ \t]+$",
    re.IGNORECASE,
)
_OPEN = '“"'
_CLOSE = '”"'
_SHORT_WORDS = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on"])
_SHORT_WORDS |= {"or", "the", "to", "with"}


def in_quoted_title(text: str, s: int, e: int) -> bool:
    """True when the span ``s:e`` lies inside a quoted work's title on its line."""
    line_start = text.rfind("\n", 0, s) + 1
    opening = max(text.rfind(q, line_start, s) for q in _OPEN)
    if opening < 0 or any(q in text[opening + 1 : s] for q in "”"):
        return False
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    closing = min((i for i in (text.find(q, e, line_end) for q in _CLOSE) if i >= 0), default=-1)
    if closing < 0:
        return False
    if not _WORK_BEFORE.search(text, max(line_start, opening - 20), opening):
        return False
    return _title_case(text[opening + 1 : closing])


def _title_case(title: str) -> bool:
    """At least three words, each a capitalised word, a number or a short function word."""
    words = re.findall(r"[\w’'-]+", title)
    if len(words) < 3:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SHORT_WORDS for w in words)
