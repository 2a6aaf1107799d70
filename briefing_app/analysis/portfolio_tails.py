"""A holder's surname the model took for a people ("Vice-Minister Varn" as NORP): a word
right after a title that no list or ending makes a people is the holder, a person.

(A holder's name the model ran into the portfolio before it, "State Ana Varn" of "Secretary of
State Ana Varn", is found by ``name_shapes.portfolio_holders`` once the cleaning drops the
span: a second rule here for it changed nothing on the corpus and misread portfolios as
people on fresh pages, and was removed in review.)"""

from __future__ import annotations

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm, title_before

# the endings of English words for peoples and their languages ("Kurdish", "Yazidis")
_PEOPLE_ENDINGS = ("ish", "ese", "ian", "ians", "ans", "is", "uns", "ks")


def titled_people_word(text: str, m: Mention, gaz: Gazetteer) -> None:
    """A one-word people mention right after a title ("Minister Varn"), no people's name by
    the lists or its ending ("Kurdish", "Pashtuns") makes a people, becomes that person."""
    if m.label != "NORP" or " " in m.text or not m.text[1:].islower():
        return
    key = cached_norm(m.text)
    if key in gaz.demonyms or looks_demonym(key, gaz) or key.endswith(_PEOPLE_ENDINGS):
        return
    if text[max(0, m.start - 3) : m.start].rstrip().endswith((",", ";", ":")):
        return  # "the Comptroller General, Colpensiones": a list's next item, no holder
    role = title_before(text, m.start, gaz)
    if role:
        m.label, m.role = "PERSON", role
