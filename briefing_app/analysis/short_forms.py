"""A body's or facility's name cut to its head: "the Board" of "IAEA Board of Governors", "the
Mechanism" of "EU Civil Protection Mechanism", "Guardia Civil" of "Spanish Guardia Civil". A
capitalised short form that ends the head (the words before "of"/"for") of exactly one longer
name of its source is that body; with two such bodies ("the Security Council", "the Human
Rights Council", then "the Council") it joins neither. And one nation's army under two names
("Lebanese Armed Forces", "Lebanese Army")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.analysis.bodies import FACILITY_WORDS
from briefing_app.analysis.clusters import join_sole_owners
from briefing_app.analysis.gazetteer import Gazetteer, city_names, gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import PERSON, PLACE, Source
from briefing_app.resources import resource_cache

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster, UnionFind

_OF_WORDS = frozenset(["of", "for", "on", "in", "to", "ki"])  # Māori "ki" ("of", "at")
_CAPITALISED = re.compile(r"[A-Z][\w’'&.-]*")


# "Joint Task Force-Haiti": a body's name of two words or more, a hyphen and a place's name
# closing its last word, the place it serves as an "in Haiti" would say
_HYPHENED_PLACE = re.compile(r"(?<=\S\s)([A-Z][\w’'.&]*)-([A-Z][\w’']+)$")


@lru_cache(maxsize=4096)
def head_words(name: str) -> tuple[str, ...]:
    """The words of a name's head, before its first "of", "for", "on", "in" or "to"
    ("iaea board" of "IAEA Board of Governors") or a place joined to its last word by a
    hyphen ("joint task force" of "Joint Task Force-Haiti"); the whole name without one."""
    tail = _HYPHENED_PLACE.search(name)
    if tail and cached_norm(tail.group(2)) in gazetteer().places:
        return tuple(cached_norm(name[: tail.start(2) - 1]).split())
    words = cached_norm(name).split()
    cut = next(
        (i for i, w in enumerate(words) if w in _OF_WORDS or (i and w == "o")), len(words)
    )  # Māori "o" ("of": "Te Kotahitanga o Te Atiawa"), never an "O’" opening a name
    return tuple(words[:cut])


@lru_cache(maxsize=4096)
def _short_forms(name: str) -> tuple[tuple[str, str], ...]:
    """(short form, the words cut before it) for each shorter form a name's head may be cut
    to: each of its proper endings, and the whole head when the name goes on past it ("board"
    of "board of governors")."""
    head = head_words(name)
    full = len(head) < len(cached_norm(name).split())
    cuts = range(0 if full else 1, len(head))
    return tuple((" ".join(head[i:]), " ".join(head[:i])) for i in cuts)


def merge_head_short_forms(clusters: dict[str, Cluster], uf: UnionFind, gaz: Gazetteer) -> None:
    """ "Board" joins "IAEA Board of Governors", "Nuclear Power Plant" joins "Zaporizhzhya
    Nuclear Power Plant": a short form (not a person's lone name, not a title, not a name a
    gazetteer fixes) that ends the head of exactly one longer body's or facility's name of the
    same source. Two places never join this way unless the head is a facility's word ("North
    Kivu" is no "Kivu")."""
    index: dict[tuple[int, str], set[str]] = {}
    cut_before: dict[tuple[str, str], str] = {}  # (long key, short form) -> the words cut
    for c in clusters.values():
        if " " not in c.key or c.type == PERSON or (c.hard and c.type == PLACE):
            continue  # one word has no shorter form
        for m in c.mentions:
            if " " not in m.text or not _CAPITALISED.match(m.text):
                continue
            for form, before in _short_forms(m.text):
                index.setdefault((m.source, form), set()).add(c.key)
                cut_before[(c.key, form)] = before
    if not index:
        return
    owners: dict[str, set[str]] = {}
    for c in sorted(clusters.values(), key=lambda c: c.key):
        name = c.key.split(":", 1)[1]
        longs = {k for m in c.mentions for k in index.get((m.source, name), ())}
        words = name.split()
        if not longs or c.hard or any(w in _OF_WORDS for w in words) or name in gaz.titles:
            continue
        if (
            len(words) == 1
            and (c.type in (PERSON, PLACE) or name in gaz.places or name in city_names())
            and name not in FACILITY_WORDS
        ):
            continue  # a surname; a place's name ending a body's ("Skills Academy Wales")
        if not all(_CAPITALISED.fullmatch(w) for m in c.mentions for w in m.text.split()):
            continue
        roots = {uf.find(k) for k in longs}
        if len(roots) != 1:
            continue  # two bodies with that head
        root = next(iter(roots))
        if root == uf.find(c.key):
            owners.setdefault(root, set()).add(root)
            continue  # joined to its one body already
        # "North Kivu" is no "Kivu"; "Spanish Guardia Civil" is "Guardia Civil"
        both_places = c.type == PLACE and clusters[root].type == PLACE
        kind = words[-1] in FACILITY_WORDS
        if (
            both_places
            and not kind
            and not all(_a_nation(cut_before.get((k, name), ""), gaz) for k in longs)
        ):
            continue
        owners.setdefault(uf.find(c.key), set()).add(root)
    join_sole_owners(owners, uf)  # "UN Office", "United Nations Office": one actor, two heads


# the nouns of a nation's land or armed forces ("Lebanese Army", "Sudanese Armed Forces",
# "Fijian Military Forces", "Israel Defense Forces"); not "Navy" nor "Air Force": another arm;
# nor a "National Army", a name a faction takes as often as the state ("Libyan National Army"
# fights the Libyan army, the "Syrian National Army" the Syrian Army)
_FORCES = frozenset(
    [
        *("army", "armed forces", "military", "military forces"),
        *("defence force", "defense force", "defence forces", "defense forces"),
    ]
)


def merge_national_forces(clusters: dict[str, Cluster], uf: UnionFind, gaz: Gazetteer) -> None:
    """ "Lebanese Army" joins "Lebanese Armed Forces": two names of a nation's forces, each a
    people's or a country's name and a forces noun, when the sources name no third."""
    by_nation: dict[str, set[str]] = {}
    for c in clusters.values():
        if c.type == PERSON:
            continue
        for nation, forces in _splits(c.key.split(":", 1)[1]):
            if forces in _FORCES and _a_nation(nation, gaz):
                by_nation.setdefault(nation, set()).add(c.key)
    for keys in by_nation.values():
        roots = {uf.find(k) for k in keys}
        if len(roots) == 2:
            uf.union(*sorted(roots))


_PEOPLE_ENDING = re.compile(r"[a-z]{2,}(?:ese|ian|an|ish|i|ic)")


def _a_nation(word: str, gaz: Gazetteer) -> bool:
    return _nation(word) if gaz is gazetteer() else _nation.__wrapped__(word, gaz)


@resource_cache
def _nation(word: str, gaz: Gazetteer | None = None) -> bool:
    """A country's name or its people's ("Lebanese" of Lebanon: a people's ending, and the
    country's name up to its last letter or two)."""
    gaz = gaz or gazetteer()
    if word in gaz.demonyms or word in gaz.countries or looks_demonym(word, gaz):
        return True
    if " " in word or not _PEOPLE_ENDING.fullmatch(word):
        return False
    return any(
        len(c) >= 4 and word.startswith(c[: max(4, min(5, len(c) - 1))])
        for c in gaz.countries
        if " " not in c
    )


def _splits(name: str) -> list[tuple[str, str]]:
    words = name.split()
    return [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]


def head_short_mentions(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Mentions with "the Mechanism" added where the model missed it: a capitalised word after
    a lower-case "the" that is the head noun of exactly one longer body's name of its source
    ("EU Civil Protection Mechanism"), neither part of a longer name nor a title."""
    by_source: dict[int, list[Mention]] = {}
    for m in mentions:
        by_source.setdefault(m.source, []).append(m)
    added: list[Mention] = []
    relabelled: dict[tuple[int, int, int], str] = {}
    for i, found in by_source.items():
        heads: dict[str, set[str]] = {}
        label_of: dict[str, str] = {}
        for m in found:
            if m.label not in ("ORG", "FAC") or " " not in m.text:
                continue
            head = head_words(m.text)  # "council" of "Council of the EU" counts as a rival
            if head:
                heads.setdefault(head[-1], set()).add(" ".join(head))
                label_of.setdefault(head[-1], m.label)
        if not heads:
            continue
        for m in found:  # the model's "people" on a body's head noun
            if m.label != "NORP" or " " in m.text:
                continue
            key = cached_norm(m.text)
            if key in heads and len(_distinct(heads[key])) == 1 and not _a_nation(key, gaz):
                relabelled[(i, m.start, m.end)] = label_of[key]
        text = sources[i].text
        spans: list[tuple[int, int]] | None = None
        for hit in _THE_WORD.finditer(text):
            word = hit.group(1)
            key = word.lower()
            if key not in heads or len(_distinct(heads[key])) != 1 or key in gaz.titles:
                continue
            spans = spans if spans is not None else [(m.start, m.end) for m in found]
            if any(s < hit.end(1) and hit.start(1) < e for s, e in spans):
                continue
            added.append(Mention(i, hit.start(1), hit.end(1), word, label_of[key], article=True))
    if relabelled:
        mentions = [
            replace(m, label=relabelled.get((m.source, m.start, m.end), m.label)) for m in mentions
        ]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.source, m.start, m.end))


def _distinct(names: set[str]) -> set[str]:
    """The names that are no ending of a longer one ("criminal court" of "international
    criminal court" is that name; a head of one word, "council" of "Council of the EU", is
    another body's)."""
    return {
        n for n in names if " " not in n or not any(o != n and o.endswith(" " + n) for o in names)
    }


# "the Mechanism" in running text: not followed by another capitalised word, "of", or "’s"
_THE_WORD = re.compile(r"(?<![\w-])[Tt]he ([A-Z][a-z]{3,})(?![\w’'-]| [A-Z]| of\b| for\b)")
