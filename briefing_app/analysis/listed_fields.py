"""A body named after a list of fields the model cut at its comma: "Foreign Affairs" +
", " + "Defence and Trade Committee" is the "Foreign Affairs, Defence and Trade Committee",
one select committee, as "Environment, Food and Rural Affairs Committee" is one. The piece
after the comma coordinates the list's last fields with "and" and ends with a body's word;
the piece before it names fields only (no body's word, no place, no person, nothing a
gazetteer knows as a body of its own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import Source

# "Defence and Trade Committee", "Culture, Media & Sport Committee": capitalised words, an
# "and" before the last field, then the body's word
_LIST_END = re.compile(r"(?:[A-Z][\w’'-]*,? )+(?:and|&) (?:[A-Z][\w’'-]* )*([A-Z][\w’'-]*)")
_FIELDS = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")


def joined_field_lists(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions with each "<fields>, <fields and fields> <Body word>" cut at its comma joined
    into one organisation's mention (the pieces are dropped)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.source, m.start, m.end)):
        end = _LIST_END.fullmatch(m.text) if m.label == "ORG" else None
        while (
            end is not None
            and out
            and out[-1].source == m.source
            and sources[m.source].text[out[-1].end : m.start] == ", "
            and _fields(out[-1], gaz)
            and cached_norm(end.group(1)) in gaz.org_suffixes
        ):
            a = out.pop()
            text = sources[m.source].text[a.start : m.end]
            m = Mention(m.source, a.start, m.end, text, "ORG", a.role, a.article, a.address)
        out.append(m)
    return out


def _fields(m: Mention, gaz: Gazetteer) -> bool:
    """ "Foreign Affairs", "Justice": one to three capitalised words naming fields, no body's
    word, nothing a gazetteer knows."""
    key = cached_norm(m.text)
    return (
        m.label == "ORG"
        and _FIELDS.fullmatch(m.text) is not None
        and not any(w in gaz.org_suffixes for w in key.split())
        and key not in gaz.organizations
        and key not in gaz.places
    )
