"""The speaker a headline names: "Statement on Afghanistan by Sima Bahous", "Briefing by the UN
Special Envoy for Yemen, Hans Grundberg, to the Security Council". The whole page is that
person's words, so the name is an actor even when only the headline writes it in full."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, gazetteer
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    overlaps_taken,
    taken_spans,
    title_before,
)
from briefing_app.model import Source

# A line that opens on words said (a briefing, remarks, a statement), then "by" the speaker.
_SAID_BY = re.compile(
    r"(?im)^[^\n]{0,40}?\b(?:briefing|remarks|statement|speech|address|testimony|keynote)"
    r"\b[^\n]{0,60}?\bby (?:the )?"
)
# A run of capitalised words (initials allowed): a title and a name, or a body.
_RUN = re.compile(r"(?:(?:[A-Z][\w’'-]+|[A-Z]\.) )*[A-Z][\w’'-]+")
# What may follow the speaker's name on the headline line.
_AFTER = re.compile(r"(?:$|,|:| (?:on|at|to|during|before|ahead|in|for)\b)", re.MULTILINE)

# What may come right before a speaker's name written without a title.
_OPENS = re.compile(r"(?:\bby (?:the )?|, )$")


@lru_cache(maxsize=512)
def speaker_spans(text: str) -> frozenset[tuple[int, int]]:
    """(start, end) of each speaker's full name on a line of words said "by" someone."""
    gaz = gazetteer()
    spans = set()
    for line in _SAID_BY.finditer(text):
        stop = text.find("\n", line.end())
        stop = len(text) if stop == -1 else stop
        for run in _RUN.finditer(text, line.end(), stop):
            if not _AFTER.match(text, run.end()):
                continue
            m = clean_mention(text, 0, run.start(), run.end(), "PERSON", gaz)
            if m is None or not (m.start > run.start() or _OPENS.search(text, 0, run.start())):
                continue  # no title, no "by" nor comma before it: "... of Foreign Affairs"
            if _a_full_name(m.text, gaz):
                spans.add((m.start, m.end))
                break
    return frozenset(spans)


def _a_full_name(name: str, gaz: Gazetteer) -> bool:
    """Two to four capitalised words, none of which a list knows as a place, body, title,
    people or common word."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    for w in words:
        key = cached_norm(w)
        if (
            key in gaz.places
            or key in gaz.organizations
            or key in gaz.titles
            or key in gaz.demonyms
            or key in gaz.stopwords
            or key in gaz.org_suffixes
        ):
            return False
    return cached_norm(name) not in gaz.places and cached_norm(name) not in gaz.organizations


def is_speaker(text: str, m: Mention) -> bool:
    """True when the mention is (or holds) a speaker a headline names."""
    return any(m.start <= s and e <= m.end for s, e in speaker_spans(text))


def titled_speakers(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The speakers headlines name where no mention covers them (the model often misses a
    name in a headline)."""
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for s, e in sorted(speaker_spans(src.text)):
            if overlaps_taken(spans, s, e):
                continue
            role = title_before(src.text, s, gaz)
            found.append(Mention(i, s, e, src.text[s:e], "PERSON", role))
    return found
