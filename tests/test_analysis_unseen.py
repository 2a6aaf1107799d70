"""Classes of actor errors found on articles no rule was written for (issue 8 §2).

Each test is an invented paragraph with the entities labelled by hand as the small model
labels them; every name here is made up.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named, all_aliases
from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _names(analysis) -> set[str]:
    return {a.name for a in analysis.actors}


def test_markup_left_in_a_copy_is_never_part_of_a_name():
    text = (
        "<p>Mira Tolvessen, chair of the Harbour Trade Council</p>\n"
        "The Harbour Trade Council met on Monday."
    )
    labels = [("Harbour Trade Council</p", "ORG"), ("Mira Tolvessen", "PERSON")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Harbour Trade Council" in _names(analysis)
    assert not any("<" in a or ">" in a for a in all_aliases(analysis))


def test_a_name_whose_last_word_a_caption_ellipsis_cut_is_dropped():
    text = (
        "Officers meet Maj. Ilse Corvan, Vellmark Army Relief Cell Humanit... (Photo Credit)\n"
        "The Vellmark Army Relief Cell sent a Humanitarian Survey Team on Tuesday. Corvan said "
        "they would stay for a week..."
    )
    labels = [
        ("Vellmark Army Relief Cell Humanit", "ORG"),
        ("Vellmark Army Relief Cell", "ORG"),
        ("Humanitarian Survey Team", "ORG"),
        ("Ilse Corvan", "PERSON"),
        ("Corvan", "PERSON"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not any("Humanit" in a and "Humanitarian" not in a for a in all_aliases(analysis))
    assert "Vellmark Army Relief Cell" in _names(analysis)


def test_a_whole_word_before_an_ellipsis_stays_a_name():
    text = "Talks with Duvessa... went nowhere, said Rona Pell. Duvessa later left the table."
    src, sa = labelled(text, [("Duvessa", "GPE"), ("Rona Pell", "PERSON")])
    analysis = combine([src], [sa])
    assert "Duvessa" in _names(analysis)


def test_supplies_and_storms_named_in_the_plural_are_not_bodies():
    text = (
        "The Relief Fund of Corvalia dispatched Rapid Water Purification Kits (RWPK) and tents "
        "after Cyclones Amro and Belit crossed the Tessaly Islands. Corvalian Field Supplies "
        "arrived on Friday."
    )
    labels = [
        ("Relief Fund of Corvalia", "ORG"),
        ("Cyclones Amro", "ORG"),
        ("Tessaly Islands", "LOC"),
        ("Corvalian Field Supplies", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    aliases = all_aliases(analysis)
    assert "Relief Fund of Corvalia" in _names(analysis)
    assert not aliases & {"Rapid Water Purification Kits", "RWPK", "Cyclones Amro"}
    assert "Corvalian Field Supplies" not in aliases


def test_two_names_the_model_ran_together_over_a_comma_are_two_actors():
    text = (
        "Opposition leader Tomas Ferrand spoke on Kestrel Radio. Speaking on Kestrel Radio, "
        "Ferrand said the protests would go on."
    )
    labels = [
        ("Tomas Ferrand", "PERSON"),
        ("Kestrel Radio, Ferrand", "ORG"),
        ("Kestrel Radio", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not any("," in a for a in all_aliases(analysis))
    assert "Ferrand" in actor_named(analysis, "Tomas Ferrand").aliases


def test_a_comma_inside_one_body_or_before_a_suffix_keeps_the_name_whole():
    text = (
        "The Ministry of Fisheries, Forests and Water of Tessaly met Orvel Dane, Jr. and staff "
        "of Brandmoor, Inc. on Monday."
    )
    labels = [
        ("Ministry of Fisheries, Forests and Water of Tessaly", "ORG"),
        ("Orvel Dane, Jr.", "PERSON"),
        ("Brandmoor, Inc.", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    aliases = all_aliases(analysis)
    assert "Ministry of Fisheries, Forests and Water of Tessaly" in aliases
    assert {"Inc", "Inc.", "Jr", "Jr.", "Forests and Water of Tessaly"}.isdisjoint(aliases)


def test_a_body_acronym_owning_a_unit_names_both_bodies():
    text = "The airlift was funded by TARDA’s Office for Coastal Relief and other donors."
    src, sa = labelled(text, [("TARDA’s Office for Coastal Relief", "ORG")])
    analysis = combine([src], [sa])
    assert {"TARDA", "Office for Coastal Relief"} <= _names(analysis)
    assert "TARDA’s Office for Coastal Relief" not in all_aliases(analysis)


def test_a_name_owning_an_event_is_not_split_into_two_bodies():
    text = "Delegates praised Corvalia’s Harvest Festival on Sunday."
    src, sa = labelled(text, [("Corvalia’s Harvest Festival", "ORG")])
    analysis = combine([src], [sa])
    assert "Harvest Festival" not in _names(analysis)


def test_an_acronym_with_a_unit_name_after_its_hyphen_is_the_long_form():
    text = (
        "Joint Relief Group-Delta flew supplies to Corvalia. Members of JRG-Delta and JRG-Echo "
        "stayed a week."
    )
    labels = [("Joint Relief Group-Delta", "ORG"), ("JRG-Delta", "ORG"), ("JRG-Echo", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "JRG-Delta" in actor_named(analysis, "Joint Relief Group-Delta").aliases
    assert "JRG-Echo" not in actor_named(analysis, "Joint Relief Group-Delta").aliases


def test_an_abbreviated_last_word_is_the_same_unit():
    text = "Soldiers of II Brigade Forward arrived. Staff of II Brigade FWD met the mayor."
    labels = [("II Brigade Forward", "ORG"), ("II Brigade FWD", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "II Brigade FWD" in actor_named(analysis, "II Brigade Forward").aliases


def test_a_long_form_the_model_missed_of_an_acronym_it_tagged_is_found():
    a, sa_a = labelled("The Coastal Flood Relief Unit will lead the response.", [], sid="a")
    b, sa_b = labelled("The CFRU leader said roads were open.", [("CFRU", "ORG")], sid="b")
    analysis = combine([a, b], [sa_a, sa_b])
    assert "CFRU" in actor_named(analysis, "Coastal Flood Relief Unit").aliases


def test_two_long_forms_an_acronym_could_spell_leave_it_alone():
    text = (
        "The Coastal Flood Relief Squad and the Central Fire Rescue Squad met. The CFRS leader "
        "said roads were open."
    )
    src, sa = labelled(text, [("CFRS", "ORG")])
    analysis = combine([src], [sa])
    assert "Coastal Flood Relief Squad" not in all_aliases(analysis)
    assert "Central Fire Rescue Squad" not in all_aliases(analysis)


def _type_of(analysis, name: str) -> str:
    return actor_named(analysis, name).type


def test_places_told_by_their_shape_a_dateline_a_journey_and_a_settlement_word():
    text = (
        "VORSKA, MARCH 3 – Boats took families from Kelloa to Brannik and from Tuvo and Selma "
        "to Brannik. Shelling hit Ras Hamdi town at night and the Ras Hamdi clinic later.\n"
        "Relief reached Kelloa on Tuesday."
    )
    labels = [
        ("VORSKA", "ORG"),
        ("Kelloa", "ORG"),
        ("Brannik", "GPE"),
        ("Tuvo", "ORG"),
        ("Selma", "PERSON"),
        ("Ras Hamdi", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    for name in ("VORSKA", "Kelloa", "Tuvo", "Selma", "Ras Hamdi"):
        assert _type_of(analysis, name) == "place", name


def test_a_legislature_glossed_by_its_own_name_is_an_organisation():
    text = "She chaired the lower house of parliament (the Volkstag) until May. The Volkstag met."
    src, sa = labelled(text, [("Volkstag", "GPE")])
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Volkstag") == "organization"


def test_a_body_moving_money_from_one_body_to_another_keeps_its_type():
    text = (
        "The Tessaly Relief Fund said it moved grants from the Harbour Trust to the Tessaly "
        "Relief Fund. The Harbour Trust agreed, the Harbour Trust said."
    )
    labels = [("Tessaly Relief Fund", "ORG"), ("Harbour Trust", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Harbour Trust") == "organization"


def test_a_post_the_model_tagged_as_a_body_is_no_actor():
    text = (
        "Statement by Ilka Vennor, Deputy Regional Coordinator, to the Office of the President "
        "of Tessaly. The Office of the President replied."
    )
    labels = [
        ("Ilka Vennor", "PERSON"),
        ("Regional Coordinator", "ORG"),
        ("Office of the President of Tessaly", "ORG"),
        ("Office of the President", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Regional Coordinator" not in all_aliases(analysis)
    assert "Office of the President" in all_aliases(analysis)


def test_a_country_then_a_common_noun_is_an_event_not_a_person():
    text = (
        "SUBJECTS: Peru Landslide.\n"
        "The landslide buried two villages. Chad Morrow, a rescuer, said Jordan Velt helped."
    )
    labels = [("Peru Landslide.", "PERSON"), ("Chad Morrow", "PERSON"), ("Jordan Velt", "PERSON")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not any("Landslide" in a for a in all_aliases(analysis))
    assert {"Chad Morrow", "Jordan Velt"} <= _names(analysis)


def test_a_word_glossed_in_square_brackets_and_a_pet_are_no_actors():
    text = (
        "The walls shook as if cursed by Ghul [evil spirits], said Dara Omet. Our cat Mirko "
        "hid under the bed. Mirko was crying. Omet met the Brask [village council] chief."
    )
    labels = [("Ghul", "PERSON"), ("Dara Omet", "PERSON"), ("Mirko", "PERSON"), ("Omet", "PERSON")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    aliases = all_aliases(analysis)
    assert "Ghul" not in aliases
    assert "Mirko" not in aliases
    assert "Dara Omet" in _names(analysis)


def test_a_piece_the_model_cut_from_a_name_an_acronym_defines_is_that_name():
    text = (
        "Aid goes to the UN High Commissioner for Fisheries (UNHCF) and to Tessaly. The UNHCF "
        "thanked donors."
    )
    src, sa = labelled(text, [("UN", "ORG"), ("UNHCF", "ORG"), ("Tessaly", "GPE")])
    analysis = combine([src], [sa])
    body = actor_named(analysis, "UNHCF")
    assert "UN High Commissioner for Fisheries" in body.aliases
    assert "UN" not in all_aliases(analysis)


def test_a_kind_of_people_is_a_group_not_an_actor():
    text = (
        "Displaced Velmoria Refugees reached the camp. The Agency for Velmoria Refugees and "
        "Refugees International said more Velmoria Families were coming."
    )
    labels = [
        ("Velmoria Refugees", "ORG"),
        ("Agency for Velmoria Refugees", "ORG"),
        ("Refugees International", "ORG"),
        ("Velmoria Families", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    names = _names(analysis)
    assert {"Agency for Velmoria Refugees", "Refugees International"} <= names
    assert not {"Velmoria Refugees", "Velmoria Families"} & all_aliases(analysis)


def test_world_regions_are_places_not_peoples():
    text = "It is the largest crisis in the history of the Americas, said Ola Brenn in Oceania."
    labels = [("Americas", "LOC"), ("Ola Brenn", "PERSON"), ("Oceania", "LOC")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Americas") == "place"
    assert _type_of(analysis, "Oceania") == "place"


def test_a_body_acronym_then_a_place_is_its_office_there():
    text = (
        "The Tessaly Relief Fund (TARF) sent tents. TARF Oceania said more would follow. "
        "Staff of the Harbour Army Oceania and the Harbour Army met."
    )
    labels = [
        ("Tessaly Relief Fund", "ORG"),
        ("TARF Oceania", "ORG"),
        ("TARF", "ORG"),
        ("Harbour Army Oceania", "ORG"),
        ("Harbour Army", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "TARF Oceania" in actor_named(analysis, "Tessaly Relief Fund").aliases
    assert "Harbour Army Oceania" not in actor_named(analysis, "Harbour Army").aliases


def test_a_lone_organisation_word_is_the_one_body_of_its_source_that_ends_with_it():
    text = (
        "The Northern Harbour Union met in Velm. The challenges the Union faces are many, and "
        "the Union’s budget is small."
    )
    labels = [("Northern Harbour Union", "ORG"), ("Velm", "GPE"), ("Union", "GPE")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Union" in actor_named(analysis, "Northern Harbour Union").aliases


def test_a_lone_organisation_word_with_two_bodies_ending_with_it_stays_apart():
    text = "The Northern Harbour Union and the Southern Grain Union met. The Union said no."
    labels = [("Northern Harbour Union", "ORG"), ("Southern Grain Union", "ORG"), ("Union", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Union" not in actor_named(analysis, "Northern Harbour Union").aliases
    assert "Union" not in actor_named(analysis, "Southern Grain Union").aliases


def test_an_area_named_with_its_kind_is_found_when_the_model_missed_it():
    text = (
        "Families fled from the Korvath Province to the coast, the Head of State and the "
        "Secretary of State said."
    )
    src, sa = labelled(text, [])
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Korvath Province") == "place"
    assert not {"Head of State", "State", "Secretary of State"} & all_aliases(analysis)


def test_a_place_after_lower_case_leaders_for_is_no_portfolio():
    text = (
        "The minister pushed Velmoran leaders for Port Ketta to be used for aid. The Minister "
        "for the Southern Isles agreed."
    )
    labels = [("Port Ketta", "GPE"), ("Southern Isles", "LOC")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Port Ketta" in _names(analysis)
    assert "Southern Isles" not in all_aliases(analysis)


def test_a_place_owning_a_body_names_the_place_and_the_body():
    text = (
        "We have been engaging with Velmoria’s National Flood Relief Organisation. Velmoria "
        "asked for boats, and Velmoria’s Prime Minister thanked donors."
    )
    labels = [
        ("Velmoria’s National Flood Relief Organisation", "ORG"),
        ("Velmoria", "GPE"),
        ("Velmoria’s Prime Minister", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "National Flood Relief Organisation" in _names(analysis)
    assert _type_of(analysis, "Velmoria") == "place"
    assert "Prime Minister" not in all_aliases(analysis)


def test_the_place_of_a_closing_date_and_place_line_is_an_actor():
    text = (
        "President Ola Brenn: Governor, let us talk about the harbour.\n\nMarch 3, 2024, Port Ketta"
    )
    src, sa = labelled(text, [("Ola Brenn", "PERSON"), ("Port Ketta", "GPE")])
    analysis = combine([src], [sa])
    assert "Port Ketta" in _names(analysis)


def test_a_base_named_after_its_kind_word_is_found_as_a_place():
    text = "He serves on the honor guard at Joint Base Kessel-Marrow here and at Fort Ambry."
    src, sa = labelled(text, [])
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Joint Base Kessel-Marrow") == "place"
    assert _type_of(analysis, "Fort Ambry") == "place"


def test_a_shop_price_tag_line_is_furniture():
    text = (
        "Gold Access EPUB for $12.50 (8 pages)\n\n"
        "add to cart\n\n"
        "The Harbour Council of Velm met on Monday. Prices of bread rose to $2.50 a loaf, the "
        "Harbour Council said."
    )
    labels = [("Gold Access", "ORG"), ("EPUB", "ORG"), ("Harbour Council of Velm", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not {"Gold Access", "EPUB"} & all_aliases(analysis)
    assert "Harbour Council of Velm" in _names(analysis)


def test_the_members_of_a_body_are_no_actor():
    text = (
        "The Council urged Member States and Partner Nations to fund the Velmoria Support "
        "Mission. The Member Council of Velm agreed."
    )
    labels = [
        ("Member States", "GPE"),
        ("Partner Nations", "ORG"),
        ("Velmoria Support Mission", "ORG"),
        ("Member Council of Velm", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not {"Member States", "Partner Nations"} & all_aliases(analysis)
    assert "Member Council of Velm" in _names(analysis)


def test_a_call_to_donate_or_subscribe_is_furniture():
    text = (
        "HELPNOW - Make a charitable donation in support of Velmoria!\n\n"
        "Subscribe to our newsletter for news from Tessaly\n\n"
        "Floods hit the Korvath Province on Monday, the Harbour Council said."
    )
    labels = [("Velmoria", "GPE"), ("Tessaly", "GPE"), ("Harbour Council", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not {"Velmoria", "Tessaly"} & all_aliases(analysis)
    assert "Harbour Council" in _names(analysis)


def test_a_person_cut_from_a_title_case_phrase_is_dropped():
    text = (
        "After a month of Coastal Humanitarian Assistance and Disaster Relief operations, Ola "
        "Brenn Monday thanked Mira Tolvessen and Secretary Ivo Marr."
    )
    labels = [
        ("Coastal Humanitarian", "PERSON"),
        ("Ola Brenn", "PERSON"),
        ("Mira Tolvessen", "PERSON"),
        ("Ivo Marr", "PERSON"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Coastal Humanitarian" not in all_aliases(analysis)
    assert {"Ola Brenn", "Mira Tolvessen", "Ivo Marr"} <= _names(analysis)


def test_two_places_of_a_slashed_dateline_are_two_places():
    text = "KORVA / TESSALY – Relief reached Korva on Monday and Tessaly on Tuesday."
    labels = [("KORVA / TESSALY", "GPE"), ("Korva", "GPE"), ("Tessaly", "GPE")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not any("/" in a for a in all_aliases(analysis))
    assert "KORVA" in actor_named(analysis, "Korva").aliases


def test_weapons_money_and_an_acronym_defined_as_a_weapon_are_no_actors():
    text = (
        "The ship was hit by a Long-Range Glide Missile (LRGM) fired from Velmoria. The LRGM "
        "missed the Harbour Navy. The pledge of USD2M will help."
    )
    labels = [
        ("Long-Range Glide Missile", "PERSON"),
        ("LRGM", "PERSON"),
        ("Velmoria", "GPE"),
        ("Harbour Navy", "ORG"),
        ("USD2M", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert not {"Long-Range Glide Missile", "LRGM", "USD2M"} & all_aliases(analysis)
    assert "Harbour Navy" in _names(analysis)


def test_two_unknown_one_word_places_side_by_side_are_one_person():
    text = "The day honours the life of Amaru Kessoni and the rains over Paris London routes."
    labels = [("Amaru", "GPE"), ("Kessoni", "GPE"), ("Paris", "GPE"), ("London", "GPE")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Amaru Kessoni") == "person"
    assert {"Paris", "London"} <= _names(analysis)


def test_types_from_landform_words_a_body_word_first_and_country_acronyms():
    text = (
        "The storm crossed the Korvath Channel. Embassy Velmtown and the Tessaly Executive "
        "said trade with the UAE would resume."
    )
    labels = [
        ("Korvath Channel", "ORG"),
        ("Embassy Velmtown", "PERSON"),
        ("Tessaly Executive", "GPE"),
        ("UAE", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert _type_of(analysis, "Korvath Channel") == "place"
    assert _type_of(analysis, "Embassy Velmtown") == "organization"
    assert _type_of(analysis, "Tessaly Executive") == "organization"
    assert _type_of(analysis, "UAE") == "place"


def test_a_rank_abbreviation_the_model_ran_into_a_body_or_tagged_alone_is_a_role():
    text = (
        "Tech. Sgt. Oren Valdt met Harbour Marine Corps Cpl. Ivo Marr on Monday. The Harbour "
        "Marine Corps trained in Velm."
    )
    labels = [
        ("Tech. Sgt", "PERSON"),
        ("Oren Valdt", "PERSON"),
        ("Harbour Marine Corps Cpl", "ORG"),
        ("Ivo Marr", "PERSON"),
        ("Harbour Marine Corps", "ORG"),
        ("Velm", "GPE"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    aliases = all_aliases(analysis)
    assert not any("Sgt" in a or "Cpl" in a for a in aliases)
    assert "Harbour Marine Corps" in _names(analysis)


def test_a_name_never_ends_with_a_function_word():
    text = (
        "Talks with the Federal Council of Velmoria and Tessaly ended. The Federal Council of "
        "Velmoria agreed."
    )
    labels = [("Federal Council of Velmoria and", "ORG"), ("Federal Council of Velmoria", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert actor_named(analysis, "Federal Council of Velmoria").aliases == [
        "Federal Council of Velmoria"
    ]


def test_a_surname_written_after_its_role_gives_that_form_as_an_alias():
    text = "Ola Brenn spoke first. Prime Minister Brenn said trade was up, and Brenn left."
    labels = [("Ola Brenn", "PERSON"), ("Brenn", "PERSON")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Prime Minister Brenn" in actor_named(analysis, "Ola Brenn").aliases


def test_the_peoples_of_the_uk_nations_are_groups():
    text = "The Welsh economy grew, the Welsh Government said."
    src, sa = labelled(text, [("Welsh", "ORG"), ("Welsh Government", "ORG")])
    analysis = combine([src], [sa])
    assert "Welsh" not in all_aliases(analysis)
    assert "Welsh Government" in _names(analysis)


def test_a_body_acronym_owning_a_person_names_the_body_and_the_person():
    text = "Funds were released, TARDA’s Ilse Corvan Vennor said on Monday."
    src, sa = labelled(text, [("TARDA’s Ilse Corvan Vennor", "ORG")])
    analysis = combine([src], [sa])
    assert _type_of(analysis, "TARDA") == "organization"
    assert _type_of(analysis, "Ilse Corvan Vennor") == "person"


def test_a_peoples_possessive_inside_a_name_is_no_owner():
    text = (
        "Officers of the Velmoria People’s Navy met. The Velmoria People’s militia watched, "
        "and the Velmoria People’s Navy sailed."
    )
    labels = [("Velmoria People’s Navy", "ORG"), ("Velmoria People", "ORG")]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    assert "Velmoria People’s Navy" in _names(analysis)


def test_plans_policies_and_diseases_are_no_actors_and_a_label_after_a_colon_is_cut():
    text = (
        "The Velmoria Flood Response Plan 2025 and the Coastal Aid Policy were funded after "
        "Korvath Virus Disease spread. The Harbour Council: Press release followed, and the "
        "Harbour Council met."
    )
    labels = [
        ("Velmoria Flood Response Plan 2025", "ORG"),
        ("Coastal Aid Policy", "ORG"),
        ("Korvath Virus Disease", "ORG"),
        ("Harbour Council: Press", "ORG"),
        ("Harbour Council", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    aliases = all_aliases(analysis)
    assert not {"Velmoria Flood Response Plan 2025", "Coastal Aid Policy"} & aliases
    assert "Korvath Virus Disease" not in aliases
    assert actor_named(analysis, "Harbour Council").aliases == ["Harbour Council"]


def test_a_body_named_with_a_peoples_word_or_of_its_place_is_one_body():
    # the rule needs the place in a gazetteer (general country names): "Thai" of "Thailand"
    text2 = "The Royal Thai Guard met the Royal Guard of Thailand and the Royal Guard of Peru."
    labels2 = [
        ("Royal Thai Guard", "ORG"),
        ("Royal Guard of Thailand", "ORG"),
        ("Royal Guard of Peru", "ORG"),
    ]
    src2, sa2 = labelled(text2, labels2, sid="s2")
    analysis = combine([src2], [sa2])
    assert "Royal Thai Guard" in actor_named(analysis, "Royal Guard of Thailand").aliases
    assert "Royal Thai Guard" not in actor_named(analysis, "Royal Guard of Peru").aliases
