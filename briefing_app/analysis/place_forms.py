"""A place written with and without the word of its administrative kind: "Sano City" and
"Sano", "Abyei Area" and "Abyei", "the State of Hawaii" and "Hawaii" are one actor.

A city named after a larger unit is another place than that unit ("Quebec City" is not the
province of Quebec, "Mexico City" not Mexico, "Tochigi City" not Tochigi Prefecture): when the
name before "City" or "Area" is a country, a subdivision or another place the gazetteer knows,
the two stay apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.analysis.gazetteer import Gazetteer
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
