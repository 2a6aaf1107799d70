"""Acronyms written with the place their body serves: "European Union Advisory Mission in
Iraq (EUAM Iraq)", "EU Border Assistance Mission for the Rafah Crossing Point (EUBAM Rafah)",
"European Union Advisory Mission Ukraine (EUAM Ukraine)". The capitals spell the name before
its ("in/for/of") place; the word after them is that place. The pair is the whole long form
and the whole "ACR Place". A name's own last word after its capitals pairs the same way
("Chemico Air Pollution Control Corporation (CAPC Corporation)")."""

from __future__ import annotations

import re

from briefing_app.analysis.acronyms import acronym_matches
from briefing_app.analysis.mentions import Mention

# "(EUAM Iraq)": capitals, then one or two capitalised words, closing the bracket
_TAILED = re.compile(r"\(([A-Z]{2,8}) ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\)")
_CONNECTOR = re.compile(r"\s(?:in|for|of|on|to)\s(?:the\s)?$")
_WORD = re.compile(r"\S+")


def place_tailed_acronyms(
    text: str, source: int, mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """Pairs (long form, "ACR Place") where the name before the bracket ends with the place
    ("in/for/of ... Place ...", or "... Place") and the words before it spell the capitals."""
    pairs = []
    for match in _TAILED.finditer(text):
        acr, place = match.group(1), match.group(2)
        end = match.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        window_start = max(0, end - 200, text.rfind("\n", 0, end) + 1)
        at = text.rfind(" " + place, window_start, end)
        if at == -1:
            continue
        connector = _CONNECTOR.search(text, window_start, at + 1)
        head_end = connector.start() if connector else at  # "... Mission Ukraine (EUAM Ukraine)"
        start = _head_start(text, window_start, head_end, acr, mentions)
        if start is None:
            continue
        long_form = Mention(source, start, end, text[start:end], "ORG")
        short = Mention(source, match.start(1), match.end(2), f"{acr} {place}", "ORG")
        pairs.append((long_form, short))
    return pairs


def _head_start(
    text: str, window_start: int, head_end: int, acr: str, mentions: list[Mention]
) -> int | None:
    """Where the words before the connector that spell ``acr`` begin: a tagged name ending
    there, else the shortest run of words ending there that spells it, opening with a
    capital."""
    for m in mentions:
        if m.end == head_end and acronym_matches(acr, m.text):
            return m.start
    words = list(_WORD.finditer(text, window_start, head_end))
    for k in range(2, min(len(words), len(acr) + 3) + 1):
        first = words[-k]
        name = text[first.start() : head_end]
        if first.group()[:1].isupper() and acronym_matches(acr, name):
            return first.start()
    return None
