"""A US state written in the AP Stylebook's abbreviation after a city ("Homestead, Fla.",
"Glenn County, Calif."): a place of the story when the text also writes the state's name in
full ("Florida"), one actor with it. A dateline's state the text never names in full stays
part of its city (``page_labels``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_app.analysis.name_words import cached_norm
from briefing_app.model import PLACE

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster, UnionFind
    from briefing_app.analysis.gazetteer import Gazetteer

# The AP Stylebook's state abbreviations for datelines (states it writes out, such as Ohio or
# Texas, have none), each with the state's name: general data, not names from any article.
# The District of Columbia is left out: "Washington, D.C." is one place.
AP_STATES = {
    **{"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California"},
    **{"Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida"},
    **{"Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas"},
    **{"Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts"},
    **{"Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri"},
    **{"Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire"},
    **{"N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York"},
    **{"N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon"},
    **{"Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina"},
    **{"S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia"},
    **{"Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming"},
}
_BY_KEY = {cached_norm(a): name for a, name in AP_STATES.items()}


def state_named_in_full(text: str, abbreviation: str, gaz: Gazetteer) -> bool:
    """The text writes the full name of the state ``abbreviation`` (with or without its dot)
    stands for, as a word of its own: "Florida" beside "Fla."; not a name that is also a
    country's or a capital's ("Georgia", "Washington", "New York")."""
    name = AP_STATES.get(abbreviation) or AP_STATES.get(abbreviation + ".")
    if name is None or _another_place(name, gaz):
        return False
    return re.search(rf"(?<![\w-]){name}(?![\w-])", text) is not None


def _another_place(name: str, gaz: Gazetteer) -> bool:
    """ "Georgia" (a country), "Washington" (the capital), "New York" (the city): the text's
    full name may be that other place, not the state after "Savannah, Ga."."""
    key = cached_norm(name)
    return key in gaz.countries or key in gaz.places


def merge_state_abbreviations(clusters: dict[str, Cluster], uf: UnionFind, gaz: Gazetteer) -> None:
    """A place written only as an AP abbreviation ("Fla.") is the state, by its full name,
    and one actor with the place the text calls "Florida"."""
    places = {c.key.split(":", 1)[1]: c.key for c in clusters.values() if c.type == PLACE}
    for c in sorted(clusters.values(), key=lambda c: c.key):
        name = _BY_KEY.get(c.key.split(":", 1)[1])
        if name is None or not all(m.text.rstrip(".") + "." in AP_STATES for m in c.mentions):
            continue
        if _another_place(name, gaz):
            continue  # "Everett, Wash." beside "officials in Washington": two places
        c.hard, c.canonical = PLACE, name
        full = places.get(cached_norm(name))
        if full is not None:
            uf.union(full, c.key)
