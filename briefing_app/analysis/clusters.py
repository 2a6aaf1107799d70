"""The clusters actor building merges: mentions of one actor with their type votes, and the
union-find that joins cluster keys (split out of ``actors.py``; the merge rules import both)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefing_app.analysis.mentions import Mention
from briefing_app.analysis.name_words import regnal_given
from briefing_app.model import ORGANIZATION, PERSON, PLACE

TYPE_ORDER = (PERSON, ORGANIZATION, PLACE)  # tie-break when votes are equal


@dataclass(slots=True)
class Cluster:
    key: str
    hard: str = ""  # type fixed by a gazetteer or pycountry
    canonical: str = ""  # name fixed by a gazetteer
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    forced_person: bool = False

    @property
    def type(self) -> str:
        if self.hard:
            return self.hard
        if self.forced_person:
            return PERSON
        if not self.votes:
            return ORGANIZATION
        return max(TYPE_ORDER, key=lambda t: (self.votes[t], -TYPE_ORDER.index(t)))

    @property
    def words(self) -> int:
        return max(len(m.text.split()) for m in self.mentions)

    @property
    def sources(self) -> set[int]:
        return {m.source for m in self.mentions}


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key becomes the root: the result never depends on the order of calls.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def regnal_owners(clusters: dict[str, Cluster]) -> dict[str, set[str]]:
    """The people named by a given name and a regnal number ("King Abdullah II"), the model's
    persons, by that given name: whom the given name alone may stand for."""
    found: dict[str, set[str]] = {}
    for c in clusters.values():
        given = regnal_given(c.key.split(":", 1)[1])
        if given and c.type == PERSON and any(m.label == "PERSON" for m in c.mentions):
            found.setdefault(given, set()).add(c.key)
    return found


def by_root_now(held: dict[str, set[str]], uf: UnionFind) -> dict[str, set[str]]:
    """Sets kept by union-find root, keyed by each key's root now: joins since they were kept
    pool two roots' sets under the new one."""
    if all(uf.find(r) == r for r in held):
        return held
    out: dict[str, set[str]] = {}
    for r, items in held.items():
        out.setdefault(uf.find(r), set()).update(items)
    return out


def join_sole_owners(owners: dict[str, set[str]], uf: UnionFind) -> None:
    """Join each cut name to the one longer name it was cut from, the cut names that are one
    actor already judged together: "UN Office" (of "UN Office of Counter-Terrorism") and
    "United Nations Office" (of "... for West Africa"), joined as one spelling, were cut from
    two bodies and join neither (``owners``: cut name's root -> roots of the longer names, its
    own root among them when one longer name is that actor already)."""
    pooled = by_root_now(owners, uf)
    for cut, roots in sorted(pooled.items()):
        roots = {uf.find(r) for r in roots}
        if len(roots) == 1:  # its own root among them: joined to that body already
            uf.union(roots.pop(), cut)


def cut_pieces(groups: dict[str, list[Cluster]]) -> set[str]:
    """The groups (by root) that are only the model's cut of longer names: every mention starts
    where a longer mention of another group starts ("United Nations Office" of both "United
    Nations Office for West Africa" and "UN Office of Counter-Terrorism", joined to neither).
    A person, or a name a gazetteer fixes ("United Nations"), is never a piece."""
    longest: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for root, parts in groups.items():
        for c in parts:
            for m in c.mentions:
                longest.setdefault((m.source, m.start), []).append((m.end, root))
    out = set()
    for root, parts in groups.items():
        if any(c.hard or c.type == PERSON for c in parts):
            continue
        if all(
            any(end > m.end and other != root for end, other in longest[(m.source, m.start)])
            for c in parts
            for m in c.mentions
        ):
            out.add(root)
    return out
