"""Lines the headline rules took for the headline that are a label over it: general rules.

- a body's name in two languages, "Name / Name" ("Vesiministeriö / Vattenministeriet"), as
  bilingual countries' ministries and agencies print their masthead;
- a body's name and the kind of document after a colon ("Water Select Committee: Press Notice",
  "Kelvo Water Board: Media Release"): the page's label, the headline stands under it;
- a site's tagline ("A blog about water in the Kelvo basin", ``masthead.tagline``);
- a site's label glued to the headline, the headline alone right under it ("NewsKelvo: Board
  cuts quotas" over "Kelvo: Board cuts quotas"): a scraper ran the label into the headline;
- a kicker: a topic's label of three words at most, in sentence case, over the headline ("Water
  reform process" over "Roe: quotas central to the basin's future"; "Water Quotas Program" is a
  name, the section's, and "Latest news" a listing's label over its first item), the headline
  right under it, much longer, sharing at least KICKER_SHARE times as many words with the text
  as the label does. A short headline over a stand-first keeps its place: a stand-first is a
  sentence with its stop;
- a body's name under its acronym, the text defining the one as the other (``title_masthead``);
- a first line sharing no word with the text (a skip link or a menu in the interface's
  language: "Léim ar aghaidh chuig an bpríomhábhar") over a bilingual title pair, "<title> -
  <title>", one half in English (its function words) and the other in none of them: the pair,
  the page's title in both its languages, is the title;
- a short tag (a country's or a topic's name: "Kelvo", "North Province") over a headline that
  names the kind of document and its day ("Mission Press Briefing, 21 Dec 2031"): the dated
  document's headline is the title, as "Water Council" over "Water Council, 3 April 2031" is.

Each moves the title from the label to the headline under it; a headline the page shows under
no such label stays. Near-misses the rules leave alone: "Kelvo / North Province: Mission
condemns attack" (a headline with a place tag), "Kelvo floods: a statement" (no name before
the colon), "Drought Hits Kelvo" over a dated briefing (a Title Case headline, not a tag).
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import headline_verb
from briefing_app.ingest.draft import Block
from briefing_app.ingest.title import (
    _KIND_ONLY,
    LOOK_AHEAD,
    _function_words,
    _prose,
    _stems,
    headline_like,
    listing_label,
    pick_title,
)
from briefing_app.ingest.title_masthead import masthead_name

NAME_WORDS = 6  # a body's name, in one language, is at most this long
TAG_WORDS = 3  # a country's or topic's tag over a headline
REACH = 3  # the headline stands within this many blocks under the label
KICKER_WORDS = 3  # a kicker's words at most
KICKER_SHARE = 3  # the headline under it shares this many times its words with the text
MIN_HEADLINE_WORDS = 6  # and is at least this long


def _line(block: Block) -> str:
    return " ".join(block.lines)


def _name(part: str) -> bool:
    """A name: one to NAME_WORDS words, no digit or punctuation of a sentence, every word of
    four letters or more capitalised."""
    words = part.split()
    return (
        1 <= len(words) <= NAME_WORDS
        and not re.search(r"[\d,;:|()?!/]", part)
        and all(w[:1].isupper() for w in words if len(w) >= 4)
    )


def bilingual_name(line: str) -> bool:
    """``line`` is a name written in two languages, "Name / Name"."""
    parts = line.split(" / ")
    return len(parts) == 2 and all(_name(p.strip()) for p in parts)


def kind_label(line: str) -> bool:
    """``line`` is a body's name, a colon and the kind of document ("... : Press Notice")."""
    name, colon, kind = line.partition(":")
    return bool(colon) and _name(name.strip()) and bool(_KIND_ONLY.fullmatch(kind.strip()))


# A site's tagline: an article or "your", up to three words, a kind of publication (the nouns
# sites and periodicals describe themselves by), then what it is about ("about", "of", "for"...).
_TAGLINE = re.compile(
    r"(?:an?|your|the)\s+(?:[\w’'-]+\s+){0,3}?(?:blog|weblog|site|website|magazine|newsletter|"
    r"journal|podcast|publication|digest|webzine)\s+(?:about|on|of|for|from|by|covering|"
    r"(?:dedicated|devoted)\s+to)\s+[^.!?]{2,80}",
    re.I,
)


def tagline(line: str) -> bool:
    """``line`` is a site's tagline ("A blog about water in the Kelvo basin")."""
    return bool(_TAGLINE.fullmatch(line))


def _glued_label(line: str, after: str) -> bool:
    """``after`` is ``line`` without a label run into its first word ("NewsKelvo: ..." over
    "Kelvo: ..."): a proper end of it of three words or more, glued to a letter before it."""
    if len(after.split()) < 3 or len(after) >= len(line) or not line.endswith(after):
        return False
    return line[-len(after) - 1].isalnum()


# The kind of document and its day after a comma ("Press Briefing, 21 Dec 2031").
_KIND_DATED = re.compile(
    r"\b(?:briefing|statement|update|bulletin|report|readout|release|remarks|meeting|session|"
    r"notice|communiqu[eé])s?,\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$",
    re.I,
)


def kind_dated_headline(line: str) -> bool:
    """A document's headline naming its kind, then its day after a comma ("Mission Press
    Briefing, 21 Dec 2031", "Council meeting, March 3, 2031"), a word at least before the kind."""
    match = _KIND_DATED.search(line)
    return bool(match) and bool(re.search(r"[^\W\d_]{2,}", line[: match.start()]))


def _tag_over_dated(line: str, after: str) -> bool:
    words = line.split()
    return (
        len(words) <= TAG_WORDS
        and _name(line)
        and not headline_verb(words)
        and kind_dated_headline(after)
    )


def _kicker(blocks: list[Block], found: int) -> bool:
    """Block ``found`` is a kicker over the headline in the next block (module doc)."""
    line, after = _line(blocks[found]), _line(blocks[found + 1])
    words = line.split()
    if (
        len(words) > KICKER_WORDS
        or re.search(r"[\d.,;:!?]", line)
        or len(blocks[found + 1].lines) > 1
        or all(w[:1].isupper() for w in words)  # a name (a program's, a section's), no topic
        or listing_label(line)  # "Latest news": a listing's label over its first item
    ):
        return False
    if len(after.split()) < max(MIN_HEADLINE_WORDS, 2 * len(words)) or not headline_like(after):
        return False
    text = _stems(" ".join(_line(b) for b in blocks[found + 2 :] if _prose(b)))
    shared = len(_stems(line) & text)
    return len(_stems(after) & text) >= KICKER_SHARE * max(shared, 1) + 1


def bilingual_title(line: str) -> bool:
    """``line`` is a title in two languages, "<title> - <title>" (module doc)."""
    parts = [p.split() for p in re.split(r"\s+[-–—/]\s+", line)]
    if len(parts) != 2 or any(len(p) < 2 for p in parts):
        return False
    function = _function_words()
    english = [sum(w.casefold() in function for w in p) for p in parts]
    return min(english) == 0 and max(english) >= 1


def _pair_under_stranger(blocks: list[Block], found: int) -> int | None:
    """The bilingual title pair under a first line that shares no word with the text."""
    if found != 0:
        return None
    pairs = (
        at
        for at in range(1, min(LOOK_AHEAD, len(blocks)))
        if len(blocks[at].lines) == 1
        and bilingual_title(line := _line(blocks[at]))
        and headline_like(line)
    )
    pair = next(pairs, None)
    # The text is read only when a pair stands there (most first lines are no stranger).
    if pair is None or _stems(_line(blocks[0])) & _stems(
        " ".join(_line(b) for b in blocks[1:] if _prose(b))
    ):
        return None
    return pair


def headline_under_label(blocks: list[Block], found: int | None) -> int | None:
    """The headline under the label ``found`` (module doc), ``found`` otherwise."""
    if found is None or found + 1 >= len(blocks):
        return found
    if _kicker(blocks, found):  # "Water reform process" over the headline
        return found + 1
    if (pair := _pair_under_stranger(blocks, found)) is not None:
        return pair  # a skip link in another language over "<title> - <title>"
    if masthead_name(blocks, found):  # "KWM" over "Kelvo Water Mission": the headline is below
        below = pick_title(blocks[found + 1 :])
        return found if below is None else found + 1 + below
    line, after = _line(blocks[found]), _line(blocks[found + 1])
    if _glued_label(line, after) or _tag_over_dated(line, after):
        return found + 1
    if not (bilingual_name(line) or kind_label(line) or tagline(line)):
        return found
    for at in range(found + 1, min(found + 1 + REACH, len(blocks))):
        below = _line(blocks[at])
        if len(blocks[at].lines) <= 3 and headline_like(below) and not kind_label(below):
            return at
    return found
