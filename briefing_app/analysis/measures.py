"""A number followed by a unit of measurement is a measure, never a year: "a 1900 kilometre
pipeline", "the 2000-tonne ship", "1950 km of road", "2100 square metres".

The units are the SI units and the customary units of length, area, mass, volume, power and
energy in the International System's own tables and the US/imperial measures (a closed class);
currencies are left out, as "in 2010 dollars" is a year (and "pound" with them).
"""

from __future__ import annotations

import re

_UNITS = (
    # length
    "metre meter kilometre kilometer centimetre centimeter millimetre millimeter km m cm mm "
    "mile foot feet ft inch yard nautical "
    # area and volume
    "square sq hectare ha acre cubic litre liter l gallon barrel bbl "
    # mass
    "gram gramme kilogram kilogramme kg g tonne ton t lb ounce oz "
    # power, energy, speed
    "watt kilowatt megawatt gigawatt kw mw gw kwh mwh gwh volt kilovolt kv horsepower hp "
    "knot mph kph"
)
_SI_CAPITALS = frozenset(["kW", "MW", "GW", "kWh", "MWh", "GWh", "kV"])
_UNIT = "|".join(sorted(set(_UNITS.split()), key=len, reverse=True))
# The unit right after the number, with a space or a hyphen, singular or plural ("kilometre",
# "kilometres", "km", "km/h"); never a longer word that starts like one ("the 2000 gala").
_MEASURE_AFTER = re.compile(rf"[ \t]?-?[ \t]?(?:{_UNIT})(?:e?s)?(?![\w-])", re.IGNORECASE)
# A one-letter unit ("m", "l", "g", "t") only written in lower case straight after a space.
_SHORT = frozenset(["m", "l", "g", "t"])


def is_measure(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is followed by a unit of measurement."""
    m = _MEASURE_AFTER.match(text, end)
    if m is None:
        return False
    unit = m.group().strip(" \t-")
    if unit.lower().rstrip("s") in _SHORT or unit in _SHORT:
        return unit in _SHORT and not text[m.end() : m.end() + 1].isalpha()
    # A unit is written in lower case, or in its SI symbol's capitals ("MW", "kWh"); a
    # capitalised word is a name or an initialism ("a 2019 FT investigation", "the 2020 Ton
    # Duc Thang award", "In 2015 KG Holdings"), the year of what it names.
    return unit.islower() or unit.rstrip("s") in _SI_CAPITALS
