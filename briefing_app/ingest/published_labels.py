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
    doc), before the header's other date lines are read; nothing when it has none."""
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
