"""Names in the headline of an item further down a page: a roundup's or a news list's story
("Transparency Unaccepted in Politics in Tessaly" over the paragraph that tells it).

A short title-case line is page furniture (``lines``): a link, a label, a related story. But a
heading line directly over a paragraph of the story it heads is that story's headline, and its
names are read as the page's own headline's are (``headline_actors.headline_actor``): a place
of the gazetteer not qualifying a title, a body of the gazetteer or one named by its head noun,
a person by a title or a cue before the full name. The lines over the page's first story (its
headline, a header line) are ``headline_actors``'s to judge; lines of a run of links after the
story (``LineMap.related``), credits and a heading over a link or a label stay furniture.
"""

from __future__ import annotations

import bisect
import re

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.headline_actors import headline_actor
from briefing_app.analysis.lines import HEADLINE_WORDS, LineMap, headline_like
from briefing_app.analysis.mentions import Mention
from briefing_app.model import Source

# how a paragraph's sentence ends: the story under a heading, not a link under a link
_SENTENCE_END = (".", "!", "?", "…", '."', ".”", ".’")
# a label over other stories' teasers after the page's own ("You May Also Like", "Related
# Stories", "More From Africa"): their headlines are links, not the page's items
_OTHER_STORIES = re.compile(
    r"\W*(?:related|more (?:from|on|stories|news)|you may also like|recommended|most (?:read|"
    r"popular)|trending|see also|read also|also read|other news)\b",
    re.IGNORECASE,
)


def item_headline_actor(
    src: Source, m: Mention, lines: LineMap, body: frozenset[str] | set[str]
) -> bool:
    """Whether ``m`` stands in a heading line directly over a paragraph of the story it heads,
    and names an actor there by the headline's rules."""
    line = lines.line_at(m.start)
    if line is None or lines.in_related(m.start) or lines.in_credit(m.start):
        return False
    if line[0] <= lines.story_start:
        return False  # the page's header lines, over the first story: ``headline_actors``
    text = src.text
    if lines.heading_at(m.start) is None and not headline_like(text[line[0] : line[1]]):
        return False  # a heading paragraph, or a title-case line without a final stop
    k = bisect.bisect_left(lines.lines, line) + 1
    if k >= len(lines.lines):
        return False
    below = text[lines.lines[k][0] : lines.lines[k][1]]
    last = k + 1 == len(lines.lines)  # a copy cut inside the item's paragraph
    if len(below.split()) <= HEADLINE_WORDS or not (below.endswith(_SENTENCE_END) or last):
        return False  # a link under a link, a label over a list: no story under it
    if any(
        _OTHER_STORIES.match(text, a, b) and len(text[a:b].split()) <= 6
        for a, b in lines.lines[: k - 1]
        if a > lines.story_start
    ):
        return False  # a teaser of another story under "You May Also Like"
    gaz = gazetteer()  # a story's state or province, as its headline names it ("in West Kelvo")
    return headline_actor(src, m, line, gaz, frozenset(body), gaz.subdivisions)
