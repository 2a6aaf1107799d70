"""A listing's item stamps that the line map took for links: on a page of teasers (a headline, a
photo caption, a credit, then the item's date on a line of its own, then the item's text), the
short lines run three or more in a row and read as a list of links. A line that is only a full
date, closing such a run, with the item's prose right under it (a line of sentences the line map
keeps as text), is that item's stamp: its date is the item's, not a link's. The stamp may name
where the item comes from before its date, as a dateline or a digest does ("Arusha, 29 March
2031", "Kelvo Herald (Ardia), May 11, 2031"), and a caption or a place may stand between it
and the prose (one or two lines of a few words, no date). A list of links stays one: its dates
are followed by another dated line or by no prose, or by prose the map counts as links."""

from __future__ import annotations

import bisect
import re

from briefing_app.analysis.dates import FoundDate
from briefing_app.analysis.lines import HEADLINE_WORDS, LineMap

# What a stamp line may hold beside its date: a label before it, a clock time after it.
# A listing's credit names who published the item ("published by the Institute on May 3, 2031");
# broken over two lines, it leaves "on" alone before the date.
_LABEL = re.compile(
    r"[ \t]*(?:(?i:(?:(?:posted|published|updated|released|issued|dated?)"
    r"(?: by [^\n]{1,60}? on| on)?|on\b):?)|"
    # or the place or publication the item comes from, then a comma: "Arusha, ", "Kelvo Herald
    # (Ardia), "
    r"[A-Z][\w’'&.-]*(?:[ \t]+[\w’'&.-]+){0,5}(?:[ \t]*\([^()\n]{1,30}\))?,)?[ \t]*"
)
_CLOCK = re.compile(
    r"[ \t]*(?:(?i:at)|[-–|,·])?[ \t]*(?:[0-2]?\d[:.][0-5]\d(?:[ \t]*(?i:[ap]\.?m\.?))?)?"
)


def _only_date(text: str, line: tuple[int, int], d: FoundDate) -> bool:
    """Whether the line holds the date and at most a stamp's label and clock time."""
    before = _LABEL.fullmatch(text, line[0], d.start)
    after = _CLOCK.fullmatch(text, d.end, line[1])
    return bool(before and after)


def item_stamps(text: str, lines: LineMap, found: list[FoundDate]) -> set[int]:
    """Starts of the full dates on stamp lines inside link-like runs that head an item's prose,
    or that close it: two or more stamps each right under an item's prose (a teaser's excerpt,
    then its date, then its writer: the date under the text it dates). One alone under the
    body is the first of a list of links after the story, not an item's."""
    out, under = set(), set()
    for d in found:
        if len(d.iso) != 10 or d.inferred or not lines.in_related(d.start):
            continue
        line = lines.line_at(d.start)
        if line is None or d.end > line[1] or not _only_date(text, line, d):
            continue
        if _prose_below(text, lines, line):
            out.add(d.start)
        elif _prose_above(text, lines, line):
            under.add(d.start)
    return out | under if len(under) >= _ITEMS else out


_ITEMS = 2  # stamps under their items' prose that make the page a listing of dated items


_CAPTION_WORDS = 6  # a caption or a place between a stamp and its item's prose
_SKIPPED = 2
_DIGIT = re.compile(r"\d")


def _prose_below(text: str, lines: LineMap, line: tuple[int, int]) -> bool:
    """Whether the item's prose follows the stamp line: right under it, or under one or two
    lines of a few words without a date or a figure ("President Ann Roe", "Belmar district")."""
    k = bisect.bisect_right(lines.lines, line)
    for below in lines.lines[k : k + _SKIPPED + 1]:
        words = text[below[0] : below[1]].split()
        if len(words) > HEADLINE_WORDS:
            return not lines.in_related(below[0])
        if len(words) > _CAPTION_WORDS or _DIGIT.search(text, below[0], below[1]):
            return False
    return False


def _prose_above(text: str, lines: LineMap, line: tuple[int, int]) -> bool:
    """Whether the line right above the stamp is an item's prose the line map keeps as text."""
    k = bisect.bisect_left(lines.lines, line)
    if k == 0:
        return False
    above = lines.lines[k - 1]
    return len(text[above[0] : above[1]].split()) > HEADLINE_WORDS and not lines.in_related(
        above[0]
    )
