"""Names the model ran together over a comma, put apart: a body, then a title of the person
named next ("the Defence Forces, Lieutenant General Sean Clancy"), or two bodies listed
("the Department of Health, Department of Public Works"). A name whose comma lists its own
words ("Foreign, Commonwealth and Development Office", "Ministry of Agriculture, Livestock
and Fisheries") stays whole: what comes before its comma is no body's name of its own. A name
run on over an article ("making the ILO an Organization which ...") keeps what comes before it:
no name holds "a" or "an" between capitalised words."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title


def split_at_commas(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions, each body run into a title or into another body cut at its comma."""
    out: list[Mention] = []
    for m in mentions:
        glued = _ARTICLE_INSIDE.search(m.text)
        if glued is not None and m.label != "PERSON":
            m = replace(m, end=m.start + glued.start(), text=m.text[: glued.start()])
        cut = m.text.find(", ")
        if cut <= 0 or m.label == "PERSON" or cached_norm(m.text) in gaz.organizations:
            out.append(m)
            continue
        first, rest = m.text[:cut], m.text[cut + 2 :]
        if not _a_body(first, gaz):
            out.append(m)
            continue
        head = replace(m, end=m.start + len(first), text=first)
        if _opens_with_title(rest, gaz):
            out.append(head)  # the title is the next person's role
        elif _a_body(rest, gaz) and "," not in rest:
            start = m.start + cut + 2
            out.extend([head, replace(m, start=start, text=rest, role="", article=False)])
        else:
            out.append(m)
    return out


# "ILO an Organization": an article between two capitalised words
_ARTICLE_INSIDE = re.compile(r"(?<=[A-Za-z.]) (?:a|an) (?=[A-Z])")


def _a_body(name: str, gaz: Gazetteer) -> bool:
    """ "Defence Forces", "Department of Health": a body's word ends the name, or opens it
    before "of" and a capitalised word."""
    words = cached_norm(name).split()
    written = name.split()
    if len(words) < 2 or len(written) != len(words):
        return False
    if words[-1] in gaz.org_suffixes:
        return True
    return (
        len(words) >= 3
        and words[0] in gaz.org_suffixes
        and words[1] == "of"
        and (written[2][:1].isupper())
    )


def _opens_with_title(rest: str, gaz: Gazetteer) -> bool:
    """ "Lieutenant General", "Minister for Trade": a title opens what follows the comma."""
    words = rest.split()
    return any(
        is_title(cached_norm(" ".join(words[:j])), gaz)
        for j in range(min(gaz.max_title_words, len(words)), 0, -1)
    )
