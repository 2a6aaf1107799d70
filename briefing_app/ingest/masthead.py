"""The site's masthead over the headline as the outlet, when nothing else names one.

A news page opens with its masthead ("Kelvo Ledger", "UN News", "KELVO LEDGER"), maybe under a
cookie banner or a "Skip to main content" link, then labels, then the headline. The masthead is
a name of two to five words, no digit, whose last word is a press noun (the nouns newspapers,
wires and news services are named by: ``byline.press_noun``), standing above the headline line.
A section's label ("Peace and Security", "Latest News") or a country's tag is not one.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import press_noun
from briefing_app.ingest.title import listing_label

MAX_WORDS = 5
BANNER_WORDS = 8  # a line this long is a banner or text, passed over
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|the|and|&")
_SECTION_START = frozenset({"latest", "recent", "all", "top", "more", "breaking", "related"})


def _masthead(line: str) -> str:
    """``line`` as a masthead's name (capitals of a masthead in ALL CAPS written as a name),
    "" when it is not one."""
    words = line.split()
    if not 2 <= len(words) <= MAX_WORDS or re.search(r"\d|[.,;:!?|>»/]", line):
        return ""
    if line.isupper():
        words = [w if len(w) <= 3 else w.capitalize() for w in words]  # "UN NEWS", "KELVO LEDGER"
    if not all(_NAME_WORD.fullmatch(w) for w in words) or words[0].casefold() in _SECTION_START:
        return ""
    name = " ".join(words)
    return "" if listing_label(name) or not press_noun(words[-1]) else name


def masthead(top: list[str], title: str) -> str:
    """The masthead among the page's first lines above the headline ``title`` (module doc),
    "" when there is none."""
    if not title or title not in top:
        return ""
    for line in top[: top.index(title)]:
        if len(line.split()) >= BANNER_WORDS:
            continue
        if name := _masthead(line):
            return name
    return ""
