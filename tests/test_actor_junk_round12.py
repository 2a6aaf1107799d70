"""False actors and wrong types of the twelfth round, on invented texts with hand-made labels:
a capitalised plural noun of people that the text counts or lists ("2,400 Riggers", "Riggers,
Welders and Boatmen"), a capitalised noun phrase after a possessive determiner ("its Coastal
Survey Aircraft"), a body named "<word> <country>" that has its own acronym or is a unit
written with a hyphen ("Geodata Kenya (GK)", "Joint Task Force-Kenya"), which stays a body
instead of joining the country, a country that only qualifies other names ("U.S. Embassy",
"U.S. Senator Ann Vale"), and a word in capitals opening with a UN acronym ("UNVELF"), a body.

Each class has near misses that must stay actors (and keep their type). Every name is made up
(the countries are the gazetteer's, so that they are known places).
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


# ---- a plural noun of people, counted or listed ---------------------------------------------


def test_a_counted_plural_of_people_is_no_body():
    text = (
        "More than 2,400 Riggers arrived in Port Velm on Monday. "
        "Riggers from the ferry Orla Brant will help the Velm Harbour Board clear the quay."
    )
    actors = _actors(
        text,
        [
            ("Riggers", "ORG"),
            ("Port Velm", "GPE"),
            ("Orla Brant", "PERSON"),
            ("Velm Harbour Board", "ORG"),
        ],
    )
    assert "Riggers" not in actors
    assert actors["Velm Harbour Board"] == "organization"


def test_a_plural_listed_with_other_plurals_of_people_is_no_body():
    text = (
        "“The Riggers, Welders and Boatmen of our fleet are professionals,” said Ana Corvel "
        "of the Tarnish Maritime Authority."
    )
    actors = _actors(
        text,
        [("Welders", "ORG"), ("Ana Corvel", "PERSON"), ("Tarnish Maritime Authority", "ORG")],
    )
    assert "Welders" not in actors
    assert actors["Ana Corvel"] == "person"


def test_a_firm_named_by_a_plural_stays():
    # near misses: a firm whose name ends in -s but in no ending of people ("Velmens"), a plural
    # name the text neither counts nor lists ("Harvesters" said), and a counted word that is not
    # the phrase's head ("two Orvers journalists": the journalists are counted)
    text = (
        "Velmens and Tarvo signed the deal. Harvesters said the crop was late. "
        "Two Orvers journalists covered the talks."
    )
    actors = _actors(
        text,
        [("Velmens", "ORG"), ("Tarvo", "ORG"), ("Harvesters", "ORG"), ("Orvers", "ORG")],
    )
    assert actors.get("Velmens") == "organization"
    assert actors.get("Harvesters") == "organization"
    assert actors.get("Orvers") == "organization"


# ---- a capitalised noun phrase after a possessive determiner --------------------------------


def test_a_phrase_after_its_is_a_common_noun():
    text = (
        "The Orvane Detachment flew its Coastal Survey Aircraft and its Night Relay Drones. "
        "The Velm Coast Authority said the strait was clear."
    )
    actors = _actors(
        text,
        [
            ("Orvane Detachment", "ORG"),
            ("Coastal Survey Aircraft", "ORG"),
            ("Night Relay Drones", "ORG"),
            ("Velm Coast Authority", "ORG"),
        ],
    )
    assert "Coastal Survey Aircraft" not in actors and "Night Relay Drones" not in actors
    assert actors["Velm Coast Authority"] == "organization"


def test_a_bodys_own_part_after_its_stays():
    # near misses: a body's part that a body's word ends ("its Executive Board", "our Task
    # Force"), and a name after "its" that goes on as a modifier ("its Orvane Bank loans")
    text = (
        "The Tarvel Fund and its Executive Board met in Velm. Our Task Force is ready, said "
        "Lira Tamsen. The Velm Trust cut its Orvane Bank loans."
    )
    actors = _actors(
        text,
        [
            ("Tarvel Fund", "ORG"),
            ("Executive Board", "ORG"),
            ("Task Force", "ORG"),
            ("Lira Tamsen", "PERSON"),
            ("Velm Trust", "ORG"),
            ("Orvane Bank", "ORG"),
        ],
    )
    assert actors.get("Executive Board") == "organization"
    assert actors.get("Task Force") == "organization"
    assert actors.get("Orvane Bank") == "organization"


# ---- a body named "<word> <country>" stays a body ------------------------------------------


def test_a_body_named_after_a_country_with_its_acronym_stays_a_body():
    text = (
        "Geodata Kenya (GK) measured the tremor, and GK said aftershocks would follow. "
        "Kenya asked for help. Joint Task Force-Kenya flew supplies to Nairobi."
    )
    actors = _actors(
        text,
        [
            ("Geodata Kenya", "ORG"),
            ("GK", "ORG"),
            ("Kenya", "GPE"),
            ("Joint Task Force-Kenya", "ORG"),
            ("Nairobi", "GPE"),
        ],
    )
    assert actors.get("Geodata Kenya") == "organization"
    assert actors.get("Joint Task Force-Kenya") == "organization"
    assert actors.get("Kenya") == "place"


def test_a_states_name_in_a_second_language_still_joins_the_country():
    # near miss: a word before the country no list knows and the text never writes in lower
    # case, no acronym, no hyphen: the country's name in another language
    text = "Tarnuwa Kenya welcomed the team. Kenya said the talks in Nairobi went well."
    src, sa = labelled(text, [("Tarnuwa Kenya", "GPE"), ("Kenya", "GPE"), ("Nairobi", "GPE")])
    actors = combine([src], [sa]).actors
    kenya = next(a for a in actors if a.name == "Kenya")
    assert "Tarnuwa Kenya" in kenya.aliases


# ---- a country that only qualifies other names ---------------------------------------------


def test_a_country_that_only_qualifies_names_is_no_actor():
    text = (
        "U.S. Senator Ann Vale visited the U.S. Embassy in Tarn on Monday. "
        "She met the US Charge d’Affaires Orla Brant and the Tarn Harbour Board."
    )
    actors = _actors(
        text,
        [
            ("U.S.", "GPE"),
            ("US", "GPE"),
            ("Ann Vale", "PERSON"),
            ("Embassy", "ORG"),
            ("Tarn", "GPE"),
            ("Orla Brant", "PERSON"),
            ("Tarn Harbour Board", "ORG"),
        ],
    )
    assert "United States" not in actors
    assert actors["Ann Vale"] == "person" and actors["Tarn Harbour Board"] == "organization"


def test_a_country_also_named_as_a_noun_or_by_its_government_stays():
    # near misses: the same qualifier beside the country as a noun ("aid from the U.S."), and
    # a country named only before its government's word ("the U.S. Government pledged")
    first = "U.S. Senator Ann Vale said aid from the U.S. would reach Tarn."
    second = "The U.S. Government pledged tents for Tarn."
    for text in (first, second):
        actors = _actors(text, [("U.S.", "GPE"), ("Ann Vale", "PERSON"), ("Tarn", "GPE")])
        assert actors.get("United States") == "place", text


def test_a_country_in_a_text_in_capitals_stays():
    # near miss: every word after the country is capitalised because the text is in capitals
    text = "THE QUAKE STRUCK VELDRIA AND KENYA ON MONDAY. AID REACHED NAIROBI."
    actors = _actors(text, [("KENYA", "GPE"), ("NAIROBI", "GPE")])
    assert any(name.lower() == "kenya" and kind == "place" for name, kind in actors.items())


# ---- a word in capitals opening with a known body's acronym --------------------------------


def test_a_un_missions_acronym_is_a_body_not_a_place():
    text = (
        "Peacekeepers of UNVELF were taken from their positions. "
        "UNVELF said the area near Tarn was calm again."
    )
    actors = _actors(text, [("UNVELF", "GPE"), ("Tarn", "GPE")])
    assert actors.get("UNVELF") == "organization"
    assert actors.get("Tarn") == "place"


def test_a_place_in_capitals_stays_a_place():
    # near misses: a known place in capitals ("EUROPE"), and a word in capitals whose first
    # letters spell no body the lists know ("TARNVEL")
    text = "AID FOR EUROPE. Flights left TARNVEL for Nairobi on Monday."
    actors = _actors(text, [("EUROPE", "LOC"), ("TARNVEL", "GPE"), ("Nairobi", "GPE")])
    assert {n.lower(): k for n, k in actors.items()}.get("europe") == "place"
    assert actors.get("TARNVEL") == "place"


# ---- a headline's act noun of several words ---------------------------------------------------


def test_a_press_conference_by_an_agent_is_no_body():
    text = (
        "The Velm Harbour Board said the port would reopen on Monday after repairs in Tarn.\n\n"
        "[Title] Press Conference by the Prime Minister regarding the port\n\n"
        "Keynote Address by Orla Brant at the Velm Forum\n\n"
        "The Prime Minister said the works in Tarn were done."
    )
    actors = _actors(
        text,
        [
            ("Press Conference", "ORG"),
            ("Keynote Address", "ORG"),
            ("Tarn", "GPE"),
            ("Orla Brant", "PERSON"),
            ("Velm Harbour Board", "ORG"),
        ],
    )
    assert "Press Conference" not in actors and "Keynote Address" not in actors
    assert actors["Velm Harbour Board"] == "organization"


def test_a_body_opening_a_line_before_by_stays():
    # near misses: a body's name ending in a body's word ("Velm Security Council by"), and an
    # act noun inside a sentence, not opening its line
    text = (
        "Velm Security Council by the numbers\n\n"
        "She read the Orvane Trust by the lake. The Velm Security Council met in Tarn."
    )
    actors = _actors(
        text,
        [("Velm Security Council", "ORG"), ("Orvane Trust", "ORG"), ("Tarn", "GPE")],
    )
    assert actors.get("Velm Security Council") == "organization"
    assert actors.get("Orvane Trust") == "organization"


# ---- an adjective of a people or a region that only qualifies nouns --------------------------


def test_an_adjective_before_nouns_is_no_actor():
    text = (
        "The Veldric countries met in Tarn. The Veldric Prime Ministers agreed, and the "
        "Tarn Harbour Board opened its quay."
    )
    actors = _actors(text, [("Veldric", "NORP"), ("Tarn", "GPE"), ("Tarn Harbour Board", "ORG")])
    assert "Veldric" not in actors
    assert actors.get("Tarn Harbour Board") == "organization"


def test_a_name_ending_in_an_adjective_stays():
    # near miss: a service's name of several words ending in a language's adjective, before a
    # verb ("Radio Tanoa Orvanish repeated it")
    text = "Radio Tanoa reported it; Radio Tanoa Orvanish repeated it in Tarn."
    actors = _actors(text, [("Radio Tanoa Orvanish", "ORG"), ("Tarn", "GPE")])
    assert actors.get("Radio Tanoa Orvanish") == "organization"


def test_an_adjective_named_as_a_noun_somewhere_stays():
    # near misses: the same word also written as a noun ("talks with the Veldric."), and a
    # name no adjective ends ("Orvane Trust staff")
    text = "The Veldric countries met. Tarn held talks with the Veldric. Orvane Trust staff came."
    actors = _actors(text, [("Veldric", "ORG"), ("Tarn", "GPE"), ("Orvane Trust", "ORG")])
    assert "Veldric" in actors
    assert actors.get("Orvane Trust") == "organization"


def test_a_peoples_adjective_before_a_noun_stays_a_group():
    # near miss: "Turkish units" is a people's adjective, kept among the groups
    text = "Turkish units joined the drill near Tarn."
    src, sa = labelled(text, [("Turkish", "NORP"), ("Tarn", "GPE")])
    analysis = combine([src], [sa])
    assert "Turkish" in analysis.groups


def test_a_region_before_a_noun_stays():
    # near miss: a region's name the lists know, ending in such an ending ("Eastern Caribbean
    # nations"): the region, named as such
    text = "Storms hit several Eastern Caribbean nations, the Tarn Harbour Board said."
    actors = _actors(text, [("Eastern Caribbean", "LOC"), ("Tarn Harbour Board", "ORG")])
    assert actors.get("Eastern Caribbean") == "place"
