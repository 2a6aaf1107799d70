"""Capitalised phrases that name no actor, and types read from the sentence (ninth round), on
invented texts with hand-made labels: a craft's model name after its type designation, a
people's word before a code, a plural people of a place of two words (a group), a name the
sentence calls a place by its kind ("the island of X", "the X volcano"), a named instance of a
plural noun ("networks like X"), a title inside a name read as a body, a plural role "of"
something ("Heads of State"), a filing to a court or an agency ("Request for ..."), a disease
("Measles"), a street address ("(80 Lomavu St.)") and the first word of an excerpt cut at a
line's end ("Harbourside […]").

Each class has a near miss that must stay an actor (and keep its type). Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_model_name_after_its_type_designation_is_no_actor():
    text = (
        "The Veldrian Air Force sent a KX-40B Stormhawk II and two VT-220J Pelican transport "
        "aircraft to Port Haven on Monday."
    )
    actors = _actors(
        text,
        [
            ("Veldrian Air Force", "ORG"),
            ("Stormhawk II", "PERSON"),
            ("Pelican", "GPE"),
            ("Port Haven", "GPE"),
        ],
    )
    assert "Stormhawk II" not in actors and "Pelican" not in actors
    assert actors["Veldrian Air Force"] == "organization" and actors["Port Haven"] == "place"


def test_a_name_after_a_code_without_a_craft_stays():
    # near misses: a maker before its model's code, and a person after a flight's code with no
    # craft's noun in the clause
    text = (
        "Orvane Aerospace delivered the VT-220J aircraft in May. On flight KX-40 Mara Belvin, "
        "the pilot, said the landing went well."
    )
    actors = _actors(text, [("Orvane Aerospace", "ORG"), ("Mara Belvin", "PERSON")])
    assert actors.get("Orvane Aerospace") == "organization"
    assert actors.get("Mara Belvin") == "person"


def test_a_peoples_word_before_a_code_is_no_actor():
    text = (
        "Captain Ilse Marrow said all support to Veldria will follow agreed Veldrian KORV-21 "
        "protocols."
    )
    actors = _actors(
        text, [("Ilse Marrow", "PERSON"), ("Veldria", "GPE"), ("Veldrian KORV-21", "PERSON")]
    )
    assert not any("KORV" in a or a == "Veldrian" for a in actors)
    assert actors["Ilse Marrow"] == "person"


def test_a_body_with_a_number_in_its_name_stays():
    # near miss: a body named with a people's word and a number, no code
    text = "The Veldrian Group 77 met in Port Haven and Veldrian Airways flew the delegates."
    actors = _actors(
        text,
        [("Veldrian Group 77", "ORG"), ("Port Haven", "GPE"), ("Veldrian Airways", "ORG")],
    )
    assert actors.get("Veldrian Airways") == "organization"


def test_a_place_before_a_code_stays():
    # near miss: a place, then a disease's code opening the next words
    text = "In Port Haven KORV-21 cases rose, and in Veldria KORV-21 testing began."
    actors = _actors(text, [("Port Haven", "GPE"), ("Veldria", "GPE")])
    assert actors.get("Port Haven") == "place" and actors.get("Veldria") == "place"


def test_a_plural_people_of_a_two_word_place_is_a_group():
    text = (
        "Mara Belvin opened a school for Marshall Islanders in Majuro, and New Zealanders "
        "volunteered there."
    )
    src, sa = labelled(
        text,
        [
            ("Mara Belvin", "PERSON"),
            ("Marshall Islanders", "PERSON"),
            ("Majuro", "GPE"),
            ("New Zealanders", "ORG"),
        ],
    )
    analysis = combine([src], [sa])
    actors = {a.name: a.type for a in analysis.actors}
    assert "Marshall Islanders" not in actors and "New Zealanders" not in actors
    assert {"Marshall Islanders", "New Zealanders"} <= set(analysis.groups)
    assert actors["Mara Belvin"] == "person"


def test_a_singular_named_after_a_place_stays():
    # near miss: a magazine named by a singular people's word
    text = "The New Yorker reported that Mara Belvin had left Majuro."
    actors = _actors(
        text, [("The New Yorker", "ORG"), ("Mara Belvin", "PERSON"), ("Majuro", "GPE")]
    )
    assert actors.get("New Yorker") == "organization"


def test_a_place_named_by_its_kind_is_a_place():
    text = (
        "The Orvane Relief Office said 90 people sheltered on the island of Lomavu, and the "
        "ash cloud of the Teveka volcano reached Port Haven after the eruption of Kalahu Ruanu."
    )
    actors = _actors(
        text,
        [
            ("Orvane Relief Office", "ORG"),
            ("Lomavu", "ORG"),
            ("Teveka", "ORG"),
            ("Kalahu Ruanu", "PERSON"),
            ("Port Haven", "GPE"),
        ],
    )
    assert actors["Lomavu"] == "place"
    assert actors["Teveka"] == "place"
    assert actors["Kalahu Ruanu"] == "place"
    assert actors["Orvane Relief Office"] == "organization"


def test_a_body_or_a_person_of_a_place_keeps_its_type():
    # near misses: a council of a town, a person who holds a post of a region
    text = (
        "The Town of Lomavu Council met, and Governor Kalahu Ruanu of the region of Teveka "
        "spoke for the Orvane Relief Office."
    )
    actors = _actors(
        text,
        [
            ("Town of Lomavu Council", "ORG"),
            ("Kalahu Ruanu", "PERSON"),
            ("Teveka", "GPE"),
            ("Orvane Relief Office", "ORG"),
        ],
    )
    assert actors["Town of Lomavu Council"] == "organization"
    assert actors["Kalahu Ruanu"] == "person"


def test_a_named_instance_of_a_plural_noun_takes_the_nouns_type():
    text = (
        "As social networks in Veldria like Korvanet grow, ministers such as Ilse Marrow and "
        "Tevita Lomu want rules, and countries including Orvania, Lomavu and Teveka agree."
    )
    actors = _actors(
        text,
        [
            ("Veldria", "GPE"),
            ("Korvanet", "PERSON"),
            ("Ilse Marrow", "ORG"),
            ("Tevita Lomu", "ORG"),
            ("Orvania", "GPE"),
            ("Lomavu", "ORG"),
            ("Teveka", "PERSON"),
        ],
    )
    assert actors["Korvanet"] == "organization"
    assert actors["Ilse Marrow"] == "person" and actors["Tevita Lomu"] == "person"
    assert actors["Lomavu"] == "place" and actors["Teveka"] == "place"


def test_like_as_a_verb_or_a_comparison_gives_no_type():
    # near misses: "like" after a verb or a pronoun names no kind of thing
    text = (
        "Ilse Marrow said she would like Korvanet to stay. Officials, like Tevita Lomu, "
        "travelled to Lomavu."
    )
    actors = _actors(
        text,
        [
            ("Ilse Marrow", "PERSON"),
            ("Korvanet", "ORG"),
            ("Tevita Lomu", "PERSON"),
            ("Lomavu", "GPE"),
        ],
    )
    assert actors["Korvanet"] == "organization"
    assert actors["Tevita Lomu"] == "person" and actors["Lomavu"] == "place"


def test_a_title_inside_a_name_read_as_a_body_makes_its_holder_a_person():
    text = (
        "The delegation met the Veldrian Ambassador, Mara Belvin, and the US Chargé "
        "d'Affaires Tevin Oloro Mbeki at the Orvane Relief Office."
    )
    actors = _actors(
        text,
        [
            ("Mara Belvin", "PERSON"),
            ("US Chargé d'Affaires Tevin Oloro Mbeki", "ORG"),
            ("Orvane Relief Office", "ORG"),
        ],
    )
    holder = next(a for a in actors if "Mbeki" in a)
    assert actors[holder] == "person"
    assert actors["Orvane Relief Office"] == "organization"


def test_a_body_named_after_a_post_stays_a_body():
    # near miss: a title inside a body's name, a body's word after it
    text = (
        "The Veldria Prime Minister Delivery Unit said the Orvane Relief Office agreed. The "
        "delivery unit was set up in 2019."
    )
    actors = _actors(
        text,
        [("Veldria Prime Minister Delivery Unit", "ORG"), ("Orvane Relief Office", "ORG")],
    )
    assert actors.get("Veldria Prime Minister Delivery Unit") == "organization"


def test_a_plural_role_of_something_is_no_actor():
    text = (
        "In a message to the Heads of State and Government gathered in Port Haven, Ilse "
        "Marrow thanked the Orvane Relief Office."
    )
    actors = _actors(
        text,
        [
            ("Heads of State and Government", "ORG"),
            ("Port Haven", "GPE"),
            ("Ilse Marrow", "PERSON"),
            ("Orvane Relief Office", "ORG"),
        ],
    )
    assert not any(a.startswith("Heads") for a in actors)
    assert actors["Orvane Relief Office"] == "organization"


def test_a_body_of_role_holders_stays():
    # near misses: a body whose name opens with a plural role, and a council of them
    text = "The Chiefs of Staff Committee met the Council of Ministers of Veldria in Port Haven."
    actors = _actors(
        text,
        [
            ("Chiefs of Staff Committee", "ORG"),
            ("Council of Ministers of Veldria", "ORG"),
            ("Port Haven", "GPE"),
        ],
    )
    assert actors.get("Chiefs of Staff Committee") == "organization"
    assert actors.get("Council of Ministers of Veldria") == "organization"


def test_a_filing_to_a_court_or_an_agency_is_no_actor():
    text = (
        "The court heard the Request for Interpretation of the Ruling of 1962 filed by Veldria, "
        "and the Orvane Wildlife Service published its finding on the major KWA Petition."
    )
    actors = _actors(
        text,
        [
            ("Request for Interpretation of the Ruling", "ORG"),
            ("Veldria", "GPE"),
            ("Orvane Wildlife Service", "ORG"),
            ("KWA Petition", "PERSON"),
        ],
    )
    assert not any(a.startswith("Request") or "Petition" in a for a in actors)
    assert actors["Orvane Wildlife Service"] == "organization" and actors["Veldria"] == "place"


def test_a_body_that_receives_filings_stays():
    # near miss: a body named for the filings it handles, the filing's word not last
    text = "The Petitions Committee of Veldria asked the Orvane Wildlife Service to reply."
    actors = _actors(
        text,
        [("Petitions Committee", "ORG"), ("Veldria", "GPE"), ("Orvane Wildlife Service", "ORG")],
    )
    committee = [t for a, t in actors.items() if a.startswith("Petitions Committee")]
    assert committee == ["organization"]


def test_a_name_modifying_the_instance_takes_no_type_from_the_noun():
    # near miss: "EU member states" are the instance, the body's acronym only modifies them
    text = "Many countries including KORA member states agreed, and KORA said so in Port Haven."
    actors = _actors(text, [("KORA", "ORG"), ("Port Haven", "GPE")])
    assert actors["KORA"] == "organization"


def test_a_disease_is_no_actor():
    text = (
        "KORA began vaccinating children in Port Haven against Measles and Rubella, and Ilse "
        "Marrow said a Cholera outbreak was feared."
    )
    actors = _actors(
        text,
        [
            ("KORA", "ORG"),
            ("Port Haven", "GPE"),
            ("Measles", "PERSON"),
            ("Rubella", "PERSON"),
            ("Cholera", "ORG"),
            ("Ilse Marrow", "PERSON"),
        ],
    )
    assert not {"Measles", "Rubella", "Cholera"} & set(actors)
    assert actors["Ilse Marrow"] == "person" and actors["KORA"] == "organization"


def test_a_body_fighting_a_disease_and_a_place_named_like_one_stay():
    # near misses: an alliance named for a disease, and a town that gave a virus its name
    text = (
        "The Measles and Rubella Partnership met in Lomavu, where the Lomavu virus was found, "
        "and Ilse Marrow spoke."
    )
    actors = _actors(
        text,
        [
            ("Measles and Rubella Partnership", "ORG"),
            ("Lomavu", "GPE"),
            ("Ilse Marrow", "PERSON"),
        ],
    )
    assert actors.get("Measles and Rubella Partnership") == "organization"
    assert actors.get("Lomavu") == "place"


def test_a_street_address_is_no_actor():
    text = (
        "Ilse Marrow will appear at the Port Haven Courthouse (80 Lomavu St.) on March 18, and "
        "the KORA office at 12 Teveka Rd. in Orvik stays open."
    )
    actors = _actors(
        text,
        [
            ("Ilse Marrow", "PERSON"),
            ("Port Haven Courthouse", "ORG"),
            ("Lomavu St.", "PERSON"),
            ("KORA", "ORG"),
            ("Teveka Rd", "PERSON"),
            ("Orvik", "GPE"),
        ],
    )
    assert not any(a.startswith(("Lomavu", "Teveka")) for a in actors)
    assert actors["Ilse Marrow"] == "person" and actors["Orvik"] == "place"


def test_a_seat_of_government_written_out_stays():
    # near miss: a house number and a street written out, the seat of a government
    text = "A spokesperson for 10 Korvath Street said Ilse Marrow had met the KORA delegation."
    actors = _actors(text, [("Korvath Street", "ORG"), ("Ilse Marrow", "PERSON"), ("KORA", "ORG")])
    assert "Korvath Street" in actors


def test_a_body_after_a_meeting_of_stays_a_body():
    # near miss: "the summit of X", "a meeting of X" names a body that meets, no place
    text = "At the summit of Korvanet in Port Haven, a meeting of Orvane agreed a plan."
    actors = _actors(text, [("Korvanet", "ORG"), ("Port Haven", "GPE"), ("Orvane", "ORG")])
    assert actors["Korvanet"] == "organization" and actors["Orvane"] == "organization"


def test_the_first_word_of_an_excerpt_cut_at_a_lines_end_is_no_name():
    text = (
        "Posted May 2 by Ilse Marrow\n\nVoters in Port Haven chose a new governor. He defeated "
        "the incumbent. Harbourside […]\n\nRead more about Port Haven."
    )
    actors = _actors(
        text, [("Ilse Marrow", "PERSON"), ("Port Haven", "GPE"), ("Harbourside", "ORG")]
    )
    assert "Harbourside" not in actors
    assert actors["Port Haven"] == "place"


def test_a_name_before_an_ellipsis_written_again_or_inside_a_line_stays():
    # near misses: the name is written again elsewhere; an elision inside a quoted line
    text = (
        "Korvanet said the vote was fair. Korvanet […]\n\n“Orvane […] will not accept it,” "
        "said Ilse Marrow."
    )
    actors = _actors(text, [("Korvanet", "ORG"), ("Orvane", "ORG"), ("Ilse Marrow", "PERSON")])
    assert actors.get("Korvanet") == "organization" and actors.get("Orvane") == "organization"
