"""What the sources themselves say about a name: the outlets and agencies they credit, the
acronyms the gazetteers spell out, and the words they write in lower case (common nouns)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.dateline_start import DATELINE
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import cached_norm
from briefing_app.analysis.merging import is_acronym
from briefing_app.model import Source

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster


def expansions(gaz: Gazetteer) -> dict[str, str]:
    """One-word acronyms the gazetteers spell out: "un" -> "united nations", "us" -> ..."""
    out = {}
    for table in (gaz.organizations, gaz.places):
        for alias, canonical in table.items():
            long = cached_norm(canonical)
            if " " not in alias and " " in long and is_acronym(alias.upper()):
                out.setdefault(alias, long)
    return out


def media_names(sources: Sequence[Source]) -> frozenset[str]:
    """Keys of the outlets the sources come from and the agencies their datelines credit."""
    names = {cached_norm(s.outlet) for s in sources if s.outlet}
    for s in sources:
        for p in s.text[:6000].split("\n")[:40]:
            m = DATELINE.match(p)
            if m and m.group("agency"):
                names.add(cached_norm(m.group("agency")))
    names.discard("")
    return frozenset(names)


# a word in lower case in prose, not in an address ("(reuters.com)", "www.unicef.org/x")
_LOWER_WORD = re.compile(r"(?<![\w’'./@:-])[a-z][a-z’'-]+(?![\w@/]|\.\w)")


def lowercase_words(sources: Sequence[Source]) -> frozenset[str]:
    """Every word the sources write in lower case."""
    words: set[str] = set()
    for s in sources:
        words |= _source_lowercase(s.text)
    return frozenset(words)


@lru_cache(maxsize=512)
def _source_lowercase(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


# Words that need "of <country>" to name a body: alone they name none ("the Government and
# people of X" is no actor called "Government").
_NO_BODY_ALONE = frozenset(["government", "administration", "authorities"])


def _number_word(word: str) -> bool:
    """ "Millions", "Thousands": a number word, in the plural or not."""
    from spacy.lang.en.lex_attrs import _num_words

    key = word.lower()
    return key in _num_words or (key.endswith("s") and key[:-1] in _num_words)


def common_noun(parts: list[_Cluster], common: frozenset[str]) -> bool:
    """ "Government", "Operations": one capitalised word the sources also write in lower case,
    never with a role, a fuller name or a gazetteer behind it, is a common noun; so is a lone
    "Government" and a number word ("Millions")."""
    if any(c.hard or c.forced_person for c in parts):
        return False
    words = {m.text for c in parts for m in c.mentions}
    if all(" " not in w and (w.lower() in _NO_BODY_ALONE or _number_word(w)) for w in words):
        return True
    for c in parts:
        for m in c.mentions:
            word = m.text
            if " " in word or m.role or is_acronym(word) or word.lower() not in common:
                return False
    return True
