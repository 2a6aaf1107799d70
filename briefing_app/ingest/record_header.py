"""A document database's record page: the database's own header above the record's fields.

A database of documents prints each record under its own header (its name, its project
leader, the institutes behind it) and then the record's fields with their names in square
brackets ("[Title] ...", "[Date] ...", "[Source] ..."). The header is the database's, not the
record's text: its names are no actors of the document, and its first line is no headline.
The fields themselves are read as metadata (``resources/cruft/metadata.toml``).
"""

from __future__ import annotations

import re

from briefing_app.ingest.draft import Draft

_FIELD = re.compile(r"\[\s*(?:title|date|source|published|issued\s+by|publisher)\s*\]\s*\S", re.I)
HEADER_LINES = 8  # the record's first field sits among the page's first lines
_STOP = re.compile(r"[.!?][”’\"']?\s*$")  # a sentence's stop (a bracket closing a header is none)


def drop_record_header(draft: Draft) -> None:
    """Empty the lines above the record's first bracketed field, in place, when the page has
    one among its first lines and no sentence stands above it (module doc)."""
    seen: list[tuple[int, int]] = []
    for b, block in enumerate(draft.blocks):
        for i, line in enumerate(block.lines):
            if not line.strip():
                continue
            if _FIELD.match(line.strip()):
                if seen and not any(_STOP.search(draft.blocks[x].lines[y]) for x, y in seen):
                    for x, y in seen:
                        draft.blocks[x].lines[y] = ""  # an empty line: read as none
                return
            seen.append((b, i))
            if len(seen) >= HEADER_LINES:
                return
