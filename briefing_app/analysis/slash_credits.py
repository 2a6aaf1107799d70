"""A photo's credit glued to the body it credits: "[UN-Habitat/Shehla Alhialy]", "UNSCO
Photo/Pascal Soto": the model reads the body and its photographer as one name, which then
stands apart from the body named in the story. The name is cut before the slash when what
follows is a person's name (two or three capitalised words, none a place or a body the
gazetteer knows); "USAID/OFDA" (two bodies), "DR Congo/North Kivu" (a region: a direction
opens it) and "Da’esh/ISIL" (one word) stay whole."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.name_words import cached_norm

# "/Shehla Alhialy", "/ Pascal Soto": a slash, then two or three capitalised words, the end
_PERSON_AFTER = re.compile(r"\s?/\s?([A-Z][a-z’'-]+(?: [A-Z][a-z’'.-]+){1,2})$")
# "North Kivu", "Upper Nile": a direction opens a region's name, never a person's
_DIRECTION = frozenset(
    [
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "upper", "lower", "new", "greater", "saint", "san", "santa", "st"),
    ]
)


def before_slash_credit(text: str, s: int, e: int, gaz: Gazetteer) -> int:
    """The end of the name before a photographer's credit glued after a slash, else ``e``."""
    found = _PERSON_AFTER.search(text, s, e)
    if found is None or found.start() - s < 2:
        return e
    credit = cached_norm(found.group(1))
    words = credit.split()
    if (
        gaz.knows(credit)
        or any(gaz.knows(w) for w in words)
        or words[-1] in gaz.org_suffixes
        or words[0] in _DIRECTION
        or credit in city_names()
    ):
        return e  # "North Kivu", "Global Fund": a place or a body, no photographer
    return found.start()
