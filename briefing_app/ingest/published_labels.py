"""Which labelled date in a page's header is its published date, when it shows several.

A page may show when it was posted or last changed beside when the text first came out:
"Posted 3 Mar 2031" over "Originally published 2 Mar 2031" on a relief portal's copy, "Last
updated: 9 March 2031" over "Published: 3 March 2031" on a ministry's page. The first labelled
date used to win. The date the text came out wins: "originally" or "first" published, else
"Published" over an update's label, wherever they stand in the header.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft

HEADER_LINES = 20
_ORIGINAL = re.compile(
    r"(?:originally|first)\s+(?:published|posted|issued|released)(?:\s+on)?\s*:?\s+(?P<date>.{6,40})",
    re.I,
)
_PUBLISHED = re.compile(r"(?:date\s+)?published(?:\s+on)?\s*:?\s+(?P<date>.{6,40})", re.I)
_UPDATED = re.compile(
    r"(?:last\s+)?(?:updated|modified|revised|reviewed|posted)(?:\s+on)?\s*:?\s+.{6,40}", re.I
)


def first_published(draft: Draft) -> None:
    """Set the draft's published date from its header's own "first published" line (module
    doc), before the header's other date lines are read; nothing when it has none."""
    lines = [" ".join(x.split()) for b in draft.blocks for x in b.lines][:HEADER_LINES]
    for line in lines:
        if (match := _ORIGINAL.fullmatch(line)) and (iso := to_iso(match["date"])):
            draft.published = draft.published or iso
            return
    if not any(_UPDATED.fullmatch(line) for line in lines):
        return  # one labelled date: the header's rules read it
    for line in lines:
        if (match := _PUBLISHED.fullmatch(line)) and (iso := to_iso(match["date"])):
            draft.published = draft.published or iso
            return
