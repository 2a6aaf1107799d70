"""Which line of a text is its headline: general rules, no strings from particular pages.

Copied web text often starts with page furniture (a masthead, a section label, a breadcrumb,
a date widget, a document number) before the headline. The headline is the first headline-like
line, near the top, whose words come back in the text below it; a headline-like line is short,
is not a sentence, and is not a label, an id, a date or an address. When no line shares words
with the text, a headline-like first line still serves, as it always did.
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Block

LOOK_AHEAD = 8  # the headline sits within the first blocks of a page
MIN_SHARED = 2  # content words a headline must share with the text below it
PROSE_WORDS = 8  # a block of at least this many words is text, not a menu or label line
_SEPARATOR = re.compile(r"\s(?:\||:|›|»|>|/|,)\s")  # spaced: "Home : News", "A | B , C"
_TOKEN = re.compile(r"[^\W_]+")
_ABBREVIATION = re.compile(r"\W*(?:\w+\.\w+\.?|[A-Z][a-z]{0,2}\.)\W*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
# Contact details: an e-mail address or a "Tel:"/"Fax:" label make a letterhead, not a headline.
_CONTACT = re.compile(r"\S@[\w-]+\.\w|\b(?:tel|telephone|fax|phone|e-?mail)\s*[.:]", re.I)


# A ticker or teaser label before a link to another story: "Trending: ...", "Most read: ...".
# General page furniture, never the start of this page's headline.
_TEASER_LABEL = re.compile(
    r"(?:trending|latest|popular|most\s+(?:read|popular|viewed)|read\s+(?:more|also|next)|"
    r"also\s+read|see\s+also|watch|listen|top\s+stor(?:y|ies)|just\s+in|related|sponsored|"
    r"advertisement|recommended|up\s+next)\s*:\s",
    re.I,
)
# The kind of document before a headline ("PRESS RELEASE : ", "Media statement: "): a label.
_KIND_LABEL = re.compile(
    r"(?:(?:press|news|media)\s+(?:release|statement)|statement|media\s+advisory|readout)"
    r"\s*:\s+(?=\S)",
    re.I,
)
# A republisher's date tag after a headline: "... [April 2031]", "... [2031]", "... (April
# 2031)"; a year alone in round brackets is the headline's ("Resolution 2231 (2015)").
_DATE_TAG = re.compile(
    r"\s*(?:\[(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[6-9]|20)\d\d\]|\([A-Z][a-z]{2,8}\.?\s+(?:1[6-9]|20)\d\d\))$"
)
# A site's name after a headline: "Headline | Daily Ledger" (a pipe, then up to five words).
_SITE_SUFFIX = re.compile(r"\s+\|\s+(?:[\w.&’'-]+\s?){1,5}$")


def clean_title(title: str) -> str:
    """The headline without a document-kind label before it, a date tag or a site's name after
    it ("PRESS RELEASE : Ministers agree [April 2031]" -> "Ministers agree"); unchanged when
    nothing would be left of four words or more."""
    out = _DATE_TAG.sub("", _KIND_LABEL.sub("", title, count=1))
    head = _SITE_SUFFIX.sub("", out)
    if len(head.split()) >= 4:
        out = head
    return out if len(out.split()) >= 2 else title


def looks_like_id(text: str) -> bool:
    """A document number or file id ("SG/SM/21929", "a3f9c2e1d0b4", "IN12331"), not words."""
    tokens = text.split()
    if not tokens:
        return False
    coded = [t for t in tokens if re.search(r"\d", t) or re.search(r"[/_]", t)]
    if len(coded) * 2 > len(tokens):
        return True
    return len(tokens) == 1 and bool(re.fullmatch(r"[0-9a-f]{8,}", tokens[0], re.I))


def headline_like(line: str) -> bool:
    """Short, not a sentence, and not a label, breadcrumb, id, date or address."""
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 200:
        return False
    if line.endswith(("...", "…")):  # a cut-off teaser or breadcrumb, never a whole headline
        return False
    if line.endswith((",", ";")):  # a salutation ("Dear colleagues,") or a broken line
        return False
    if _TEASER_LABEL.match(line):  # "Trending: ...": a link to another story
        return False
    # A closing full stop makes a sentence, unless it ends an abbreviation ("in the U.S.",
    # "Teodoro Jr.", "Acme Ltd.").
    if line.endswith(".") and not _ABBREVIATION.fullmatch(words[-1]):
        return False
    if len(_SEPARATOR.findall(f" {line} ")) >= 2:
        return False
    if _CONTACT.search(line):
        return False
    return not (looks_like_id(line) or _ADDRESS.fullmatch(line) or to_iso(line))


def _stems(text: str) -> set[str]:
    """Content-word stems: words of four letters or more (or acronyms), cut to six letters."""
    out = set()
    for token in _TOKEN.findall(text):
        if len(token) >= 4 or (len(token) >= 2 and token.isupper()):
            out.add(token.casefold()[:6])
    return out


def _prose(block: Block) -> bool:
    """A paragraph of text rather than a menu or label line: at least PROSE_WORDS words."""
    return sum(len(line.split()) for line in block.lines) >= PROSE_WORDS


def pick_title(blocks: list[Block]) -> int | None:
    """Index of the block that is the headline (a line, or up to three wrapped lines)."""
    candidates = [
        i
        for i, block in enumerate(blocks[:LOOK_AHEAD])
        if len(block.lines) <= 3 and headline_like(" ".join(block.lines))
    ]
    if not candidates or len(blocks) < 2:
        return None
    # The stems below each candidate, from one pass over the text: the stems of the blocks
    # past the look-ahead once, plus each early block's own (stemming all the text below every
    # candidate again made a long document's title cost several passes over it).
    # Only prose counts as "the text below": navigation repeats its own words in the next menu
    # lines ("Get the App" over "» Get the App"), a headline's words come back in sentences.
    head = [_stems(" ".join(b.lines)) for b in blocks[:LOOK_AHEAD]]
    below = _stems(" ".join(line for b in blocks[LOOK_AHEAD:] if _prose(b) for line in b.lines))
    below_each: dict[int, set[str]] = {}
    for i in range(len(head) - 1, -1, -1):
        below_each[i] = set(below)
        if _prose(blocks[i]):
            below |= head[i]
    shared = {i: len(head[i] & below_each[i]) for i in candidates}
    for i in candidates:
        if shared[i] >= MIN_SHARED:
            return i
    # No line shares two words with the text: the one sharing one (a short headline over a
    # site's name: "Kelvo pledges help" under "Daily Ledger"), else a headline-like first line.
    best = max(candidates, key=lambda i: (shared[i], -i))
    if shared[best]:
        return best
    return 0 if candidates[0] == 0 else None
