"""A title with its portfolio written before a name: "Minister for Foreign Affairs Haavisto",
"Secretary of State for Defence Varn". The title ("Minister") opens it, "for"/"of" and the
capitalised words of the portfolio follow, and the name comes right after. And a post the
model glued to the place or body before it ("Hualien County Magistrate" of "Hualien County
Magistrate Fu Kun-chi"): the post is the person's, the place ends before it."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title

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


# a capitalised word after a space on the same line: where a person's name would start
_NAME_AFTER = re.compile(r" [A-Z]")
_WORD = re.compile(r"\S+")
_OPEN_ENDS = frozenset(["of", "the", "for", "and", "on", "in"])


def post_cut_from_place(text: str, m: Mention, gaz: Gazetteer) -> Mention:
    """``m`` without the post its last one to three words write when a name follows."""
    words = m.text.split()
    if m.label not in ("GPE", "LOC", "ORG", "FAC") or len(words) < 3:
        return m
    if not _NAME_AFTER.match(text, m.end):
        return m
    for k in range(min(3, len(words) - 2), 0, -1):
        if is_title(cached_norm(" ".join(words[-k:])), gaz):
            if words[-k - 1] in _OPEN_ENDS:  # "Office of the High Commissioner": its own name
                return m
            # cut where the post's first word starts in the text as written (a line break or
            # two spaces inside the name count as they stand)
            kept = m.text[: [w.start() for w in _WORD.finditer(m.text)][-k]].rstrip()
            return Mention(m.source, m.start, m.start + len(kept), kept, m.label, m.role, m.article)
    return m
