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


def bare_ship_names(sources: Sequence[Source], mentions: list[Mention]) -> list[Mention]:
    """ "HMAS Tarn" kept as a ship, then "personnel onboard Tarn": the ship's name without its
    prefix, in the source that names the ship, where no mention covers it and the model never
    labels that bare name (else ``merge_ship_names`` weighs it) nor ends a person's name with it
    ("Ann Tarn"), nor does it run on into a longer name ("Tarn Street")."""
    found = []
    for i, src in enumerate(sources):
        own = [m for m in mentions if m.source == i]
        labelled = {m.text for m in own}
        # "Grace Hopper" beside "USS Hopper": a bare "Hopper" may be either
        labelled |= {
            " ".join(w[k:])
            for m in own
            if m.label == "PERSON"
            for w in [m.text.split()]
            for k in range(1, len(w))
        }
        ships = {
            m.text.split(" ", 1)[1]
            for m in own
            if m.text.split(" ", 1)[0] in SHIP_PREFIXES
            and " " in m.text
            and named_ship(src.text, m.start, m.text)
        }
        spans = sorted((m.start, m.end) for m in own)
        for name in sorted(ships - labelled):
            if len(name) < 4 or not name[0].isupper():
                continue
            for hit in re.finditer(rf"(?<![\w.’'-]){re.escape(name)}(?![\w-]| [A-Z])", src.text):
                s, e = hit.span()
                if not any(a < e and s < b for a, b in spans):
                    found.append(Mention(i, s, e, name, "ORG"))
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
