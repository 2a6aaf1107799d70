"""Where a paragraph's first sentence starts, past every form of dateline a copy gives it.

A release's lead sentence is most often its first paragraph's, and a dateline opens that
paragraph in more shapes than "KYIV, 14 March (Reuters) – " (``dateline_start``): the dash may
touch the first word ("Lagos, 3 March 2014 -Celebrations began") or both words ("KANAZAWA--The
toll", "WASHINGTON—Eight men"), the place or the date may
stand in brackets ("(Washington, D.C.) –Today, ...", "(June 10, 2010) On May 5, ..."), a
listing may put its own date before the dateline ("29 May 2013 - Juba, 28 May 2013 - The
Mission ...") or a bullet before it, and a copy converted from a web page may keep the page's
emphasis marks around it ("**WASHINGTON, May 21, 2020 — **The Board approved ..."). Left in
place, such a start hides the lead from the key points: the sentence no longer opens with a
capital. These rules only cut what stands before the sentence's first word, at a line's start;
a sentence inside a paragraph keeps its start. A date alone before a listed item is kept when
the line beside it opens with a date too: that is a chronology ("• 12 March – The first case
was confirmed", "• 14 March – Schools closed"), each item's date its content, no dateline.
"""

from __future__ import annotations

import re

from briefing_app.analysis.dateline_start import (
    DATE_ONLY_DATELINE,
    DATELINE,
    DAY_MONTH,
    dateline_end,
)
from briefing_app.analysis.furniture import after_bullet

_INDENT = re.compile(r"[ \t]*")
_MARKS = "*_"  # a web page's emphasis kept as text: "**WASHINGTON —** The ..."
_OPENER = re.compile(r"[ \t]*(?:[•▪‣◦●■·*–-][ \t]+)?[*_ \t]*")  # what may come before a dateline
_CAPITAL = r"(?=[A-Z“\"‘'])"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# A date with its month by name ("(Article 5) The ..." is no dateline); a dash touching the
# first word after a place and a date, or after a date alone
_DATE = DAY_MONTH
_TIGHT = re.compile(rf"(?:{_NAME},\s*)?{_DATE}\s+[–—-]{{1,2}}{_CAPITAL}")
# A date in brackets, a dash after it or not; a place in brackets with its dash
_BRACKETED = re.compile(
    rf"\({_DATE}\)\s*(?:[–—-]{{1,2}}\s*)?{_CAPITAL}|"
    rf"\({_NAME}(?:,\s*{_NAME})?\)\s*[–—-]{{1,2}}\s*{_CAPITAL}"
)
# A dash touching both words, as wires print it ("KANAZAWA--The toll", "WASHINGTON—Eight"):
# ``dateline_start``'s dateline with "--" or a long dash and no space after it
_DASH_SPACE = r"\s*(?:[–—-]{1,2}|:)\s+(?=\S)"
assert DATELINE.pattern.endswith(_DASH_SPACE)
_TOUCHING = re.compile(DATELINE.pattern[: -len(_DASH_SPACE)] + rf"(?:--|[–—]){_CAPITAL}")
_ROUNDS = 3  # a listing's date, then the release's own dateline
# a line opening with a date (after a bullet, maybe in brackets): a chronology's item
_DATED_LINE = re.compile(rf"[ \t]*(?:[•▪‣◦●■·*–-][ \t]+)?\(?{_DATE}")
_BLANKS = re.compile(r"\s*")
# An ISO day stamped before a page's first paragraph, labelled or not ("date 2031-03-04 Orsk –
# Rescuers ...", "Date: 2031-03-04 The ministry ..."): the page's date, no part of the lead
_ISO_STAMP = re.compile(
    r"(?:(?i:date)\s*:?\s*)?\d{4}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?Z?)?\s+"
    + _CAPITAL
)


def lead_start(text: str, start: int, plain: int) -> int:
    """Where the sentence spanning from ``start`` really starts. ``plain`` is where the plain
    rules put it (``lines.sentence_start``, then past a bullet); when the sentence opens its
    line (only a bullet and emphasis marks before it), the datelines above and the marks are
    cut too."""
    line = text.rfind("\n", 0, start) + 1
    opener = _OPENER.match(text, line)
    if opener is None or opener.end() < start:
        return plain  # a sentence inside a paragraph
    indent = _INDENT.match(text, line).end()
    at = max(plain, after_bullet(text, indent))
    cuts = 0
    for _ in range(_ROUNDS):
        nxt = _past_dateline(text, _past_marks(text, at))
        if nxt == at:
            break
        at, cuts = nxt, cuts + 1
    if cuts == 1 and _in_chronology(text, line):
        return plain  # "• 12 March – The first case ...", "• 14 March – ...": dates are content
    at = _past_marks(text, at)
    return at if at > plain and at < len(text) and not text[at].islower() else plain


def _past_marks(text: str, at: int) -> int:
    while at < len(text) and (text[at] in _MARKS or text[at] in " \t"):
        at += 1
    return at


def _past_dateline(text: str, at: int) -> int:
    piece = text[at : at + 160]
    end = dateline_end(piece, 0)
    if end:
        return at + end
    m = _TOUCHING.match(piece)
    if m is not None and (
        m["date"] or m["agency"] or (m["place"].isupper() and len(m["place"]) > 2)
    ):
        return at + m.end()  # a place in capitals, or with its date or agency, as datelines go
    for pattern in (DATE_ONLY_DATELINE, _TIGHT, _BRACKETED, _ISO_STAMP):
        m = pattern.match(piece)
        if m is not None:
            return at + m.end()
    return at


def _in_chronology(text: str, line: int) -> bool:
    """Whether the line at ``line`` and the non-blank line before or after it open with a
    date: a chronology's items."""
    if not _DATED_LINE.match(text, line):
        return False
    k = line - 1
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1  # the end of the text above
    if k > 0 and _DATED_LINE.match(text, text.rfind("\n", 0, k) + 1):
        return True
    end = text.find("\n", line)
    below = _BLANKS.match(text, end).end() if end >= 0 else len(text)
    return below < len(text) and _DATED_LINE.match(text, below) is not None
