"""Round 10 rules against cut and split actors, on invented paragraphs: a country's name with
"and" inside spelt otherwise than the gazetteer ("St. Kitts and Nevis", "Saint Christopher and
Nevis").

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can join the forms. Each class has a near-miss the rule must leave alone.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named, all_aliases
from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _analyse(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa])


def _places(analysis) -> set[str]:
    return {a.name for a in analysis.actors if a.type == "place"}


# ---- a country's name with "and" inside, spelt another way ----------------------------------


def test_a_joined_country_spelt_with_st_or_another_saint_is_one_country_not_its_tail():
    text = (
        "Messages of support came from Fiji, St. Kitts and Nevis, St Vincent and the "
        "Grenadines and Saint Christopher and Nevis, the federation's older name."
    )
    analysis = _analyse(
        text,
        [
            ("Fiji", "GPE"),
            ("St. Kitts", "GPE"),
            ("Nevis", "GPE"),
            ("St Vincent", "PERSON"),
            ("Grenadines", "GPE"),
            ("Saint Christopher", "PERSON"),
        ],
    )
    places = _places(analysis)
    assert "Nevis" not in all_aliases(analysis) and "Grenadines" not in all_aliases(analysis)
    assert "Saint Kitts and Nevis" in places  # "St." is Saint written short
    assert "Saint Vincent and the Grenadines" in places
    assert "Saint Christopher and Nevis" in all_aliases(analysis)
    assert actor_named(analysis, "Saint Christopher and Nevis").type == "place"
    assert not {a.name for a in analysis.actors if a.type == "person"}


def test_a_region_or_two_places_joined_by_and_stay_as_written():
    # near misses: a region with "and" inside is no country's other spelling, and two places
    # joined by "and" whose last one is a country's tail stay two places
    text = (
        "The Latin American and Caribbean States met in Quito. Ferries run between "
        "St. Ives and Penzance, and England and Northern Ireland signed the accord."
    )
    analysis = _analyse(
        text,
        [
            ("Latin American and Caribbean States", "ORG"),
            ("Quito", "GPE"),
            ("St. Ives", "GPE"),
            ("Penzance", "GPE"),
            ("England", "GPE"),
            ("Northern Ireland", "GPE"),
        ],
    )
    places = _places(analysis)
    assert {"St. Ives", "Penzance", "England", "Northern Ireland"} <= places
    assert "Latin American and Caribbean States" in {a.name for a in analysis.actors}


def test_a_body_whose_long_name_holds_a_joined_region_keeps_it_and_its_acronym():
    # the acronym's long form holds "Latin America and the Caribbean": the body stays whole
    # (and one with its acronym); the region named alone elsewhere is still a place
    text = (
        "The head of the Fisheries Council for Latin America and the Caribbean (FCLAC), "
        "Rosa Quintal, spoke in Lima. FCLAC said trade across Latin America and the "
        "Caribbean had fallen, and Trinidad and Tobago agreed."
    )
    analysis = _analyse(
        text,
        [
            ("Fisheries Council", "ORG"),
            ("Latin America", "LOC"),
            ("Caribbean", "LOC"),
            ("FCLAC", "ORG"),
            ("Rosa Quintal", "PERSON"),
            ("Lima", "GPE"),
            ("Trinidad", "GPE"),
            ("Tobago", "PERSON"),
        ],
    )
    body = actor_named(analysis, "FCLAC")
    assert body.name == "Fisheries Council for Latin America and the Caribbean"
    assert body.type == "organization"
    assert "Fisheries Council" not in {a.name for a in analysis.actors}
    places = _places(analysis)
    assert {"Latin America and the Caribbean", "Trinidad and Tobago", "Lima"} <= places


# ---- "X" and "X of <place>"; an ordinal before a body ---------------------------------------


def test_a_body_and_its_name_with_of_and_a_country_are_one_body():
    text = (
        "The Defence and Security Council of Chile met on Monday. The decisions of the Defence "
        "and Security Council caused a stir. The Chile Fisheries Ministry and the Fisheries "
        "Ministry of Chile signed. Delegates of the 41st Regional Fisheries Conference said "
        "the Regional Fisheries Conference would meet again."
    )
    analysis = _analyse(
        text,
        [
            ("Defence and Security Council of Chile", "ORG"),
            ("Defence and Security Council", "ORG"),
            ("Chile Fisheries Ministry", "ORG"),
            ("Fisheries Ministry of Chile", "ORG"),
            ("41st Regional Fisheries Conference", "FAC"),
            ("Regional Fisheries Conference", "ORG"),
        ],
    )
    council = actor_named(analysis, "Defence and Security Council")
    assert "Defence and Security Council of Chile" in council.aliases
    ministry = actor_named(analysis, "Chile Fisheries Ministry")
    assert "Fisheries Ministry of Chile" in ministry.aliases
    conference = actor_named(analysis, "Regional Fisheries Conference")
    assert "41st Regional Fisheries Conference" in conference.aliases


def test_a_body_named_of_two_countries_stays_apart_from_both():
    # near miss: "the Fisheries Ministry" alone could be either country's
    text = (
        "The Fisheries Ministry of Chile and the Fisheries Ministry of Peru disagreed. The "
        "Fisheries Ministry said talks would go on. The Bank of Chile lent money."
    )
    analysis = _analyse(
        text,
        [
            ("Fisheries Ministry of Chile", "ORG"),
            ("Fisheries Ministry of Peru", "ORG"),
            ("Fisheries Ministry", "ORG"),
            ("Bank of Chile", "ORG"),
        ],
    )
    chile = actor_named(analysis, "Fisheries Ministry of Chile")
    peru = actor_named(analysis, "Fisheries Ministry of Peru")
    assert chile is not peru
    assert "Fisheries Ministry" not in chile.aliases and "Fisheries Ministry" not in peru.aliases
    assert "Bank of Chile" in {a.name for a in analysis.actors}


# ---- a full name with its post in apposition, the model's mention only a piece of it ------------


def test_a_piece_of_a_name_before_a_comma_and_a_post_grows_to_the_whole_name():
    text = (
        "From left: Teodora Imbert, Rector; Lisandro Ferrán Oyarce, Director of the Institute "
        "for Tidal Studies; and in attendance was Ilmo Rafael Quiroga, Secretary of Health "
        "for the region."
    )
    analysis = _analyse(
        text,
        [
            ("Teodora Imbert", "PERSON"),
            ("Lisandro", "GPE"),  # the model's place, the surnames untagged
            ("Institute for Tidal Studies", "ORG"),
            ("Rafael Quiroga", "PERSON"),  # the first given name left out
        ],
    )
    persons = {a.name for a in analysis.actors if a.type == "person"}
    assert {"Lisandro Ferrán Oyarce", "Ilmo Rafael Quiroga"} <= persons
    assert "Lisandro" not in all_aliases(analysis)
    assert "Rafael Quiroga" not in {a.name for a in analysis.actors}


def test_a_place_or_a_title_before_a_name_and_its_post_stays_out_of_the_name():
    # near misses: a place and a title right before the name, and a body's name, apposed
    text = (
        "In Lima, Chile Ana Varnek, Director of Trade, spoke. Board Chair Piet Osk, Head of "
        "the Harbour Office, agreed, and Harbour Trust Ola Brenn, Director of Ports, left."
    )
    analysis = _analyse(
        text,
        [
            ("Lima", "GPE"),
            ("Chile", "GPE"),
            ("Ana Varnek", "PERSON"),
            ("Piet Osk", "PERSON"),
            ("Harbour Office", "ORG"),
            ("Harbour Trust", "ORG"),
            ("Ola Brenn", "PERSON"),
        ],
    )
    persons = {a.name for a in analysis.actors if a.type == "person"}
    assert {"Ana Varnek", "Piet Osk", "Ola Brenn"} <= persons
    assert "Chile" in {a.name for a in analysis.actors if a.type == "place"}


# ---- a hyphenated surname written alone ------------------------------------------------------


def test_a_hyphenated_surname_alone_is_the_person_named_in_full():
    text = (
        "The council's head, Marta Inés Ferrer-Quintana, opened the session. Later "
        "Ferrer-Quintana said the plan was ready."
    )
    analysis = _analyse(
        text,
        [("Marta Inés Ferrer-Quintana", "PERSON"), ("Ferrer-Quintana", "ORG")],
    )
    person = actor_named(analysis, "Ferrer-Quintana")
    assert person.name == "Marta Inés Ferrer-Quintana" and person.type == "person"


def test_half_of_a_hyphenated_name_or_another_hyphenated_body_stays_apart():
    # near misses: a body's hyphenated name is no surname of a person with one half of it
    text = (
        "Jon Ferrer met the Ferrer-Quintana Foundation in Lisbon. The Rolls-Tern Works "
        "thanked Ada Tern."
    )
    analysis = _analyse(
        text,
        [
            ("Jon Ferrer", "PERSON"),
            ("Ferrer-Quintana Foundation", "ORG"),
            ("Lisbon", "GPE"),
            ("Rolls-Tern Works", "ORG"),
            ("Ada Tern", "PERSON"),
        ],
    )
    assert actor_named(analysis, "Jon Ferrer").aliases == ["Jon Ferrer"]
    assert actor_named(analysis, "Ada Tern").aliases == ["Ada Tern"]


# ---- a state's formal name glossed by its common name -----------------------------------------


def test_a_formal_state_name_glossed_by_a_country_in_brackets_is_that_country():
    text = (
        "On behalf of the people of the Republic of Norvania (Norway), the ministry thanked "
        "Chile. The Republic of Norvania will send a team, and Norway will pay."
    )
    analysis = _analyse(
        text,
        [("Republic of Norvania", "GPE"), ("Norway", "GPE"), ("Chile", "GPE")],
    )
    norway = actor_named(analysis, "Norway")
    assert "Republic of Norvania" in norway.aliases and norway.type == "place"


def test_a_city_in_brackets_or_a_body_of_a_state_stays_apart():
    # near misses: a city after a name, a body of a state, and a place glossed by a country
    text = (
        "The Republic of Norvania (Oslo) and the Embassy of the Republic of Tervia (Chile) "
        "wrote. Paris (France) hosted the talks."
    )
    analysis = _analyse(
        text,
        [
            ("Republic of Norvania", "GPE"),
            ("Oslo", "GPE"),
            ("Embassy of the Republic of Tervia", "ORG"),
            ("Chile", "GPE"),
            ("Paris", "GPE"),
            ("France", "GPE"),
        ],
    )
    assert actor_named(analysis, "Republic of Norvania") is not actor_named(analysis, "Oslo")
    embassy = actor_named(analysis, "Embassy of the Republic of Tervia")
    assert embassy is not actor_named(analysis, "Chile")
    assert actor_named(analysis, "Paris") is not actor_named(analysis, "France")


# ---- a post glued after a place, before a person's name ---------------------------------------


def test_a_post_the_model_glued_to_a_place_before_a_name_is_the_persons():
    text = (
        "As Norvik County Magistrate Lin Pei-shan and her team worked, rescuers reached "
        "Norvik County. Lin Pei-shan thanked them."
    )
    analysis = _analyse(
        text,
        [("Norvik County Magistrate", "GPE"), ("Lin Pei-shan", "PERSON"), ("Norvik County", "GPE")],
    )
    county = actor_named(analysis, "Norvik County")
    assert county.aliases == ["Norvik County"] and county.type == "place"
    person = actor_named(analysis, "Lin Pei-shan")
    assert person.type == "person" and "Magistrate" in person.roles


def test_a_body_ending_in_a_post_word_keeps_it_without_a_name_after():
    # near misses: the post is the body's own last words ("Office of the High Commissioner")
    # and no name follows ("... Harbour Director said")
    text = (
        "The Office of the High Commissioner Ana Varn leads wrote. The Norvik Harbour "
        "Director said the port would reopen."
    )
    analysis = _analyse(
        text,
        [
            ("Office of the High Commissioner", "ORG"),
            ("Ana Varn", "PERSON"),
            ("Norvik Harbour Director", "ORG"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert "Office of the High Commissioner" in names
    assert "Office of the" not in names and "Norvik Harbour" not in names


# ---- a body's name cut before its place, its own acronym after ---------------------------------


def test_a_body_cut_after_in_before_its_place_is_whole_and_one_with_its_acronym():
    text = (
        "The members expressed support for the United Nations Harbour Mission in Chile "
        "(UNHACH) and its mandate. UNHACH reported to the Council."
    )
    analysis = _analyse(
        text,
        [("United Nations Harbour Mission in", "ORG"), ("Chile", "GPE"), ("UNHACH", "ORG")],
    )
    mission = actor_named(analysis, "UNHACH")
    assert mission.name == "United Nations Harbour Mission in Chile"
    assert "United Nations Harbour Mission in" not in all_aliases(analysis)


def test_two_bodies_each_with_its_own_acronym_stay_apart_though_one_name_holds_the_other():
    # near miss: the successor's name holds every word of the first one's, in order
    text = (
        "The United Nations Harbour Mission in Chile (UNHACH) closed. Its work passed to the "
        "United Nations Transitional Harbour Mission in Chile (UNTHACH)."
    )
    analysis = _analyse(
        text,
        [
            ("United Nations Harbour Mission in", "ORG"),
            ("United Nations Transitional Harbour Mission in", "ORG"),
            ("Chile", "GPE"),
            ("UNHACH", "ORG"),
            ("UNTHACH", "ORG"),
        ],
    )
    first, second = actor_named(analysis, "UNHACH"), actor_named(analysis, "UNTHACH")
    assert first is not second
    assert first.name == "United Nations Harbour Mission in Chile"
    assert second.name == "United Nations Transitional Harbour Mission in Chile"


# ---- a country's name in a second language written before the English one ------------------------


def test_a_country_written_after_its_name_in_a_second_language_is_that_country():
    text = (
        "Minister Ola Brenn visited Kaiwhenua Chile on Tuesday. The ministers said Kaiwhenua "
        "Chile and Peru would work together, and Chile would host the next round."
    )
    analysis = _analyse(
        text,
        [("Ola Brenn", "PERSON"), ("Kaiwhenua Chile", "ORG"), ("Peru", "GPE"), ("Chile", "GPE")],
    )
    chile = actor_named(analysis, "Chile")
    assert "Kaiwhenua Chile" in chile.aliases and chile.type == "place"


def test_a_region_of_a_country_or_an_agency_named_with_it_stays_apart():
    # near misses: a compass word makes a region; a sector's common word makes an agency
    text = (
        "Fisheries Chile said the catch fell in Northern Chile, where fisheries are small. "
        "Chile agreed."
    )
    analysis = _analyse(
        text,
        [("Fisheries Chile", "ORG"), ("Northern Chile", "LOC"), ("Chile", "GPE")],
    )
    chile = actor_named(analysis, "Chile")
    assert "Fisheries Chile" not in chile.aliases and "Northern Chile" not in chile.aliases


# ---- a name cut inside a hyphenated word -------------------------------------------------------


def test_a_name_cut_inside_a_hyphenated_word_is_the_whole_word():
    text = (
        "Rescue stations in Port-aux-Galets, Kegmor and Lac-sur-Brume reopened, and "
        "Anna-Liisa Varn said the crews were ready."
    )
    analysis = _analyse(
        text,
        [("Port", "PERSON"), ("Kegmor", "GPE"), ("Brume", "PERSON"), ("Anna", "PERSON")],
    )
    places = _places(analysis)
    assert {"Port-aux-Galets", "Lac-sur-Brume"} <= places  # a lower-case word inside: a place
    assert not {"Port", "Brume"} & all_aliases(analysis)
    assert "Anna-Liisa" in all_aliases(analysis) or "Anna-Liisa Varn" in all_aliases(analysis)


def test_places_joined_by_a_hyphen_stay_apart():
    # near miss: two countries joined by a hyphen name no place
    text = "The Chile-Peru talks opened in Lima. Chile and Peru signed."
    analysis = _analyse(text, [("Chile", "GPE"), ("Peru", "GPE"), ("Lima", "GPE")])
    assert "Chile-Peru" not in all_aliases(analysis)
    assert {"Chile", "Peru", "Lima"} <= _places(analysis)


def test_a_name_before_a_hyphenated_adjective_stays_the_name():
    # near miss: "-led", "-supported" make an adjective of the name, no longer name
    text = "The Harbour Union-led talks and the UNHACH-supported clinics opened in Lima."
    analysis = _analyse(text, [("Harbour Union", "ORG"), ("UNHACH", "ORG"), ("Lima", "GPE")])
    assert {"Harbour Union", "UNHACH"} <= all_aliases(analysis)
    assert not {a for a in all_aliases(analysis) if a.endswith(("-led", "-supported"))}


def test_two_parties_joined_by_a_hyphen_stay_two_names():
    # near miss: "ROK-Lao relations": an acronym joined to a name is two parties
    text = "The ARDC-Norvik relations and the NORVIK-ARDC cooperation grew, ARDC said."
    analysis = _analyse(text, [("ARDC", "ORG"), ("Norvik", "GPE"), ("NORVIK", "ORG")])
    assert "ARDC-Norvik" not in all_aliases(analysis)
    assert "ARDC" in all_aliases(analysis)


# ---- a unit named by its kind and its place ---------------------------------------------------


def test_a_unit_named_by_its_kind_and_its_place_is_one_body():
    text = (
        "Watchstanders from Harbour Guard Sector Port Oster, Norvik, received the call. "
        "Later Harbour Guard Station Kelby sent a boat."
    )
    analysis = _analyse(
        text,
        [
            ("Harbour Guard Sector", "ORG"),
            ("Port Oster", "GPE"),
            ("Norvik", "GPE"),
            ("Harbour Guard Station", "ORG"),
            ("Kelby", "GPE"),
        ],
    )
    bodies = {a.name for a in analysis.actors if a.type == "organization"}
    assert {"Harbour Guard Sector Port Oster", "Harbour Guard Station Kelby"} <= bodies
    assert "Norvik" in _places(analysis)
    assert "Port Oster" not in all_aliases(analysis)


def test_a_body_then_a_place_after_a_comma_or_a_verb_stays_two():
    # near misses: the place is set off by a comma, or the body's last word is no unit kind
    text = "The Harbour Guard Sector, Port Oster and the Harbour Board Kelby office met."
    analysis = _analyse(
        text,
        [
            ("Harbour Guard Sector", "ORG"),
            ("Port Oster", "GPE"),
            ("Harbour Board", "ORG"),
            ("Kelby", "GPE"),
        ],
    )
    assert {"Port Oster", "Kelby"} <= _places(analysis)


# ---- a country's name the model left untagged ---------------------------------------------


def test_a_country_the_model_left_untagged_is_a_place():
    text = (
        "Leaders including Prime Minister Ola Brenn of Tuvalu sent condolences. The statement "
        "was issued by Council President Jon Smit Weisler (Dominican Republic)."
    )
    analysis = _analyse(text, [("Ola Brenn", "PERSON"), ("Jon Smit Weisler", "PERSON")])
    assert {"Tuvalu", "Dominican Republic"} <= _places(analysis)


def test_a_countrys_name_inside_a_longer_name_or_a_persons_stays_out():
    # near misses: a country's name as part of a person's or a place's name, or as a
    # person's given name written alone
    text = (
        "Coach Chad Brenn met Ana Jordan in the Jordan Valley. Later Chad said the team "
        "would travel."
    )
    analysis = _analyse(
        text, [("Chad Brenn", "PERSON"), ("Ana Jordan", "PERSON"), ("Jordan Valley", "LOC")]
    )
    assert not {"Chad", "Jordan"} & _places(analysis)


# ---- countries joined by hyphens ----------------------------------------------------------------


def test_countries_joined_by_hyphens_are_each_a_place():
    text = "Attacks grew along the Burkina Faso-Chile-Peru border areas, the report said."
    analysis = _analyse(text, [("Burkina Faso-Chile-Peru", "ORG")])
    assert {"Burkina Faso", "Chile", "Peru"} <= _places(analysis)
    assert "Burkina Faso-Chile-Peru" not in all_aliases(analysis)


def test_a_country_whose_name_holds_a_hyphen_stays_whole():
    # near miss: "Guinea-Bissau" is one country, though "Guinea" is another
    text = "Aid reached Guinea-Bissau and the Harbour-Norvik Board met."
    analysis = _analyse(text, [("Guinea-Bissau", "GPE"), ("Harbour-Norvik Board", "ORG")])
    assert "Guinea-Bissau" in _places(analysis)
    assert "Guinea" not in all_aliases(analysis)
