"""One actor listed twice, fourteenth round, on invented texts with hand-made labels.

A department's acronym may leave out both the country's word and "Department of" before the
portfolio ("U.S. Department of Rivers and Coastal Works (RCW)"): the defined long form is the
whole department, not its portfolio cut short. A place written with the word of its kind
("Kurume City", "Malakal Area", "State of Varnia") is the place written without it; but a city
named after a country or a province ("Mexico City", "Quebec City") is another place. "Mr" or
"Ms." before a surname the model read as a body is kept as that person's form of address (a
ship's "MS" is none). A service's acronym before a rank ("RAF Air Marshal Quellin") is no part
of the name; a photographer's name glued after a slash ("[Orlen-Aid/Mirta Vasko]") is no part
of the body's (two bodies or a region after a slash are). A place's name cut to its last words
("the Federal Channel") or its head ("the Gulf" of "Gulf of Vessa") is that place; not one word
cut from a longer name, a name a direction turns into another place, nor a cut two places
share. The sentences are made up; the towns and the near misses' places are real (the rule is
about towns the city list knows), the other names invented.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.acronyms import acronym_matches
from briefing_app.analysis.mentions import personal_address


def _aliases(text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    src, sa = labelled(text, labels)
    return {a.name: a.aliases for a in combine([src], [sa]).actors}


def _owner_of(actors: dict[str, list[str]], form: str) -> list[str]:
    return [name for name, aliases in actors.items() if form in aliases]


# ---- a department's acronym after its country's word ----------------------------------------


def test_a_departments_acronym_after_a_countrys_word_names_the_whole_department():
    text = (
        "The U.S. Department of Rivers and Coastal Works (RCW) will pay for two new dikes near "
        "Port Elling. RCW engineers will start work in March."
    )
    actors = _aliases(text, [("U.S. Department of Rivers and Coastal Works", "ORG")])
    assert _owner_of(actors, "RCW") == ["U.S. Department of Rivers and Coastal Works"]
    assert "Rivers and Coastal Works" not in actors


def test_a_departments_initials_may_skip_its_owner_and_department_of():
    assert acronym_matches("RCW", "U.S. Department of Rivers and Coastal Works")
    assert acronym_matches("HSW", "Velmar Ministry of Health and Social Welfare")


def test_a_name_with_no_department_word_second_is_not_skipped_that_way():
    assert not acronym_matches("CW", "Tarn Coastal Works")
    assert not acronym_matches("RCW", "Tarn Rivers Department")


# ---- a place with and without the word of its kind ------------------------------------------


def test_a_city_and_an_area_written_with_their_kind_join_the_place():
    # real towns the city list knows (an invented name is joined by other rules already)
    text = (
        "The minister visited Kurume City on Tuesday. Officials in Kurume said the river rose "
        "in the night. Families of the Malakal Area were moved to schools, and Malakal farmers "
        "lost their crops."
    )
    actors = _aliases(
        text,
        [("Kurume City", "GPE"), ("Kurume", "GPE"), ("Malakal Area", "GPE"), ("Malakal", "GPE")],
    )
    assert len(_owner_of(actors, "Kurume")) == 1
    assert _owner_of(actors, "Kurume") == _owner_of(actors, "Kurume City")
    assert _owner_of(actors, "Malakal") == _owner_of(actors, "Malakal Area")


def test_the_state_of_a_place_is_that_place():
    text = (
        "The State of Varnia will pay for the repairs. Officials of Varnia met the mayor on Friday."
    )
    actors = _aliases(text, [("State of Varnia", "ORG"), ("Varnia", "GPE")])
    assert len(_owner_of(actors, "Varnia")) == 1
    assert _owner_of(actors, "Varnia") == _owner_of(actors, "State of Varnia")


def test_a_city_named_after_a_country_or_a_province_stays_apart():
    text = (
        "Quebec City officials said Quebec would send pumps. Mexico City sent a team to the "
        "north of Mexico."
    )
    actors = _aliases(
        text,
        [("Quebec City", "GPE"), ("Quebec", "GPE"), ("Mexico City", "GPE"), ("Mexico", "GPE")],
    )
    assert _owner_of(actors, "Quebec") != _owner_of(actors, "Quebec City")
    assert _owner_of(actors, "Mexico") != _owner_of(actors, "Mexico City")


# ---- "Mr" before a surname read as a body ---------------------------------------------------


def test_mr_before_a_surname_read_as_a_body_is_kept_as_the_persons_form():
    text = (
        "Jonas Varrow, the chair of the harbour committee, opened the meeting. Mr Varrow also "
        "said the deadline for letters had been moved to May."
    )
    actors = _aliases(text, [("Jonas Varrow", "PERSON"), ("Varrow", "ORG")])
    assert "Mr Varrow" in actors["Jonas Varrow"]


def test_only_a_persons_form_of_address_written_as_such_counts():
    assert personal_address("said Ms. Orlan", 9) == "Ms."
    assert personal_address("the MS Orlanda", 7) == ""  # a ship's prefix
    assert personal_address("the Dr Congo", 7) == ""
    assert personal_address("Hamr Orlanda", 5) == ""


# ---- a body's acronym before a rank ---------------------------------------------------------


def test_a_services_acronym_before_a_rank_leaves_the_surname_with_its_role():
    text = (
        "Air Marshal Tomas Quellin joined the space staff as an adviser on Monday. "
        "“RAF Air Marshal Quellin’s arrival is a first,” the general said."
    )
    actors = _aliases(text, [("Tomas Quellin", "PERSON"), ("RAF Air Marshal Quellin", "ORG")])
    assert "RAF Air Marshal Quellin" not in actors
    assert any(form.endswith("Air Marshal Quellin") for form in actors["Tomas Quellin"])


def test_a_body_named_before_a_person_without_a_rank_stays_a_body():
    text = "The WAVA Harbour Board met on Monday, and the WAVA Harbour Board said it would pay."
    actors = _aliases(text, [("WAVA Harbour Board", "ORG")])
    assert "WAVA Harbour Board" in actors


# ---- a photographer's credit glued after a slash --------------------------------------------


def test_a_photographers_name_after_a_slash_is_cut_from_the_body():
    text = (
        "Families return to the old town [Orlen-Aid/Mirta Vasko]\n\n"
        "Orlen-Aid has rebuilt 300 homes in the old town since March."
    )
    actors = _aliases(text, [("Orlen-Aid/Mirta Vasko", "ORG"), ("Orlen-Aid", "ORG")])
    assert "Orlen-Aid/Mirta Vasko" not in actors
    assert "Mirta Vasko" not in actors
    assert "Orlen-Aid" in actors


def test_two_bodies_or_a_region_after_a_slash_stay_whole():
    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.slash_credits import before_slash_credit

    gaz = gazetteer()
    for name in ("USAID/OFDA", "DR Congo/North Kivu", "Da’esh/ISIL", "UNDP/Global Fund"):
        text = f"Help came from {name} today."
        s = text.index(name)
        assert before_slash_credit(text, s, s + len(name), gaz) == s + len(name), name


# ---- a place's name cut short --------------------------------------------------------------


def test_a_place_cut_to_its_last_words_or_its_head_joins_the_longer_place():
    text = (
        "Divers cleared the Tarlow Basin Federal Channel on Monday. Ships may use the Federal "
        "Channel again from June. Oil spread across the Gulf of Vessa, and the Gulf stayed "
        "closed to fishing."
    )
    labels = [
        ("Tarlow Basin Federal Channel", "LOC"),
        ("Federal Channel", "LOC"),
        ("Gulf of Vessa", "LOC"),
        ("Gulf", "LOC"),
    ]
    actors = _aliases(text, labels)
    assert _owner_of(actors, "Federal Channel") == _owner_of(actors, "Tarlow Basin Federal Channel")
    assert _owner_of(actors, "Gulf") == _owner_of(actors, "Gulf of Vessa")


def test_a_one_word_place_a_direction_or_two_longer_places_stay_apart():
    text = (
        "Ash fell on Orvane and on Hunga Orvane. The North Orlen Basin flooded, but the Orlen "
        "Basin stayed dry. Boats crossed the Gulf of Vessa and the Gulf of Tarn; the Gulf was "
        "calm. South Sudan and Sudan met."
    )
    labels = [
        ("Hunga Orvane", "LOC"),
        ("Orvane", "LOC"),
        ("North Orlen Basin", "LOC"),
        ("Orlen Basin", "LOC"),
        ("Gulf of Vessa", "LOC"),
        ("Gulf of Tarn", "LOC"),
        ("Gulf", "LOC"),
        ("South Sudan", "GPE"),
        ("Sudan", "GPE"),
    ]
    actors = _aliases(text, labels)
    assert _owner_of(actors, "Orvane") != _owner_of(actors, "Hunga Orvane")
    assert _owner_of(actors, "Orlen Basin") != _owner_of(actors, "North Orlen Basin")
    assert _owner_of(actors, "Gulf") not in (
        _owner_of(actors, "Gulf of Vessa"),
        _owner_of(actors, "Gulf of Tarn"),
    )
    assert _owner_of(actors, "Sudan") != _owner_of(actors, "South Sudan")
