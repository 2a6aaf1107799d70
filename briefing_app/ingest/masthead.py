"""The site's masthead over the headline as the outlet, when nothing else names one.

A news page opens with its masthead ("Kelvo Ledger", "UN News", "KELVO LEDGER"), maybe under a
cookie banner or a "Skip to main content" link, then labels, then the headline. The masthead is
a name of two to five words, no digit, whose last word is a press noun (the nouns newspapers,
wires and news services are named by: ``byline.press_noun``), standing above the headline line;
on the page's first line an organisation's name serves too (its last word from the gazetteer's
organisation words: "World Health Organization").
A section's label ("Peace and Security", "Latest News") or a country's tag is not one.
A blog's or a small site's masthead has no press noun ("The Basin Notes"): its tagline under it
names it, a kind of publication after an article ("A blog about water in the Kelvo basin", "An
independent journal of river law"), as a headline never opens.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing_app.ingest.byline import press_noun
from briefing_app.ingest.cruft import is_cruft
from briefing_app.ingest.outlet import org_words
from briefing_app.ingest.title import listing_label
from briefing_app.ingest.title_labels import tagline

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


TAGLINE_AT = 2  # the masthead stands among the page's first lines (a banner may come first)


def tagline_masthead(top: list[str]) -> str:
    """The name over a site's tagline among the page's first lines (module doc): two to five
    capitalised words, no digit, no punctuation; "" when no such pair opens the page."""
    for name, below in pairwise(top[: TAGLINE_AT + 1]):
        words = name.split()
        shaped = 2 <= len(words) <= MAX_WORDS and not re.search(r"\d|[.,;:!?|>»/]", name)
        if shaped and all(_NAME_WORD.fullmatch(w) for w in words) and tagline(below):
            return name
    return ""
