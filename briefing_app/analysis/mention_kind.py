"""What kind of name a mention is, before mentions are clustered into actors: an actor (with
the type and name the lists fix for it, if they know it) or a group of people ("Kazakhs",
"Palestine Refugees", a nationality the model labelled NORP). Split from ``actors``
(review13): the first step of ``build_actors``."""

from __future__ import annotations

from briefing_app.analysis.acronyms import spells_a_name
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.gazetteer import looks_demonym as _looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.peoples import plural_people
from briefing_app.model import ORGANIZATION, PERSON, PLACE


def classify(
    m: Mention, gaz: Gazetteer, named=frozenset(), in_names=frozenset(), redefined=frozenset()
) -> tuple[str, str, str, str]:
    """(kind, cluster key, fixed type, fixed name); kind is "actor" or "group".

    ``named`` holds the keys the model also labelled as something other than a group: a
    NORP label on one of those ("Kuleba") is the model's mistake, not a nationality.
    """
    key = cached_norm(m.text)
    if (m.source, key) in redefined:  # an acronym its source defines otherwise than the lists
        return "actor", f"name:{key}", "", ""
    if key in gaz.places:
        canonical = gaz.places[key]
        return "actor", f"place:{cached_norm(canonical)}", PLACE, canonical
    if key in gaz.persons:
        canonical = gaz.persons[key]
        return "actor", f"person:{cached_norm(canonical)}", PERSON, canonical
    if key in gaz.organizations:
        canonical = gaz.organizations[key]
        return "actor", f"organization:{cached_norm(canonical)}", ORGANIZATION, canonical
    # the model's NORP on a city's name ("the Pazarcik and Elbistan districts") is a place
    wrong_norp = key in named or key in city_names()
    # a word of a person's full name is no people however it ends ("Ghani" of "Omar Ghani"),
    # nor is an acronym ("PASC" is no people of Pasco): a people's name is a word
    people = key not in in_names and not is_acronym(m.text) and _looks_demonym(key, gaz)
    if m.label == "NORP" and not wrong_norp:  # "AU" of the "African Union" is no people
        wrong_norp = spells_a_name(m.text, named)
    if key in gaz.demonyms or people or (m.label == "NORP" and not wrong_norp):
        return "group", key, "", ""
    if _people_of(key, gaz) or plural_people(key, gaz):  # "Solomon Islanders"
        return "group", key, "", ""
    return "actor", f"name:{key}", "", ""


# Plural and singular nouns for kinds of people: "Palestine Refugees", "Syrian Migrant".
_PEOPLE_NOUNS = frozenset(
    [
        *("refugee", "refugees", "migrant", "migrants", "civilian", "civilians"),
        *("family", "families", "people", "peoples", "resident", "residents"),
        *("worker", "workers", "settler", "settlers", "pilgrim", "pilgrims"),
    ]
)


def _people_of(key: str, gaz: Gazetteer) -> bool:
    """ "Palestine Refugees", "Rohingya Families": a kind of people, a group and no actor; not
    "High Commissioner for Refugees" nor "Refugees International" (a body's name)."""
    words = key.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in _PEOPLE_NOUNS
        and not any(w in gaz.org_suffixes or w in ("of", "for", "and") for w in words)
    )
