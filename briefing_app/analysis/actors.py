"""Mentions become actors: one per real entity across all sources, typed by votes and rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, acronym_matches, cached_norm
from briefing_app.model import ORGANIZATION, PERSON, PLACE, Actor, EntitySpan, Evidence, Source

_LABEL_TYPE = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
_TYPE_ORDER = (PERSON, ORGANIZATION, PLACE)  # tie-break when votes are equal
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "n", "")
_PLACE_ENDINGS = ("", "a", "ia", "e", "y", "any", "stan", "o")
SURNAME_SIMILARITY = 88  # rapidfuzz ratio for "Tokayev" ~ "Tokaev"
NAME_SIMILARITY = 90  # rapidfuzz ratio for "Kassym-Jomart Tokayev" ~ "Kasym-Jomart Tokayev"


@dataclass(slots=True)
class _Cluster:
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
        return max(_TYPE_ORDER, key=lambda t: (self.votes[t], -_TYPE_ORDER.index(t)))

    @property
    def words(self) -> int:
        return max(len(m.text.split()) for m in self.mentions)


class _UnionFind:
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


def _looks_demonym(key: str, gaz: Gazetteer) -> bool:
    """ "Kazakh", "Russian", "Mongolian": a word that is a country name with a people ending."""
    if " " in key or len(key) < 4:
        return False
    for ending in _DEMONYM_ENDINGS:
        if ending and not key.endswith(ending):
            continue
        stem = key[: len(key) - len(ending)] if ending else key
        if len(stem) < 3:
            continue
        for tail in _PLACE_ENDINGS:
            cand = stem + tail
            if cand != key and cand in gaz.places:
                return True
    return False


def classify(
    m: Mention, gaz: Gazetteer, named: frozenset[str] = frozenset()
) -> tuple[str, str, str, str]:
    """(kind, cluster key, fixed type, fixed name); kind is "actor" or "group".

    ``named`` holds the keys the model also labelled as something other than a group: a
    NORP label on one of those ("Kuleba") is the model's mistake, not a nationality.
    """
    key = cached_norm(m.text)
    if key in gaz.places:
        canonical = gaz.places[key]
        return "actor", f"place:{cached_norm(canonical)}", PLACE, canonical
    if key in gaz.persons:
        canonical = gaz.persons[key]
        return "actor", f"person:{cached_norm(canonical)}", PERSON, canonical
    if key in gaz.organizations:
        canonical = gaz.organizations[key]
        return "actor", f"organization:{cached_norm(canonical)}", ORGANIZATION, canonical
    if key in gaz.demonyms or _looks_demonym(key, gaz) or (m.label == "NORP" and key not in named):
        return "group", key, "", ""
    return "actor", f"name:{key}", "", ""


def _votes(m: Mention, gaz: Gazetteer) -> Counter:
    votes: Counter = Counter()
    if m.label == "PERSON" and m.article:
        votes[PLACE] += 1  # "the Zaporizhzhia plant": people do not take an article
    elif m.label in _LABEL_TYPE:
        votes[_LABEL_TYPE[m.label]] += 1
    if m.role:
        votes[PERSON] += 2
    last = cached_norm(m.text).rsplit(" ", 1)[-1]
    if last in gaz.org_suffixes and " " in m.text.strip():
        votes[ORGANIZATION] += 3
    return votes


def _merge_surnames(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """A lone surname joins the full-name person it belongs to ("Scholz" -> "Olaf Scholz")."""
    from rapidfuzz import fuzz

    by_surname: dict[str, list[_Cluster]] = {}
    by_first_last: dict[tuple[str, str], list[_Cluster]] = {}
    for c in clusters.values():
        if c.type != PERSON or c.words < 2:
            continue
        for m in c.mentions:
            parts = cached_norm(m.text).split()
            if len(parts) >= 2:
                by_surname.setdefault(parts[-1], [])
                if c not in by_surname[parts[-1]]:
                    by_surname[parts[-1]].append(c)
                by_first_last.setdefault((parts[0], parts[-1]), [])
                if c not in by_first_last[(parts[0], parts[-1])]:
                    by_first_last[(parts[0], parts[-1])].append(c)
    for group in by_first_last.values():
        for c in group[1:]:
            if not (c.hard and group[0].hard and c.canonical != group[0].canonical):
                uf.union(group[0].key, c.key)
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.hard or c.words != 1:
            continue
        word = c.key.split(":", 1)[1]
        found = by_surname.get(word)
        if not found and len(word) >= 5:
            near = [
                s
                for s in by_surname
                if s[:1] == word[:1] and fuzz.ratio(s, word) >= SURNAME_SIMILARITY
            ]
            found = [x for s in sorted(near) for x in by_surname[s]]
        if found:
            best = max(found, key=lambda x: (len(x.mentions), x.key))
            uf.union(best.key, c.key)
            c.forced_person = True
            best.forced_person = best.type == PERSON


def _merge_variants(clusters: dict[str, _Cluster], uf: _UnionFind) -> None:
    """Spelling variants of multi-word names of the same type merge."""
    from rapidfuzz import fuzz

    blocks: dict[tuple[str, str], list[_Cluster]] = {}
    for c in sorted(clusters.values(), key=lambda c: c.key):
        if c.words < 2:
            continue
        name = c.key.split(":", 1)[1]
        blocks.setdefault((c.type, name.rsplit(" ", 1)[-1][:1]), []).append(c)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if a.hard and b.hard:
                    continue
                if fuzz.ratio(a.key.split(":", 1)[1], b.key.split(":", 1)[1]) >= NAME_SIMILARITY:
                    uf.union(a.key, b.key)


def _merge_acronyms(clusters: dict[str, _Cluster], uf: _UnionFind, pairs: list) -> None:
    """ "CSTO" joins "Collective Security Treaty Organization" (written together or not)."""
    for long_key, short_key in pairs:
        if long_key in clusters and short_key in clusters:
            uf.union(long_key, short_key)
    long_forms = [c for c in clusters.values() if c.words >= 2 and c.type != PERSON]
    for c in sorted(clusters.values(), key=lambda c: c.key):
        text = c.mentions[0].text
        if c.hard or c.words != 1 or not text.replace(".", "").isupper() or len(text) > 8:
            continue
        hits = {
            uf.find(lf.key)
            for lf in long_forms
            if any(acronym_matches(text, m.text) for m in lf.mentions[:3])
        }
        if len(hits) == 1:
            uf.union(hits.pop(), c.key)


def _name(mentions: list[Mention], kind: str, canonical: str) -> str:
    if canonical:
        return canonical
    counts = Counter(m.text for m in mentions)
    if kind == PLACE:
        return min(counts, key=lambda t: (-counts[t], -len(t), t))
    # Persons and organisations: the longest clean full name.
    return min(counts, key=lambda t: (-len(t.split()), -len(t), -counts[t], t))


def _slug(name: str) -> str:
    return cached_norm(name).replace(" ", "-") or "unnamed"


def build_actors(
    sources: Sequence[Source],
    mentions: list[Mention],
    acronym_pairs: list[tuple[Mention, Mention]],
    gaz: Gazetteer,
) -> tuple[list[Actor], list[str], list[EntitySpan]]:
    """Actors ranked by salience, group names, and an EntitySpan for every mention."""
    clusters: dict[str, _Cluster] = {}
    groups: dict[str, list[Mention]] = {}
    key_of: dict[int, str] = {}
    named = frozenset(cached_norm(m.text) for m in mentions if m.label != "NORP")
    for m in mentions:
        kind, key, hard, canonical = classify(m, gaz, named)
        if kind == "group":
            groups.setdefault(key, []).append(m)
            continue
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = _Cluster(key, hard, canonical)
        c.mentions.append(m)
        c.votes.update(_votes(m, gaz))
        key_of[id(m)] = key
    uf = _UnionFind()
    pair_keys = [
        (key_of[id(a)], key_of[id(b)])
        for a, b in acronym_pairs
        if id(a) in key_of and id(b) in key_of
    ]
    _merge_acronyms(clusters, uf, pair_keys)
    _merge_surnames(clusters, uf)
    _merge_variants(clusters, uf)

    merged: dict[str, list[_Cluster]] = {}
    for key in sorted(clusters):
        merged.setdefault(uf.find(key), []).append(clusters[key])
    actors = [_actor(parts, sources) for parts in merged.values()]
    _rank(actors, sources)
    spans = _entity_spans(actors, groups, sources)
    group_names = _group_names(groups)
    return actors, group_names, spans


def _actor(parts: list[_Cluster], sources: Sequence[Source]) -> Actor:
    mentions = sorted((m for c in parts for m in c.mentions), key=lambda m: (m.source, m.start))
    hard = Counter()
    for c in parts:
        if c.hard:
            hard[c.hard] += len(c.mentions)
    if hard:
        kind = min(hard, key=lambda t: (-hard[t], _TYPE_ORDER.index(t)))
    elif any(c.forced_person for c in parts):
        kind = PERSON
    else:
        votes: Counter = Counter()
        for c in parts:
            votes.update(c.votes)
        kind = min(_TYPE_ORDER, key=lambda t: (-votes[t], _TYPE_ORDER.index(t)))
    canon = Counter(c.canonical for c in parts if c.canonical and c.hard == kind)
    canonical = min(canon, key=lambda n: (-canon[n], n)) if canon else ""
    counts = Counter(m.text for m in mentions)
    aliases = sorted(counts, key=lambda t: (-counts[t], t))
    roles: Counter = Counter()
    role_text: dict[str, str] = {}
    if kind == PERSON:
        for m in mentions:
            if m.role:
                k = cached_norm(m.role)
                roles[k] += 1
                role_text.setdefault(k, m.role)
    name = _name(mentions, kind, canonical)
    return Actor(
        id=f"{kind}:{_slug(name)}",
        name=name,
        type=kind,
        aliases=aliases,
        roles=[role_text[k] for k in sorted(roles, key=lambda k: (-roles[k], k))],
        mentions=len(mentions),
        sources=[sources[i].id for i in sorted({m.source for m in mentions})],
        evidence=[Evidence(sources[m.source].id, m.start, m.end) for m in mentions],
    )


def _rank(actors: list[Actor], sources: Sequence[Source]) -> None:
    """Salience from mentions, spread across sources and how early the actor first appears."""
    if not actors:
        return
    index = {s.id: i for i, s in enumerate(sources)}
    most = max(a.mentions for a in actors)
    for a in actors:
        first: dict[str, int] = {}
        for e in a.evidence:
            first.setdefault(e.source, e.start)
        early = sum(
            1.0 - first[sid] / max(1, len(sources[index[sid]].text)) for sid in first
        ) / max(1, len(first))
        spread = len(a.sources) / len(sources)
        a.salience = round(0.5 * a.mentions / most + 0.3 * spread + 0.2 * early, 6)
    actors.sort(key=lambda a: (-a.salience, a.name, a.id))
    seen: Counter = Counter()
    for a in actors:
        seen[a.id] += 1
        if seen[a.id] > 1:
            a.id = f"{a.id}-{seen[a.id]}"


def _entity_spans(
    actors: list[Actor], groups: dict[str, list[Mention]], sources: Sequence[Source]
) -> list[EntitySpan]:
    spans = [EntitySpan(e.source, e.start, e.end, a.type, a.id) for a in actors for e in a.evidence]
    for members in groups.values():
        spans.extend(EntitySpan(sources[m.source].id, m.start, m.end, "group") for m in members)
    return spans


def _group_names(groups: dict[str, list[Mention]]) -> list[str]:
    names = []
    for members in groups.values():
        counts = Counter(m.text for m in members)
        names.append((len(members), min(counts, key=lambda t: (-counts[t], t))))
    return [n for _, n in sorted(names, key=lambda x: (-x[0], x[1]))]
