"""A letter quoted in a release opens with its date line, then the addressee's block and the
salutation ("April 3, 2031" / "Ambassador Ana Lind" / "Embassy of Kelvo" / "Dear Ambassador
Lind,"). The short lines look like a run of links; the date is the letter's, a timeline's."""

from __future__ import annotations

import re

_SALUTATION = re.compile(r"[ \t]*(?:Dear|To whom it may concern)\b[^\n]{0,80}[,:]?[ \t]*$")
HEAD_LINES = 8  # the date, the addressee's name, office and address, then the salutation


def letter_date(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a whole line heading a letter's address block."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    if text[line:start].strip() or text[end:stop].strip(" \t,."):
        return False
    following = [x for x in text[stop:].split("\n") if x.strip()][:HEAD_LINES]
    for x in following:
        if _SALUTATION.match(x):
            return True
        if len(x.split()) > 10:
            return False
    return False
