"""Names the English model reads in a line written in another language ("Je suis convaincue
que ...", "ar an tríocha a haon Eanáir"): there it takes a pronoun or a month for a person
("Je", "Eanáir") and runs a name on from the article or preposition before it ("de la
Commission", "den Chomhairle Eorpach"). A line is in another language when few of its words
are English function words and several of its lower-case words carry accents; English prose,
lists of names and headlines never are (the names there are the model's to read)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention

_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_MIN_WORDS = 8  # a shorter line says too little about its language
_MAX_ENGLISH = 0.25  # share of English function words; English prose has 0.3 to 0.6
_MIN_ACCENTED = 2  # lower-case words with a letter outside ASCII ("coopération", "níl")
# lower-case words opening a mention, with the space after each: "de la ", "den "
_LOWER_START = re.compile(r"(?:[a-z\u00df-\u00ff][a-z\u00df-\u00ff’'-]*[ \t]+)+")
# lower-case words closing a mention, with the space before each: " sur" of "Conseil de
# l’Europe sur"
_LOWER_END = re.compile(r"(?:[ \t]+[a-z\u00df-\u00ff][a-z\u00df-\u00ff’'-]*)+$")


def foreign_cut(mentions: list[Mention], texts: Sequence[str], gaz: Gazetteer) -> list[Mention]:
    """The mentions, those of lines in another language cut of the lower-case words they open
    with (left out when one word or none remains) and close with, and without a one-word
    person there."""
    out: list[Mention] = []
    for m in mentions:
        text = texts[m.source]
        if not _in_other_language(text, m.start, gaz):
            out.append(m)
            continue
        lower = _LOWER_START.match(m.text)
        if lower is not None:
            cut = m.start + lower.end()
            if " " not in text[cut : m.end]:
                continue  # "de la Commission": one word left, the model's guess
            m = replace(m, start=cut, text=text[cut : m.end])
        lower = _LOWER_END.search(m.text)
        if lower is not None:
            m = replace(m, end=m.start + lower.start(), text=m.text[: lower.start()])
        if m.label == "PERSON" and " " not in m.text and not (m.role or m.address):
            continue  # "Je", "Eanáir": a pronoun or a month read as a person
        out.append(m)
    return out


def _in_other_language(text: str, s: int, gaz: Gazetteer) -> bool:
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", s)
    return _other_language(text[start : end if end >= 0 else len(text)], gaz.stopwords)


@lru_cache(maxsize=4096)
def _other_language(line: str, stopwords: frozenset[str]) -> bool:
    words = _WORD.findall(line)
    if len(words) < _MIN_WORDS:
        return False
    english = sum(w.lower() in stopwords for w in words)
    if english >= _MAX_ENGLISH * len(words):
        return False
    accented = sum(1 for w in words if w[:1].islower() and not w.isascii())
    return accented >= _MIN_ACCENTED
