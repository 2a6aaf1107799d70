"""A place written with and without the word of its administrative kind: "Sano City" and
"Sano", "Abyei Area" and "Abyei", "the State of Hawaii" and "Hawaii" are one actor.

A city named after a larger unit is another place than that unit ("Quebec City" is not the
province of Quebec, "Mexico City" not Mexico, "Tochigi City" not Tochigi Prefecture): when the
name before "City" or "Area" is a country, a subdivision or another place the gazetteer knows,
the two stay apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.model import ORGANIZATION, PLACE

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.actors import _Cluster, _UnionFind

# the capitalised noun after a municipality's or a special area's own name
_KIND_AFTER = (" city", " area")
_STATE_OF = ("state of the ", "state of ")


def _bare_name(name: str) -> tuple[str, bool]:
    """The place's own name in a name key ("sano city" -> "sano"), and whether it was written
    after "State of" (which any place may take: "State of Qatar", "State of Hawaii")."""
    for lead in _STATE_OF:
        if name.startswith(lead):
            return name[len(lead) :], True
    for tail in _KIND_AFTER:
        if name.endswith(tail):
            return name[: -len(tail)], False
    return "", False


def merge_place_forms(clusters: dict[str, _Cluster], uf: _UnionFind, gaz: Gazetteer) -> None:
    """ "Sano City" joins the place "Sano"; "State of Hawaii" (a place or the state's body)
    joins the place "Hawaii". A city or an area named after a larger unit stays apart."""
    places = {c.key.split(":", 1)[1]: c.key for c in clusters.values() if c.type == PLACE}
    for key, c in sorted(clusters.items()):
        if c.type not in (PLACE, ORGANIZATION):
            continue
        bare, state_of = _bare_name(key.split(":", 1)[1])
        target = places.get(bare)
        if not target or target == key or (c.type != PLACE and not state_of):
            continue
        larger = bare in gaz.countries or bare in gaz.subdivisions or bare in gaz.places
        if larger and not state_of:
            continue  # "Quebec City", "Mexico City", "Tochigi City": another place
        uf.union(target, key)


# "North Darfur", "New South Wales", "Upper Nile": a direction before a place's name names
# another place than the name after it
_OTHER_PLACE_LEADS = frozenset(
    [
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "upper", "lower", "new", "greater", "inner", "outer"),
    ]
)


def merge_place_short_forms(clusters: dict[str, _Cluster], uf: _UnionFind, gaz: Gazetteer) -> None:
    """ "the Federal Channel" joins "Fort McHenry Federal Channel", "the Gulf" joins "Gulf of
    Mexico", "the Reef" "Great Barrier Reef": a place's name cut to its last two words or
    more, to its head before "of" or to the landform's noun that ends it, joins the one longer
    place of the sources it is written in that it shortens. Another word cut
    from the end ("Ha’apai" of "Hunga Tonga-Hunga Ha’apai") is a place of its own; so is a name
    the gazetteer knows ("Sudan" of "South Sudan") or a town, or one whose longer form adds a
    direction ("Upper Blue Nile"); and a name that shortens two places joins neither."""
    by_source: dict[int, list[_Cluster]] = {}
    for c in clusters.values():
        if c.type == PLACE:
            for i in {m.source for m in c.mentions}:
                by_source.setdefault(i, []).append(c)
    for c in sorted({c.key: c for cs in by_source.values() for c in cs}.values(), key=_by_key):
        short = c.key.split(":", 1)[1]
        if c.hard or gaz.knows(short) or short in city_names():
            continue
        words = short.split()
        roots = set()
        for i in {m.source for m in c.mentions}:
            for o in by_source[i]:
                long = o.key.split(":", 1)[1].split()
                if len(long) > len(words) and _shortens(words, long, c.words >= 2):
                    roots.add(uf.find(o.key))
        roots.discard(uf.find(c.key))
        if len(roots) == 1:
            uf.union(roots.pop(), c.key)


# the generic noun that ends a landform's or a water's name (feature terms of gazetteers such
# as GeoNames): written alone ("the Reef", "the Gulf") it is short for the one such name
FEATURE_NOUNS = frozenset(
    [
        *("reef", "gulf", "bay", "sea", "ocean", "river", "channel", "strait", "canal"),
        *("valley", "peninsula", "basin", "delta", "desert", "lagoon", "atoll"),
    ]
)


def _by_key(c: _Cluster) -> str:
    return c.key


def _shortens(short: list[str], long: list[str], words: bool) -> bool:
    """ "federal channel" of "fort mchenry federal channel", "gulf" of "gulf of mexico";
    ``words``: the short name is written in two words or more (a key may split "Ha’apai")."""
    n = len(short)
    if words and long[-n:] == short:  # one word cut from a longer name is a place of its own
        return long[-n - 1] not in _OTHER_PLACE_LEADS and long[-n - 1] not in ("of", "the")
    if n == 1 and short[0] in FEATURE_NOUNS and long[-1] == short[0]:
        return long[-2] not in _OTHER_PLACE_LEADS  # "the Reef" of "Great Barrier Reef"
    return long[:n] == short and long[n] == "of"
