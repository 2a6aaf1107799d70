"""A person's name the model read as a body, told by the post written beside it in apposition:
"said Ana Vell, EU Commissioner for Trade" (the name said something, then its post), and "The
Chairperson of the Union Commission, Ana Vell, and ..." (a post, a comma, then its holder)."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title

_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+")
# the verb of speech right before the name
_SAID_BEFORE = re.compile(r"(?<![\w-])(?:said|says|added|stated)[ \t]+$")
# up to three capitalised words of a body or a place, then the post: ", EU Commissioner for"
_POST_AFTER = re.compile(r", ((?:[A-Z][\w’'.-]* ){0,3})([A-Z][\w’'-]+)")
# "The Chairperson of the Union Commission, ": a capitalised post, "of" or "for", a body's
# capitalised name, a comma, right before the name (a line's or a sentence's start before it)
_POST_BEFORE = re.compile(
    r"(?:^|(?<=[.\n])[ \t]*|(?<=, and )|(?<=, ))(?:The |the )?([A-Z][\w’'-]+) (?:of|for) (?:the )?"
    r"([A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|for|and|on|the))*), $"
)


def apposed_post_holder(m: Mention, gaz: Gazetteer, text: str) -> bool:
    """A name of two or three name-shaped words (the caller has ruled out bodies' and places'
    words) with a post in apposition: after "said" and before ", <post>", or after "<Post> of
    <a named body or country>, " and before a comma."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _SAID_BEFORE.search(text, max(0, m.start - 8), m.start):
        post = _POST_AFTER.match(text, m.end)
        if post and is_title(cached_norm(post.group(2)), gaz):
            return True
    if text[m.end : m.end + 1] != ",":
        return False
    before = _POST_BEFORE.search(text, max(0, m.start - 90), m.start)
    if before is None or not is_title(cached_norm(before.group(1)), gaz):
        return False
    # the post's body or country is named ("of the Union Commission", "of Kenya"), not a
    # portfolio going on ("Minister of Foreign Affairs, Regional Trade and Tourism")
    held = cached_norm(before.group(2))
    return held in gaz.places or any(w in gaz.org_suffixes for w in held.split())
