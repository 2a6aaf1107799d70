"""People named at the head of a bulleted item, before the post they hold or take: "- Ann Roe
becomes Minister of Transport", "• Tomas Brel, Minister of National Defence", as a government's
list of appointments writes them. The small model misses many such names (a list's lines read
as one run), or runs the line before into them; the item's shape says they are people.

The name is two to four capitalised words (an initial "J." among them) right after the bullet,
none a word the text writes in lower case, a title, a place or a body's word; then a comma or
a verb of taking a post ("becomes", "is appointed", "remains"), and a post the gazetteer's
titles open ("Minister of ...", "President of the Treasury Board"). The post is the person's
role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    is_title,
    overlaps_taken,
    taken_spans,
)
from briefing_app.model import Source

_WORD = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f’'-]*"
_ITEM = re.compile(
    rf"^[ \t]*[-–•▪‣◦●■·*][ \t]+(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|[A-Z]\.)){{1,3}})"
    r"(?:,[ \t]+(?:the[ \t]+)?|[ \t]+(?:becomes|became|remains|is|was|will be|is appointed|"
    r"was appointed|is named|was named|continues as)[ \t]+(?:the[ \t]+)?)"
    r"(?P<post>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)",
    re.MULTILINE,
)

_ROLE_END = re.compile(r"\s[-–—•]\s|[.;]\s")


def listed_people(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """New person mentions at the head of bulleted items that give their post."""
    taken = taken_spans(mentions)
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        if "\n" not in text:
            continue
        lower: set[str] | frozenset[str] | None = None
        for m in _ITEM.finditer(text):
            post = m.group("post").split()
            if not any(is_title(cached_norm(" ".join(post[:k])), gaz) for k in (1, 2)):
                continue
            s, e = m.span("name")
            if overlaps_taken(taken.get(i, []), s, e):
                continue
            words = [cached_norm(w) for w in m.group("name").split()]
            if lower is None:
                lower = lowercase_words([src])
            if any(
                w in lower or w in gaz.titles or w in gaz.places or w in gaz.org_suffixes
                for w in words
                if len(w) > 1
            ):
                continue  # "Northern Affairs", "Minister Ann Roe": no name of a person alone
            line_end = text.find("\n", e)
            role = text[m.start("post") : line_end if line_end != -1 else len(text)]
            role = _ROLE_END.split(role, 1)[0]  # an item run on into the next: its own post
            found.append(Mention(i, s, e, text[s:e], "PERSON", role.strip(" ,;.")))
    return found
