"""A lone capitalised word the text only ever writes as the modifier of a subject noun:
"Adult tarantulas can sell for ...", "Journal articles can help ...", "State agencies have
worked ...". Every use opens its sentence or line, so the capital is the position's, not a
name's: the lowercase noun after it heads the subject, and a verb of the clause follows that
noun. The shape is read from the text, not from a list of words; and the text must write the
word in lower case somewhere too ("journals", "the state's"), which shows it a common word: a
body's or a person's name written once as a modifier ("Boeing shares were ...", "Amnesty
researchers have ...", "Obama aides have ...") is never written so, and stays.

A name the text writes anywhere else (alone before a verb or a comma, after "the", "of" ...) is
kept, and so is a name the lists know, a country, a capitalised acronym or a name written with
a surname in the same source: "Kenya police have arrested ...", "UN agencies have ...",
"Oxfam said ... Oxfam staff have ..." all stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer

# the verb right after the subject noun: an auxiliary or a modal (a clause's finite verb any
# English grammar lists), so "Adult tarantulas can", "State agencies have"
_CLAUSE_VERB = (
    r"(?:can|could|may|might|must|shall|should|will|would|is|are|was|were|has|have|had|do|does"
    r"|did|remain|remains|became|become)"
)
# a place's name written before a noun is still the place ("Melbourne airport were ...")
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC", "NORP"])
# where a sentence or a line opens: the word is capitalised for its position
_OPENS = re.compile(r"(?:^|[.!?:][\"”’)]?[ \t]+|\n[ \t]*)$")
# the subject noun, in lower case, after the word: one word of letters
_SUBJECT = r"[ \t]+[a-z][a-z’'-]+[ \t]+" + _CLAUSE_VERB + r"\b"


def a_modifier_word(text: str, name: str, label: str, gaz: Gazetteer, surname: bool) -> bool:
    """Whether the single word ``name`` is written in ``text`` only as the modifier of a
    lowercase subject noun a clause's verb follows (see the module's text)."""
    if " " in name or surname or not name[:1].isupper() or name.isupper():
        return False
    if not name.isalpha() or label in _PLACE_LABELS:
        return False  # "a Perth man was charged": a place's name before a noun stays a place
    key = name.lower()
    if gaz.knows(key) or key in gaz.countries:
        return False
    # the lowercase word may not be a function word or a verb of the lists ("Kenya and Uganda
    # have", "Russia has been", "Marrow said it"): the stop words every analysis uses
    return _only_as_modifier(text, name, gaz.stopwords)


@lru_cache(maxsize=2048)
def _only_as_modifier(text: str, name: str, stopwords: frozenset[str]) -> bool:
    # a possessive is a use of its own ("Labor's win"): it ends the word here and fails below
    uses = list(re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text))
    if not uses:
        return False
    subject = re.compile(_SUBJECT)
    for use in uses:
        if not _OPENS.search(text, max(0, use.start() - 12), use.start()):
            return False  # "the Labor caucus will": written mid-sentence, as a name is
        found = subject.match(text, use.end())
        if found is None:
            return False
        noun = found.group(0).split()[0]
        if noun in stopwords or noun.endswith(("ed", "ing", "ly")):
            return False
    # the word in lower case, perhaps plural ("journal", "journals"): a common word, no name
    lower = name.lower()
    return re.search(r"(?<![\w’'-])" + re.escape(lower) + r"(?:s|es)?\b", text) is not None
