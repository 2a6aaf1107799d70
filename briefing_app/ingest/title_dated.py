"""The headline is the line the page's date (or by-line) sits under: general rules.

A page's header stacks lines that each share words with the story: the publisher's name
("Ministry of Water of Kelvo", "Kelvo Water Agency"), its tagline ("A blog about water in the
Kelvo basin"), a section's label ("Peace and Security"). The first of them to share two words
with the text used to win. The headline is the one the date line or the by-line follows (the
date and by-line are read off as metadata first; ``dated_at`` is where they stood), and it
says more of the story than the name or the label above it: it shares more words with the text.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import headline_verb, plain_byline, press_noun
from briefing_app.ingest.copy_issuer import public_body
from briefing_app.ingest.dates import date_span
from briefing_app.ingest.draft import Block
from briefing_app.ingest.outlet import head_words
from briefing_app.ingest.title import (
    LOOK_AHEAD,
    _function_words,
    _prose,
    _stems,
    headline_like,
    listing_label,
    names_the_site,
    pick_title,
)
from briefing_app.ingest.title_tags import teaser_listing

SECTION_WORDS = 3


def _line(block: Block) -> str:
    return " ".join(block.lines)


def _shared(blocks: list[Block], i: int) -> int:
    """How many content words block ``i`` shares with the prose below it."""
    below = _stems(" ".join(_line(b) for b in blocks[i + 1 :] if _prose(b)))
    return len(_stems(_line(blocks[i])) & below)


def headline_over_date(
    blocks: list[Block], found: int | None, dated_at: int, url: str = "", outlet: str = ""
) -> int | None:
    """The block right above the page's date line (past a by-line left in the text, "by
    admin") when the headline found stands higher and that block is a headline sharing more
    words with the text than it; ``found`` otherwise."""
    found = past_menu(blocks, found, url, outlet)
    if found is None or _listing(blocks, found):
        return found
    found = name_over_headline(blocks, found, url, outlet)
    if not 0 < dated_at <= LOOK_AHEAD or dated_at > len(blocks):
        return found
    # Only a name, a label or a tagline under a name gives way ("Radio Interview, ABC Pacific
    # Beat" over a release's fields stays); a listing's label stays the listing's title.
    # (a section's label is short: "Peace and Security", "Politics"; a headline is longer)
    line = _line(blocks[found])
    if headline_verb(line.split()):
        return found  # "Drought Hits Kelvo" over its deck: a Title Case headline, no label
    label = _name_shaped(line) and len(line.split()) <= SECTION_WORDS
    if not (_body_name(line) or label or (found == 1 and _name_shaped(_line(blocks[0])))):
        return found
    at = dated_at - 1
    if at > found + 1 and plain_byline(_line(blocks[at])) != _line(blocks[at]):
        at -= 1  # "Headline" / "by admin" / "March 4, 2031"
    # The headline right above the date line, or right under it ("12 March 2031" over
    # "Security Council extends ..."): the one of them saying more of the story.
    fits = [i for i in (at, dated_at) if found < i < len(blocks) and _fits(blocks, i, url, outlet)]
    if not fits:
        return found
    best = max(fits, key=lambda i: (_shared(blocks, i), -i))
    return best if _shared(blocks, best) >= max(1, _shared(blocks, found)) else found


def _fits(blocks: list[Block], i: int, url: str, outlet: str) -> bool:
    """Block ``i`` may be a headline: up to three lines, headline-like, no date in it, not the
    site's name."""
    line = _line(blocks[i])
    below = _line(blocks[i + 1]) if i + 1 < len(blocks) else None
    return (
        len(blocks[i].lines) <= 3
        and not date_span(line)
        and headline_like(line)
        and not names_the_site(line, outlet, url, below)
    )


MENU_ITEMS = 5  # one-word lines in a row: a menu
MENU_REACH = 30  # a mobile menu opens the page


def past_menu(blocks: list[Block], found: int | None, url: str = "", outlet: str = ""):
    """The headline under a menu of one-word lines ("Home", "News", "Politics" ...) that
    pushed it past the lines the headline is looked for in, when the headline found stands
    above the menu's end (a masthead or the menu's own button) or none was; ``found``
    otherwise."""
    run = end = 0
    for i, block in enumerate(blocks[:MENU_REACH]):
        one_word = len(block.lines) == 1 and len(block.lines[0].split()) == 1
        run = run + 1 if one_word else 0
        if run >= MENU_ITEMS:
            end = i + 1
        elif end:
            break
    if not end or (found is not None and found >= end):
        return found
    rest = pick_title(blocks[end:], url, outlet)
    if rest is None or _shared(blocks, end + rest) < max(1, _shared(blocks, found or 0)):
        return found
    return end + rest


def _listing(blocks: list[Block], found: int) -> bool:
    """The page is a listing or a feed: its label is the title, its items' headlines are not."""
    return (
        listing_label(_line(blocks[found]))
        or teaser_listing(blocks[:32], headline_like) is not None
    )


def _name_shaped(line: str) -> bool:
    """A name, not a headline: a few words, every one of four letters or more capitalised, no
    digit ("Ministry of Water of Kelvo", "Kelvo Water Agency")."""
    words = line.split()
    return (
        1 <= len(words) <= 6
        and not re.search(r"[\d,;:|()]", line)
        and all(w[:1].isupper() for w in words if len(w) >= 4)
    )


def _body_name(line: str) -> bool:
    """A body's or a site's name: name-shaped, and a public body's form ("Ministry of Water of
    Kelvo") or its last word an organisation's or a press noun ("Kelvo Water Agency", "Kelvo
    Daily Wire"); a Title Case headline ("Kelvo Water Board Cuts Quotas") ends otherwise."""
    words = line.split()
    if public_body(line):
        return True  # "Department for Water, Farming and Rural Affairs" too: its fields listed
    if not _name_shaped(line):
        return False
    return press_noun(words[-1]) or words[-1].casefold() in head_words()


def _sentence_case(line: str) -> bool:
    """A headline written as a sentence: a word of four letters or more in lower case."""
    function = _function_words()
    return any(
        len(w) >= 4 and w.isalpha() and w.islower() and w not in function for w in line.split()
    )


def name_over_headline(blocks: list[Block], found: int | None, url: str = "", outlet: str = ""):
    """The headline in sentence case within two blocks under a name found at the top of the
    page (the publisher's masthead: "Ministry of Water of Kelvo" over "Media release" over
    "Water quotas cut for four provinces") when it shares more words with the text; ``found``
    otherwise (a Title Case headline over its sentence-case deck stays)."""
    if found is None or found > 1 or not _body_name(_line(blocks[found])):
        return found
    for at in range(found + 1, min(found + 3, len(blocks))):
        line = _line(blocks[at])
        if len(blocks[at].lines) > 3 or date_span(line) or not headline_like(line):
            continue
        if not _sentence_case(line):
            continue
        if names_the_site(line, outlet, url) or _shared(blocks, at) <= _shared(blocks, found):
            continue
        return at
    return found
