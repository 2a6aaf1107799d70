"""A place written with and without the generic noun of its kind: "Gaza" and "Gaza Strip",
"Aceh province" and "Aceh". Written lower case the noun is no part of the name ("in Aceh
province" names Aceh); capitalised it is ("the Gaza Strip"), and the fuller form names the
place."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_app.analysis.bodies import ADMIN_WORDS
from briefing_app.analysis.gazetteer import Gazetteer, city_names, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.place_forms import FEATURE_NOUNS
from briefing_app.model import PLACE, Source

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind

# Nouns for a stretch of land that the land's own name stands for on its own ("the Sinai
# Peninsula", "Sinai"); waters ("Mozambique Channel") and valleys ("Jordan Valley") are other
# places than the land they are named after, and stay apart.
AREA_WORDS = frozenset(["strip", "island", "peninsula", "archipelago", "atoll"])
# An island or a peninsula named after a city is land of its own, not the city ("Vancouver
# Island" lies off Vancouver, the Kerch Peninsula around Kerch), as one named after a country is
_ISLANDS = frozenset(["island", "peninsula", "archipelago", "atoll"])
_HEADS = ADMIN_WORDS | AREA_WORDS
# the nouns of a landform a name written before them stands for ("the Taal volcano")
_LANDFORMS = AREA_WORDS | frozenset(["volcano"])
# "Western province", "Central region": a direction is no name on its own
_DIRECTION = re.compile(
    r"(?:north|south|east|west|central|upper|lower|middle|inner|outer)(?:ern|ward)?$"
)
_PLACE_LABELS = ("GPE", "LOC")


def without_generic_tails(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer, common: frozenset[str]
) -> list[Mention]:
    """Place mentions ending with a lower-case generic noun ("Aceh province", "Batam island")
    cut to the name before it. A direction ("Western province"), a people ("Kurdish region"),
    a word the text writes in lower case or a function word before it is no name, and such a
    mention stays whole; so does a city's name before an island's noun ("Vancouver island")."""
    out: list[Mention] = []
    for m in mentions:
        last = m.text.rsplit(" ", 1)[-1]
        # "the Hunga Tonga Hunga Ha’apai volcano" read as a body: a landform, named before it
        landform = m.label in ("ORG", "FAC") and last in _LANDFORMS
        if not landform and (m.label not in _PLACE_LABELS or last not in _HEADS):
            out.append(m)
            continue
        name, _, tail = m.text.rpartition(" ")
        key = cached_norm(name)
        if (
            name
            and all(w[:1].isupper() for w in name.split())
            and not _DIRECTION.match(key.split()[-1] if key else "")
            and key not in gaz.stopwords
            and key not in gaz.demonyms
            and not looks_demonym(key, gaz)
            and not set(key.split()) & common
            and not (tail in _ISLANDS and key in city_names())
        ):
            m = replace(m, end=m.start + len(name), text=name)
            m = replace(m, label="LOC") if landform else m
        out.append(m)
    return out


def merge_area_heads(
    clusters: dict[str, _Cluster], uf: _UnionFind, countries, cities=frozenset()
) -> None:
    """ "Gaza Strip" joins "Gaza", "Batam Island" joins "Batam": a place whose name is another
    place's name, then a noun for a stretch of land. Before a country's name the noun names
    another place than the country ("Jordan Island" is no Jordan), and both stay apart; so do
    a city and the island or peninsula named after it ("Vancouver Island")."""
    places = {c.key.split(":", 1)[1]: c for c in clusters.values() if c.type == PLACE}
    for name, c in sorted(places.items()):
        head, _, last = name.rpartition(" ")
        other = places.get(head)
        if (
            head
            and last in AREA_WORDS
            and other is not None
            and head not in countries
            and not (last in _ISLANDS and head in cities)
            and not (c.hard and other.hard)
        ):
            uf.union(other.key, c.key)


def fullest_place_name(counts: Counter) -> str:
    """Of a place's forms, the one that is another form plus a capitalised generic noun ("Gaza
    Strip" of "Gaza") or that a landform's noun written alone shortens ("Great Barrier Reef"
    of "Reef"), most used first; empty when there is none."""
    found = [
        t
        for t in counts
        if " " in t
        and t.rsplit(" ", 1)[1][:1].isupper()
        and (
            (cached_norm(t.rsplit(" ", 1)[1]) in _HEADS and t.rsplit(" ", 1)[0] in counts)
            # "Great Barrier Reef" of "the Reef": the landform's noun alone is its short form
            or (cached_norm(t.rsplit(" ", 1)[1]) in FEATURE_NOUNS and t.rsplit(" ", 1)[1] in counts)
        )
    ]
    return min(found, key=lambda t: (-counts[t], -len(t), t)) if found else ""
