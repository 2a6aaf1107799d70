"""A title with its portfolio written before a name: "Minister for Foreign Affairs Haavisto",
"Secretary of State for Defence Varn". The title ("Minister") opens it, "for"/"of" and the
capitalised words of the portfolio follow, and the name comes right after."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import cached_norm, is_title

# "<Title words> for|of (the) <Capitalised words, "and"/"&" between>" ending right before a name
_PORTFOLIO_TITLE = re.compile(
    r"((?:[A-Z][\w-]*\s){1,3})(?:for|of)\s(?:the\s)?"
    r"(?:[A-Z][\w’'-]*,?\s(?:(?:and|&)\s)?){1,5}$"
)


def portfolio_title_before(text: str, start: int, gaz: Gazetteer) -> str:
    """The title and its portfolio written on one line right before ``start``, or ""."""
    window = text[max(0, start - 90) : start].rsplit("\n", 1)[-1]
    hit = _PORTFOLIO_TITLE.search(window)
    if hit is None:
        return ""
    words = hit.group(1).split()
    # the title is the last one to three words before "for"/"of" ("Deputy Minister for ...")
    for k in range(len(words), 0, -1):
        if is_title(cached_norm(" ".join(words[-k:])), gaz):
            return " ".join([*words[-k:], hit.group()[len(hit.group(1)) :].strip()])
    return ""
