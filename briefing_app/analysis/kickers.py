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
        _cut_speech(sources[m.source].text, m)
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


_CAPS_NAME = re.compile(r"[A-Z][A-Z’'-]{2,}(?: [A-Z][A-Z’'-]{2,})*")
_TITLE_WORD = re.compile(r" [A-Z][a-z]")


def _cut_speech(text: str, m: Mention) -> None:
    """A transcript's speaker label in capitals with no colon, run into the speech: "MINISTER
    VELL Good morning" gives "VELL Good", which ends where the capitals end ("VELL"); only at
    a line's start after the label's post in capitals, never "UNICEF Bangladesh" nor a
    headline's "EPA Pacific Southwest"."""
    if not m.role:
        return
    caps = _CAPS_NAME.match(m.text)
    if caps is None or not _TITLE_WORD.match(m.text, caps.end()):
        return
    before = text[text.rfind("\n", 0, m.start) + 1 : m.start]
    if not before.strip() or not before.strip().replace(" ", "").isupper():
        return
    m.text = caps.group()
    m.end = m.start + len(m.text)


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
