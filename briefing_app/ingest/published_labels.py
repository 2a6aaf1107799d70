"""Which labelled date in a page's header is its published date, when it shows several.

A page may show when it was posted or last changed beside when the text first came out:
"Posted 3 Mar 2031" over "Originally published 2 Mar 2031" on a relief portal's copy, "Last
updated: 9 March 2031" over "Published: 3 March 2031" on a ministry's page. The first labelled
date used to win. The date the text came out wins: "originally" or "first" published, else
"Published" over an update's label, wherever they stand in the header, on lines of their own
or on one line between bars ("Updated 9 March 2031 | Published 3 March 2031").
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft

HEADER_LINES = 20
MAX_WORDS = 14  # a header's line of dates, not a sentence
_LABEL_ONLY = re.compile(
    r"(?:(?:originally|first)\s+)?(?:published|posted|issued|released)|(?:last\s+)?updated", re.I
)
_ORIGINAL = re.compile(
    r"(?:originally|first)\s+(?:published|posted|issued|released)(?:\s+on)?\s*:?\s+"
    r"(?P<date>[^|,;]{6,40}(?:,\s*\d{4})?)",
    re.I,
)
_PUBLISHED = re.compile(r"(?:date\s+)?published(?:\s+on)?\s*:?\s+(?P<date>.{6,40})", re.I)
_UPDATED = re.compile(
    r"(?:last\s+)?(?:updated|modified|revised|reviewed|posted)(?:\s+on)?\s*:?\s+.{6,40}", re.I
)


_BAR = re.compile(r"\s[|·•]\s")


def _joined(lines: list[str]) -> list[str]:
    """The lines with a label alone ("Originally published") joined to the value under it."""
    out: list[str] = []
    for line in lines:
        if out and _LABEL_ONLY.fullmatch(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def first_published(draft: Draft) -> None:
    """Set the draft's published date from its header's own "first published" line (module
    doc), before the header's other date lines are read, else from a stamp line the header
    rules cannot read (``stamped_date``); nothing when it has neither."""
    _first_published(draft)
    draft.published = draft.published or stamped_date(draft) or release_time(draft)


def _first_published(draft: Draft) -> None:
    lines = _joined([" ".join(x.split()) for b in draft.blocks for x in b.lines][:HEADER_LINES])
    # "Updated on 9 March 2031 | Published on 3 March 2031": one line, each label its own
    lines = [part.strip() for line in lines for part in _BAR.split(line) if part.strip()]
    for line in lines:
        # "Originally published 2 Mar 2031", "Updated 9 March 2031, first published 3 March"
        match = _ORIGINAL.fullmatch(line) or (
            _ORIGINAL.search(line) if len(line.split()) <= MAX_WORDS else None
        )
        if match and not re.fullmatch(r"(?:.*[,|·;–—-])?\s*", line[: match.start()]):
            continue  # "The guidance was first published in March 2020.": a sentence's
        if match and (iso := to_iso(match["date"].strip(" ,.;|"))):
            draft.published = draft.published or iso
            return
    if not any(_UPDATED.fullmatch(line) for line in lines):
        return  # one labelled date: the header's rules read it
    for line in lines:
        if (match := _PUBLISHED.fullmatch(line)) and (iso := to_iso(match["date"])):
            draft.published = draft.published or iso
            return


STAMP_LINES = 8  # a page's stamp line sits in its header
STAMP_WORDS = 24
# A published label inside a header's stamp line, then its value: "Volume 6 Issue 363 Published -
# 14:00 UTC 08:00 EST 28-Dec-2004 Next Update - ...", "date 2021-10-23 Home / News > Wires".
# "date" labels only at the line's start ("Closing date: ..." is a deadline's).
_STAMP_LABEL = re.compile(
    r"(?:^date|(?<![\w-])(?:published|posted|issued|released))(?:\s+on)?\s*[:–—-]?\s+(?P<rest>.+)",
    re.I,
)
_FULL_DATE = re.compile(
    r"\d{4}-\d\d-\d\d|\d{1,2}-[A-Za-z]{3,9}-\d{4}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
)
STAMP_REACH = 40  # characters between the label and its date: a time, a zone
RULE_VALUE = 40  # the longest value the header's labelled-date rule reads


def stamped_date(draft: Draft) -> str:
    """The published date of a header's stamp line whose labelled value runs on into other
    furniture (times before it, a breadcrumb or a "Next Update" after it), which the header
    rules, reading a label and a date alone, leave; "" when there is none."""
    lines = [" ".join(x.split()) for b in draft.blocks for x in b.lines if x.strip()]
    for line in lines[:STAMP_LINES]:
        if len(line.split()) > STAMP_WORDS or line.endswith((".", "?", "!")):
            continue  # a sentence telling when something was published, not a stamp
        match = _STAMP_LABEL.search(line)
        rest = match["rest"].strip() if match else ""
        if not match or (match.start() == 0 and len(rest) <= RULE_VALUE and to_iso(rest)):
            continue  # no label, or a line of a label and a date: the header rules read it
        found = _FULL_DATE.search(match["rest"])
        if found and found.start() <= STAMP_REACH and (iso := to_iso(found.group(0))):
            return iso
    return ""


# A testimony's or statement's embargo at its head: "For Release on Delivery Expected at 10:00
# a.m. EDT Wednesday, April 25, 2031", "FOR RELEASE: 3 March 2031": the day it came out. A
# PDF copied as text may run its whole head into one line, so it is searched, not matched.
_FOR_RELEASE = re.compile(
    r"\bfor\s+(?:immediate\s+)?release(?:\s+on\s+delivery)?\s*:?\s*(?:expected\s+)?"
    r"(?:at\s+[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?)?(?P<date>[^.;|]{6,40})",
    re.I,
)
RELEASE_HEAD = 400  # characters of the page's head where an embargo line stands


def release_time(draft: Draft) -> str:
    """The date of an embargo line at the page's head ("For Release on Delivery Expected at
    10:00 a.m. EDT Wednesday, April 25, 2031"); "" when there is none."""
    head = " ".join(x for b in draft.blocks for x in b.lines)[:RELEASE_HEAD]
    match = _FOR_RELEASE.search(head)
    found = _FULL_DATE.search(match["date"]) if match else None
    return to_iso(found.group(0)) if found and found.start() <= STAMP_REACH else ""
