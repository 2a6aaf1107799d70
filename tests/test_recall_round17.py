"""Missed actors and wrong types, round 17: invented pages (every sentence and every name made
up for this test) in shapes fresh pages and the corpus took, with near misses from ordinary news
prose that must not change.

- a rare place's name the model labelled as a people (NORP) is a place when the text writes it
  as one: before the singular noun of a kind of administrative unit or settlement after "in",
  "at" or "near" ("in Varakkal taluk"), or as an item of a list after such a word whose first
  item the model read as a place ("in Orvalo, Tessin, Morrun and Kelvano") (``norp_places``).
  Seen on a fresh Indian page ("in Kozhencherry taluk", a district's relief camps) and on a
  U.S. embassy's release in the corpus (a list of Ecuadorian towns after "implemented in").
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _analysis(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa])


def _actors(text: str, labels: list[tuple[str, str]]):
    return {a.name: a for a in _analysis(text, labels).actors}


# ---- a place the model read as a people -------------------------------------------------------


def test_a_name_before_an_administrative_unit_after_in_is_a_place():
    text = (
        "Officials opened four relief camps in Varakkal taluk on Friday after the river rose. "
        "About 460 people are staying in the camps, the district collector said."
    )
    actors = _actors(text, [("Varakkal", "NORP")])
    assert actors["Varakkal"].type == "place"


@pytest.mark.parametrize("unit", ["district", "village", "municipality", "upazila", "county"])
def test_every_kind_of_unit_makes_the_name_a_place(unit: str):
    text = f"Floodwater reached 200 homes in Morrindal {unit} overnight, the police said."
    actors = _actors(text, [("Morrindal", "NORP")])
    assert actors["Morrindal"].type == "place"


def test_an_item_of_a_list_of_places_after_in_is_a_place():
    text = (
        "The projects will be carried out in Orvalo, Tessin, Morrun, Kelvano and Dastra, "
        "the embassy said on Monday."
    )
    labels = [("Orvalo", "GPE"), ("Tessin", "GPE"), ("Morrun", "GPE")]
    labels += [("Kelvano", "NORP"), ("Dastra", "GPE")]
    actors = _actors(text, labels)
    assert actors["Kelvano"].type == "place"
    assert {"Orvalo", "Tessin", "Morrun", "Dastra"} <= set(actors)


# near misses: peoples stay groups, as ordinary news prose writes them


@pytest.mark.parametrize(
    ("text", "labels", "group"),
    [
        # a people before a plural noun of units
        (
            "Fighting spread to Fulbe villages near the border, the army of Kestria said.",
            [("Fulbe", "NORP"), ("Kestria", "GPE")],
            "Fulbe",
        ),
        # a people's adjective before a unit noun: its ending tells it
        (
            "Clashes broke out in Kurdish district offices in Halvor on Monday.",
            [("Kurdish", "NORP"), ("Halvor", "GPE")],
            "Kurdish",
        ),
        # a people written after "in" with a plain noun
        (
            "Turnout was high in Tamil neighbourhoods of Halvor, the commission said.",
            [("Tamil", "NORP"), ("Halvor", "GPE")],
            "Tamil",
        ),
        # a list of peoples, not of places
        (
            "Leaders in Sunni, Shia and Yazidi communities welcomed the deal in Halvor.",
            [("Sunni", "NORP"), ("Shia", "NORP"), ("Yazidi", "NORP"), ("Halvor", "GPE")],
            "Yazidi",
        ),
        # a people after a place in a list, then a plain noun: a modifier, no item
        (
            "Aid reached families in Halvor, Orvalo and Rohingya camps near the coast.",
            [("Halvor", "GPE"), ("Orvalo", "GPE"), ("Rohingya", "NORP")],
            "Rohingya",
        ),
        # a nationality of the lists before a unit noun
        (
            "He grew up in a village in Mexican state schools, then in Texas.",
            [("Mexican", "NORP"), ("Texas", "GPE")],
            "Mexican",
        ),
    ],
)
def test_peoples_stay_groups(text: str, labels, group: str):
    analysis = _analysis(text, labels)
    assert group not in {a.name for a in analysis.actors}


def test_a_people_that_is_also_named_in_a_list_of_places_after_a_people_first_stays_a_group():
    # the list's first item is a people, so the list is no list of places
    text = "Elders in Fulbe, Hausa and Kanuri communities met in Halvor."
    analysis = _analysis(
        text, [("Fulbe", "NORP"), ("Hausa", "NORP"), ("Kanuri", "NORP"), ("Halvor", "GPE")]
    )
    assert not {"Fulbe", "Hausa", "Kanuri"} & {a.name for a in analysis.actors}


# ---- a known place opening a line before a colon -----------------------------------------------
# Seen on two fresh Indian pages ("<Town>: East ... District Collector ...", "<Village>: Pakistan
# Foreign Minister ..."), datelines the model left untagged (``colon_lines``).


def test_a_known_city_opening_the_first_line_before_a_colon_is_a_place():
    text = (
        "Rajamahendravaram: The district collector told officials to speed up flood relief "
        "on Monday.\n\nRelief camps opened in Kestria for 3,000 people."
    )
    actors = _actors(text, [("Kestria", "GPE")])
    assert actors["Rajamahendravaram"].type == "place"


@pytest.mark.parametrize(
    ("text", "labels", "absent"),
    [
        # a label that is no place
        (
            "Source: The ministry of Kestria said the camps were full on Monday.",
            [("Kestria", "GPE")],
            "Source",
        ),
        # a speaker's label written twice, even one spelt like a city
        (
            "Warren: I think the talks in Kestria went well today.\n\n"
            "Host: Thank you.\n\nWarren: We will go back next week.",
            [("Kestria", "GPE")],
            "Warren",
        ),
        # a place before a colon with no sentence after it
        (
            "Nairobi: 12\n\nThe minister of Kestria arrived on Monday.",
            [("Kestria", "GPE")],
            "Nairobi",
        ),
        # a word the gazetteer does not know
        (
            "Analysis: The flood in Kestria was the worst in a decade, the agency said.",
            [("Kestria", "GPE")],
            "Analysis",
        ),
    ],
)
def test_labels_that_are_no_place_stay_out(text: str, labels, absent: str):
    assert absent not in _actors(text, labels)


def test_a_name_the_model_read_as_a_person_is_no_place():
    text = (
        "Austin: The minister of Kestria answered questions for an hour.\n\n"
        "Lloyd Austin said the talks went well."
    )
    actors = _actors(text, [("Kestria", "GPE"), ("Lloyd Austin", "PERSON"), ("Austin", "PERSON")])
    assert not any(a.type == "place" and a.name == "Austin" for a in actors.values())
