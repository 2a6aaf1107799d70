"""A kicker in capitals run into the name after it: "FOREIGN ASSISTANCE State Department Should
Take Steps" (a report's topic line, then its headline) gives "State Department"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import Mention
from briefing_app.model import Source

_CAPS_WORD = re.compile(r"[A-Z]{4,}")


def without_kickers(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Mentions that open with two words or more in capitals which the sources also write in
    lower case ("FOREIGN ASSISTANCE"), then a capitalised name, start at that name (in place,
    so an acronym's pair keeps it). One such word ("CARE International") or an acronym
    ("NATO Allied Command") stays."""
    common: dict[int, frozenset[str]] = {}
    for m in mentions:
        words = m.text.split(" ")
        k = 0
        while k < len(words) and _CAPS_WORD.fullmatch(words[k]):
            k += 1
        if k < 2 or k == len(words) or not words[k][:1].isupper():
            continue
        if m.source not in common:
            common[m.source] = lowercase_words([sources[m.source]])
        if all(w.lower() in common[m.source] for w in words[:k]):
            cut = len(" ".join(words[:k])) + 1
            m.start += cut
            m.text = m.text[cut:]
    return mentions


def cut_at_brackets(mentions: list[Mention]) -> list[Mention]:
    """A name the model ran across an editor's square bracket: "[of Ukraine Volodymyr]
    Zelenskyy" gives "Ukraine Volodymyr] Zelenskyy", which starts after the bracket
    ("Zelenskyy"); "Zelenskyy [the president" ends before it. Nothing left: no mention."""
    kept = []
    for m in mentions:
        if "]" not in m.text and "[" not in m.text:
            kept.append(m)
            continue
        close = m.text.rfind("]")
        if close != -1 and "[" not in m.text[:close]:
            rest = m.text[close + 1 :]
            cut = close + 1 + len(rest) - len(rest.lstrip())
            m.start += cut
            m.text = m.text[cut:]
        opened = m.text.find("[")
        if opened != -1 and "]" not in m.text[opened:]:
            m.text = m.text[:opened].rstrip()
            m.end = m.start + len(m.text)
        if len(m.text) >= 2 and m.text[0].isupper():
            kept.append(m)
    return kept
