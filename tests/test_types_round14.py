"""Actor types (round 14): general evidence that decides a type on pages nobody has read — a
name joining two things with "and" is no one person, the body's words inside a name
("Services", a party's word in another language, "National Park"), a post after "the" in an
apposition, names listed with a known place after "in", and a one-word acronym spelt by the
body's long form in brackets after it. Invented paragraphs, labelled by hand as the small model
labels them; each rule has a near miss that it must leave alone."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


# ---- the words inside the name ----------------------------------------------------------


def test_a_name_joining_two_things_with_and_is_no_person():
    text = (
        "Dorvan Housing and Coastal Renewal announced new grants on Monday. "
        "Anna Berg and Tomas Vell welcomed the grants."
    )
    labels = [
        ("Dorvan Housing and Coastal Renewal", "PERSON"),
        ("Anna Berg", "PERSON"),
        ("Tomas Vell", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors["Dorvan Housing and Coastal Renewal"] == "organization"
    assert actors["Anna Berg"] == "person"  # two people listed, each a person
    assert actors["Tomas Vell"] == "person"
    post = "Minister for Housing and Planning Ana Kell opened the site on Friday."
    people = _actors(post, [("Minister for Housing and Planning Ana Kell", "PERSON")])
    assert [t for n, t in people.items() if "Ana Kell" in n] == ["person"]  # a post, a holder


def test_services_ends_a_bodys_name():
    text = "Norvik Fire Services sent two crews. Ana Servick, a volunteer, helped them."
    labels = [("Norvik Fire Services", "PERSON"), ("Ana Servick", "PERSON")]
    actors = _actors(text, labels)
    assert actors["Norvik Fire Services"] == "organization"
    assert actors["Ana Servick"] == "person"


def test_a_partys_word_in_another_language_opens_a_bodys_name():
    text = (
        "Voters backed the Parti Vertaliste in the north. Turnout in Partington was low, "
        "officials in Partington said."
    )
    labels = [("Parti Vertaliste", "FAC"), ("Partington", "GPE"), ("Partington", "GPE")]
    actors = _actors(text, labels)
    assert actors["Parti Vertaliste"] == "organization"
    assert actors["Partington"] == "place"


def test_a_national_park_is_a_place_and_a_person_named_park_stays():
    text = (
        "Hikers returned to the Orvello Hills National Park after the fire. Ranger Kim Park "
        "said the trails were open, and the Velra Park Service agreed."
    )
    labels = [
        ("Orvello Hills National Park", "ORG"),
        ("Kim Park", "PERSON"),
        ("Velra Park Service", "ORG"),
    ]
    actors = _actors(text, labels)
    assert actors["Orvello Hills National Park"] == "place"
    assert actors["Kim Park"] == "person"
    assert actors["Velra Park Service"] == "organization"


# ---- how the text uses it ----------------------------------------------------------------


def test_a_post_after_the_in_an_apposition_makes_a_person():
    text = (
        "The loan was signed by Tamo Uzeli, the Vice-President of Korvath Bank, in March. "
        "Funds for Northern Ireland, the Secretary of State said, would follow."
    )
    labels = [
        ("Tamo Uzeli", "GPE"),
        ("Korvath Bank", "ORG"),
        ("Northern Ireland", "GPE"),
    ]
    actors = _actors(text, labels)
    assert actors["Tamo Uzeli"] == "person"
    assert actors["Northern Ireland"] == "place"  # a known place before the post stays one


def test_names_listed_with_a_known_place_after_in_are_places():
    text = (
        "Relief centres will open in Dorrit, Kelvane, Ostrel, Mabry and Toronto this week. "
        "Separately, Vastro, Quellan and Nairobi signed the appeal."
    )
    labels = [
        ("Dorrit", "ORG"),
        ("Kelvane", "ORG"),
        ("Ostrel", "ORG"),
        ("Mabry", "ORG"),
        ("Toronto", "GPE"),
        ("Vastro", "ORG"),
        ("Quellan", "ORG"),
        ("Nairobi", "GPE"),
    ]
    actors = _actors(text, labels)
    assert [actors[n] for n in ("Dorrit", "Kelvane", "Ostrel", "Mabry")] == ["place"] * 4
    assert actors["Vastro"] == "organization"  # no "in": bodies may sign with a city
    assert actors["Quellan"] == "organization"


def test_a_one_word_acronym_spelt_by_a_bodys_long_form_is_that_body():
    text = (
        "Growers asked Vorda (Valley Orchard Restoration Development Authority) for help. "
        "Kesa (Kara Edwards Smith Allen) thanked the growers."
    )
    labels = [("Vorda", "PERSON"), ("Kesa", "PERSON")]
    actors = _actors(text, labels)
    assert actors["Vorda"] == "organization"
    assert actors["Kesa"] == "person"  # initials, but no body's word in the brackets


def test_a_regions_kind_after_a_one_word_name_makes_a_place():
    text = (
        "Home to the city of Marvel, the Orlavi Governorate hosts many displaced families. "
        "Orlavi also faces a housing crisis. Velda Moor said the talks would go on, and Velda "
        "Harbin agreed."
    )
    labels = [
        ("Marvel", "GPE"),
        ("Orlavi", "PERSON"),
        ("Velda Moor", "PERSON"),
        ("Velda Harbin", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors["Orlavi"] == "place"
    assert actors["Velda Moor"] == "person"


def test_a_un_system_body_the_model_calls_a_place_is_a_body():
    text = "The loan of IFAD will fund irrigation. Officials of IFAD visited Velmora."
    src, sa = labelled(text, [("IFAD", "GPE"), ("IFAD", "GPE"), ("Velmora", "GPE")])
    types = {a.type for a in combine([src], [sa]).actors if "IFAD" in a.aliases}
    assert types == {"organization"}


def test_a_form_of_address_outweighs_a_towns_name_in_the_gazetteer():
    addressed = "Ms. Kisumu said the plan was sound. Later Ms. Kisumu left for talks."
    assert _actors(addressed, [("Kisumu", "PERSON")]) == {"Kisumu": "person"}
    plain = "Aid trucks reached Kisumu on Monday, and Kisumu hospitals took the injured."
    assert _actors(plain, [("Kisumu", "PERSON")]) == {"Kisumu": "place"}


def test_in_before_a_list_stands_before_each_name_of_it():
    text = "The camps were in Dauro, Tsema and Ukpa last week. Investors bought shares in Korvo, "
    text += "Tamsel and Ivra."
    labels = [(n, "ORG") for n in ("Dauro", "Tsema", "Ukpa", "Korvo", "Tamsel", "Ivra")]
    actors = _actors(text, labels)
    assert [actors[n] for n in ("Dauro", "Tsema", "Ukpa")] == ["place"] * 3
    assert [actors[n] for n in ("Korvo", "Tamsel", "Ivra")] == ["organization"] * 3


def test_names_listed_under_a_facilitys_plural_are_places():
    text = "Monitors visited the ports of Velmar, Oska and Ras Tamo today."
    labels = [("Velmar", "GPE"), ("Oska", "GPE"), ("Ras Tamo", "PERSON")]
    assert _actors(text, labels)["Ras Tamo"] == "place"
    near = "Monitors thanked the managers of Velmar, Oska and Ana Tamo today."
    labels = [("Velmar", "ORG"), ("Oska", "ORG"), ("Ana Tamo", "PERSON")]
    assert _actors(near, labels)["Ana Tamo"] == "person"
