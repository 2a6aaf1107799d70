"""A body's masthead taken for the headline: its acronym over its name.

Agencies and missions head every page with their acronym on one line and their name on the
next ("KWM" over "Kelvo Water Mission"); the text then defines the one as the other ("the Kelvo
Water Mission (KWM) was set up ..."). The name line is the masthead, never the page's headline:
the headline is the first one found under it. A headline that only names the body ("Kelvo
Water Mission extends its mandate") is not the name the text defines, and stays.
"""

from __future__ import annotations

import re

from briefing_app.ingest.draft import Block

_ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,9}")


def _line(block: Block) -> str:
    return " ".join(block.lines)


def masthead_name(blocks: list[Block], found: int) -> bool:
    """Block ``found`` is a body's name under its acronym (module doc): the acronym alone right
    above it (on the line before, in the same block or the one before), and the text below
    defining the acronym as that name ("Kelvo Water Mission (KWM)")."""
    if found < 0 or found >= len(blocks):
        return False
    lines = blocks[found].lines
    if len(lines) == 2 and _ACRONYM.fullmatch(lines[0].strip()):
        acronym, name = lines[0].strip(), lines[1].strip()
    elif len(lines) == 1 and found > 0 and _ACRONYM.fullmatch(_line(blocks[found - 1]).strip()):
        acronym, name = _line(blocks[found - 1]).strip(), lines[0].strip()
    else:
        return False
    if len(name.split()) < 2:
        return False
    below = "\n".join(_line(b) for b in blocks[found + 1 :])
    defined = rf"(?<![\w-]){re.escape(name)}\s*\(\s*{re.escape(acronym)}\s*\)"
    return re.search(defined, below, re.I) is not None
