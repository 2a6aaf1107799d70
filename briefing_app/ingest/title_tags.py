"""Lines near the top that look like headlines but are not the page's own: general rules.

- a tag of one or two words over the headline that begins with it ("Kelvo" over "Kelvo/North
  Province: Mission condemns attack"): a country's or a topic's tag, never the title when a
  fuller headline opening with the same words follows;
- a journal's article-type label over the headline ("ORIGINAL RESEARCH article", "Review
  Article", "Opinion article": up to two words before "article") and a note on the collection
  the page belongs to ("This article is part of the Research Topic ..."): the page talking about
  itself, never its headline. "Article 5 invoked" has a digit; "Article of faith" more after it;
- the items of a feed or a listing, each a headline over a teaser paragraph that opens with its
  dateline or date ("OTTAWA – ...", "(June 10, 2031) ...") or is cut off ("... […]"): on such a
  page the first item's headline is not the title, the label over the items is ("Advisories
  and Recalls", "Kelvo Legal Monitor").
"""

from __future__ import annotations

import re

from briefing_app.ingest.draft import Block

MAX_TAG_WORDS = 2
MIN_ITEMS = 3  # a feed shows at least this many teasers
MAX_LABEL_WORDS = 6
PROSE_WORDS = 8

# A teaser's opening: a dateline in capitals and a dash ("OTTAWA –", "PORT KELVO, Kelvo -"), or
# its date in brackets or alone ("(June 10, 2031)", "(Mar. 3, 2031)", "3 March 2031 –").
_TEASER_OPENING = re.compile(
    r"[A-Z][A-Z .'’-]{2,30}(?:,\s*[\w .]{2,30})?\s+[–—-]\s|"
    r"\(?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\)?\s"
)
_CUT = re.compile(r"(?:\[…\]|\[\.\.\.\]|…|\.\.\.)$")


def _line(block: Block) -> str:
    return " ".join(block.lines)


# What a content system adds to a listing's address besides its label's words ("/news/media-
# releases-listing-page", "/press-releases/index"): the page's kind, never the story's words.
_LISTING_SLUG = frozenset({"listin", "list", "page", "index", "archiv"})


def own_listing(segment: set[str], label: set[str]) -> bool:
    """The address's last segment (its words, as ``title._slug_words`` cuts them) is the
    listing's own: the label's words, and nothing but a listing page's words beside them."""
    return bool(segment) and bool(label) and label <= segment and segment - label <= _LISTING_SLUG


# A journal's label of the article's type, and a line about the page itself.
_ARTICLE_TYPE = re.compile(r"(?:[^\W\d_]+\s+){0,2}article", re.I)
_ABOUT_THE_PAGE = re.compile(
    r"this\s+(?:article|page|post|story|paper)\s+(?:is|was|has\s+been|forms?)\s+(?:a\s+)?part\s+of\s",
    re.I,
)


def tag_over(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a tag of one or two words over the headline that begins with it, or a
    journal's article-type label or collection note (module doc)."""
    line = _line(blocks[i]) if i < len(blocks) else ""
    if _ARTICLE_TYPE.fullmatch(line) or _ABOUT_THE_PAGE.match(line):
        return True
    following = _line(blocks[i + 1]) if i + 1 < len(blocks) else ""
    if not 1 <= len(line.split()) <= MAX_TAG_WORDS or len(following) <= len(line):
        return False
    # "Kelvo/North ...", "Kelvo: ...": the tag goes on; "Water Council, 3 April 2031": the
    # headline is the name with its date, which the dated-title rules read
    return following.startswith(line) and following[len(line)] in "/:|–—- "


def _teaser(block: Block) -> bool:
    text = _line(block)
    return len(text.split()) >= PROSE_WORDS and bool(
        _TEASER_OPENING.match(text) or _CUT.search(text)
    )


def _label(line: str) -> bool:
    """A feed's label: a few words, capitalised, no digit, nothing closing it ("Water
    Notices", a kind of page as listings are named)."""
    words = line.split()
    plain = not re.search(r"\d|[.,;:!?]$", line)
    return 1 <= len(words) <= MAX_LABEL_WORDS and line[:1].isupper() and plain


def teaser_listing(blocks: list[Block], headline_like) -> int | None:
    """The label over a feed of MIN_ITEMS teasers or more (module doc): the last short,
    headline-like block above the first item's headline, past a paragraph describing the
    feed; None when the page is no such feed or no label heads it."""
    items = [
        i
        for i in range(len(blocks) - 1)
        if len(blocks[i].lines) == 1 and headline_like(_line(blocks[i])) and _teaser(blocks[i + 1])
    ]
    if len(items) < MIN_ITEMS:
        return None
    for i in range(items[0] - 1, -1, -1):
        line = _line(blocks[i])
        if len(line.split()) >= PROSE_WORDS:
            continue  # the feed's description
        if _label(line):
            return i
        return None
    return None
