"""Where a release says it is over: a line "ENDS", "###" or "-30-", or its media-contact block
("Media contact:", "Press contacts"). What a page shows after it is another item's teaser,
whose "today" and yearless days are that item's, not the release's."""

from __future__ import annotations

import re

_END_LINE = re.compile(
    r"^[ \t]*(?:ends?|-+ ?30 ?-+|#{3}|(?:media|press) (?:contacts?|enquiries|inquiries)"
    r"(?: ?:.{0,60})?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_YEAR = re.compile(r"\d{4}")


def release_end(text: str) -> int | None:
    """The offset after the first end line past the first third of the text, if any (a marker
    near the top is a header's label, not the release's end)."""
    for m in _END_LINE.finditer(text, len(text) // 3):
        return m.end()
    return None


def after_release(text: str, end: int | None, start: int, stop: int) -> bool:
    """Whether the date at text[start:stop] is past the release's end and writes no year: a
    teaser's "today" or "September 23", which the page does not date."""
    return end is not None and start >= end and not _YEAR.search(text, start, stop)
