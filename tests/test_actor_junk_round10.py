"""Capitalised words a text once uses as a common noun or a post name no actor anywhere in that
text (tenth round), on invented texts with hand-made labels: a name after "a"/"an" that ends its
noun phrase (an instance of a kind of thing), one word after a possessive determiner ("Our
Bureau is"), and one word coordinated with a title under one "the" (two posts of one holder).

Each class has a near miss that must stay an actor (and keep its type). Every name is made up.
"""

from __future__ import annotations

import re
from dataclasses import replace

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_name_after_an_indefinite_article_is_a_kind_of_thing_everywhere():
    text = (
        "Prosecutors in Veldria secured a Northern Transfer Order, before the suspect left. "
        "The Northern Transfer Order was signed by Judge Mara Belvin in Port Haven."
    )
    actors = _actors(
        text,
        [
            ("Veldria", "GPE"),
            ("Northern Transfer Order", "ORG"),
            ("Northern Transfer Order", "ORG"),
            ("Mara Belvin", "PERSON"),
            ("Port Haven", "GPE"),
        ],
    )
    assert "Northern Transfer Order" not in actors
    assert actors["Mara Belvin"] == "person" and actors["Port Haven"] == "place"


def test_a_body_after_an_indefinite_article_stays():
    # near misses: a body's word ends the name ("a ... Mission"), and a name before the noun it
    # qualifies ("an Orvane Aerospace aircraft")
    text = (
        "The council approved a Coastal Security Support Mission, headed by Veldria. "
        "An Orvane Aerospace aircraft carried the team."
    )
    actors = _actors(
        text,
        [
            ("Coastal Security Support Mission", "ORG"),
            ("Veldria", "GPE"),
            ("Orvane Aerospace", "ORG"),
        ],
    )
    assert actors.get("Coastal Security Support Mission") == "organization"
    assert actors.get("Orvane Aerospace") == "organization"


def test_one_word_after_a_possessive_determiner_is_a_common_noun():
    text = (
        "With support from Tarvex, the suspect was arrested in Veldria. The Bureau enabled the "
        "transfer. Our Bureau is looking to appoint a new director."
    )
    actors = _actors(
        text, [("Tarvex", "ORG"), ("Veldria", "GPE"), ("Bureau", "ORG"), ("Bureau", "ORG")]
    )
    assert "Bureau" not in actors
    assert actors["Tarvex"] == "organization" and actors["Veldria"] == "place"


def test_a_name_qualifying_a_noun_after_a_possessive_stays():
    # near miss: "our Veldrian partners" qualifies the noun after it; the name is an actor
    text = "We thank our Tarvex partners. Tarvex opened an office in Port Haven."
    actors = _actors(text, [("Tarvex", "ORG"), ("Tarvex", "ORG"), ("Port Haven", "GPE")])
    assert actors.get("Tarvex") == "organization"


def test_a_word_coordinated_with_a_title_is_a_post():
    text = (
        "The Ardhmor and Minister for Defence, Ilse Marrow, today reviewed the 12th Veldrian "
        "Battalion. The Ardhmor was accompanied by General Tom Arlo."
    )
    actors = _actors(
        text,
        [
            ("Ardhmor", "ORG"),
            ("Ilse Marrow", "PERSON"),
            ("12th Veldrian Battalion", "ORG"),
            ("Ardhmor", "ORG"),
            ("Tom Arlo", "PERSON"),
        ],
    )
    assert "Ardhmor" not in actors
    assert actors["Ilse Marrow"] == "person"


def test_two_titled_people_coordinated_stay():
    # near miss: a surname after a title, "and", another titled person: no "the" before
    text = "President Ardhmor and Prime Minister Belvin met in Port Haven on Monday."
    actors = _actors(text, [("Ardhmor", "PERSON"), ("Belvin", "PERSON"), ("Port Haven", "GPE")])
    assert actors.get("Ardhmor") == "person" and actors.get("Belvin") == "person"


def test_a_body_run_into_a_title_or_another_body_is_cut_at_its_comma():
    text = (
        "The Minister met the Chief of Staff of the Veldrian Guard Forces, Lieutenant General "
        "Tom Arlo. Teams from the Department of Water, Department of Coastal Roads, police and "
        "the Red Lantern Society arrived in Port Haven."
    )
    actors = _actors(
        text,
        [
            ("Veldrian Guard Forces, Lieutenant General", "ORG"),
            ("Tom Arlo", "PERSON"),
            ("Department of Water, Department of Coastal Roads", "ORG"),
            ("Red Lantern Society", "ORG"),
            ("Port Haven", "GPE"),
        ],
    )
    assert actors.get("Veldrian Guard Forces") == "organization"
    assert actors.get("Department of Water") == "organization"
    assert actors.get("Department of Coastal Roads") == "organization"
    assert not any("," in name for name in actors)


def test_a_name_whose_comma_lists_its_own_words_stays_whole():
    # near misses: no body's name before the comma
    text = (
        "The Foreign, Trade and Development Office and the Ministry of Fisheries, Forests and "
        "Biosecurity of Veldria signed the plan."
    )
    actors = _actors(
        text,
        [
            ("Foreign, Trade and Development Office", "ORG"),
            ("Ministry of Fisheries, Forests and Biosecurity", "ORG"),
            ("Veldria", "GPE"),
        ],
    )
    assert actors.get("Foreign, Trade and Development Office") == "organization"
    assert "Ministry of Fisheries, Forests and Biosecurity" in actors


def test_a_phrase_inside_a_quoted_works_title_is_no_actor():
    text = (
        "Minister Ilse Marrow gave a speech titled “Harbourpolitik and the Future of Coastal "
        "Trade,” in Port Haven. The report, “Review of Veldrian Lighthouse Agency Activities "
        "from 2019 to 2021” was published by Tarvex."
    )
    actors = _actors(
        text,
        [
            ("Ilse Marrow", "PERSON"),
            ("Harbourpolitik", "ORG"),
            ("Port Haven", "GPE"),
            ("Veldrian Lighthouse Agency Activities", "ORG"),
            ("Tarvex", "ORG"),
        ],
    )
    assert "Harbourpolitik" not in actors
    assert "Veldrian Lighthouse Agency Activities" not in actors
    assert actors["Port Haven"] == "place" and actors["Tarvex"] == "organization"


def test_a_name_inside_a_quote_of_speech_stays():
    # near misses: what someone said is no title, and a known place inside a title stays
    text = (
        "Ilse Marrow said in her speech “Tarvex will open new offices next year,” and Tom Arlo "
        "wrote a book titled “Letters from Kenya and Beyond” last year."
    )
    actors = _actors(
        text,
        [("Ilse Marrow", "PERSON"), ("Tarvex", "ORG"), ("Tom Arlo", "PERSON"), ("Kenya", "GPE")],
    )
    assert actors.get("Tarvex") == "organization"
    assert actors.get("Kenya") == "place"


def test_a_plural_of_numbered_instruments_is_no_actor():
    text = (
        "The Harbour Committee may update the Harbour Standing Rules of the Veldrian Assembly. "
        "Under Harbour Standing Rule 12, Ilse Marrow chairs it."
    )
    actors = _actors(
        text,
        [
            ("Harbour Committee", "ORG"),
            ("Harbour Standing Rules", "ORG"),
            ("Veldrian Assembly", "ORG"),
            ("Ilse Marrow", "PERSON"),
        ],
    )
    assert "Harbour Standing Rules" not in actors
    assert actors["Harbour Committee"] == "organization"
    assert actors["Veldrian Assembly"] == "organization"


def test_a_body_named_for_its_rules_stays():
    # near miss: the plural opens the name and a body's word ends it
    text = "The Standing Orders Committee of the Veldrian Assembly met on Monday."
    actors = _actors(text, [("Standing Orders Committee", "ORG"), ("Veldrian Assembly", "ORG")])
    kept = [name for name in actors if name.startswith("Standing Orders Committee")]
    assert kept and actors[kept[0]] == "organization"


def test_an_award_named_by_a_posts_possessive_is_no_actor():
    text = (
        "Officers of Tarvex go forward to receive a Director General’s Commendation, the highest "
        "honour. Ilse Marrow thanked them in Port Haven."
    )
    actors = _actors(
        text,
        [
            ("Tarvex", "ORG"),
            ("General’s Commendation", "PERSON"),
            ("Ilse Marrow", "PERSON"),
            ("Port Haven", "GPE"),
        ],
    )
    assert not any("Commendation" in name for name in actors)
    assert actors["Ilse Marrow"] == "person"


def test_a_posts_own_office_stays():
    # near miss: a body's word ends the name after the post's possessive
    text = "Tom Arlo visited the Ministry. The President’s Office issued a statement on Monday."
    actors = _actors(text, [("Tom Arlo", "PERSON"), ("President’s Office", "ORG")])
    assert actors.get("President’s Office") == "organization"


def test_a_credit_courtesy_of_a_body_is_no_actor_of_its_own():
    text = (
        "Ilse Marrow visits a shelter in Port Haven. (Courtesy of Office of the Governor)\n"
        "The Office of the Governor sent tents."
    )
    actors = _actors(
        text,
        [
            ("Ilse Marrow", "PERSON"),
            ("Port Haven", "GPE"),
            ("Courtesy of Office", "ORG"),
            ("Office of the Governor", "ORG"),
        ],
    )
    assert not any(name.startswith("Courtesy") for name in actors)
    assert actors.get("Office of the Governor") == "organization"


def test_a_name_run_on_over_an_article_keeps_what_comes_before():
    text = (
        "We are in the process of making the IWO an Organization which serves its members. "
        "Tom Arlo leads the IWO."
    )
    actors = _actors(text, [("IWO an Organization", "ORG"), ("Tom Arlo", "PERSON"), ("IWO", "ORG")])
    assert "IWO an Organization" not in actors
    assert actors.get("IWO") == "organization"


def test_a_name_before_man_or_residents_is_a_place():
    text = (
        "Police charged the 41-year-old Harbourtown man on Monday. It is alleged the "
        "Harbourtown man sold fake permits to Veldrian residents."
    )
    actors = _actors(text, [("Harbourtown", "ORG"), ("Harbourtown", "ORG"), ("Veldrian", "NORP")])
    assert actors.get("Harbourtown") == "place"


def test_a_body_before_man_stays_a_body():
    # near miss: a body's word ends the name ("a Coast Guard man" is one of its crew)
    text = "A Veldrian Coast Guard man rescued two fishers. The Veldrian Coast Guard thanked him."
    actors = _actors(text, [("Veldrian Coast Guard", "ORG"), ("Veldrian Coast Guard", "ORG")])
    assert actors.get("Veldrian Coast Guard") == "organization"


def test_a_name_with_a_title_after_its_comma_is_a_person():
    text = (
        "The panel heard Mara Belvin Ortega, Director of the Harbour Institute, and Tom Arlo, "
        "the Executive Secretary."
    )
    actors = _actors(
        text, [("Mara Belvin Ortega", "ORG"), ("Harbour Institute", "ORG"), ("Tom Arlo", "PERSON")]
    )
    assert actors.get("Mara Belvin Ortega") == "person"
    assert actors.get("Harbour Institute") == "organization"


def test_a_body_before_a_title_and_its_holder_stays_a_body():
    # near miss: the title after the comma belongs to the person named right after it
    text = "The Chief of the Harbour Rangers, Colonel Tom Arlo, reviewed the Harbour Rangers."
    actors = _actors(
        text, [("Harbour Rangers", "ORG"), ("Tom Arlo", "PERSON"), ("Harbour Rangers", "ORG")]
    )
    assert actors.get("Harbour Rangers") == "organization"
    assert actors.get("Tom Arlo") == "person"


def test_an_armed_group_on_the_terrorist_list_is_an_organisation():
    # the list of Foreign Terrorist Organizations is the gazetteer's stated origin; a name on
    # it is a body however the model labels it
    text = "Attacks by Jundallah rose in the border region near Port Haven last year."
    actors = _actors(text, [("Jundallah", "PERSON"), ("Port Haven", "GPE")])
    assert actors.get("Jundallah") == "organization"


def test_a_piece_of_a_name_its_source_writes_whole_is_that_name():
    # a made-up body named after a country a list knows; the model read the country alone
    # after "Police" twice (the spans are given by hand, as the model cut them)
    text = (
        "Police Kenya's Decision\n\nPolice Kenya upheld the complaint. We recommend that "
        "Police Kenya reviews it. Police Kenya implemented the recommendation."
    )
    src, sa = labelled(text, [("Police Kenya", "ORG")])
    starts = [m.start() for m in re.finditer("Police Kenya", text)]
    pieces = [(starts[0] + 7, starts[0] + 12, "GPE"), (starts[3] + 7, starts[3] + 12, "GPE")]
    whole = [(s, s + 12, "ORG") for s in starts[1:3]]
    sa = replace(sa, entities=sorted(whole + pieces))
    actors = {a.name: a.type for a in combine([src], [sa]).actors}
    assert actors.get("Police Kenya") == "organization"
    assert "Kenya" not in actors


def test_a_name_after_a_capitalised_word_of_no_longer_name_stays():
    # near miss: "In Veldria" is no name the source writes; the place stays
    text = (
        "In Veldria, the Harbour Police Service opened an office. The Harbour Police Service grew."
    )
    actors = _actors(
        text,
        [("Veldria", "GPE"), ("Harbour Police Service", "ORG"), ("Harbour Police Service", "ORG")],
    )
    assert actors.get("Veldria") == "place"
    assert actors.get("Harbour Police Service") == "organization"


def test_an_acronym_spelling_a_place_the_text_writes_out_is_that_place():
    text = (
        "The Government of the Republic of Korea protests the video. The ROK government demands "
        "its removal, and ROK officials will meet Tom Arlo."
    )
    actors = _actors(
        text,
        [("Government of the Republic of Korea", "ORG"), ("ROK", "ORG"), ("Tom Arlo", "PERSON")],
    )
    assert actors.get("ROK") == "place"


def test_an_acronym_of_a_place_the_text_never_writes_stays_as_read():
    # near miss: the letters spell a place a list knows, but the text writes no long form
    text = "The VRC board met Tom Arlo. VRC said the ROK talks went well."
    actors = _actors(text, [("VRC", "ORG"), ("VRC", "ORG"), ("Tom Arlo", "PERSON"), ("ROK", "ORG")])
    assert actors.get("ROK") == "organization"


def test_a_capitalised_plural_after_between_is_a_kind():
    text = (
        "The Court settles “disputes between Nations”, the President of the Court said. "
        "The community of Nations for peace met the Harbour Court in Port Haven."
    )
    actors = _actors(
        text,
        [("Nations", "GPE"), ("Nations", "GPE"), ("Harbour Court", "ORG"), ("Port Haven", "GPE")],
    )
    assert "Nations" not in actors
    assert actors["Port Haven"] == "place"


def test_names_joined_after_between_stay():
    # near miss: "between X and Y" joins two names; a plural-looking name there stays
    text = "Talks between Veldrian Airways and Tarvex Holdings ended. Tarvex Holdings left."
    actors = _actors(
        text,
        [("Veldrian Airways", "ORG"), ("Tarvex Holdings", "ORG"), ("Tarvex Holdings", "ORG")],
    )
    assert actors.get("Tarvex Holdings") == "organization"
    assert actors.get("Veldrian Airways") == "organization"


def test_an_acronym_glossed_by_lower_case_words_names_a_thing():
    text = (
        "Tom Arlo leads the Harbour Institute. Gridded fish catch data of the coast (GRIFF) "
        "and the harbour evaluation model (HEM) are among his tools."
    )
    actors = _actors(
        text,
        [("Tom Arlo", "PERSON"), ("Harbour Institute", "ORG"), ("GRIFF", "ORG"), ("HEM", "ORG")],
    )
    assert "GRIFF" not in actors and "HEM" not in actors
    assert actors["Harbour Institute"] == "organization"


def test_an_acronym_glossed_by_a_bodys_word_stays():
    # near miss: the lower-case words end in a body's or a unit's word
    text = (
        "Veldria backs the coastal security support mission (CSSM) and its search and rescue "
        "team (VSART). The CSSM and VSART arrived on Monday."
    )
    actors = _actors(text, [("Veldria", "GPE"), ("CSSM", "ORG"), ("VSART", "ORG")])
    assert actors.get("CSSM") == "organization"
    assert actors.get("VSART") == "organization"


def test_a_part_of_a_body_alone_names_no_body():
    text = (
        "Will the Minister mandate the Directorate's officials to pay the workers? Tom Arlo "
        "said the Directorate will act."
    )
    actors = _actors(text, [("Directorate", "ORG"), ("Tom Arlo", "PERSON"), ("Directorate", "ORG")])
    assert "Directorate" not in actors
    assert actors["Tom Arlo"] == "person"


def test_a_part_of_a_body_with_its_business_stays():
    # near miss: the same noun with what it is "of" names one body
    text = "The Directorate of Harbours said the Directorate of Harbours will act."
    actors = _actors(text, [("Directorate of Harbours", "ORG")])
    assert actors.get("Directorate of Harbours") == "organization"


def test_a_french_compound_place_cut_at_its_hyphen_is_grown_whole():
    text = (
        "Stations in Pointe-aux-Veldres, Tarvexville and Anse-du-Marrow have resumed "
        "operations, Tom Arlo said."
    )
    src, sa = labelled(text, [("Tarvexville", "GPE"), ("Tom Arlo", "PERSON")])
    start = text.index("Pointe")
    sa = replace(sa, entities=sorted([*sa.entities, (start, start + 6, "PERSON")]))
    actors = {a.name: a.type for a in combine([src], [sa]).actors}
    assert actors.get("Pointe-aux-Veldres") == "place"
    assert "Pointe" not in actors


def test_a_name_before_a_hyphenated_adjective_stays():
    # near miss: "Kenya-based" is the place and an adjective, no French particle
    text = "Tom Arlo works for a Kenya-based charity in Tarvexville."
    actors = _actors(text, [("Tom Arlo", "PERSON"), ("Kenya", "GPE"), ("Tarvexville", "GPE")])
    assert actors.get("Kenya") == "place"


def test_a_compass_adjective_alone_is_no_place():
    text = (
        "The new constables were allocated to Port Haven and to the South\nEastern and "
        "Southern regions, Tom Arlo said."
    )
    actors = _actors(text, [("Port Haven", "GPE"), ("Eastern", "GPE"), ("Tom Arlo", "PERSON")])
    assert "Eastern" not in actors
    assert actors.get("Port Haven") == "place"


def test_a_compass_adjective_in_a_name_stays():
    # near miss: the adjective opens a place's name
    text = "Floods hit Eastern Veldria on Monday, Tom Arlo said."
    actors = _actors(text, [("Eastern Veldria", "GPE"), ("Tom Arlo", "PERSON")])
    assert actors.get("Eastern Veldria") == "place"


def test_a_family_name_and_a_hyphenated_given_name_is_a_person():
    text = "The minister praised the Moon Tae-yeon government’s vision in Port Haven."
    actors = _actors(text, [("Moon Tae-yeon", "FAC"), ("Port Haven", "GPE")])
    assert actors.get("Moon Tae-yeon") == "person"


def test_a_korean_district_written_alike_stays_a_place():
    # near miss: an administrative suffix after the hyphen ("-gu", "-do") names a place
    text = "Floods hit Busan Haeun-gu on Monday and Port Haven on Tuesday."
    actors = _actors(text, [("Busan Haeun-gu", "GPE"), ("Port Haven", "GPE")])
    assert actors.get("Busan Haeun-gu") == "place"


def test_names_whose_manifesto_the_text_cites_are_parties():
    text = (
        "There is a commitment in both the election manifestos of Harbour Union and Tarvo "
        "Marren to deliver pay parity, Tom Arlo said."
    )
    actors = _actors(
        text, [("Harbour Union", "PERSON"), ("Tarvo Marren", "PERSON"), ("Tom Arlo", "PERSON")]
    )
    assert actors.get("Harbour Union") == "organization"
    assert actors.get("Tarvo Marren") == "organization"
    assert actors.get("Tom Arlo") == "person"


def test_a_person_who_wrote_a_manifesto_is_read_by_the_title_before():
    # near miss: a name after the manifesto's "by", not "of", stays a person
    text = "The manifesto by Ilse Marrow was launched in Port Haven, Tom Arlo said."
    actors = _actors(
        text, [("Ilse Marrow", "PERSON"), ("Port Haven", "GPE"), ("Tom Arlo", "PERSON")]
    )
    assert actors.get("Ilse Marrow") == "person"
