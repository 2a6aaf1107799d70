"""A line that is a piece of a longer line wrapped over several: a report cover's addressee
("Report to the Chairman, Subcommittee" / "on Water, Rivers, and" / "Lakes, Committee on"),
a sentence cut by a fixed-width copy. Such a piece is never a headline by itself. General
rules: this line or the next opens with a small word in lower case ("on", "and"), or this one
goes on from a line left open (ending with a comma, a conjunction or a preposition)."""

from __future__ import annotations

import re

from briefing_app.ingest.draft import Block
from briefing_app.model.dates import MONTH_NUMBERS

_MONTH_WORD = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))

# Words a line never ends with unless the next line goes on with it.
_OPEN_END = frozenset(
    {"a", "an", "the", "to", "of", "for", "at", "with", "from", "and", "or", "on"}
)


def _left_open(line: str) -> bool:
    words = line.split()
    return bool(words) and (line.endswith(",") or words[-1].casefold() in _OPEN_END)


def wrapped_piece(blocks: list[Block], i: int) -> bool:
    """Block ``i`` (one line) is a piece of a longer line wrapped over several blocks."""
    if len(blocks[i].lines) != 1:
        return False
    after = blocks[i + 1].lines[0] if i + 1 < len(blocks) and blocks[i + 1].lines else ""
    before = blocks[i - 1].lines[-1] if i > 0 and blocks[i - 1].lines else ""
    return _lower(blocks[i].lines[0]) or _lower(after) or _left_open(before)


def _lower(line: str) -> bool:
    """The line opens with a small word in lower case that goes on from the line before ("on
    State, ...", "and Lakes"); not a word of its own ("usa image", "sixty", "iPhone")."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return first in _OPEN_END or first in ("on", "in", "by")


# A month and year, then a label of one or two words in capitals: a report cover's date and
# series ("September 2031 WATER RESOURCES"), not a headline.
_DATED_LABEL = re.compile(
    rf"(?:{_MONTH_WORD})\.?\s+(?:1[6-9]|20)\d\d\s+[A-Z][A-Z&-]+(?:\s+[A-Z][A-Z&-]+)?", re.I
)


def dated_label(line: str) -> bool:
    """A report cover's month, year and series label in capitals on one line."""
    match = _DATED_LABEL.fullmatch(line.strip())
    return bool(match) and line.split()[-1].isupper()
