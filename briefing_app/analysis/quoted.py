"""A lone quotation: a speaker's words no other source repeats, with no figure, no date and no
disaster striking in them.

In a briefing drawn from several sources, a direct quotation that tells nothing checkable
("“The soldiers of our task force are professionals, dedicated to serving our partners,” said
the colonel"; "“The agency takes safety seriously and complies with every rule,” said the
captain") scores well on names and shared words, yet states no fact another source confirms:
it takes a key point's place from a plain telling of what was done ("the ship arrived with 250
pallets of supplies"). Such a quotation is ranked a little lower. A quotation another source
states too (corroborated: a point the sources share), or one giving a figure or a date ("“The
flood has destroyed 4,000 homes,” said the minister") or telling a disaster striking, keeps its
rank, and so does every sentence of a single source read alone (a speech is all its speaker's
words).
"""

from __future__ import annotations

import re

from briefing_app.analysis.hazards import told

LONE_QUOTE = 0.15  # taken off the score of a lone quotation

_OPENS = re.compile(r"^\s*[\"“‘]")  # the sentence is the quotation ("“We will …,” said X.")
# a quotation and its speaker: "…,” said Ana Costa." / "…,” the minister said."
_SAID = re.compile(
    r"[,.!?][\"”’']\s+(?:[\w.’'-]+\s+){0,6}?(?:said|says|added|stated|told|noted)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\w-])\d")  # a figure or a date in it, not "COVID-19"


def bare_quote(text: str) -> bool:
    """A direct quotation giving no figure or date and telling no disaster striking."""
    if not (_OPENS.match(text) or _SAID.search(text)):
        return False
    return not _FIGURE.search(text) and not told(text)


def lone_quotes(sents: list, told_elsewhere: list[int]) -> list[float]:
    """What to take off each candidate's score (``keypoints.score``): ``LONE_QUOTE`` for a
    bare quotation no other source states, when the candidates come from several sources."""
    if len({s.source for s in sents}) < 2:
        return [0.0] * len(sents)
    return [
        LONE_QUOTE if k == 0 and bare_quote(s.text) else 0.0
        for s, k in zip(sents, told_elsewhere, strict=True)
    ]
