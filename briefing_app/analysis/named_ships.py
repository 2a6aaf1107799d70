"""Ships the model missed or labelled as a product ("USS Dwight D. Eisenhower", "USS Mason (DDG
87)"), found by their shape: a naval prefix and capitalised words. Kept as the units
``vessels.named_ship`` keeps: a ship the text names twice, or gives with its hull number."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.clusters import Cluster, UnionFind
from briefing_app.analysis.mentions import Mention, cached_norm, taken_spans
from briefing_app.analysis.vessels import SHIP_PREFIXES, named_ship
from briefing_app.model import PERSON, Source

# naval prefixes of three letters or more ("MS", "SS", "MV" are other things as often), then up
# to four capitalised words or initials ("USS John S. McCain")
_SHIP = re.compile(
    r"(?<![\w.-])(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|INS|RFS|KRI|ROKS|TCG|ARA|NRP)"
    r"(?: (?:[A-Z]\.?(?= [A-Z])|[A-Z][\w’'-]*\w)){1,4}"
)
_POSSESSIVE = re.compile(r"[’']s$")


def prefixed_ships(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """Prefixed ships' names no mention covers, kept when the text names the ship twice or
    gives its hull number ("USS Mason (DDG 87)"); one named once in a list stays out."""
    taken = taken_spans(mentions)
    found = []
    for i, src in enumerate(sources):
        spans = taken.get(i, [])
        for hit in _SHIP.finditer(src.text):
            s, e = hit.start(), hit.start() + len(_POSSESSIVE.sub("", hit.group()))
            clear = not any(a < e and s < b for a, b in spans)
            if clear and named_ship(src.text, s, src.text[s:e]):
                article = src.text[max(0, s - 4) : s].lower() == "the "
                found.append(Mention(i, s, e, src.text[s:e], "ORG", article=article))
    return found


def merge_ship_names(clusters: dict[str, Cluster], uf: UnionFind) -> None:
    """ "USS Mason (DDG 87)", then "the Mason"; "USS Theodore Roosevelt (CVN 71)", then "TR": a
    ship's name without its prefix, or the capitals of its name's words, written in the same
    source, is that ship: a cluster named by that form alone. A person's cluster stays apart
    ("Abraham Lincoln" the president), so does one the text names in other ways too: the
    country "America" is also "the United States" beside "USS America", the state "NY" also
    "New York" beside "USS New York"."""
    names_of: dict[str, set[str]] = {}  # by union-find root: "NY" joined to "New York" already
    for c in clusters.values():
        names_of.setdefault(uf.find(c.key), set()).update(
            cached_norm(_POSSESSIVE.sub("", m.text))
            for m in c.mentions  # "Mason's"
        )
    bare: dict[tuple[int, str], list[Cluster]] = {}
    for c in clusters.values():
        if c.type != PERSON and len(names_of[uf.find(c.key)]) == 1:
            for m in c.mentions:
                bare.setdefault((m.source, cached_norm(m.text)), []).append(c)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        for m in c.mentions:
            first, _, rest = m.text.partition(" ")
            if first not in SHIP_PREFIXES or not rest:
                continue
            initials = "".join(w[0] for w in rest.split() if w[:1].isupper() and w[1:2] != ".")
            forms = {cached_norm(rest)} | ({initials.lower()} if len(initials) >= 2 else set())
            for form in forms:
                for o in bare.get((m.source, form), ()):
                    if o is not c and (form != initials.lower() or _all_capitals(o)):
                        uf.union(c.key, o.key)


def _all_capitals(c: Cluster) -> bool:
    return all(m.text.isupper() for m in c.mentions)
