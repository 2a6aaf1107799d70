"""Capitalised phrases that name no actor, and types read from a name's structure (issue 8 §2),
on invented texts with hand-made labels: a wire's credit in a dateline, counted and coordinated
plurals, a thing owned by a plural's possessive, a word of a post whose holder is named beside
it; a body of officials, an acronym in a mixed-case text, a body's noun before a name, and a
given name written alone.

Each class has a near miss that must stay an actor (and keep its type). Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_wire_credit_in_a_dateline_is_no_actor():
    text = (
        "PORT HAVEN, Veldria (VNS), May 2, 2024 — The Veldrian Navy and the Orvik Coast Guard "
        "began a joint drill in Port Haven."
    )
    actors = _actors(
        text,
        [
            ("VNS", "ORG"),
            ("Veldrian Navy", "ORG"),
            ("Orvik Coast Guard", "ORG"),
            ("Port Haven", "GPE"),
        ],
    )
    assert "VNS" not in actors
    assert "Veldrian Navy" in actors and "Orvik Coast Guard" in actors


def test_a_body_in_brackets_inside_a_sentence_stays():
    # near miss: "(VNS)" in running prose defines an acronym of a body, no dateline
    text = "The Veldria News Service (VNS) said the drill began in Port Haven on Monday."
    actors = _actors(text, [("Veldria News Service", "ORG"), ("VNS", "ORG"), ("Port Haven", "GPE")])
    assert "Veldria News Service" in actors


def test_a_counted_plural_is_a_kind_of_thing_not_a_name():
    text = (
        "KORA has built six functioning Learning Spaces for children in Tarn. The 27 Partner "
        "Nations met in Orvik."
    )
    actors = _actors(
        text,
        [
            ("KORA", "ORG"),
            ("Learning Spaces", "ORG"),
            ("Tarn", "GPE"),
            ("Partner Nations", "ORG"),
            ("Orvik", "GPE"),
        ],
    )
    assert "Learning Spaces" not in actors and "Partner Nations" not in actors
    assert "KORA" in actors and "Tarn" in actors


def test_a_counted_body_word_and_an_uncounted_plural_stay():
    # near misses: a body's word after a number ("two Forces" is not written so, but "the
    # Armed Forces" is a body) and a plural name nobody counts
    text = "The Veldrian Armed Forces sent 40 soldiers. Orvik Airways flew them to Tarn."
    actors = _actors(
        text, [("Veldrian Armed Forces", "ORG"), ("Orvik Airways", "ORG"), ("Tarn", "GPE")]
    )
    assert "Veldrian Armed Forces" in actors and "Orvik Airways" in actors


def test_a_plural_coordinated_with_a_lower_case_plural_is_a_kind():
    text = "KORA gave food to refugees and Host Communities across Veldria."
    actors = _actors(text, [("KORA", "ORG"), ("Host Communities", "ORG"), ("Veldria", "GPE")])
    assert "Host Communities" not in actors
    assert "KORA" in actors


def test_a_plural_name_with_a_function_word_stays_in_a_list():
    # near miss: "Reporters Without Borders and other groups": a body named by a plural
    text = "Medics Beyond Frontiers and other groups sent doctors to Tarn."
    actors = _actors(text, [("Medics Beyond Frontiers", "ORG"), ("Tarn", "GPE")])
    assert "Medics Beyond Frontiers" in actors


def test_a_thing_owned_by_a_plural_is_no_person():
    text = "Veldria will host the inaugural Leaders' Summit next year, said Ana Vell."
    src, sa = labelled(
        text, [("Leaders' Summit", "ORG"), ("Veldria", "GPE"), ("Ana Vell", "PERSON")]
    )
    # "Leaders'" is read as a title before the word
    actors = {a.name: a.type for a in combine([src], [sa]).actors}
    assert not any("Summit" in n for n in actors)
    assert actors.get("Ana Vell") == "person"


def test_a_word_of_a_post_with_its_holder_named_is_no_actor():
    text = (
        "In a message, the Chancellor of the Exchequer, Ana Vell, said the plan works. The "
        "Minister of State for Trade and the Diaspora, Omar Said, added a word. The Mukhtar "
        "of Tarn, Lev Oran, met them."
    )
    actors = _actors(
        text,
        [
            ("Exchequer", "ORG"),
            ("Ana Vell", "PERSON"),
            ("Diaspora", "FAC"),
            ("Omar Said", "PERSON"),
            ("Mukhtar", "FAC"),
            ("Tarn", "GPE"),
            ("Lev Oran", "PERSON"),
        ],
    )
    assert "Exchequer" not in actors and "Diaspora" not in actors and "Mukhtar" not in actors
    assert {"Ana Vell", "Omar Said", "Lev Oran", "Tarn"} <= set(actors)


def test_a_body_after_a_post_with_a_body_word_stays():
    # near misses: a body's word after the post ("Director of the Institute"), and a body
    # named in full ("Bank of Tarn")
    text = (
        "The Director of the Institute, Ana Vell, spoke. The Governor of the Bank of Tarn, "
        "Omar Said, agreed."
    )
    actors = _actors(
        text,
        [
            ("Institute", "ORG"),
            ("Ana Vell", "PERSON"),
            ("Bank of Tarn", "ORG"),
            ("Omar Said", "PERSON"),
        ],
    )
    assert "Bank of Tarn" in actors


def test_a_meeting_of_officials_is_a_body_not_a_place():
    text = "I am in Orvik for the Inner Sea Rim Ministers' meeting, which opened today."
    actors = _actors(text, [("Orvik", "GPE"), ("Inner Sea Rim Ministers", "LOC")])
    assert actors.get("Inner Sea Rim Ministers") == "organization"
    assert actors.get("Orvik") == "place"


def test_an_acronym_in_mixed_case_prose_is_a_body_not_a_person():
    text = (
        "The UN Mission in Veldria, VELMIS, condemned the attack. VELMIS reiterated that it "
        "will protect civilians. Its helicopters flew over Tarn."
    )
    src, sa = labelled(text, [("VELMIS", "PERSON"), ("Tarn", "GPE")])
    types = [a.type for a in combine([src], [sa]).actors if "VELMIS" in a.aliases]
    assert types == ["organization"]


def test_a_speaker_in_capitals_stays_a_person():
    # near miss: a transcript's speaker label in capitals is a person's name
    text = (
        "Ana Vell met the press.\n\nMINISTER VELL: Thank you all for coming.\n\n"
        "JOURNALIST: Minister, what now?\n\nMINISTER VELL: We go on."
    )
    src, sa = labelled(text, [("VELL", "PERSON"), ("Ana Vell", "PERSON")])
    actors = combine([src], [sa]).actors
    assert [(a.type, "VELL" in a.aliases) for a in actors] == [("person", True)]


def test_a_name_after_a_body_noun_is_a_body():
    text = "She met Ivan Petrov, head of the state mining company Rudkor, in Tarn on Monday."
    actors = _actors(text, [("Ivan Petrov", "PERSON"), ("Rudkor", "PERSON"), ("Tarn", "GPE")])
    assert actors.get("Rudkor") == "organization"
    assert actors.get("Ivan Petrov") == "person"


def test_a_given_name_written_alone_is_the_persons():
    text = (
        "Youth activist Lanupat Jodnak was arrested on Monday. Lanupat was released on bail "
        "the next day, and Lanupat vowed to go on."
    )
    actors = _actors(text, [("Lanupat Jodnak", "PERSON"), ("Lanupat", "GPE")])
    assert actors.get("Lanupat Jodnak") == "person"
    assert "Lanupat" not in actors or actors["Lanupat"] == "person"


def test_a_region_the_model_read_as_a_person_keeps_its_first_word_a_place():
    # near miss: "Tarnak State" labelled as a person's name gives no given name "Tarnak"
    text = "Violence in Tarnak State displaced thousands. Aid reached Tarnak on Monday."
    actors = _actors(text, [("Tarnak State", "PERSON"), ("Tarnak", "GPE")])
    assert all(t == "place" for n, t in actors.items() if n.startswith("Tarnak"))


def test_an_acronym_of_a_listed_lower_case_thing_is_no_actor():
    text = (
        "The mumps, typhoid and rubella (MTR) vaccine is free. KORA gave the MTR doses to "
        "clinics in Tarn."
    )
    actors = _actors(text, [("MTR", "ORG"), ("KORA", "ORG"), ("Tarn", "GPE")])
    assert "MTR" not in actors
    assert "KORA" in actors


def test_an_acronym_of_a_body_spelt_in_capitals_stays():
    # near miss: capitalised words define the acronym: a body
    text = "The Mumps, Typhoid and Rubella Alliance (MTRA) said clinics in Tarn opened."
    actors = _actors(
        text, [("Mumps, Typhoid and Rubella Alliance", "ORG"), ("MTRA", "ORG"), ("Tarn", "GPE")]
    )
    assert any(n.endswith("Alliance") or n == "MTRA" for n in actors)


def test_a_place_cut_from_a_longer_known_place_is_the_longer_place():
    text = (
        "Cases came from Democratic Republic of the Congo (4 830), Zambia and South Sudan. "
        "Deaths in Democratic Republic of the Congo rose."
    )
    src, sa = labelled(text, [("Congo", "GPE"), ("Zambia", "GPE"), ("Sudan", "GPE")])
    actors = {a.name for a in combine([src], [sa]).actors}
    assert "Congo" not in actors and "Sudan" not in actors
    assert {"Democratic Republic of the Congo", "South Sudan", "Zambia"} <= actors


def test_a_place_after_another_place_is_not_grown():
    # near miss: two places in a row that form no known place stay two places
    text = "Aid went to Zambia Malawi and to The Gambia."
    src, sa = labelled(text, [("Zambia", "GPE"), ("Malawi", "GPE"), ("Gambia", "GPE")])
    actors = {a.name for a in combine([src], [sa]).actors}
    assert {"Zambia", "Malawi"} <= actors
    assert any("Gambia" in n for n in actors)


def test_a_speaker_in_capitals_run_into_the_speech_ends_with_the_capitals():
    text = (
        "MINISTER VELLANO Good morning to all media. It is an honour to receive Ana Vell.\n\n"
        "MINISTER VELLANO And we agreed on trade."
    )
    src, sa = labelled(text, [("VELLANO Good", "PERSON"), ("Ana Vell", "PERSON")])
    actors = {a.name: a.aliases for a in combine([src], [sa]).actors}
    assert not any("Good" in n for n in actors)
    assert any("VELLANO" in a for aliases in actors.values() for a in aliases)


def test_an_acronym_and_a_place_in_a_headline_stay_whole():
    # near miss: a body's acronym then a place, at a line's start with no post in capitals
    text = "KORA Veldria Opens Six Centres\n\nKORA Veldria said the centres opened in Tarn."
    actors = _actors(text, [("KORA Veldria", "ORG"), ("Tarn", "GPE")])
    assert "KORA Veldria" in actors


def test_a_doctrine_and_coordinated_gerunds_are_topics_not_actors():
    text = (
        "KORA member states adopted a declaration on Countering and Preventing Piracy and "
        "Violent Separatism in Tarn."
    )
    actors = _actors(
        text,
        [
            ("KORA", "ORG"),
            ("Countering and Preventing Piracy", "ORG"),
            ("Violent Separatism", "PERSON"),
            ("Tarn", "GPE"),
        ],
    )
    assert "Countering and Preventing Piracy" not in actors
    assert "Violent Separatism" not in actors
    assert "KORA" in actors


def test_a_body_named_for_a_doctrine_or_a_mechanism_stays():
    # near misses: a body's word before the "-ism" word, and "mechanism" (no doctrine)
    text = (
        "The Ministry of Tourism and the KORA Civil Protection Mechanism sent teams to Tarn, "
        "said the Centre for Countering Extremism."
    )
    actors = _actors(
        text,
        [
            ("Ministry of Tourism", "ORG"),
            ("KORA Civil Protection Mechanism", "ORG"),
            ("Tarn", "GPE"),
            ("Centre for Countering Extremism", "ORG"),
        ],
    )
    assert {
        "Ministry of Tourism",
        "KORA Civil Protection Mechanism",
        "Centre for Countering Extremism",
    } <= set(actors)


def test_an_adjective_after_the_is_no_person():
    text = "The Tribe will hire two operators for the Tribal water system in Tarn."
    actors = _actors(text, [("Tribe", "ORG"), ("Tribal", "PERSON"), ("Tarn", "GPE")])
    assert "Tribal" not in actors


def test_a_person_whose_name_ends_in_al_stays():
    # near miss: a person's name (no "the" before) whose stem the text writes
    text = "Kamal Vell met the kam weavers of Tarn. Kamal said the trade grows."
    actors = _actors(text, [("Kamal Vell", "PERSON"), ("Kamal", "PERSON"), ("Tarn", "GPE")])
    assert actors.get("Kamal Vell") == "person"


def test_a_generic_administration_in_a_post_is_no_actor():
    text = "Sanctions hit Lev Oran, Head of the Presidential Administration, and his son."
    actors = _actors(text, [("Lev Oran", "PERSON"), ("Presidential Administration", "ORG")])
    assert "Presidential Administration" not in actors
    assert "Lev Oran" in actors


def test_an_adjective_ending_a_body_before_a_post_goes_with_the_post():
    text = (
        "“Water is safe,” said KORA Pacific Southwest Regional Administrator Ana Vell. KORA "
        "fined the firm."
    )
    src, sa = labelled(
        text,
        [("KORA Pacific Southwest Regional", "ORG"), ("Ana Vell", "PERSON"), ("KORA", "ORG")],
    )
    names = {n for a in combine([src], [sa]).actors for n in [a.name, *a.aliases]}
    assert "KORA Pacific Southwest Regional" not in names
    assert "Ana Vell" in names


def test_a_body_ending_in_an_adjective_with_no_post_after_stays():
    # near miss: a verb, not a post's noun, between the name and a person's
    text = "Orvik Coastal Regional hired Ana Vell, and Orvik Coastal Regional grew in Tarn."
    actors = _actors(
        text, [("Orvik Coastal Regional", "ORG"), ("Ana Vell", "PERSON"), ("Tarn", "GPE")]
    )
    assert "Orvik Coastal Regional" in actors


def test_a_leaders_surname_before_administration_names_the_government():
    text = "The bill gives the Vellano administration flexibility, said Senator Ana Oran."
    actors = _actors(text, [("Vellano", "PERSON"), ("Ana Oran", "PERSON")])
    assert actors.get("Vellano administration") == "organization"
    assert "Vellano" not in actors


def test_a_person_before_a_verb_stays_a_person():
    # near miss: "Vellano administered": no government's noun after the name
    text = "Senator Ana Oran met Vellano in Tarn. Vellano administered the fund."
    actors = _actors(text, [("Ana Oran", "PERSON"), ("Vellano", "PERSON"), ("Tarn", "GPE")])
    assert actors.get("Vellano") == "person"


def test_a_plural_name_after_a_year_or_before_its_noun_stays():
    # near misses: a year is no count, and a counted name that modifies a noun after it
    text = (
        "In 2023 Medics Beyond Frontiers opened a clinic. Three Medics Beyond Frontiers teams "
        "went to Tarn."
    )
    actors = _actors(text, [("Medics Beyond Frontiers", "ORG"), ("Tarn", "GPE")])
    assert "Medics Beyond Frontiers" in actors


def test_an_occupation_before_a_name_makes_it_a_persons():
    text = "Human rights lawyer Anat Valdo was arrested in Tarn on Monday."
    actors = _actors(text, [("Anat Valdo", "ORG"), ("Tarn", "GPE")])
    assert actors.get("Anat Valdo") == "person"


def test_a_body_after_an_occupation_word_in_a_compound_stays_a_body():
    # near miss: "the student union Veldria Youth Forum": a body's word heads the name
    text = "The student Veldria Youth Forum met in Tarn."
    actors = _actors(text, [("Veldria Youth Forum", "ORG"), ("Tarn", "GPE")])
    assert actors.get("Veldria Youth Forum") == "organization"


def test_a_headline_of_places_between_dashes_is_read_without_error():
    # a headline's places joined by dashes: the dash is no word of the name's key
    text = (
        "Veldria - Orvik – Tarn – Relief Reaches Tarn\n\nKORA sent relief to Veldria, Orvik "
        "and Tarn."
    )
    actors = _actors(
        text,
        [("Veldria - Orvik – Tarn – Relief Reaches Tarn", "ORG"), ("KORA", "ORG"), ("Tarn", "GPE")],
    )
    assert "KORA" in actors and "Tarn" in actors
