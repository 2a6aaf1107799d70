"""A person written with a pet form of the given name: "Nick Moore" is "Nicholas Moore", "Bill
Burns" is "William Burns" (the English given names and their nicknames of the ``nicknames``
package, a hand-curated table shipped inside its wheel; nothing is fetched)."""

from __future__ import annotations

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


def merge_hypocorisms(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """ "Nick Moore" joins "Nicholas Moore": two full names of people with the same surname
    whose given names are a nickname and the name it is short for. A nickname that could stand
    for two people of the sources ("Nicky Moore" beside "Nicholas Moore" and "Nicole Moore")
    joins neither; "Nick Moore" and "Nicole Moore" are two people."""
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
            roots = {uf.find(o.key) for g, o in named if g in formal and o is not c}
            roots.discard(uf.find(c.key))
            if len(roots) != 1:
                continue
            root = roots.pop()
            if c.hard and clusters[root].hard and c.canonical != clusters[root].canonical:
                continue  # two people a list knows apart
            uf.union(root, c.key)
