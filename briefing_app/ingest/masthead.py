"""The site's masthead over the headline as the outlet, when nothing else names one.

A news page opens with its masthead ("Kelvo Ledger", "UN News", "KELVO LEDGER"), maybe under a
cookie banner or a "Skip to main content" link, then labels, then the headline. The masthead is
a name of two to five words, no digit, whose last word is a press noun (the nouns newspapers,
wires and news services are named by: ``byline.press_noun``), standing above the headline line;
on the page's first line an organisation's name serves too (its last word from the gazetteer's
organisation words: "World Health Organization").
A section's label ("Peace and Security", "Latest News") or a country's tag is not one.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import press_noun
from briefing_app.ingest.cruft import is_cruft
from briefing_app.ingest.outlet import org_words
from briefing_app.ingest.title import listing_label

MAX_WORDS = 5
BANNER_WORDS = 8  # a line this long is a banner or text, passed over
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|the|and|&")
_SECTION_START = frozenset({"latest", "recent", "all", "top", "more", "breaking", "related"})


def _masthead(line: str, first: bool = False) -> str:
    """``line`` as a masthead's name (capitals of a masthead in ALL CAPS written as a name),
    "" when it is not one; on the page's ``first`` line an organisation's name serves too
    ("World Health Organization" over its newsroom)."""
    words = line.split()
    if not 2 <= len(words) <= MAX_WORDS or re.search(r"\d|[.,;:!?|>»/]", line):
        return ""
    if line.isupper():
        words = [w if len(w) <= 3 else w.capitalize() for w in words]  # "UN NEWS", "KELVO LEDGER"
    if not all(_NAME_WORD.fullmatch(w) for w in words) or words[0].casefold() in _SECTION_START:
        return ""
    name = " ".join(words)
    named = press_noun(words[-1]) or (first and words[-1].casefold() in org_words())
    return "" if listing_label(name) or not named else name


def masthead(top: list[str], title: str) -> str:
    """The masthead among the page's first lines above the headline ``title`` (all of them
    when the headline stands lower), "" when there is none (module doc)."""
    if not title:
        return ""
    # the headline under all of them when a menu pushed it past the first lines
    lines = top[: top.index(title)] if title in top else top
    page = [x for x in lines if len(x.split()) < BANNER_WORDS and not is_cruft(x)]
    for at, line in enumerate(page):
        if name := _masthead(line, first=at == 0):
            return name
    return ""
