"""What is never a key point, whatever its words: the page's furniture in sentence shape.

The source's title again, a wire photo caption, a sentence with a credit cue inside, a piece
of a sentence cut inside brackets, a question (an interviewer's, a rhetorical one: it asks,
it states no fact). (Lines that are headings, links, bylines, "Read also" and
table rows never reach the candidates: ``lines`` and the source's tables keep them out.)
"""

from __future__ import annotations

import bisect
import re

from briefing_app.model.dates import MONTHS


def question(text: str) -> bool:
    """True for a sentence that asks ("What help has arrived from Orsk?"), a closing quote
    or bracket after its question mark included."""
    return text.rstrip("\"”’')] ").endswith("?")


def is_title(text: str, title: str) -> bool:
    from rapidfuzz import fuzz

    return bool(title) and fuzz.ratio(text.lower(), title.lower()) >= 90


# A wire photo caption is a line of its own that ends with the place and the full date the
# picture was taken: "… attend a meeting in Moscow, Russia, March 20, 2023."
_MONTH_NAME = "|".join(m[:3] + r"[a-z]*" for m in MONTHS)
_CAPTION_END = re.compile(rf",\s+(?:{_MONTH_NAME})\.?\s+\d{{1,2}},\s+\d{{4}}\.?$")


_ENUMERATOR = re.compile(r"(?:^|\s)[\w.]{1,3}[)\]]$")  # "a)", "2)", "iv)" open list items


def unbalanced(text: str) -> bool:
    """A piece of a sentence cut in the wrong place: a bracket closes before any opens
    ("Development], the State Department and…"); a list item's "a)" is no such bracket."""
    for opening, closing in ("()", "[]"):
        close = text.find(closing)
        if close == -1 or 0 <= text.find(opening) < close:
            continue
        if not _ENUMERATOR.search(text, 0, close + 1):
            return True
    return False


def caption(lines, s: int, e: int, text: str) -> bool:
    """True for a one-sentence line in the shape of a photo caption."""
    line = lines.line_at(s)
    return line is not None and line == (s, e) and bool(_CAPTION_END.search(text))


def credited(lines, s: int, e: int) -> bool:
    """True when a credit or caption cue sits inside the sentence ("Photo: ...")."""
    k = bisect.bisect_right(lines.credits, (e, e)) - 1
    return k >= 0 and lines.credits[k][1] > s
