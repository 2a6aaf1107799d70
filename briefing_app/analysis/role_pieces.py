"""Capitalised phrases that run into a post's title, found from the words written after them:
a body's name with the first word of a title the model took in ("WFP Country" of "WFP Country
Director Ann Roe", "Embassy Chargé" of "Embassy Chargé d'Affaires"), and a letter suffix read as
a name of its own ("QC" of "Ann Roe QC", "Jr." of "Martin Luther King, Jr.")."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import cached_norm
from briefing_app.analysis.name_words import is_title

# up to three words written after a name, on its line
_WORDS_AFTER = re.compile(r"[ \t]+((?:[\w.’'-]+[ \t]+){0,2}[\w.’'-]+)")
# a title's word, then a capitalised word (the holder's name): "Director Matthew", "Minister Dr"
_TITLE_THEN_NAME = re.compile(r"[ \t]+([A-Z][\w’'-]+)[ \t]+[A-Z][\w’'.-]")
# generational suffixes (the usual English ones) written after a name: "King, Jr.", "Roe Snr"
_GENERATIONAL = frozenset(["jr", "sr", "jnr", "snr"])
# post-nominal letters of offices and honours written after a name without a comma, after the
# usual lists of post-nominals (King's/Queen's Counsel, members of parliament, British honours)
_POST_NOMINAL_LETTERS = frozenset(["qc", "kc", "mp", "mep", "msp", "mla", "obe", "mbe", "cbe"])
# up to three words written before a name, on its line: "Secretary of " before "State for ..."
_WORDS_BEFORE = re.compile(r"((?:[\w.’'-]+[ \t]+){1,3})$")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]*[a-z][\w’'.-]*,?[ \t]+$")


def suffix_alone(text: str, s: int, name: str, gaz: Gazetteer) -> bool:
    """ "QC" of "Mark Roe QC", "Jr." of "Martin Luther King, Jr.": a generational suffix or a
    post-nominal's letters alone, right after a capitalised name: part of that person's name,
    no actor of its own (even where a title before the name was read as its role)."""
    key = cached_norm(name).replace(" ", "")
    if key not in _GENERATIONAL and key not in _POST_NOMINAL_LETTERS:
        return False
    if key in _POST_NOMINAL_LETTERS and not name.isupper():
        return False  # "Mp" written so is no post-nominal
    before = _NAME_BEFORE.search(text, max(0, s - 40), s)
    # a name's word, not a sentence's first word ("The MP said")
    return before is not None and cached_norm(before.group(0)) not in gaz.function_words


def runs_into_a_title(
    text: str, s: int, e: int, name: str, words: list[str], gaz: Gazetteer
) -> bool:
    """ "Secretary of " + "State for Finance": the name opens with a title's last word and the
    post's portfolio ("for ..."); "Embassy Juba Chargé" + " d'Affaires": the name's last word
    opens a title written on after it; "WFP Country" + " Director Matthew ...": an acronym the
    text also writes alone, then one word that is no body's last word, then a title and its
    holder's name: the last word belongs to the title ("Country Director"), and the phrase
    names no actor (the acronym does)."""
    if len(words) < 2 or gaz.knows(" ".join(words)):
        return False
    if words[1] == "for" and _closes_a_title(text, s, words[0], gaz):
        return True  # "Secretary of " + "State for Finance": the post's portfolio, no body
    after = _WORDS_AFTER.match(text, e)
    if after is None:
        return False
    if words[-1] in gaz.org_suffixes or gaz.knows(words[-1]):
        return False  # "Labour Party" + " Leader ...", "EU Commission" + " President ..."
    more = cached_norm(after.group(1)).split()
    for j in range(1, len(more) + 1):
        if is_title(" ".join([words[-1], *more[:j]]), gaz):
            return True
    last = name.split()[-1]
    if not last.isalpha() or last.isupper() or len(last) < 3:
        return False
    if last.endswith("s") and not last.endswith("ss"):
        return False  # "NBC Sports" + " Chairman ...": a plural names the body's line of work
    head = name.split()[:-1]
    if len(head) != 1 or not head[0].isupper() or not head[0].isalpha() or len(head[0]) < 2:
        return False  # "Kenya Airways" + " Chairman ...": a place's name heads a firm's
    # the acronym is written elsewhere on its own: it names the body ("HSBC Holdings" + "
    # Chairman ..." where "HSBC" is not: a firm's whole name)
    alone = rf"(?<![\w’'.-]){re.escape(head[0])}(?![\w’'-]|[ \t]+{re.escape(last)}\b)"
    if re.search(alone, text) is None:
        return False
    found = _TITLE_THEN_NAME.match(text, e)
    return found is not None and is_title(cached_norm(found.group(1)), gaz)


def _closes_a_title(text: str, s: int, first: str, gaz: Gazetteer) -> bool:
    """The one to three words before ``s`` and the name's ``first`` word make a title."""
    before = _WORDS_BEFORE.search(text, max(0, s - 60), s)
    if before is None:
        return False
    words = cached_norm(before.group(1)).split()
    return any(is_title(" ".join([*words[i:], first]), gaz) for i in range(len(words)))
