"""Headlines the headline-like test turned down while a weaker line won: general rules.

- A long headline (past thirty words, as meetings coverage and wire headlines run: "Council
  Extends Mission ..., Orders Review ..., as ...") with no stop closing it, next to the page's
  date line (right above or right under it), written in Title Case or sharing words with the
  text; it wins over a label or a name found above it ("Meetings Coverage and Press Releases")
  or when no line was found. Under a Title Case line the text takes up ("Board Cuts Quotas"), a
  Title Case one only: a lead paragraph left without its stop is no headline.
- A headline written as one sentence with its stop ("Board cuts water quotas for four
  provinces.") right under a body's or a site's name found as the headline ("KELVO WATER BOARD",
  "The Kelvo Basin Water Ledger") and right over the page's date line: the name is the masthead.
- An archive's item: a series' label ("Transcripts from the Prime Ministers of Kelvo", "Speeches
  by the Minister": a plural kind of document heading a phrase names a collection) over a run
  of fields ("Release Date:", "Location:" and their values); the item's headline is the line
  right after the fields' last value.
"""

from __future__ import annotations

import re

from briefing_app.ingest.draft import Block, Draft
from briefing_app.ingest.title import _TWO_SENTENCES, LOOK_AHEAD, _prose, _stems, headline_like
from briefing_app.ingest.title_fallback import MAX_WORDS, MIN_BACK, _sentence_headline
from briefing_app.ingest.title_labels import _name

LONG_WORDS = 30  # headline_like's limit: a longer headline needs this module's evidence
TITLE_CASE = 0.8  # share of its words of four letters or more a Title Case line capitalises


def _line(block: Block) -> str:
    return " ".join(block.lines)


def _back(blocks: list[Block], i: int) -> int:
    """Content words of block ``i`` that come back in the prose below it."""
    below = " ".join(_line(b) for b in blocks[i + 1 :] if _prose(b))
    return len(_stems(_line(blocks[i])) & _stems(below))


def _name_line(line: str) -> bool:
    """A body's or site's name, in capitals too ("KELVO WATER BOARD")."""
    return _name(line.title() if line.isupper() else line)


def _title_case(line: str) -> bool:
    long = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and sum(w[:1].isupper() for w in long) >= TITLE_CASE * len(long)


def _long_headline(
    blocks: list[Block], start: int, dated_at: int, title_case: bool, under_date: bool
) -> int | None:
    """The first long headline from block ``start`` (module doc); in Title Case only when
    ``title_case`` (a name found above it that the text takes up: it may be a headline too);
    under the date line in Title Case, or any when ``under_date`` (nothing found above): a
    headline's deck stands under the date in sentence case."""
    for i in range(start, min(LOOK_AHEAD, len(blocks))):
        line = _line(blocks[i])
        words = len(line.split())
        if len(blocks[i].lines) > 3 or not LONG_WORDS < words <= MAX_WORDS:
            continue
        if line.rstrip("”’\"')").endswith((".", ":", ";", ",")) or not line[:1].isupper():
            continue
        near = (i, i + 1) if under_date or _title_case(line) else (i + 1,)
        if _TWO_SENTENCES.search(line) or dated_at not in near:
            continue
        if title_case and not _title_case(line):
            continue
        if _back(blocks, i) >= MIN_BACK or (_title_case(line) and _back(blocks, i) >= 1):
            return i
    return None


def rescued_headline(blocks: list[Block], found: int | None, dated_at: int) -> int | None:
    """The headline under a weaker line ``found`` (module doc), ``found`` otherwise."""
    if dated_at < 0:
        return found
    line = _line(blocks[found]) if found is not None else ""
    start = 0 if found is None else found + 1
    near = range(max(start, dated_at - 1), min(dated_at + 1, LOOK_AHEAD, len(blocks)))
    if not any(LONG_WORDS < len(_line(blocks[i]).split()) <= MAX_WORDS for i in near):
        weak = False  # no long line next to the date: the text is not read (a long document)
    else:
        weak = found is None or _back(blocks, found) < 2  # a label the text does not take up
    if weak or _name_line(line):
        long = _long_headline(blocks, start, dated_at, not weak, found is None)
        if long is not None:
            return long
    under_name = found is not None and found <= 1 and _name_line(line) and dated_at == found + 2
    return found + 1 if under_name and _sentence_headline(blocks[found + 1 :]) == 0 else found


# A collection's label: a plural kind of document (and another) heading a phrase with "from",
# "by" or "of" and a name ("Transcripts from the Prime Ministers ...", "Speeches and statements
# by the Minister"); "Remarks by ..." is one item's headline, not counted.
_SERIES = re.compile(
    r"(?:transcripts|speeches|statements|(?:press|media|news)\s+releases|interviews|briefings|"
    r"publications|documents)(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:from|by|of)\s+(?:the\s+)?[A-Z].*",
    re.I,
)
_FIELD = re.compile(r"[A-Z][\w ]{1,30}:")  # a field's label alone: "Release Date:", "Location:"
_FIELD_INLINE = re.compile(r"[A-Z][\w ]{1,30}:\s+[^:]{1,40}")  # "Type: Speech", a short value
FIELD_REACH = 20  # the fields stand among the page's first blocks
MIN_FIELDS = 2


def _field(line: str) -> bool:
    return bool(_FIELD.fullmatch(line) or _FIELD_INLINE.fullmatch(line)) and len(line.split()) <= 6


def headline_after_fields(draft: Draft, found: int | None) -> int | None:
    """The item's headline after an archive's fields under a series' label ``found`` (module
    doc), moved up right under the label with the fields under it (they stay the item's text,
    as they did under the label taken for the headline); ``found`` otherwise."""
    blocks = draft.blocks
    series = [i for i in (found, (found or 0) + 1) if i is not None and i < len(blocks)]
    if found is None or not any(_SERIES.fullmatch(_line(blocks[i])) for i in series):
        return found  # the label found, or the one under the site's name ("PM Transcripts")
    labels = [
        i
        for i in range(found + 1, min(FIELD_REACH, len(blocks)))
        if len(blocks[i].lines) == 1 and _field(_line(blocks[i]))
    ]
    run = labels[:1]
    for i in labels[1:]:
        if i - run[-1] > 2:
            break  # past the fields: a speaker's label in a transcript ("PRESIDENT ROE:")
        run.append(i)
    if len(run) < MIN_FIELDS:
        return found
    # past the last field's value, on the label's line ("Type: Speech") or under it
    at = run[-1] + (2 if _FIELD.fullmatch(_line(blocks[run[-1]])) else 1)
    if at >= len(blocks) or len(blocks[at].lines) > 3 or not headline_like(_line(blocks[at])):
        return found
    if _back(blocks, at) < 1:
        return found
    draft.blocks = [*blocks[: found + 1], blocks[at], *blocks[found + 1 : at], *blocks[at + 1 :]]
    return found + 1
