"""A speech's speaker, named on a line of the page's header: its author.

A speech or a transcript page puts the speaker on a line of its own, under the headline or in
place of one: "Speech by Jane Roe, Minister of Water, at the Kelvo forum, 3 May 2031" (a comma after
the name opens the speaker's office),
"Keynote speech by Ms Jane Roe, President of the Kelvo Bank, at ...", "Opening remarks by Jane
Roe", "Delivered by Jane Roe". The speaker is the page's author as a by-line would name her. A
body ("Statement by the Ministry of Water") or a role alone ("Remarks by the Spokesperson") is
no author; a line past the start of the text (a quoted "speech by the minister") is not read.

The line right above the speaker's is the speech's headline when it reads as one: it outranks
a line standing higher (a site's slogan: "Committed to connecting the world") or the speaker's
line itself, which a page without a headline above it may leave as its title.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing_app.ingest.byline import author_in_title, strip_role
from briefing_app.ingest.draft import HEADING, Block
from briefing_app.ingest.outlet import head_words
from briefing_app.ingest.title import headline_like, listing_label

LOOK_AHEAD = 12  # the speaker's line stands among the header's first blocks
PROSE_WORDS = 14  # a block this long ending a sentence is the text: the header is over

# The line's opening: a speech's kind ("Opening remarks", "Keynote speech", "Address"), then
# "by" (or "delivered by"); or "Delivered by" alone. The name runs to a comma, the line's end
# or a word starting the occasion ("at", "to", "on", "before").
_SPEAKER = re.compile(
    r"(?:(?:(?:Keynote|Opening|Closing|Introductory|Concluding|Welcome|Welcoming|Inaugural|"
    r"Special|Video|Virtual|Recorded)\s+)?(?:speech|remarks?|statement|address|lecture|"
    r"message|intervention)\s+(?:as\s+)?(?:delivered\s+)?by|(?:As\s+)?Delivered\s+by)\s+"
    r"(?P<who>(?-i:[A-Z])[^,;:()]{1,60}?)\s*(?:(?P<comma>,)|[;:(]|\s(?:at|to|on|before|for|"
    r"during|in)\s|$)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")


def _body(name: str) -> bool:
    """A body's name, not a person's: an organisation's head word in it ("Kelvo Water Board",
    "European Commission"), or an acronym beside other words ("UN Women")."""
    words = name.split()
    heads = head_words()
    acronyms = [w for w in words if len(w) >= 2 and w.isupper()]
    return any(w.casefold() in heads for w in words) or 0 < len(acronyms) < len(words)


class Speaker(NamedTuple):
    """What a speaker's line tells: the person, the headline right above the line ("" when
    none), and the lines at or above the speaker's line."""

    author: str = ""
    headline: str = ""
    above: frozenset[str] = frozenset()
    over_headline: str = ""  # the line right over that headline (a headline over its deck)


def _speaker_at(blocks: list[Block]) -> tuple[int, str]:
    """Where the first speaker's line stands among the first blocks and whom it names
    ((-1, "") when no line before the text is one)."""
    for i, block in enumerate(blocks[:LOOK_AHEAD]):
        line = " ".join(block.lines).strip()
        # The speaker's office may stand on the next line of the block ("Opening remarks by
        # Jane Roe" / "Minister of Water"): the first line alone is read first.
        match = _SPEAKER.match(block.lines[0].strip()) if block.lines else None
        match = match or _SPEAKER.match(line)
        if match:
            if match.group("comma") and not strip_role(line[match.end() :].strip())[1]:
                return i, ""  # "Speech by An Taoiseach, Tuesday 14 May": an office, a date
            # Checked as a statement's headline naming its author is ("Remarks by Ms Jane
            # Roe": "Jane Roe"; "Remarks by the Ministry": none), and no body's name.
            who = author_in_title(f"Remarks by {match.group('who').strip()}")
            return i, "" if _body(who) else who
        words = line.split()
        if block.kind != HEADING and len(words) >= PROSE_WORDS and _SENTENCE_END.search(line):
            break  # the text has begun
    return -1, ""


def speaker_in_header(blocks: list[Block]) -> Speaker:
    """The speaker's line among the first blocks, read (module doc); empty when none."""
    at, author = _speaker_at(blocks)
    if at < 0:
        return Speaker()
    above = " ".join(blocks[at - 1].lines).strip() if at else ""
    headline = above if headline_like(above) and not listing_label(above) else ""
    over = " ".join(blocks[at - 2].lines).strip() if at > 1 else ""
    return Speaker(author, headline, frozenset(" ".join(b.lines) for b in blocks[: at + 1]), over)


def over_speaker(title: str, speaker: Speaker) -> str:
    """``title``, or the headline right above the speaker's line when ``title`` is that line
    or a line above it (a site's slogan, a menu): a speech's page gives its title, then who
    delivered it ("Frankfurt and Europe in a new decade" / "Speech by Jane Roe, ...")."""
    if not speaker.headline or (title and title not in speaker.above):
        return title
    if title and title == speaker.over_headline:
        return title  # "Headline" / "its deck" / "Speech by Jane Roe": the headline stays
    return speaker.headline
