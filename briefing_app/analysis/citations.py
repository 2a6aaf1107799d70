"""Pieces of a law report's citation and of a page's bracketed link bar, not actors: the
report series after a bracketed year ("[2018] LLR 356", "[2011] EWHC 1590", "[2018] 1 WLR
1022"), the court division in brackets after its number ("[2011] EWHC 1590 (QB)"), and a word
of a short bracketed link among several on one line ("[New search] [Printable PDF version]
[Help]"). Neutral citations and link bars are the furniture of judgments as law libraries
publish them (BAILII, the courts' own sites) and of many saved pages."""

from __future__ import annotations

import re

# a bracketed year, perhaps a volume number, right before the name: "[2018] ", "[2018] 1 "
_YEAR_BEFORE = re.compile(r"\[(?:1[89]|20)\d{2}\][ \t]+(?:\d{1,4}[ \t]+)?$")
# a number right before the name's bracket and its close right after: "1590 (QB)"
_NUMBER_BEFORE = re.compile(r"\d[ \t]+\($")
# a short bracketed label: "[Printable PDF version]", "[Help]"
_LINK = re.compile(r"\[[^\[\]\n]{1,40}\]")
_MIN_LINKS = 3  # bracketed labels on one line that make it a bar of links
_MAX_LINK_WORDS = 4


def in_citation(text: str, s: int, e: int) -> bool:
    """True when ``text[s:e]`` is a piece of a law report's citation or of a link bar."""
    if _YEAR_BEFORE.search(text, max(0, s - 14), s):
        return True  # "[2018] LLR 356": the law report's series, no body
    if text.startswith(")", e) and _NUMBER_BEFORE.search(text, max(0, s - 4), s):
        return True  # "EWHC 1590 (QB)": the court's division in the citation
    return _in_link_bar(text, s, e)


def _in_link_bar(text: str, s: int, e: int) -> bool:
    """Inside one of several short bracketed labels on its line: a page's menu of links."""
    open_at = text.rfind("[", max(0, s - 40), s)
    close_at = text.find("]", e, e + 40)
    if open_at < 0 or close_at < 0 or "]" in text[open_at:s] or "[" in text[e:close_at]:
        return False
    if len(text[open_at + 1 : close_at].split()) > _MAX_LINK_WORDS:
        return False
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    line = text[start : end if end >= 0 else len(text)]
    return len(_LINK.findall(line)) >= _MIN_LINKS
