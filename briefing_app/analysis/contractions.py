"""Contractions of an organisation's name: "Eucom" of "European Command", "Centcom" of
"Central Command" (moved out of ``merging.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.model import PERSON

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster as _Cluster
    from briefing_app.analysis.clusters import UnionFind as _UnionFind


def _prefixes(word: str, parts: list[str]) -> bool:
    """True when ``word`` is a prefix of each of ``parts`` in turn, two letters or more each."""
    if not parts:
        return not word
    head = parts[0]
    for k in range(min(len(head), len(word)), 1, -1):
        if head[:k] == word[:k] and _prefixes(word[k:], parts[1:]):
            return True
    return False


_TWO_LETTER = frozenset(["of", "on", "in", "to", "at", "by", "as", "an", "or", "if", "is", "it"])


def merge_contractions(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "Eucom" joins "European Command": one word made of the first syllables of two or more
    consecutive words of exactly one organisation's name."""
    longs = [c for c in clusters.values() if c.type != PERSON and c.words >= 2]
    surnames = {
        c.key.split(":", 1)[1].rsplit(" ", 1)[-1]
        for c in clusters.values()
        if c.type == PERSON and c.words >= 2
    }
    starts: dict[str, list[tuple[_Cluster, list[str], int]]] = {}  # by a word's first letters
    for lf in longs:
        # two-letter words count only as a place's or body's acronym ("U.S." of "USEUCOM")
        letters = [w.replace(".", "") for w in max((m.text for m in lf.mentions), key=len).split()]
        parts = [
            w.lower()
            for w in letters
            if w.isalpha()
            and (len(w) > 2 or (len(w) == 2 and w.isupper() and w.lower() not in _TWO_LETTER))
        ]
        for i in range(len(parts) - 1):
            starts.setdefault(parts[i][:2], []).append((lf, parts, i))
    for c in sorted(clusters.values(), key=lambda c: c.key):
        word = c.key.split(":", 1)[1]
        if c.hard or c.words != 1 or not 4 <= len(word) <= 10 or word in surnames:
            continue
        hits = set()
        for lf, parts, i in starts.get(word[:2], ()):
            if any(_prefixes(word, parts[i:j]) for j in range(i + 2, len(parts) + 1)):
                hits.add(uf.find(lf.key))
        if len(hits) == 1:
            uf.union(hits.pop(), c.key)
            c.votes.clear()  # the model's guess for a word it did not know; the long form decides
