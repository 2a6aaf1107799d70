"""A sentence's content words, crudely stemmed: what key points, citing and the timeline
compare sentences by."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
_STEMMER: list[tuple[Gazetteer, Callable[[str], str]]] = []  # for the gazetteer last used


def terms_of(text: str, gaz: Gazetteer) -> Counter:
    """Content words of a sentence, crudely stemmed (first seven letters)."""
    stem = _stemmer(gaz)
    return Counter(filter(None, map(stem, _TOKEN.findall(text))))  # no Python loop per word


def _stemmer(gaz: Gazetteer) -> Callable[[str], str]:
    """A word's stem for ``gaz``, each word worked out once: the cache is kept for one
    gazetteer, the one loaded (a new one, as when the lists are reloaded, replaces it)."""
    if not _STEMMER or _STEMMER[0][0] is not gaz:

        @lru_cache(maxsize=65536)
        def stem(word: str) -> str:
            """The first seven letters ("strengthening"/"strengthen" meet), "" for a function
            word; two letters count when written as a name or an acronym ("Xi", "UN"), not
            "Mr"."""
            w = word.lower().strip("’'-")
            short = len(w) == 2 and word[:1].isupper() and w not in gaz.honorifics
            return w[:7] if (len(w) > 2 or short) and w not in gaz.function_words else ""

        _STEMMER[:] = [(gaz, stem)]
    return _STEMMER[0][1]
