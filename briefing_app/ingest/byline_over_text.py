"""A by-line right above the text it signs, under a longer run of menus than the by-line rules'
first lines.

A site's header may hold menus, a staff profile and a licence line before the headline, and
push the by-line past the lines the by-line rules read. A line that is a by-line and nothing
else ("By Jane Roe, John Doe, and Ann Lee": the label and capitalised names, parted by commas
and "and") with a paragraph of prose right under it signs that text wherever it stands in the
page's head. A "By ..." line over a teaser in a related list further down is past the head
(SIGNED_LINES), and a line with more than names after "By" ("By the river, farmers wait") is
no by-line.
"""

from __future__ import annotations

import re

from briefing_app.model.text import ends_sentence

SIGNED_LINES = 24  # the page's head: a by-line further down belongs to another story
PROSE_WORDS = 12  # the text under it: a paragraph of this many words and a closing stop
_NAME = r"[A-Z][\w.’'-]+(?:\s+(?:de|da|van|von|der|bin|al|el|la|le)?\s*[A-Z][\w.’'-]+){1,3}"
_BY_NAMES = re.compile(rf"By:?\s+{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|\s*&\s*){_NAME})*")


def byline_over_text(lines: list[str]) -> int:
    """The number (from 1) of the first line within SIGNED_LINES that is a by-line alone
    (module doc) with a paragraph of prose right under it; -1 when none."""
    for at in range(min(SIGNED_LINES, len(lines) - 1)):
        if not _BY_NAMES.fullmatch(lines[at].strip()):
            continue
        below = lines[at + 1]
        if len(below.split()) >= PROSE_WORDS and ends_sentence(below):
            return at + 1
    return -1
