"""A city whose name ends like a people's word is a place, not a nationality: "Bern" (which
ends like a people's word for "Berne"), "Bonn", "Milan". A people's word of a country stays a
group. The cities are real (the gazetteer's general data), the sentences invented.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.gazetteer import gazetteer, looks_demonym


def test_a_city_named_like_a_people_is_listed_as_a_place():
    text = (
        "The envoy wrapped up a tour of Bern, Bonn and Milan on Friday. Russian officials "
        "were not invited to the talks in Bern."
    )
    src, sa = labelled(
        text,
        [("Bern", "GPE"), ("Bonn", "GPE"), ("Milan", "GPE"), ("Russian", "NORP"), ("Bern", "GPE")],
    )
    analysis = combine([src], [sa])
    actors = {a.name: a.type for a in analysis.actors}
    assert actors.get("Bern") == "place" and actors.get("Bonn") == "place"
    assert actors.get("Milan") == "place"
    assert "Bern" not in analysis.groups and "Bonn" not in analysis.groups
    assert "Russian" not in actors


def test_peoples_words_still_read_as_peoples():
    gaz = gazetteer()
    assert all(looks_demonym(w, gaz) for w in ("russian", "kazakh", "mongolian", "ukrainian"))
    assert not any(looks_demonym(w, gaz) for w in ("bern", "bonn", "milan", "lisbon", "tunis"))


def test_a_people_of_a_country_of_two_words_is_a_group_not_a_person():
    text = (
        "Sri Lankan officials met Papua New Guinean diplomats in Colombo on Monday. The Sri "
        "Lankan delegation was led by Ana Perera."
    )
    src, sa = labelled(
        text,
        [
            ("Sri Lankan", "PERSON"),
            ("Papua New Guinean", "NORP"),
            ("Colombo", "GPE"),
            ("Sri Lankan", "PERSON"),
            ("Ana Perera", "PERSON"),
        ],
    )
    analysis = combine([src], [sa])
    actors = {a.name: a.type for a in analysis.actors}
    assert "Sri Lankan" not in actors and "Sri Lankan" in analysis.groups
    assert actors.get("Ana Perera") == "person" and actors.get("Colombo") == "place"


def test_near_miss_a_full_name_ending_like_a_people_stays_a_person():
    gaz = gazetteer()
    assert looks_demonym("sri lankan", gaz) and looks_demonym("south sudanese", gaz)
    # the words before the people's word must make a place with it
    assert not looks_demonym("mark russian", gaz) and not looks_demonym("new yorker", gaz)
    assert not looks_demonym("united states", gaz)
