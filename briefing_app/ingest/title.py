"""Which line of a text is its headline: general rules, no strings from particular pages.

Copied web text often starts with page furniture (a masthead, a section label, a breadcrumb,
a date widget, a document number) before the headline. The headline is the first headline-like
line, near the top, whose words come back in the text below it; a headline-like line is short,
is not a sentence, and is not a label, an id, a date or an address. When no line shares words
with the text, a headline-like first line still serves, as it always did.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing_app.ingest.byline import plain_byline
from briefing_app.ingest.dates import date_span, to_iso
from briefing_app.ingest.draft import Block
from briefing_app.ingest.story_begun import story_begun
from briefing_app.ingest.title_body import past_body_names
from briefing_app.ingest.title_day import speaker_dated
from briefing_app.ingest.title_shapes import credit_line, foreign_label, month_year
from briefing_app.ingest.title_tags import own_listing, tag_over, teaser_listing
from briefing_app.ingest.urls import last_segment
from briefing_app.ingest.wrapping import dated_label, wrapped_piece
from briefing_app.resources import read_list, resource_cache, resource_path

LOOK_AHEAD = 8  # the headline sits within the first blocks of a page
SLUG_LOOK_AHEAD = 20  # or, spelled by the address's slug, under a longer run of menus
MIN_SLUG = 3  # content words a headline shares with its address's slug (fewer: all of them)
SLUG_SHARE = 0.6  # and the share of its own content words the slug holds
MIN_SHARED = 2  # content words a headline must share with the text below it
PROSE_WORDS = 8  # a block of at least this many words is text, not a menu or label line
_SEPARATOR = re.compile(r"\s(?:\||:|›|»|>|/|,)\s")  # spaced: "Home : News", "A | B , C"
_TOKEN = re.compile(r"[^\W_]+")
_ABBREVIATION = re.compile(r"\W*(?:\w+\.\w+\.?|[A-Z][a-z]{0,2}\.)\W*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
# Contact details: an e-mail address or a "Tel:"/"Fax:" label make a letterhead, not a headline.
_CONTACT = re.compile(r"\S@[\w-]+\.\w|\b(?:tel|telephone|fax|phone|e-?mail)\s*[.:]", re.I)


# A ticker or teaser label before a link to another story ("Trending: ...", "Most read: ..."),
# a feed's or archive's label ("Filed under: ..."): furniture, never this page's headline.
_TEASER_LABEL = re.compile(
    r"(?:trending|latest|popular|most\s+(?:read|popular|viewed)|read\s+(?:more|also|next)|"
    r"also\s+read|see\s+also|watch|listen|top\s+stor(?:y|ies)|just\s+in|related|sponsored|"
    r"advertisement|recommended|up\s+next|"
    # a feed reader's or an archive's label for the list the page belongs to
    r"channel|feed|category|categories|filed\s+under|topics?)\s*:\s",
    re.I,
)
# A list item: a line that opens with a bullet mark or a list number ("1. ", "2) ") is one
# point of a list or an agenda, never a headline ("10 Things to Know" has no stop after 10).
_BULLET = re.compile(r"[•·▪◦‣∙●○■□►▶➢✓*]\s*(?=\w)|[-–—]\s|\d{1,2}[.)]\s+(?=[A-Z])")
# The site naming itself ("Official website of the Ministry of Water", "The official portal of
# the City of Kelvo"): a masthead, general web furniture. What follows is a name (capitalised
# words and the function words of names), so a headline about such a site still reads as one.
_SITE_NAME = re.compile(
    r"(?:welcome\s+to\s+)?(?:(?:the|an?)\s+)?official\s+"
    r"(?:web\s*site|site|portal|web\s+portal|home\s*page)\s+"
    r"(?:of|for)\s+(?:(?:the|of|and|for|in|on)\s+|(?-i:[A-Z])[\w.’'&-]*\s*)+",
    re.I,
)
# Words a date line carries beside its date: a weekday, a time and zone, a label.
_STAMP_WORD = (
    r"\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[ap]m|on|at|last|updated|"
    r"published|posted|date|issued|released|revised|modified"
)
_DATE_WORD = re.compile(rf"{_STAMP_WORD}|[A-Z]{{2,4}}", re.I)
_STAMP = re.compile(_STAMP_WORD, re.I)  # the same words in any case, no zone's letters
# A line that only says what kind of document this is ("PRESS RELEASE", "Media advisory",
# "Weekly news bulletin"): a label over the headline, never the headline.
_KIND_ONLY = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:release|statement|advisory|note|notice|readout|bulletin)s?", re.I
)
# A sentence ending inside the line, another beginning: a line of text or dialogue, not a
# headline. Four lower-case letters before the stop, so "Gen. Roe" and "Corp. X" do not count.
_TWO_SENTENCES = re.compile(r"[a-z]{4}[.?!]\s+[A-Z]")


def looks_like_id(text: str) -> bool:
    """A document number or file id ("SG/SM/21929", "a3f9c2e1d0b4", "IN12331"), not words."""
    tokens = text.split()
    if not tokens:
        return False
    coded = [t for t in tokens if re.search(r"\d", t) or re.search(r"[/_]", t)]
    if len(coded) * 2 > len(tokens):
        return True
    return len(tokens) == 1 and bool(re.fullmatch(r"[0-9a-f]{8,}", tokens[0], re.I))


def date_line(line: str, speech: bool = False) -> bool:
    """A line that is a date ("Thursday, 3 April 2031", "Updated 3 April 2031 10:14 GMT by the
    Newsroom", "Kelvo, 3 April 2031"): a date and at most two other content words. A headline
    that carries its date ("Kelvo Water Council, 3 April 2031") has three or more beside it.
    A speech's headline ("Speech by Jane Roe, 3 April 2031") is one, unless ``speech`` (the
    line under a headline found: the speech's stamp)."""
    if not to_iso(line) or (speaker_dated(line) and not speech):
        return False
    span = date_span(line)
    if span is None:
        return True  # a numeric or machine date: the whole line
    rest = f"{line[: span[0]]} {line[span[1] :]}"
    function = _function_words()
    words = [
        w
        for w in _TOKEN.findall(rest)
        if not _DATE_WORD.fullmatch(w) and len(w) >= 3 and w.casefold() not in function
    ]
    return len(words) < 3 and not _told_on(rest, function)


def told_on_date(line: str) -> bool:
    """A sentence telling what happened on the date it writes (``_told_on``), no date line."""
    span = date_span(line)
    rest = f"{line[: span[0]]} {line[span[1] :]}" if span else ""
    return bool(span) and _told_on(rest, _function_words())


def _told_on(rest: str, function: frozenset[str]) -> bool:
    """The words beside a date are a sentence telling what happened on it ("The dam held on
    3 April 2031. Engineers said so."): two content words in lower case, or one in a line
    closed by a stop ("It rained on 3 April 2031."). A date line's own words are capitalised
    (a place, a name, a label) or a stamp's ("updated", a weekday, a time)."""
    lower = [
        w
        for w in _TOKEN.findall(rest)
        if w[:1].islower() and len(w) >= 3 and w not in function and not _STAMP.fullmatch(w)
    ]
    return len(lower) >= 2 or (bool(lower) and rest.rstrip().endswith((".", "!", "?")))


def headline_like(line: str) -> bool:
    """Short, not a sentence, and not a label, breadcrumb, id, date or address."""
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 200:
        return False
    if line.endswith(("...", "…")):  # a cut-off teaser or breadcrumb, never a whole headline
        return False
    if line.endswith((",", ";", ":")):  # a salutation, a broken line, a label or a lead-in
        return False  # ("Dear colleagues,", "Site colours:", "The following was issued:")
    if all(_STAMP.fullmatch(w) for w in _TOKEN.findall(line)):  # "Published on": a stamp's
        return False  # label, its date left out (a widget's)
    if _KIND_ONLY.fullmatch(line) or month_year(line):  # "MEDIA ADVISORY": the
        return False  # kind of page; "September 2031": an edition's month
    if _TWO_SENTENCES.search(line):  # "Journalist: And we meet tomorrow. Will you stay?"
        return False
    if _TEASER_LABEL.match(line) or credit_line(line):  # "Trending: ...": a link
        return False  # to another story; "Source: Kelvo Ledger": a credit
    if _BULLET.match(line) or _SITE_NAME.fullmatch(line):  # a list item; the site's own name
        return False
    # A closing stop, inside a quote too, makes a sentence, unless it ends "U.S.", "Jr.", "Ltd."
    if line.rstrip("”’\"')").endswith(".") and not _ABBREVIATION.fullmatch(words[-1]):
        return False
    if len(_SEPARATOR.findall(f" {line} ")) >= 2:
        return False
    if _CONTACT.search(line):
        return False
    return not (looks_like_id(line) or _ADDRESS.fullmatch(line) or date_line(line))


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


@resource_cache
def _function_words() -> frozenset[str]:
    lines = read_list(resource_path("gazetteers", "stopwords.txt"))
    return frozenset(w.casefold() for line in lines for w in line.split())


def _slug_words(text: str) -> set[str]:
    """Words of three letters or more, not function words, cut to six letters."""
    function = _function_words()
    return {
        w.casefold()[:6]
        for w in _TOKEN.findall(text)
        if len(w) >= 3 and not w.isdigit() and w.casefold() not in function
    }


def _slug(url: str) -> set[str]:
    """The words of an address's last path segment when it is a slug of words
    ("/news/2031/ministers-agree-on-water-quotas.html", "/doorstop-kelvo-0": two words at
    least); empty for an id ("/events/55548")."""
    path = urlsplit(url.strip()).path if "://" in url else ""
    segments = [s for s in path.split("/") if s]
    if not segments:
        return set()
    last = re.sub(r"\.(?:s?html?|php|aspx?|jsp)$", "", segments[-1], flags=re.I)
    if len(re.findall(r"[^\W\d_]{2,}", last)) < 2:
        return set()
    return _slug_words(last.replace("-", " ").replace("_", " ").replace("+", " "))


def _named_by_address(blocks: list[Block], candidates: list[int], url: str) -> int | None:
    """The first candidate the address's slug spells: most of its content words are in the
    slug, and at least MIN_SLUG of them (all, for a shorter slug, but never fewer than two).
    Content systems make an article's address from its headline, never from the masthead or
    a label above it."""
    slug = _slug(url)
    if not slug:
        return None
    need = max(2, min(MIN_SLUG, len(slug)))
    for i in candidates:
        words = _slug_words(" ".join(blocks[i].lines))
        found = len(words & slug)
        if found >= need and found >= SLUG_SHARE * len(words):
            return i
    return None


def _extended(blocks: list[Block], i: int, candidates: list[int]) -> int:
    """The next block when it repeats block ``i`` after a comma ("Water Council" over "Water
    Council, 3 April 2031"): the first is a section's or series' name, the second the headline."""
    if i + 1 >= len(blocks):
        return i
    line, after = " ".join(blocks[i].lines), " ".join(blocks[i + 1].lines)
    if not after.casefold().startswith(f"{line.casefold()},"):
        return i
    # The date may be most of what it adds ("Water Council, 3 April 2031" alone reads as a
    # dateline): it is headline-like but for that.
    return i + 1 if i + 1 in candidates or date_line(after) else i


# What a site's name may add to its initials in its domain ("The Kelvo Ledger" on tklnews).
_SITE_SUFFIXES = ("", "news", "online", "tv", "radio", "media", "daily", "live", "web", "press")


def names_the_site(line: str, outlet: str = "", url: str = "", below: str | None = None) -> bool:
    """The line is the site's or the publisher's own name: it equals the outlet, or spells the
    address's domain ("Kelvo Ledger" on kelvoledger.example), or the initials of every one of
    its words spell a whole label, a news word aside ("Voice of Kelvo" on vokNews.example:
    "vok"). A masthead, never the headline. Initials alone are weak evidence ("Bangladesh
    Braces for Cyclone" on bbc.co.uk is a headline): on a page (``below``: the line under it)
    they count only for a short line with another headline-like line right under it, not the
    text, a date or a by-line the way a headline has."""
    squashed = "".join(_TOKEN.findall(line)).casefold()
    if outlet and squashed == "".join(_TOKEN.findall(outlet)).casefold():
        return True
    host = urlsplit(url.strip()).hostname or "" if "://" in url else ""
    labels = [x.replace("-", "") for x in host.split(".")[:-1] if x not in ("www", "m", "amp")]
    if not labels or len(line.split()) > 6:
        return False
    if squashed in labels:
        return True
    words = _TOKEN.findall(line)
    initials = "".join(w[0] for w in words).casefold()
    if (
        len(initials) < 3
        or len(words) > 4
        or not all(w[:1].isupper() or len(w) <= 3 for w in words)
    ):
        return False
    if below is not None and (
        not headline_like(below) or date_line(below) or plain_byline(below) != below
    ):
        return False  # the text, or a headline's date or by-line, under it: a headline
    return any(label == initials + end for label in labels for end in _SITE_SUFFIXES)


def _first_line(blocks: list[Block], i: int) -> str:
    """The first line of block ``i``, "" past the end."""
    return blocks[i].lines[0] if i < len(blocks) and blocks[i].lines else ""


def pick_title(blocks: list[Block], url: str = "", outlet: str = "") -> int | None:
    """Index of the block that is the headline (a line, or up to three wrapped lines); ``url``
    is the article's address, whose slug may name it, ``outlet`` the publisher's name."""
    # A slug is strong evidence: it may find the headline under a longer run of menus.
    headlines = [
        i
        for i, block in enumerate(blocks[: SLUG_LOOK_AHEAD if url else LOOK_AHEAD])
        if len(block.lines) <= 3
        and headline_like(line := " ".join(block.lines))
        and not names_the_site(line, outlet, url, _first_line(blocks, i + 1))
        and not (wrapped_piece(blocks, i) or dated_label(line) or tag_over(blocks, i))
    ]
    if len(blocks) < 2:
        return None
    # A listing's label is no headline ("Press releases" reads as a kind-of-page label) but
    # names a page of many items: it is the title even when no line below is headline-like.
    listing = _listing_label(blocks, _slug_words(last_segment(url)))
    if listing is not None:
        return listing
    if not headlines:
        return None
    named = _named_by_address(blocks, headlines, url)
    if named is not None:
        return named
    candidates = [i for i in headlines if i < LOOK_AHEAD and not story_begun(blocks, i)]
    candidates = past_body_names(blocks, candidates)  # "Ministry of Water of Kelvo" over one
    if not candidates:
        return None
    found = _by_text_below(blocks, candidates)
    return None if found is None else _extended(blocks, found, candidates)


# The heading of a page that lists many items ("Press Releases", "News", "Tag: Partnership"):
# on such a page it is the title, the items below are each their own story.
_LISTING_LABEL = re.compile(
    r"(?:(?:latest|recent|all)\s+)?(?:(?:press|news|media)\s+releases|news|statements|"
    r"speeches|press\s+briefings|announcements|stories|articles|(?:tag|category|archives?)\s*:"
    r"\s*\S.{0,60})",
    re.I,
)
LISTING_ITEMS = 3  # items that each open with their own full date make a listing


def listing_label(line: str) -> bool:
    """The line is a listing's label ("Press Releases", "Tag: Partnership")."""
    return bool(_LISTING_LABEL.fullmatch(line.strip()))


def _listing_label(blocks: list[Block], segment: set[str]) -> int | None:
    """The label heading a listing page, when at least LISTING_ITEMS blocks below it open with
    a full date of their own (a dateline or a date line per item), or the address ends in its
    words (the section's own page, "/media-room/news/"); else None. A story has one date line
    and its own slug, so a section label over one story stays a label."""
    for i, block in enumerate(blocks[:LOOK_AHEAD]):
        if len(block.lines) == 1 and listing_label(block.lines[0]):
            own = own_listing(segment, _slug_words(block.lines[0]))
            return i if own or dated_items(blocks[i + 1 : i + 60]) >= LISTING_ITEMS else None
    return teaser_listing(blocks[: LOOK_AHEAD * 4], headline_like)  # a feed of teasers


def dated_items(blocks: list[Block]) -> int:
    """How many blocks open with a full date of their own (within their first 30 characters)."""
    spans = (date_span(b.lines[0][:60]) if b.lines else None for b in blocks)
    return sum(1 for found in spans if found is not None and found[0] <= 30)


def _by_text_below(blocks: list[Block], candidates: list[int]) -> int | None:
    """The first candidate sharing MIN_SHARED words with the prose below it, else the one
    sharing most, else a headline-like first line."""
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
    if candidates[0] != 0:
        return None
    text = " ".join(line for b in blocks[1:] if _prose(b) for line in b.lines)
    return None if foreign_label(" ".join(blocks[0].lines), text) else 0  # not "Документ"
