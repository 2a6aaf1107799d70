"""A person's full name whose surname is a thing's word: "Tom Plan", "Sarah Fever", "Andrew
Motion". A known given name (the English given names and nicknames of the ``nicknames``
package, shipped inside its wheel; nothing is fetched) then one capitalised word, tagged a
person by the model, is that person whatever the last word means alone."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.model.dates import MONTHS

_MONTHS = frozenset(m.lower() for m in MONTHS)


@lru_cache(maxsize=1)
def known_given() -> frozenset[str]:
    """Lower-case English given names and their pet forms ("andrew", "tom", "archie"), from the
    table ``hypocorisms`` already holds: a second ``NickNamer`` would cost about 15 MB more."""
    from briefing_app.analysis.hypocorisms import formal_names_table  # it imports mentions

    table = formal_names_table()
    return frozenset(table) | frozenset(n for names in table.values() for n in names)


def given_then_surname(text: str, name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "Tom Plan": two words, the first a known given name that is no month, place or title
    ("May", "Victoria", "King"), the pair no known body or place, nor written after "the" ("the
    Marshall Plan"), and the given name never written in lower case in the text ("a will")."""
    written = name.split()
    if len(words) != 2 or len(written) != 2 or not all(w[:1].isupper() for w in written):
        return False
    if not words[1].isalpha():
        return False  # "Bill 2019": a numbered bill
    first = words[0]
    if first not in known_given() or first in _MONTHS or first in gaz.places:
        return False
    if first in gaz.titles or gaz.knows(" ".join(words)):
        return False
    if re.search(rf"(?<![\w-])[Tt]he\s+{re.escape(name)}(?![\w-])", text):
        return False
    return re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text) is None
