"""The second half of a portfolio a title holds: "Minister of Foreign Affairs and External
Trade", "the Minister of the Environment and the Mineral Wealth". The model reads the words
after "and" as a body's name; they are the rest of the post's name, no actor. A body's name
("... and the Veldrian Trade Union"), one the lists know, a place or a person stays; so does
what a chair or a president heads ("Chairman of Tata Sons and Air India": two bodies). The post
is named for its holder, so the name closes it: a comma, a bracket, the holder's name or the
line's end follows ("... and External Trade, Hon. Ana Rell"); a name a verb follows is one of
two parties ("talks between the Minister of Energy and Kelvo Oil ended": a company stays)."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.name_words import cached_norm, is_title

# a title, "of"/"for", the first portfolio (capitalised words, "the", an inner "of"), "and"
_FIRST_HALF = re.compile(
    r"(?<![\w’'-])(?P<title>[A-Z][\w-]*)[ \t]+(?:of|for)[ \t]+"
    r"(?P<first>(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w’'-]*){0,4})"
    r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?$"
)

# what follows a post's name: a comma, a bracket, the holder's capitalised name, the line's end
_POST_CLOSED = re.compile(r"[ \t]*(?:[,(]|[A-Z]|\n|$)")

# the offices that carry a portfolio (as ``portfolios`` reads them): not a chair, a president,
# a director or a Secretary-General, who head bodies
_PORTFOLIO_OFFICE = re.compile(
    r"(?:minister|secretary|commissioner|envoy|spokes\w+|czar|tsar)", re.IGNORECASE
)


def second_portfolio(text: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """Whether ``text[s:e]`` (the model's ORG) follows "<Title> of|for <portfolio> and"."""
    key = cached_norm(text[s:e])
    words = key.split()
    if not words or len(words) > 4 or gaz.knows(key) or key in gaz.countries:
        return False
    if any(w in gaz.org_suffixes for w in words):
        return False  # "... and the Veldrian Trade Union": a body
    if not _POST_CLOSED.match(text, e):
        return False  # "the Minister of Energy and Kelvo Oil ended talks": two parties
    line_start = text.rfind("\n", max(0, s - 120), s) + 1
    found = _FIRST_HALF.search(text, max(line_start, s - 120), s)
    if found is None or not is_title(cached_norm(found.group("title")), gaz):
        return False
    if not _PORTFOLIO_OFFICE.fullmatch(found.group("title")):
        return False  # "Chairman of Tata Sons and Air India": the bodies a chair heads
    first = cached_norm(found.group("first")).split()
    return not any(w in gaz.org_suffixes for w in first) and not gaz.knows(" ".join(first))
