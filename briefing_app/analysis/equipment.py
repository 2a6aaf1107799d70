"""Names of equipment, not actors: a model's name written after its type designation ("C-130J
Hercules transport aircraft", "a C-17A Globemaster III and ..."), and a people's word before a
code ("Tongan COVID-19 protocols": the rules of a people about a disease, no one who acts)."""

from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym, norm
from briefing_app.analysis.generic import stem_written

# a type designation right before the name, on the same line: "C-17A ", "P-8A ", "A400M "
_CODE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{1,4}-\d{1,4}[A-Za-z]?|[A-Z]{1,4}\d{2,4}[A-Z])[ \t]$")
# nouns of vehicles and craft: the kind a model's name is of
_VEHICLES = (
    r"(?:aircraft|air ?planes?|aeroplanes?|planes?|jets?|airlifters?|helicopters?|drones?"
    r"|vessels?|ships?|boats?|frigates?|destroyers?|corvettes?|submarines?|tanks?"
    r"|vehicles?|trucks?|fighters?|bombers?|tankers?|gunships?|freighters?)"
)
# after the name, in its clause: up to seven words ("and two C-130J Hercules transport"),
# then the vehicle's noun
_VEHICLE_AFTER = re.compile(rf"(?:[ \t]+[\w’'-]+,?){{0,7}}?[ \t]+{_VEHICLES}\b")


_CODE_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*\d[\w-]*)(?![\w-])")
# a code of letters then digits: "COVID-19", "H5N1", "MERS-CoV"
_CODE = re.compile(r"[A-Z][A-Za-z]{1,5}-?\d[\w-]*|[A-Z]\d[A-Z]\d")


def a_model_name(text: str, s: int, e: int, key: str, gaz: Gazetteer) -> bool:
    """ "Hercules" of "C-130J Hercules transport aircraft": a name right after a type
    designation, with the noun of a craft or vehicle after it in the clause; a known place or
    body after a code ("the C-295 Veldria bought") stays."""
    if gaz.knows(key):
        return False
    if _CODE_BEFORE.search(text, max(0, s - 12), s) is None:
        return False
    return _VEHICLE_AFTER.match(text, e) is not None


def people_and_code(text: str, e: int, name: str, gaz: Gazetteer) -> bool:
    """ "Tongan COVID-19": a people's word, then a code of a disease or a model,
    in the name or right after it: what that people has or uses, never who acts."""
    parts = name.split()
    after = _CODE_AFTER.match(text, e)
    if after is not None:
        parts.append(after.group(1))
    if len(parts) < 2 or not _CODE.fullmatch(parts[-1]):
        return False
    head = norm(" ".join(parts[:-1]))
    if head in gaz.demonyms or looks_demonym(head, gaz):
        return True  # not a place: "in Tonga COVID-19 cases rose" names Tonga
    return len(parts) == 2 and stem_written(text, parts[0])  # "Veldrian" beside "Veldria"
