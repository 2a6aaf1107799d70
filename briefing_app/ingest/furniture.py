"""Page furniture recognised by its shape, not by its words: label lists, teaser headlines and
the short lines a page ends with (related links, share widgets, comment forms, "ENDS").

These rules complement the phrase and pattern lists of ``resources/cruft/``: an unseen page has
furniture no list names, but it still looks like furniture. A line is never dropped by shape
when it is a real sentence of some length.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline_over_text import byline_over_text
from briefing_app.ingest.dates import dateline_date
from briefing_app.ingest.draft import BODY, HEADING, ROW, Block
from briefing_app.ingest.tail_stamps import has_comments, stamp_date
from briefing_app.ingest.told_dates import listed_item
from briefing_app.model.text import announces_list, ends_sentence

# Separators between the items of a label list: "A | B", "A, B", "A • B", "A / B", "A · B".
_ITEM_SEPARATOR = re.compile(r"\s*(?:[|•·/;,]|\s[–—-]\s)\s*")
_WORD = re.compile(r"[^\W\d_][\w’'.&-]*")
_LIST_MARK = re.compile(r"[|•·/;]")
_CRUMB_SEPARATORS = (" > ", " › ", " » ", " : ", " / ", " >> ")
_CLAUSE = re.compile(r",\s+[^\W\d_]*[a-z]")  # a comma, then a word with a lower-case letter
# Words a title-case headline leaves in lower case.
_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of"}
    | {"on", "or", "over", "per", "the", "to", "up", "via", "vs", "with"}
)
TAIL_WORDS = 8  # a short line at the bottom of a page: at most this many words
PROSE_WORDS = 15  # a paragraph of prose has at least this many words
TEASER_WORDS = 20  # a teaser headline under a related-links label: at most this many words
_BULLET = re.compile(r"[-–•*·▪►]\s")  # a list item's bullet at the start of a line


def capitalised_share(line: str) -> float:
    """The share of a line's words, minor words aside, that start with a capital letter."""
    words = [w for w in _WORD.findall(line) if w.casefold() not in _MINOR]
    if not words:
        return 0.0
    return sum(1 for w in words if w[:1].isupper()) / len(words)


# A link's label in square brackets, one bracketed citation inside it at most ("[Help]", "[Buy
# ICLR report: [2031] 1 WLR 22]"), as legal databases and old portals print their menus.
_BRACKETED_LABEL = re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*\]")
BRACKETED_LABELS = 3  # a menu of bracketed links has at least this many
OUTSIDE_WORDS = 2  # and at most this many words outside them (the site's name: "KELVOLII")


def _bracketed_menu(line: str) -> bool:
    """A line of bracketed link labels ("KELVOLII [Home] [Databases] [Help] [Feedback]")."""
    labels = _BRACKETED_LABEL.findall(line)
    if len(labels) < BRACKETED_LABELS or any(len(x.split()) > 8 for x in labels):
        return False
    return len(_BRACKETED_LABEL.sub(" ", line).split()) <= OUTSIDE_WORDS


def is_label_list(line: str) -> bool:
    """A list of short capitalised labels ("News | Africa , UN , Health"), not prose.

    At least three items, each of one to four words that all start with a capital letter or a
    digit (no "and", no verb in lower case), and no closing punctuation: tag lines, section
    labels, topic lists. Commas alone do not make a list: a headline may read "Talks, Kabul".
    A menu of bracketed links ("[Home] [Databases] [Help]") is one too.
    """
    if _bracketed_menu(line):
        return True
    if ends_sentence(line) or not _LIST_MARK.search(line):
        return False
    items = [i for i in _ITEM_SEPARATOR.split(line) if i.strip()]
    if len(items) < 3:
        return False
    for item in items:
        words = item.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return False
    return True


def is_breadcrumb(line: str) -> bool:
    """A trail of page sections ("News › World › Africa", "Media : News : Article View")."""
    if ends_sentence(line):
        return False
    for separator in _CRUMB_SEPARATORS:
        items = [i.strip() for i in line.split(separator)]
        if len(items) >= 3 and all(0 < len(i.split()) <= 6 for i in items[:-1]):
            return all(i[:1].isupper() or i[:1].isdigit() for i in items if i)
    return False


def is_headline_teaser(line: str) -> bool:
    """A title-case headline (a related story's link), not a sentence of the article."""
    words = line.split()
    if not 3 <= len(words) <= TEASER_WORDS or line.endswith("."):
        return False
    return capitalised_share(line) >= 0.75


def _tail_line(line: str) -> bool:
    """A line a page may end on after its article: short and no sentence, or a teaser.

    A clause after a comma ("In May 2024, the council") is prose, kept even when cut short.
    """
    words = line.split()
    if _CLAUSE.search(line) and not is_label_list(line):
        return False
    if len(words) <= 4:
        return True
    if len(words) <= TAIL_WORDS and not ends_sentence(line):
        return True
    if len(words) <= TAIL_WORDS and capitalised_share(line) == 1.0:
        return True  # a name line ("Example.Press & Co. Ltd."): no sentence has no verb
    return is_headline_teaser(line)


# A credit in brackets inside a caption: "(Photo by Jane Doe)", "(Air Force photo by Sgt. A
# B)", "(Image courtesy of X)", "(Photo: X/Agency)".
_INLINE_CREDIT = re.compile(
    r"\s*\((?:[^()]{0,60}\s)?(?:photo(?:graph)?|video|graphic|illustration|image|picture)s?"
    r"(?:\s+(?:by|courtesy(?:\s+of)?)\s+|\s*(?:credit)?\s*:\s*)[^()]{1,80}\)",
    re.I,
)


def strip_inline_credits(line: str) -> str:
    """A line without the photo credits in brackets it carries (a caption's "(Photo by X)")."""
    return _INLINE_CREDIT.sub("", line).strip()


# Headings of the lists a page closes with: its sources, references, links to other pages.
_CLOSING = re.compile(
    r"(?:sources?|references|external\s+links|see\s+also|further\s+reading|sister\s+links|"
    r"related\s+(?:news|articles|stories|links|coverage|content|posts|reading|items)|"
    r"more\s+(?:news|stories)|"
    r"read\s+(?:more|also|next)|you\s+may\s+also\s+like|most\s+(?:read|popular|viewed))\s*:?",
    re.I,
)
# The same, for the link lists inside a page (not its sources: those close it).
_RELATED = re.compile(
    r"(?:[•›»>|-]\s*)?(?:see\s+also|related(?:\s+(?:news|articles|stories|links|coverage|content|"
    r"posts|reading|items))?|"
    r"more\s+(?:news|stories|on\s+this(?:\s+story)?)|read\s+(?:more|also|next)|also\s+read|"
    r"you\s+may\s+also\s+like|most\s+(?:read|popular|viewed)|recommended(?:\s+for\s+you)?|"
    r"(?:next|more)\s+(?:in|from)\s+[\w ]{1,30})\s*:?",
    re.I,
)
CITATION_WORDS = 40  # a line of a closing list (a citation, a link) has at most this many words


def _drop_closing_lists(blocks: list[Block], *, web: bool) -> list[Block]:
    """Drop a closing list: its heading ("Sources", "Related stories") and the short lines
    after it to the end of the page, when nothing after it is a paragraph of prose.

    In a document with styled headings (``web=False``: Word, Markdown) a styled heading is the
    author's section, kept with what it holds.
    """
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        text = " ".join(block.lines)
        if block.kind == ROW or len(text.split()) > CITATION_WORDS:
            return blocks  # prose (or a table) below: no closing list here
        if block.kind == HEADING and not web:
            return blocks
        if _CLOSING.fullmatch(text.strip()) and i > 0:
            return blocks[:i]
    return blocks


def trim_tail(blocks: list[Block], web: bool = True, thread: bool = False) -> list[Block]:
    """Drop the furniture lines a page ends with: related links and their by-lines, share and
    comment widgets, "ENDS" markers, a site's footer name. Tables and sentences stop it.

    A text with no paragraph of prose left after trimming (a short note) is kept whole. In a
    document with styled headings (``web=False``) a heading stops the trimming: an empty last
    section is the author's, not the page's. ``thread``: the page showed a comment thread
    before cleaning dropped its marks ("2 comments"): no stamp of the tail stays.
    """
    out = _drop_closing_lists(list(blocks), web=web)
    # A block is judged whole: the short last line of a wrapped paragraph is not furniture.
    stops = (ROW,) if web else (ROW, HEADING)
    announced = _announced_list(out, stops)
    stamps = not (thread or has_comments([line for b in out for line in b.lines]))
    dated: list[Block] = []  # the dates of lines among the furniture stay (``tail_stamps``)
    while out and out[-1].kind not in stops and _tail_line(" ".join(out[-1].lines)):
        if listed_item(out, out[-1]) or announced >= 0:
            break  # a listing's last item, cut short, or a list the text announced: items
        block = out.pop()
        if stamps and (date := stamp_date(" ".join(block.lines))):
            dated.insert(0, Block([date], BODY))
    out += dated
    prose = any(len(" ".join(b.lines).split()) >= PROSE_WORDS for b in out if b.kind != ROW)
    return out if prose else blocks  # short lines only: nothing to tell furniture from


def _announced_list(blocks: list[Block], stops: tuple[str, ...]) -> int:
    """The index of the last block, a sentence ending with a colon ("Membership of the
    Committee is as follows:"), whose list of short lines runs to the end of the page; -1
    when there is none. Its lines are the list's items (names, members), not furniture."""
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if block.kind in stops:
            return -1
        if block.lines and announces_list(block.lines[-1]):
            return i if i < len(blocks) - 1 else -1
        if not _tail_line(" ".join(block.lines)):
            return -1
    return -1


def is_related_heading(line: str) -> bool:
    """The label of a list of links to other stories ("Related stories", "Read also:")."""
    return bool(_RELATED.fullmatch(line.strip()))


STORY = "story"  # past a related list, another story's text: all of it goes


def still_links(state: bool | str, line: str, above: list[Block], lines: list[str]) -> bool | str:
    """Whether ``line`` is still inside a list of links to other stories (``state``: False
    outside, True inside, STORY past one). A paragraph that opens with a dateline there
    ("RUVIA, March 3, 2031 (RUVIA WIRE) – ...") starts another story, and that story and all
    after it are not the page's text, when the page's own text told something above the list
    (a paragraph of prose in ``above`` or ``lines``, the text kept so far) and never named the
    dateline's place: a box of links above the article or inside it is followed by the
    article's own paragraph, whatever it opens with."""
    if state == STORY or not state:
        return state
    if is_link_line(line):
        return True
    if not dateline_date(line):
        return False
    told = [x for b in above if b.kind != ROW for x in b.lines] + lines
    if not any(len(x.split()) >= PROSE_LINE_WORDS and ends_sentence(x) for x in told):
        return False
    place = line.split(",")[0].strip().casefold()
    return False if place and place in " ".join(told).casefold() else STORY


PROSE_LINE_WORDS = 12  # a paragraph of the article: this many words and a closing stop


def first_prose(lines: list[str]) -> int:
    """The number (from 1) of the first line that is a paragraph of prose (PROSE_LINE_WORDS
    words or more, ending a sentence), or a number past the page when none is."""
    for number, line in enumerate(lines, 1):
        if len(line.split()) >= PROSE_LINE_WORDS and ends_sentence(line):
            return number
    return len(lines) + 1


def page_head(lines: list[str]) -> tuple[int, int]:
    """The page's first line of prose (``first_prose``) and a by-line right above the text it
    signs (``byline_over_text``: -1 when none), both numbered from 1."""
    return first_prose(lines), byline_over_text(lines)


def article_lines(lines: list[str]) -> int:
    """How many of a page's lines are its article: those above a related list's label in the
    page's second half or under its first paragraph of prose (an unrelated story's start may
    follow it), else all of them."""
    prose = first_prose(lines)
    for at, line in enumerate(lines):
        if (at >= len(lines) / 2 or at >= prose) and is_related_heading(line):
            return at
    return len(lines)


def is_link_line(line: str) -> bool:
    """A line of such a list: a teaser headline, a short line (its date, its by-line), or a
    bulleted item that is no sentence (a sentence-case headline: "- Palace under attack")."""
    words = line.split()
    return (
        len(words) <= 4
        or is_headline_teaser(line)
        or (
            _BULLET.match(line) is not None
            and len(words) <= CITATION_WORDS
            and not ends_sentence(line)
        )
        or (len(words) <= TAIL_WORDS and not ends_sentence(line) and capitalised_share(line) >= 0.5)
    )


TEASER_WORDS = 20  # a teaser cut off with an ellipsis holds this many words of prose
_SENTENCE_BREAK = re.compile(r"[a-z\d)’”\"'][.!?][’”\"']?\s+[A-Z“\"‘]")
# a related item's label ("Previous post: ...", "Read more: ...") or a promo speaking to the
# reader in its first sentence ("Get our newsletter. Every morning ..."): a teaser of another page
_TEASER_LABEL = re.compile(r"^(?:\S+\s+){0,2}\S+:\s")
_TO_READER = re.compile(r"\b(?:you|your|our|us)\b", re.I)


def cut_teaser(text: str) -> bool:
    """A teaser of story text cut off with an ellipsis ("... Among them is Jane Roe, who
    ran in 2029. Interviewed are ..."): a run of prose, not a breadcrumb's headline cut short
    ("Home › News › Minister Opens Ne..."). It holds TEASER_WORDS words or more and at least one
    whole sentence before the cut."""
    text = text.strip()
    cut = text.endswith(("...", "…", "[…]", "[...]"))
    first = _SENTENCE_BREAK.search(text)
    if not cut or len(text.split()) < TEASER_WORDS or not first:
        return False
    return not _TEASER_LABEL.match(text) and not _TO_READER.search(text[: first.start() + 1])
