"""Headlines the headline-like test turns down, found by stronger evidence when no other line
is the headline (``title.pick_title`` found none). General rules, no strings from pages:

- a long headline (a transcript's or a report's, past thirty words) that the article's
  address spells in its slug: content systems make the slug from the headline; so is a
  headline written with its full stop when the slug spells it word for word;
- a headline written as one sentence with its full stop ("Talks show the strength of the
  partnership."), the first block of the page (under a short masthead) when it is one short
  sentence right over the page's date or by-line, whose words come back in the text below;
- a release's long headline (a quotation and who said it, forty words and more) right over the
  first paragraph when that paragraph opens with a dateline ("THE HAGUE, 31 October 2031.",
  "KELVO CITY, March 3, 2031 –"): a release sets its headline over its dateline.
"""

from __future__ import annotations

from briefing_app.ingest.dates import dateline_date
from briefing_app.ingest.draft import BODY, Block, Draft
from briefing_app.ingest.title import (
    _TWO_SENTENCES,
    LISTING_ITEMS,
    LOOK_AHEAD,
    _prose,
    _slug,
    _slug_words,
    _stems,
    dated_items,
    headline_like,
    listing_label,
)
from briefing_app.ingest.wire_dateline import wire_dateline

LONG_SHARE = 0.8  # a long line's content words the slug must hold
MIN_LONG = 6  # and at least this many of them
MIN_SPELLED = 3  # a headline with its full stop that the slug spells: this many words at least
MAX_WORDS = 70  # a headline, however long, is shorter than a paragraph of text
MAX_SENTENCE = 20  # a one-sentence headline's words at most
MIN_BACK = 3  # content words of it that come back in the text below


def _line(block: Block) -> str:
    return " ".join(block.lines)


def long_slugged(blocks: list[Block], url: str) -> int | None:
    """The first block the address's slug spells though it is too long to read as a headline
    (most of its content words, at least MIN_LONG, are in the slug), or a headline with its
    full stop the slug spells word for word; None when none is."""
    slug = _slug(url)
    if len(slug) < MIN_SPELLED:
        return None
    for i, block in enumerate(blocks[:LOOK_AHEAD]):
        line = _line(block)
        if len(block.lines) > 3 or len(line.split()) > MAX_WORDS:
            continue
        words = _slug_words(line)
        if line.endswith("."):
            # A headline written with its full stop, the slug spelling it word for word
            # ("Statement from the Ambassador Jane Roe." at ".../statement-from-the-
            # ambassador-jane-roe/"): one sentence, its content words and the slug's the same.
            if words == slug and len(words) >= MIN_SPELLED and not _TWO_SENTENCES.search(line):
                return i
            continue
        found = len(words & slug)
        if found >= MIN_LONG and found >= LONG_SHARE * len(words):
            return i
    return None


def sentence_headline(blocks: list[Block], dated_at: int) -> int | None:
    """The first block (under a masthead of one to three words: "Kelvo Wire") when it is a
    headline written as one short sentence right over the page's date or by-line (``dated_at``:
    the block that followed them): at most MAX_SENTENCE words, one full stop (at its end),
    MIN_BACK of its content words in the text below, and the next paragraph longer than it;
    None otherwise. A lead sentence has no date line under it."""
    first = 0
    while first < 2 and first < len(blocks) and _masthead(_line(blocks[first])):
        first += 1
    if first != dated_at - 1:
        return None
    found = _sentence_headline(blocks[first:])
    return None if found is None else first + found


def _masthead(line: str) -> bool:
    """A site's name alone: one to three words, no punctuation closing it."""
    return 1 <= len(line.split()) <= 3 and line[-1:].isalnum()


def _sentence_headline(blocks: list[Block]) -> int | None:
    if len(blocks) < 3 or len(blocks[0].lines) != 1:
        return None
    line = _line(blocks[0])
    words = line.split()
    if not 4 <= len(words) <= MAX_SENTENCE or not line.endswith(".") or line.count(".") > 1:
        return None
    if not line[:1].isupper() or any(c in line for c in '“”"?!:;'):
        return None  # a quotation, a question or a label: not a headline
    below = [b for b in blocks[1:] if len(_line(b).split()) > len(words)]
    if not below or len(_line(blocks[1]).split()) <= len(words):
        return None
    back = _stems(line) & _stems(" ".join(_line(b) for b in below))
    return 0 if len(back) >= MIN_BACK else None


def headline_over_dateline(blocks: list[Block]) -> int | None:
    """The block right over the first paragraph opening with a dateline (among the first
    blocks) when it is a headline however long: one to three lines, at most MAX_WORDS words,
    no stop closing it, MIN_BACK of its content words in the text below; None otherwise (a
    lead paragraph over the dateline ends with its stop)."""
    first = next((i for i, b in enumerate(blocks[:LOOK_AHEAD]) if _datelined(b)), None)
    if not first:
        return None
    head, line = blocks[first - 1], _line(blocks[first - 1])
    if len(head.lines) > 3 or not 4 <= len(line.split()) <= MAX_WORDS:
        return None
    if line.rstrip("”’\"')").endswith((".", ":", ";", ",")) or not line[:1].isupper():
        return None
    if _TWO_SENTENCES.search(line) or _datelined(head):  # a caption, or a dateline's own text
        return None
    below = " ".join(_line(b) for b in blocks[first:] if _prose(b))
    return first - 1 if len(_stems(line) & _stems(below)) >= MIN_BACK else None


def _datelined(block: Block) -> bool:
    text = _line(block)
    return _prose(block) and bool(dateline_date(text) or wire_dateline(text))


REPEATS = 3  # a page prints its headline this often (title, share text, over the article)
REPEAT_LOOK_AHEAD = 60  # past a long run of menus
MIN_REPEATED_WORDS = 4  # menu labels repeat too, but are short


def repeated_headline(blocks: list[Block]) -> int | None:
    """The first of a headline-like line the page prints REPEATS times or more, in its first
    blocks, past however many menu lines, whose words come back in the text below it: a
    headline repeated by the page's title, share widgets and article header. None otherwise."""
    seen: dict[str, list[int]] = {}
    for i, block in enumerate(blocks[:REPEAT_LOOK_AHEAD]):
        line = _line(block)
        if len(block.lines) == 1 and len(line.split()) >= MIN_REPEATED_WORDS:
            seen.setdefault(line.casefold(), []).append(i)
    for places in sorted(seen.values()):
        first = places[0]
        if len(places) < REPEATS or not headline_like(_line(blocks[first])):
            continue
        below = " ".join(_line(b) for b in blocks[places[-1] + 1 :] if len(_line(b).split()) >= 8)
        if len(_stems(_line(blocks[first])) & _stems(below)) >= MIN_BACK - 1:
            return first
    return None


def listing_heading(draft: Draft, at: int, number: int, line: str) -> bool:
    """``line``, line ``number`` of the page in block ``at``, is a listing's label ("Tag:
    Partnership") near the top with at least LISTING_ITEMS dated items below it: the page's
    heading, kept though a tag line is furniture on a story's page."""
    if number > LOOK_AHEAD or not listing_label(line):
        return False
    return dated_items(draft.blocks[at + 1 : at + 60]) >= LISTING_ITEMS


def dated_item(line: str) -> bool:
    """``line`` opens with a full date of its own, as each item of a listing does."""
    return dated_items([Block([line], BODY)]) == 1
