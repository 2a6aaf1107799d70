"""The words names are keyed and cut by: the cached normal form of a name, titles (singular
or plural) and the particles that stay inside a person's name. A leaf of ``mentions`` and of
the modules that trim a mention's edges (``mention_edges``)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer, norm

# Name particles that stay inside a person's name ("Ursula von der Leyen", "bin Salman").
PARTICLES = frozenset(
    [
        *("von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la"),
        *("le", "dos", "das", "ter", "ten", "zu", "bin", "ibn", "bint", "abu", "al", "el"),
        "wa",  # Bantu "of" ("Bingu wa Mutharika")
    ]
)


# a monarch's or pope's number after a given name, in Roman numerals ("II", "XIV", the "X" of
# "Rama X"; "I" too, so that "Abdullah I" and "Abdullah II" make "Abdullah" alone ambiguous)
_REGNAL = re.compile(r"(?=[ivx]{1,6}$)x{0,3}(?:ix|iv|v?i{0,3})")


def regnal_given(key: str) -> str:
    """The given name of a name key that is one given name and a regnal number ("abdullah"
    of "abdullah ii"), else ""."""
    given, _, number = key.partition(" ")
    return given if _REGNAL.fullmatch(number) else ""


def two_monarchs(a: str, b: str) -> bool:
    """ "tomas iii" and "tomas iv" (cluster keys, "person:" before them or not): two regnal
    numbers, two people, however alike the names."""
    return bool(regnal_given(a.split(":", 1)[-1]) and regnal_given(b.split(":", 1)[-1]))


@lru_cache(maxsize=65536)
def cached_norm(text: str) -> str:
    """``norm`` with a cache: the same names come back again and again."""
    return norm(text)


def is_title(key: str, gaz: Gazetteer) -> bool:
    """A title, singular or plural ("Defense Ministers", "Secretaries")."""
    if key in gaz.titles:
        return True
    # a plural of the written-out title, not of an abbreviation ("Press" is no plural of "Pres")
    one = key[:-3] + "y" if key.endswith("ies") else key[:-1] if key.endswith("s") else ""
    return bool(one) and cached_norm(gaz.titles.get(one, "")) == one
