"""The headline a page's breadcrumb trail ends on, when the line taken for it stands higher.

A trail of the page's sections ("You are here: Kelvo Law >> Databases >> High Court >> Roe v
Kelvo Water Board [2031] KVHC 4 (9 May 2031)") ends on the page itself, and where its last
crumb is a headline (four words or more, headline-like), that is the page's title. It wins only
over a line standing at or above the trail: a headline never sits above its own breadcrumb,
but a donation appeal, a line of navigation labels or a site's banner may ("Kelvo Law is
celebrating 24 years! Would you consider making a contribution?"). A headline found below
the trail stays, as does one above it holding most of the crumb's words: the crumb may
shorten it.
"""

from __future__ import annotations

import re

from briefing_app.ingest.draft import Block
from briefing_app.ingest.title import LOOK_AHEAD, _stems, headline_like

MIN_WORDS = 4  # a last crumb this long names a page, not a section ("Databases", "News")
SAME_SHARE = 0.6  # a title holding this share of the crumb's words is the same headline
SECTION_WORDS = 6  # a section's crumb runs to at most this many words

_LABEL = re.compile(r"(?:you\s+are\s+here|you're\s+here|location|breadcrumbs?)\s*:\s*", re.I)
_SEPARATOR = re.compile(r"\s(?:>>|>|›|»)\s")


def _crumbs(line: str) -> list[str]:
    """The trail's items, or [] when ``line`` is no trail (three items at least, the ones
    before the last short and capitalised)."""
    items = [i.strip() for i in _SEPARATOR.split(_LABEL.sub("", line.strip(), count=1))]
    if len(items) < 3 or not all(items):
        return []
    for item in items[:-1]:
        if len(item.split()) > SECTION_WORDS or not (item[:1].isupper() or item[:1].isdigit()):
            return []
    return items


def crumb_title(blocks: list[Block]) -> tuple[str, frozenset[str]]:
    """The headline the first breadcrumb trail among the first blocks ends on, and the lines
    at or above the trail (which that headline outranks); ("", empty) when there is none."""
    for i, block in enumerate(blocks[:LOOK_AHEAD]):
        items = _crumbs(" ".join(block.lines))
        if not items:
            continue
        last = items[-1]
        if len(last.split()) < MIN_WORDS or not headline_like(last):
            return "", frozenset()
        return last, frozenset(" ".join(b.lines) for b in blocks[: i + 1])
    return "", frozenset()


def under_crumb(title: str, crumb: tuple[str, frozenset[str]]) -> str:
    """``title``, or the trail's headline when ``title`` is a line at or above the trail (or
    there is no title at all)."""
    last, above = crumb
    if not last or (title and title not in above):
        return title
    words = _stems(last)
    if title and len(words & _stems(title)) >= SAME_SHARE * len(words):
        return title  # the headline above its trail, the crumb its shortened form: it stays
    return last
