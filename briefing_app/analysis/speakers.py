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
    is_title,
    overlaps_taken,
    taken_spans,
    title_before,
)
from briefing_app.model import Source

# A line that opens on words said (a briefing, remarks, a statement), then "by" the speaker;
# or a speech page's line "Delivered by" (not "Aid delivered by ...": a line opening on it).
_SAID_BY = re.compile(
    r"(?im)^(?:[^\n]{0,40}?\b(?:briefing|remarks|statement|speech|address|testimony|keynote)"
    r"\b[^\n]{0,60}?\b|(?:as )?delivered )by (?:the )?"
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
    """True when the mention is (or holds) a speaker a headline names, or is a piece of the
    speaker's name the model cut ("Bogdan-Martin" of "Doreen Bogdan-Martin")."""
    return any(
        (m.start <= s and e <= m.end) or (s <= m.start and m.end <= e)
        for s, e in speaker_spans(text)
    )


def titled_speakers(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """The speakers headlines name where no mention covers them (the model often misses a
    name in a headline, or cuts it: "Bogdan-Martin" of "Doreen Bogdan-Martin"). A mention
    of the whole name the model read as a body ("Delivered by Ana Costa Lima") is a person."""
    taken = taken_spans(mentions)
    whole = {(m.source, m.start, m.end): m for m in mentions}
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for s, e in sorted(speaker_spans(src.text)):
            if (m := whole.get((i, s, e))) is not None and m.label in ("ORG", "GPE", "NORP"):
                m.label = "PERSON"
            if overlaps_taken(spans, s, e) and not _cuts_only(spans, s, e):
                continue
            role = title_before(src.text, s, gaz)
            found.append(Mention(i, s, e, src.text[s:e], "PERSON", role))
    return found


def _cuts_only(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether every mention overlapping ``[s, e)`` lies inside it and none is all of it: the
    model's pieces of the speaker's name, which the whole name joins."""
    inside = [(a, b) for a, b in spans if a < e and s < b]
    return all(s <= a and b <= e and (a, b) != (s, e) for a, b in inside)


# a transcript's speaker label in capitals at a line's start, its title perhaps before it,
# then the words said in sentence case: "MINISTER MARSUDI Good morning to all media"
_LABEL_THEN_SPEECH = re.compile(r"((?:[A-Z][A-Z’'-]+ )*[A-Z][A-Z’'-]+) [A-Z][a-z]")


def labels_cut(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Mentions with a person's name the model ran on from a speaker label in capitals into
    the first words said ("MARSUDI Good" of "MINISTER MARSUDI Good morning") cut at the
    change of case: the label's name alone."""
    out = []
    for m in mentions:
        text = sources[m.source].text
        line = text.rfind("\n", 0, m.start) + 1
        hit = _LABEL_THEN_SPEECH.match(m.text) if m.label == "PERSON" else None
        if hit and _CAPS_BEFORE.fullmatch(text, line, m.start):
            end = m.start + hit.end(1)
            m = Mention(m.source, m.start, end, text[m.start : end], m.label, m.role, m.article)
        out.append(m)
    return out


_CAPS_BEFORE = re.compile(r"(?:[A-Z][A-Z’'-]+ )*")


# "MINISTER BISHOP:", "SECRETARY BLINKEN:": a line opening on a title and a surname in capitals
_LABEL = re.compile(r"(?m)^((?:[A-Z]+ ){1,3})([A-Z][A-Z’'-]{2,}):")


def speaker_labels(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions with each transcript speaker label no mention covers ("MINISTER BISHOP:") added
    as the person's surname, with the title as the role: the label names a person of the text
    (its full name elsewhere joins it by the surname), never an actor of its own."""
    taken = taken_spans(mentions)
    added = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for hit in _LABEL.finditer(src.text):
            if len(_full_names_ending(mentions, cached_norm(hit.group(2)))) > 1:
                continue  # "MINISTER SMITH:" with two Smiths named: which one is not known
            title = hit.group(1).strip().lower()
            if not is_title(title, gaz) or overlaps_taken(spans, hit.start(2), hit.end(2)):
                continue
            name = hit.group(2)
            if is_title(cached_norm(hit.group(0)[:-1]), gaz) or cached_norm(name) in gaz.places:
                continue  # "PRIME MINISTER:" is a title alone; "MINISTER BISHOP:" a person
            if not _written_as_name(name, f"{src.title}\n{src.text}") and name.lower() not in (
                re.split(r"[^a-z]+", src.url.lower())  # ".../minister/julie-bishop/..."
            ):
                continue  # "PRIVATE SECTOR:", "MAJOR FINDINGS:": a heading, no person named
            role = hit.group(1).strip()
            added.append(Mention(i, hit.start(2), hit.end(2), name, "PERSON", role))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.source, m.start, m.end))


def _full_names_ending(mentions: list[Mention], surname: str) -> set[str]:
    """The persons' full names of the mentions whose last word is ``surname``."""
    return {
        key
        for m in mentions
        if m.label == "PERSON"
        and " " in (key := cached_norm(m.text))
        and key.rsplit(" ", 1)[-1] == surname
    }


def _written_as_name(word: str, text: str) -> bool:
    """The label's surname is written elsewhere as a name, capitalised and not all in capitals
    ("Bishop" of "Julie Bishop" for "MINISTER BISHOP:")."""
    pattern = rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])"
    return any(
        not hit.group().isupper() and hit.group()[:1].isupper()
        for hit in re.finditer(pattern, text, re.IGNORECASE)
    )
