"""A holder's name the model ran into the portfolio before it: in "Secretary of State Ana
Varn" or "Assistant Secretary for Community Planning and Development Ana Varn" it tagged
"State Ana Varn" or "Community Planning and Development Ana Varn" as one person or body, a
span the cleaning drops whole as what the title is "of" or "for". The span's last two words, written
as a name (capitalised, no word the text writes in lower case, no place, people, title or
organisation word), are the holder; of a span the model called a body, only when the
surname is written again elsewhere ("... Ana Varn" then "Varn said"), as a body's last word
seldom is on its own.

And a holder's surname the model took for a people ("Vice-Minister Varn" as NORP): a word
right after a title that no list or ending makes a people is the holder, a person."""

from __future__ import annotations

import re

from briefing_app.analysis.apposed import _name_shape
from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    clean_mention,
    is_title,
    title_before,
)
from briefing_app.model import Source

_NAME_WORDS = 2
# a word before the last two that makes them the portfolio's own ("Minister of State for
# Incident Management", "Secretary for Foreign and Development Affairs"), no holder's name
_PORTFOLIO_GOES_ON = frozenset(["for", "of", "and", "&", "the", "on", "in", "to"])
# the endings of English words for peoples and their languages ("Kurdish", "Yazidis")
_PEOPLE_ENDINGS = ("ish", "ese", "ian", "ians", "ans", "is", "uns", "ks")


def holder_after_portfolio(
    src: Source, source: int, s: int, e: int, label: str, gaz: Gazetteer
) -> Mention | None:
    """The holder's name at the end of a person's or body's span after "<title> of|for" (None
    when the span is a portfolio alone, as "Commissioner for Crisis Management" is)."""
    text = src.text
    words = text[s:e].split()
    if label not in ("PERSON", "ORG") or len(words) <= _NAME_WORDS or "\n" in text[s:e]:
        return None
    before = text[max(0, s - 40) : s].split()
    if (
        len(before) < 2
        or before[-1] not in ("of", "for")
        or not is_title(cached_norm(before[-2]), gaz)
    ):
        return None
    name = " ".join(words[-_NAME_WORDS:])
    start = e - len(name)
    if text[start:e] != name or not all(w[:1].isupper() and not w.isupper() for w in words[-2:]):
        return None
    if words[-_NAME_WORDS - 1].lower() in _PORTFOLIO_GOES_ON or any(c in name for c in ",;:()"):
        return None  # "State for Incident Management", "Housing and Water, Hon": no holder
    if not _name_shape(name, lowercase_words([src]), gaz):
        return None
    if label == "ORG" and not _written_again(text, words[-1]):
        return None  # "Director of Kelvo Water Board": a body's name, unless its end recurs
    m = clean_mention(text, source, start, e, "PERSON", gaz)
    return m if m is not None and m.text == name else None


def _written_again(text: str, word: str) -> bool:
    """``word`` written as a word of its own more than once."""
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) > 1


def titled_people_word(text: str, m: Mention, gaz: Gazetteer) -> None:
    """A one-word people mention right after a title ("Minister Varn"), no people's name by
    the lists or its ending ("Kurdish", "Pashtuns") makes a people, becomes that person."""
    if m.label != "NORP" or " " in m.text or not m.text[1:].islower():
        return
    key = cached_norm(m.text)
    if key in gaz.demonyms or looks_demonym(key, gaz) or key.endswith(_PEOPLE_ENDINGS):
        return
    if text[: m.start].rstrip().endswith((",", ";", ":")):
        return  # "the Comptroller General, Colpensiones": a list's next item, no holder
    role = title_before(text, m.start, gaz)
    if role:
        m.label, m.role = "PERSON", role
