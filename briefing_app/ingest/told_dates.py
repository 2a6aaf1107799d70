"""Lines whose date the timeline needs, kept in the text though ingest reads a date from them.

General rules, no strings from particular pages:
- a headline that carries a whole date ("Council meeting, 3 March 2031", "Situation report:
  all information from 1-7 March 2031") tells of a dated event: the title, and a line of the
  text as well (key points leave the title out);
- a date line that says more than a date ("Monthly update as of 3 March 2031") is a dated
  statement: the page's date, and a line of the text;
- on a listing, the stamps that head its items ("Posted April 17th, 2031 at 11:15 am", two or
  more on different days, apart) are lines the analysis dates each item from;
- a listing's last item opening with its own date ("(Mar. 10, 2031) The council ...") is an
  item, however short the page cut it, not the page's closing furniture.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from briefing_app.ingest.dates import date_span, to_iso
from briefing_app.ingest.draft import Block, Draft
from briefing_app.ingest.title_labels import kind_dated_headline
from briefing_app.model.text import ends_sentence

# A stamp: a label, the date, a clock time and its zone ("Posted April 17th, 2031 at 11:15 am
# (UTC-5)", "Published: 3 May 2031", "Updated on 3 May 2031 | 10:14"); a listing's credit
# ("published by the Institute on May 3, 2031"), or "on" alone, the second line of a credit the
# page breaks in two ("published by the Institute" / "on May 3, 2031").
_STAMP = re.compile(
    r"(?:(?:posted|published|updated|last\s+updated|released|issued|dated?)"
    r"(?:\s+by\s+[^\n]{1,60}?\s+on\b|\s+on)?|on(?=\s))"
    r"\s*:?\s*"
    r"(?P<date>.{6,40}?)"
    r"(?:\s*(?:at|[-–|,])?\s*[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+−-]\d{1,2})?\)?)?)?\s*",
    re.I,
)
STAMP_ITEMS = 2  # stamps on different days that make the page a listing of dated items


def _stamp_day(line: str) -> str:
    match = _STAMP.fullmatch(line.strip())
    if not match or not re.search(r"\d{4}", match["date"]):
        return ""
    iso = to_iso(match["date"])
    return iso[:10] if len(iso) >= 10 else ""


# A clock time and its zone after a date ("26 August 2031, 11:15 GMT", "26 August 2031 | 09:00")
_CLOCK = re.compile(
    r"\s*(?:at|[-–|,·])?\s*[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}"
    r"(?:[+−-]\d{1,2})?\)?)?\s*",
    re.I,
)


# A dotted date, day first, and its clock: a Nordic or German listing's stamp ("16.8.2031 14.43")
_DOTTED = re.compile(
    r"\s*(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?:\s+[0-2]?\d[:.][0-5]\d)?\s*"
)


def _dotted_day(line: str) -> str:
    match = _DOTTED.fullmatch(line)
    if match is None:
        return ""
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
    except ValueError:
        return ""


# The weekday a date line may open with ("Wednesday 14 January 2031", "Friday, May 2, 2031").
_WEEKDAY_FIRST = re.compile(r"[ \t]*(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t]+")


def _bare_day(line: str) -> str:
    """The day of a line that is a whole date and nothing else ("26 August 2031", "16.8.2031",
    "Tuesday 26 August 2031"), or a date and its clock time ("26 August 2031, 11:15 GMT",
    "16.8.2031 14.43")."""
    span = date_span(line)
    if span is None:
        return _dotted_day(line)
    if line[: span[0]].strip() and not _WEEKDAY_FIRST.fullmatch(line, 0, span[0]):
        return ""  # not "Wednesday 14 January 2031": the weekday is the date's own
    if line[span[1] :].strip() and not _CLOCK.fullmatch(line, span[1]):
        return ""
    iso = to_iso(line)
    return iso[:10] if len(iso) >= 10 and _FULL_DATE.search(line) else ""


def _prose(line: str) -> bool:
    from briefing_app.ingest.furniture import PROSE_LINE_WORDS  # furniture imports this module

    return len(line.split()) >= PROSE_LINE_WORDS and ends_sentence(line)


def letter_dates(lines: list[str]) -> frozenset[str]:
    """Bare date lines between lines of prose ("The text of the letter is below." /
    "April 3, 2031" / "Dear Ambassador, ..."): a quoted document's date, a line of the text
    the timeline needs, not the page's header (above the prose, or under a headline that is
    one sentence) or closing line (below it)."""
    from briefing_app.ingest.furniture import PROSE_LINE_WORDS  # furniture imports this module

    prose = [at for at, line in enumerate(lines) if _prose(line)]
    # Under the first paragraph, over a line of prose the copy may cut before its stop.
    long = [at for at, line in enumerate(lines) if len(line.split()) >= PROSE_LINE_WORDS]
    if len(prose) < 2 or not long:
        return frozenset()  # one sentence over the date is a headline, not the text
    return frozenset(
        line for at, line in enumerate(lines) if prose[1] < at < long[-1] and _bare_day(line)
    )


def listing_stamps(lines: list[str]) -> frozenset[str]:
    """The date lines that stay in the text: a listing's stamps and a quoted letter's date."""
    return _listing_stamps(lines) | letter_dates(lines)


def _listing_stamps(lines: list[str]) -> frozenset[str]:
    """The stamp lines heading a listing's items: two or more on different days, no two on
    adjacent lines ("Published 3 May / Updated 5 May" is one page's pair). Lines that are a
    bare date ("26 August 2031") are stamps when LISTING_ITEMS or more head items so."""
    found = [(at, line, day) for at, line in enumerate(lines) if (day := _stamp_day(line))]
    if len({day for _, _, day in found}) < STAMP_ITEMS:
        found = [(at, line, day) for at, line in enumerate(lines) if (day := _bare_day(line))]
        if len({day for _, _, day in found}) < LISTING_ITEMS:
            return frozenset()
    if any(b - a < 2 for (a, _, _), (b, _, _) in pairwise(found)):
        return frozenset()
    return frozenset(line for _, line, _ in found)


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_LABEL_WORDS = re.compile(
    rf"\b(?:{_WEEKDAY}|posted|published|updated|last|released|issued|dated?|on|at|date|"
    r"news|am|pm|[ap]\.m\.|utc|gmt)\b",
    re.I,
)
TOLD_WORDS = 3  # words beside the date that make a date line a statement


def tells_more(line: str) -> bool:
    """A date line that says what the date is of ("Monthly update as of 3 March 2031",
    "Weekly figures as at 3 March 2031"): three or more words beside the date, one of them
    lower-case (not a masthead's name), not counting a stamp's label ("Last updated on"), a
    weekday or a clock time."""
    span = date_span(line)
    if span is None:
        return False
    words = re.findall(r"\b[^\W\d_]{2,}\b", line[: span[0]] + " " + line[span[1] :])
    words = [w for w in words if not _LABEL_WORDS.fullmatch(w)]
    return len(words) >= TOLD_WORDS and any(w.islower() for w in words)


def dated_repeat(line: str, previous: str) -> bool:
    """``line`` is the line above it with a date after a comma ("Water Council" over "Water
    Council, 3 April 2031"): a page naming its series, then the dated headline, not a
    dateline's place (the date is still the published date)."""
    return bool(previous) and line.casefold().startswith(f"{previous.casefold()},")


HEADLINE_LINES = 3  # a headline closed by its date stands among the page's first lines


def closing_date_headline(line: str) -> bool:
    """A headline closed by its whole date after a colon or a dash ("Press briefing: 19 November
    2031", "Situation update – 3 March 2031"): two words or more before it, not all of them a
    stamp's label ("Last updated: 3 March 2031" is a stamp)."""
    span = date_span(line)
    if span is None or line[span[1] :].strip() or not _FULL_DATE.search(line[span[0] : span[1]]):
        return False
    head = re.fullmatch(r"(?P<head>.*\w)\s*(?::|\s[–—-])\s*", line[: span[0]])
    words = re.findall(r"[^\W\d_]{2,}", head["head"]) if head else []
    return len(words) >= 2 and not all(_LABEL_WORDS.fullmatch(w) for w in words)


def kept_line(draft: Draft, field: str, line: str, number: int, stamps: frozenset[str]) -> bool:
    """A line a metadata rule read a date from that stays in the text all the same; a headline
    closed by its date, at the top, is remembered as the title the page may have no other of."""
    if number <= HEADLINE_LINES and field in ("", "page_date") and closing_date_headline(line):
        draft.dated_title = draft.dated_title or " ".join(line.split())
        return True
    if number <= HEADLINE_LINES and field == "published" and kind_dated_headline(line):
        draft.dated_title = draft.dated_title or " ".join(line.split())
        return True  # "Mission Press Briefing, 21 Dec 2031": the day read, the headline kept
    if field in ("author", "publisher") and " ".join(line.split()) in stamps:
        return True  # a listing's credit with its item's date ("published by X on 3 May 2031")
    if field not in ("published", "page_date", ""):
        return False  # no field: a listing's stamp no metadata rule read ("17/04/2031 - 11:15")
    return " ".join(line.split()) in stamps or (field == "page_date" and tells_more(line))


def dated_title_block(draft: Draft) -> int | None:
    """The block that is the headline closed by its date ``kept_line`` remembered, if any."""
    for at, block in enumerate(draft.blocks):
        if draft.dated_title and " ".join(" ".join(block.lines).split()) == draft.dated_title:
            return at
    return None


_FULL_DATE = re.compile(r"\b\d{1,2}\b")


def dated_headline(title: str) -> bool:
    """A headline carrying a whole date: day, month and year ("Council meeting, 16 December
    2031", "All information from 11-17 November 2031"), not a month ("Stories from December,
    2031"), a document's number ("Decision 2031/1650") nor a bracketed stamp after it."""
    span = date_span(title)
    if span is None or not _FULL_DATE.search(title[span[0] : span[1]]):
        return False
    # A date in brackets closing it ("Relief for Kelvo (March 23, 2031)") is the page's stamp
    # set beside the headline, not part of what it tells.
    return not (
        title[: span[0]].rstrip().endswith(("(", "[")) and not title[span[1] :].strip(")] ")
    )


def _item_opening(block: Block) -> bool:
    """The block opens with its own whole date and goes on ("(Mar. 10, 2031) The ...")."""
    if not block.lines:
        return False
    span = date_span(block.lines[0][:40])
    return span is not None and span[0] <= 2 and bool(block.lines[0][span[1] :].strip(" )"))


LISTING_ITEMS = 3  # blocks opening with their own date that make a page a listing


def listed_item(blocks: list[Block], block: Block) -> bool:
    """``block`` is an item of a listing (LISTING_ITEMS blocks or more open with their own
    date and go on): its last item stays, however short the page cut it."""
    if not _item_opening(block):
        return False
    return sum(1 for b in blocks if _item_opening(b)) >= LISTING_ITEMS
