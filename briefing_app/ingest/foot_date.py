"""A page's date at its foot: a transcript's or a release's last line ("14 March 2031" under
"[ENDS]"), or a release's sign-off that ends with its date ("Issued by the Kelvo Water Board,
14 March 2031"), read when no line at the top gives a date.

Only a date alone on one of the last lines counts, with no time of day beside it, and only on
a page with no comment thread: a comment's stamp ("March 7, 2031 at 9:14 am" under "Marta
says:") is the day someone wrote a reply, not the page's.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import date_span, to_iso
from briefing_app.ingest.draft import Block
from briefing_app.ingest.title import date_line
from briefing_app.model.text import ends_sentence

FOOT_BLOCKS = 3
_END_MARK = re.compile(
    r"[\[(-]*\s*(?:ends?|end\s+of\s+(?:transcript|release|statement))\s*[\])-]*", re.I
)
_TIME = re.compile(r"\d{1,2}[:.]\d\d|\b[ap]\.?m\b", re.I)
# A comment thread's marks: "Marta says:", "Reply", "3 comments", "Leave a comment".
_COMMENTS = re.compile(
    r"\b(?:says|said|wrote)\s*:\s*$|^reply$|\b\d+\s+(?:comments?|thoughts?|replies|responses)\b|"
    r"\bleave\s+a\s+(?:comment|reply)\b",
    re.I,
)


# A release's sign-off: who issued it, then its date closing the line.
_ISSUED = re.compile(r"(?:issued|released|published|distributed)\s+(?:by|on)\s", re.I)
SIGN_OFF_WORDS = 16


def _sign_off(line: str, day_first: bool | None) -> str:
    """The date closing a sign-off line ("Issued by the Water Board, 3 March 2031"), else ""."""
    if len(line.split()) > SIGN_OFF_WORDS or not _ISSUED.match(line) or _TIME.search(line):
        return ""
    span = date_span(line)
    if span is None or line[span[1] :].strip(" .)"):
        return ""
    return to_iso(line[span[0] : span[1]], day_first=day_first)


def sign_off_date(ends: list[str], day_first: bool | None = None) -> str:
    """The date of a sign-off among the page's last lines as the loader read them (``ends``,
    from ``copy_issuer.page_ends``: a sign-off may be read off as the publisher's line)."""
    bottom = ends[ends.index("\n") + 1 :] if "\n" in ends else []
    return next((iso for line in reversed(bottom) if (iso := _sign_off(line, day_first))), "")


def foot_date(blocks: list[Block], day_first: bool | None = None) -> str:
    """The date alone on one of the page's last FOOT_BLOCKS blocks (module doc), else ""."""
    lines = [line for b in blocks for line in b.lines]
    if any(_COMMENTS.search(line) for line in lines):
        return ""
    for at in range(len(blocks) - 1, max(0, len(blocks) - FOOT_BLOCKS), -1):
        line = " ".join(blocks[at].lines)
        if found := _sign_off(line, day_first):
            return found
        if len(line.split()) <= 6 and not _TIME.search(line) and date_line(line):
            # Under a sentence or an end mark ("[ENDS]", "###"): the page's close; under a
            # heading ("The next board meeting") it is what the heading announces.
            above = " ".join(blocks[at - 1].lines)
            closed = (
                ends_sentence(above)
                or not re.search(r"[^\W\d_]{2}", above.lower())
                or (_END_MARK.fullmatch(above))
            )
            return to_iso(line, day_first=day_first) if closed else ""
    return ""


UNDER_TITLE = 3  # a headline's date line sits within this many lines under it


def date_under_title(top: list[str], title: str, day_first: bool | None = None) -> str:
    """The date line right under the headline (past a label or a by-line) among the page's
    first lines ``top``, as the page showed it: the article's date when a date widget above the
    masthead ("Friday, 14 November 2031", the day the page was seen) took the page's date
    field and was then set aside; "" when the headline is not among them or no date follows."""
    if not title or title not in top:
        return ""
    at = top.index(title)
    for line in top[at + 1 : at + 1 + UNDER_TITLE]:
        if line == "\n":
            break
        if len(line.split()) <= 8 and not _TIME.search(line) and date_line(line):
            return to_iso(line, day_first=day_first)
    return ""
