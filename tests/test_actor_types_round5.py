"""Actor types from structure, on invented texts (issue 8 §2, Types): names listed together
are of one kind; a place's head noun over a list makes its names places.

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can get them right. Every name here is made up.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named
from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _type(analysis, name: str) -> str:
    return actor_named(analysis, name).type


def test_names_listed_under_a_place_head_noun_are_places():
    text = (
        "Relief teams reached Port Selvan on Monday. The worst hit districts were reported to "
        "be Orvalo, Trenik, Mabuza and Quillet in the north."
    )
    src, sa = labelled(
        text,
        [
            ("Port Selvan", "GPE"),
            ("Orvalo", "ORG"),
            ("Trenik", "PERSON"),
            ("Mabuza", "PERSON"),
            ("Quillet", "GPE"),
        ],
    )
    analysis = combine([src], [sa])
    for name in ("Orvalo", "Trenik", "Mabuza", "Quillet"):
        assert _type(analysis, name) == "place", name


def test_names_before_a_plural_place_noun_are_places():
    text = "Floods cut the roads of the Tarnow and Vellichor provinces on Sunday."
    src, sa = labelled(text, [("Tarnow", "PERSON"), ("Vellichor", "ORG")])
    analysis = combine([src], [sa])
    assert _type(analysis, "Tarnow") == "place"
    assert _type(analysis, "Vellichor") == "place"


def test_a_charity_listed_among_bodies_is_a_body_whatever_the_model_said():
    text = (
        "Funding goes to five charities. They are: Hopewell Corps, Brightway Foundation, "
        "Grainaid, Velmora and Kindred Hands International."
    )
    src, sa = labelled(
        text,
        [
            ("Hopewell Corps", "ORG"),
            ("Brightway Foundation", "ORG"),
            ("Grainaid", "ORG"),
            ("Velmora", "LOC"),
            ("Kindred Hands International", "FAC"),
        ],
    )
    analysis = combine([src], [sa])
    assert _type(analysis, "Velmora") == "organization"
    assert _type(analysis, "Kindred Hands International") == "organization"


def test_a_list_does_not_override_a_names_own_evidence():
    # near miss: a body's word in the name beats its place neighbours
    text = "Aid arrived in Korvath, Dremmel, Ostrava Relief Agency and Palmetto on Friday."
    src, sa = labelled(
        text,
        [
            ("Korvath", "GPE"),
            ("Dremmel", "GPE"),
            ("Ostrava Relief Agency", "ORG"),
            ("Palmetto", "GPE"),
        ],
    )
    analysis = combine([src], [sa])
    assert _type(analysis, "Ostrava Relief Agency") == "organization"


def test_people_listed_with_places_stay_people():
    # near miss: people named beside places keep their type; a mixed list gives no kind
    text = "Talks between Anya Brisk, Tomas Veller, the Quorin Council and Dalmar went on."
    src, sa = labelled(
        text,
        [
            ("Anya Brisk", "PERSON"),
            ("Tomas Veller", "PERSON"),
            ("Quorin Council", "ORG"),
            ("Dalmar", "GPE"),
        ],
    )
    analysis = combine([src], [sa])
    assert _type(analysis, "Anya Brisk") == "person"
    assert _type(analysis, "Tomas Veller") == "person"
    assert _type(analysis, "Quorin Council") == "organization"


def test_a_place_after_a_bodys_head_noun_and_a_preposition_stays_a_place():
    # near miss: "organisations working in X, Y" names where they work, not who they are
    text = "Grants go to aid organisations working in Talvora, Brisken and Quennet this year."
    src, sa = labelled(text, [("Talvora", "GPE"), ("Brisken", "ORG"), ("Quennet", "GPE")])
    analysis = combine([src], [sa])
    assert _type(analysis, "Talvora") == "place"
    assert _type(analysis, "Quennet") == "place"


def test_a_persons_full_name_listed_after_places_stays_a_person():
    # near miss: "from Town, State, and Full Name from ..." is no list of places
    text = (
        "Rescued were Ada Quill, 50, from Marlow Heights, Virginia, and Rob Denner from "
        "Calloway, Florida."
    )
    src, sa = labelled(
        text,
        [
            ("Ada Quill", "PERSON"),
            ("Marlow Heights", "GPE"),
            ("Virginia", "GPE"),
            ("Rob Denner", "PERSON"),
            ("Calloway", "GPE"),
            ("Florida", "GPE"),
        ],
    )
    analysis = combine([src], [sa])
    assert _type(analysis, "Rob Denner") == "person"


# ---- a place's own words and its region -----------------------------------------------------


def test_a_name_followed_by_its_country_or_region_is_a_place():
    text = (
        "A strike hit fighters near Dorro Halane, Somalia, on Monday. Two men from Pellham, "
        "Florida, were rescued."
    )
    src, sa = labelled(text, [("Dorro Halane", "PERSON"), ("Pellham", "PERSON")])
    analysis = combine([src], [sa])
    assert _type(analysis, "Dorro Halane") == "place"
    assert _type(analysis, "Pellham") == "place"


def test_a_landforms_generic_word_makes_a_place():
    text = "Boaters were found south of Gannet Key. Talks were held at Ras Al Marwan."
    src, sa = labelled(text, [("Gannet Key", "ORG"), ("Ras Al Marwan", "ORG")])
    analysis = combine([src], [sa])
    assert _type(analysis, "Gannet Key") == "place"
    assert _type(analysis, "Ras Al Marwan") == "place"


def test_a_person_with_a_role_before_a_region_stays_a_person():
    # near miss: a governor named with the state he governs
    text = "Governor Ray Tolland, Florida, said the roads would reopen."
    src, sa = labelled(text, [("Ray Tolland", "PERSON"), ("Florida", "GPE")])
    analysis = combine([src], [sa])
    assert _type(analysis, "Ray Tolland") == "person"


def test_a_body_named_with_its_country_stays_a_body():
    # near miss: a ministry "of" something, then its country
    text = "The Ministry of Water, Somalia, sent trucks to the camps."
    src, sa = labelled(text, [("Ministry of Water", "ORG"), ("Somalia", "GPE")])
    analysis = combine([src], [sa])
    assert _type(analysis, "Ministry of Water") == "organization"


# ---- two places the model ran together ------------------------------------------------------


def test_two_known_places_joined_by_and_are_two_places():
    text = "Two new members (Cyprus and Malta) voted. Trinidad and Tobago abstained."
    src, sa = labelled(text, [("Cyprus and Malta", "ORG"), ("Trinidad and Tobago", "GPE")])
    analysis = combine([src], [sa])
    names = {a.name for a in analysis.actors}
    assert {"Cyprus", "Malta"} <= names and "Cyprus and Malta" not in names
    assert "Trinidad and Tobago" in names  # near miss: one country's name with "and" in it


def test_a_name_listed_with_a_known_place_after_in_is_a_place():
    text = "Floods destroyed homes in Orvalo and Kathmandu on Friday."
    src, sa = labelled(text, [("Orvalo", "PERSON"), ("Kathmandu", "GPE")])
    assert _type(combine([src], [sa]), "Orvalo") == "place"


def test_a_person_listed_with_a_place_after_with_stays_a_person():
    # near miss: "with" is no locative preposition
    text = "The minister held talks with Orvalo and Kathmandu officials on Friday."
    src, sa = labelled(text, [("Orvalo", "PERSON"), ("Kathmandu", "GPE")])
    assert _type(combine([src], [sa]), "Orvalo") == "person"


def test_a_name_the_text_defines_by_an_acronym_is_a_body_not_a_place():
    text = (
        "Aid went through the Coral Sea Regional Response Platform (CSRRP) and reached the "
        "Kuldar Region of Veldria (KRV) and the Velmar Strait (VS) by Monday."
    )
    src, sa = labelled(
        text,
        [
            ("Coral Sea Regional Response Platform", "LOC"),
            ("Kuldar Region of Veldria", "GPE"),
            ("Velmar Strait", "LOC"),
        ],
    )
    analysis = combine([src], [sa])
    assert _type(analysis, "Coral Sea Regional Response Platform") == "organization"
    # near misses: a region and a strait keep their place words
    assert _type(analysis, "Kuldar Region of Veldria") == "place"
    assert _type(analysis, "Velmar Strait") == "place"


def test_a_units_name_the_model_read_as_a_body_before_its_country_stays_a_body():
    # near miss: a caption's affiliation, "Unit, Bureau, Command, Country"
    text = "Officer Ana Reyes, Rescue Unit, Metro Capital Protection, Veldria, spoke."
    src, sa = labelled(
        text, [("Ana Reyes", "PERSON"), ("Metro Capital Protection", "ORG"), ("Veldria", "GPE")]
    )
    assert _type(combine([src], [sa]), "Metro Capital Protection") == "organization"
