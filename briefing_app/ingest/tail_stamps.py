"""A dated line among the furniture a page ends with: the last item's heading with its day in
brackets ("Visit to the Port Authority (March 3, 2031)"), a teaser's date stamp, a footer's
stamp ("Posted: 2031/04/30"). Its date is the page's (the year the page speaks from) or an
item's, so when the tail is trimmed off a page the date stays, on a line of its own: the
analysis reads it there, where a cut line gives none. The line's words still go (a heading's
words are no sentence of the text, nor a name to find).

A line with a time of day ("March 7, 2031 at 9:14 am"), or any line of a page with a comment
thread, does not stop the trim: a comment's stamp is a reader's day, and keeping it would keep
the thread above it.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import date_span, to_iso

# A numeric date with its year first or last: "2031/04/30", "30.04.2031", "30/04/2031".
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?:19|20)\d\d[/.-][01]?\d[/.-][0-3]?\d|[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d)"
    r"(?![\d/.-])"
)
_TIME = re.compile(r"\d{1,2}[:.][0-5]\d\b|\b[ap]\.?m\b", re.I)
# A comment thread's marks: "Marta says:", "Reply", "3 comments", "Leave a comment".
_COMMENTS = re.compile(
    r"\b(?:says|said|wrote)\s*:\s*$|^reply$|\b\d+\s+(?:comments?|thoughts?|replies|responses)\b|"
    r"\bleave\s+a\s+(?:comment|reply)\b",
    re.I,
)


def has_comments(lines: list[str]) -> bool:
    """Whether a page's lines show a comment thread."""
    return any(_COMMENTS.search(line) for line in lines)


def stamp_date(line: str) -> str:
    """The full date (day, month and year) a line carries, as written, when it carries one and
    no time of day; else ""."""
    if _TIME.search(_NUMERIC.sub(" ", line)):
        return ""
    if (span := date_span(line)) is not None:
        return line[span[0] : span[1]]
    return next((m.group() for m in _NUMERIC.finditer(line) if len(to_iso(m.group())) == 10), "")
