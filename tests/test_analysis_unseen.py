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
