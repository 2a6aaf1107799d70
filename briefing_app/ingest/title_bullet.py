"""A headline set as a list item: general rules, no strings from particular pages.

Text copied from a page built of lists (a portal's search result, a news item under a menu of
language links) keeps each item's bullet mark, the headline's too: "• Statement by the
Minister" over the story. A list item is no headline as a rule (``headline_like``: it is one
point of a list or an agenda); when no line was found, the last bullet line at the top of the
page is the headline if the text begins right under it (a paragraph, or a short line over
one) and takes up its words, or its date line stands right under it. A menu's items stand
over other items, not over the text; a list of points inside the story stands under its
first paragraph, and a page whose text has begun is past its headline; a listing sets
each item over its own text, under its label.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import date_span
from briefing_app.ingest.draft import Block
from briefing_app.ingest.title import (
    LOOK_AHEAD,
    MIN_SHARED,
    _prose,
    _stems,
    headline_like,
    listing_label,
)

# A bullet glyph opening the line; not a dash or a list number (a dialogue's dash, a numbered
# point of an agenda).
_MARK = re.compile(r"\s*[•·▪◦‣∙●○■□►▶➢]\s*(?=\w)")


def _item(block: Block) -> str:
    """The item's words when the block is one bullet line ("• Kelvo agrees" -> "Kelvo agrees"),
    else ""."""
    if len(block.lines) != 1:
        return ""
    match = _MARK.match(block.lines[0])
    return block.lines[0][match.end() :].strip() if match else ""


def _text_under(blocks: list[Block], i: int) -> bool:
    """The text begins under block ``i``: a paragraph right under it, or under one short line
    that is no list item (a salutation, a credit: "Dear colleagues,")."""
    nxt = blocks[i + 1 : i + 3]
    if not nxt or _item(nxt[0]):
        return False
    return _prose(nxt[0]) or (len(nxt) == 2 and not _item(nxt[1]) and _prose(nxt[1]))


def bullet_headline(blocks: list[Block], found: int | None) -> int | None:
    """The block of the bulleted headline (module doc), its mark taken off; ``found`` when a
    line was found already or no bullet line fits."""
    if found is not None:
        return found
    for i, block in enumerate(blocks[:LOOK_AHEAD]):
        item = _item(block)
        if not item:
            if listing_label(" ".join(block.lines)):
                return None  # "Tag: Speeches": a listing, however few items it shows
            if _prose(block):
                return None  # the text has begun: its bullet lines are points, no headline
            continue
        if not (_text_under(blocks, i) and headline_like(item)):
            continue  # a menu's item over another, or over a label
        if any(_item(b) and _text_under(blocks, k) for k, b in enumerate(blocks[i + 1 :], i + 1)):
            return None  # items each over their text: a listing, its label the title
        below = " ".join(" ".join(b.lines) for b in blocks[i + 1 :] if _prose(b))
        dated = date_span(" ".join(blocks[i + 1].lines)) is not None  # its date line under it
        if dated or len(_stems(item) & _stems(below)) >= MIN_SHARED:
            blocks[i] = Block([item], block.kind)
            return i
        return None
    return None
