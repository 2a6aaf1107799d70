"""Whether the story has begun above a line: then the line is one of its short paragraphs or
an item of a list it tells (announced by a sentence ending with a colon, or a run of names and
posts under its paragraphs), not the headline over it. Everything above the headline that is
no whole sentence goes as page furniture, so an item taken for the headline lost the sentence
announcing the list and the items above it."""

from __future__ import annotations

from briefing_app.ingest.draft import Block
from briefing_app.model.text import announces_list, ends_sentence

STORY_PARAGRAPHS = 3  # paragraphs of the story told above a line: it is no headline
STORY_WORDS = 8  # a paragraph of the story has at least this many words
ITEM_WORDS = 12  # a list's item is shorter; a paragraph this long closing a sentence ends it
LIST_ITEMS = 3  # lines of one shape in a row make a list


def story_begun(blocks: list[Block], at: int) -> bool:
    """STORY_PARAGRAPHS paragraphs that each close a sentence stand above block ``at``: the
    story is being told, so a line there is one of its short paragraphs (a sentence ending in
    "Fla." or "Inc."), not the headline over it (a cookie notice is one paragraph). A sentence
    of the story announcing a list ("The new ministers are as follows:") is one of them, and
    a line of the list under it is one of its items (``in_announced_list``)."""
    told = 0
    for block in blocks[:at]:
        line = " ".join(block.lines)
        words = len(line.split())
        closed = line.rstrip("”’\"')").endswith((".", "!", "?")) or announces_list(line)
        told += words >= STORY_WORDS and closed
    return told >= STORY_PARAGRAPHS or in_announced_list(blocks, at) or in_told_list(blocks, at)


def in_announced_list(blocks: list[Block], at: int) -> bool:
    """Block ``at`` is an item of a list a sentence of the story announced above it: a
    sentence ending with a colon (``announces_list``) and only the list's lines between it and
    ``at`` (no paragraph of ITEM_WORDS words closing a sentence, which goes on with the story
    past the list). An item ("Jane Roe, Minister of Water") reads as a headline, but a
    headline never stands inside a list the text opened. The sentence is the story's when a
    paragraph of the story stands above it; a prompt opening a page ("Get the day's top stories
    sent to you every morning:") is not, so alone it only makes an item of a line with more of
    the list under it (or nothing), never of one right over a paragraph: a headline over its
    story."""
    for i in range(at - 1, -1, -1):
        line = " ".join(blocks[i].lines)
        if announces_list(line):
            if _told(blocks[:i]):
                return True
            return len(line.split()) >= STORY_WORDS and not _told(blocks[at + 1 : at + 2])
        if _told([blocks[i]]):
            return False
    return False


def _told(blocks: list[Block]) -> bool:
    """A paragraph of the story among ``blocks``: ITEM_WORDS words or more, closing a sentence
    (a menu's or a share bar's lines are shorter)."""
    return any(
        len(line.split()) >= ITEM_WORDS and ends_sentence(line)
        for line in (" ".join(b.lines) for b in blocks)
    )


def in_told_list(blocks: list[Block], at: int) -> bool:
    """Block ``at`` is an item of a list of names and posts ("Jane Roe, Minister of Water") in
    the story, announced by no colon: two paragraphs of the story stand above it, and it is
    one of LIST_ITEMS lines in a row or more, each a short line holding a comma. A headline
    has the text, a date or a by-line under it, not more lines of its own shape."""
    if _items_of_one_shape(blocks[at : at + 1]) != 1:
        return False
    above = sum(_told([b]) for b in blocks[:at])
    if above < 2:
        return False
    start, end = at, at + 1
    while start > 0 and _items_of_one_shape(blocks[start - 1 : start]):
        start -= 1
    while end < len(blocks) and _items_of_one_shape(blocks[end : end + 1]):
        end += 1
    return end - start >= LIST_ITEMS


def _items_of_one_shape(blocks: list[Block]) -> int:
    """How many of ``blocks`` are a list's item of a name and a post: one line, shorter than
    ITEM_WORDS words, a comma inside it."""
    return sum(
        len(b.lines) == 1 and len(b.lines[0].split()) < ITEM_WORDS and ", " in b.lines[0]
        for b in blocks
    )
