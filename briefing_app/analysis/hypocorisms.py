"""A person written with a pet form of the given name: "Nick Moore" is "Nicholas Moore", "Bill
Burns" is "William Burns" (the English given names and their nicknames of the ``nicknames``
package, a hand-curated table shipped inside its wheel; nothing is fetched)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.mentions import cached_norm
from briefing_app.model import PERSON

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind


@lru_cache(maxsize=1)
def _formal_names() -> dict[str, frozenset[str]]:
    """Nickname -> the given names it is short for ("nick" -> nicholas, nicolas, ...)."""
    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - a declared dependency; without it, no such merge
        return {}
    return {k: frozenset(v) for k, v in NickNamer().canonical_lookup.items()}


def formal_names(given: str) -> frozenset[str]:
    """The given names ``given`` is a pet form of (lower case; empty when it is none)."""
    return _formal_names().get(given.lower(), frozenset())


def _clipped(pet: str, formal: str) -> bool:
    """A pet form is a clipped or reshaped given name, shorter than the name it stands for by
    two letters at least ("Nick" of "Nicholas", "Bill" of "William"). A name as long as the
    other, or one letter short, is a name of its own the table lists as a cognate or a
    variant ("John" and "Ivan", "Jack" and "John", "Ken" and "Kent")."""
    return len(pet) <= len(formal) - 2


_SENTENCE_BREAK = re.compile(r"[.!?][\s\"”’')]|\n")


def _one_sentence(a: _Cluster, b: _Cluster, texts: Sequence[str]) -> bool:
    """Whether a sentence writes a name of each cluster ("William Harrow and his son Will
    Harrow"): one sentence naming both names names two people."""
    for m in a.mentions:
        for o in b.mentions:
            if m.source != o.source:
                continue
            lo, hi = (m.end, o.start) if m.end <= o.start else (o.end, m.start)
            if lo <= hi and not _SENTENCE_BREAK.search(texts[m.source], lo, hi):
                return True
    return False


def merge_hypocorisms(
    clusters: dict[str, _Cluster], uf: _UnionFind, texts: Sequence[str] = ()
) -> None:
    """ "Nick Moore" joins "Nicholas Moore": two full names of people with the same surname
    whose given names are a nickname and the name it is short for. A nickname that could stand
    for two people of the sources ("Nicky Moore" beside "Nicholas Moore" and "Nicole Moore")
    joins neither; "Nick Moore" and "Nicole Moore" are two people, and so are two names one
    sentence writes, or a "nickname" no shorter than its name (a cognate: "John", "Ivan")."""
    by_surname: dict[str, list[tuple[str, _Cluster]]] = {}
    for c in clusters.values():
        if c.type != PERSON or c.words < 2:
            continue
        for m in c.mentions:
            parts = cached_norm(m.text).split()
            if len(parts) >= 2 and len(parts[0]) > 1:
                entry = (parts[0], c)
                if entry not in by_surname.setdefault(parts[-1], []):
                    by_surname[parts[-1]].append(entry)
    for named in by_surname.values():
        if len({id(c) for _, c in named}) < 2:
            continue
        for given, c in sorted(named, key=lambda e: (e[0], e[1].key)):
            formal = formal_names(given)
            if not formal:
                continue
            others = {uf.find(o.key): (g, o) for g, o in named if g in formal and o is not c}
            others.pop(uf.find(c.key), None)
            if len(others) != 1:
                continue
            root, (name, other) = others.popitem()
            if not _clipped(given, name) or (texts and _one_sentence(c, other, texts)):
                continue
            if c.hard and clusters[root].hard and c.canonical != clusters[root].canonical:
                continue  # two people a list knows apart
            uf.union(root, c.key)
