"""Places the model missed beside a place it tagged (``analysis.beside_places``). Invented
pages, entities labelled by hand."""

from __future__ import annotations

from labelled import analyse_labelled


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


def test_a_known_city_listed_between_tagged_places_is_a_place(tmp_path):
    page = "Road closures\n\nBuses from Geelong, Ballarat, and even Bendigo were stopped.\n"
    got = _actors(analyse_labelled(tmp_path, page, [("Geelong", "GPE"), ("Bendigo", "GPE")]))
    assert got.get("Ballarat") == "place"


def test_a_known_city_first_in_a_list_after_a_common_noun_is_a_place(tmp_path):
    page = "Buses\n\nBuses reached the towns of Ballarat, Geelong. Nothing else moved.\n"
    got = _actors(analyse_labelled(tmp_path, page, [("Geelong", "GPE")]))
    assert got.get("Ballarat") == "place"


def test_a_known_city_before_in_and_a_country_is_a_place(tmp_path):
    page = "Loans\n\nThe lender will fund a tram line in Graz in Austria this year.\n"
    got = _actors(analyse_labelled(tmp_path, page, [("Austria", "GPE")]))
    assert got.get("Graz") == "place"


def test_a_subdivision_after_a_tagged_region_is_a_place(tmp_path):
    page = "Storm damage\n\nCrews worked across the East Riding, Lincolnshire and beyond.\n"
    got = _actors(analyse_labelled(tmp_path, page, [("East Riding", "LOC")]))
    assert got.get("Lincolnshire") == "place"


def test_a_person_of_the_page_is_no_place_beside_a_place(tmp_path):
    page = (
        "Visit\n\nAnn Jackson arrived in Perth. She left Perth, Jackson said, on Monday "
        "for talks.\n"
    )
    got = _actors(analyse_labelled(tmp_path, page, [("Ann Jackson", "PERSON"), ("Perth", "GPE")]))
    assert "Jackson" not in got or got["Jackson"] == "person"


def test_a_word_the_page_writes_in_lower_case_is_no_place(tmp_path):
    page = (
        "Teams\n\nOfficials in Rome and Mobile crews met on Monday. The mobile network "
        "failed later.\n"
    )
    got = _actors(analyse_labelled(tmp_path, page, [("Rome", "GPE")]))
    assert "Mobile" not in got


def test_a_name_joined_to_a_name_tagged_as_no_place_is_left_alone(tmp_path):
    page = "Alerts\n\nAlerts cover Ashford, Bow and Kettle Brook until Friday.\n"
    labels = [("Ashford", "GPE"), ("Kettle Brook", "PERSON")]
    assert "Bow" not in _actors(analyse_labelled(tmp_path, page, labels))


def test_the_tail_of_a_longer_name_is_left_alone(tmp_path):
    page = "Study\n\nResearchers at the University of Ballarat, Australia, found the same.\n"
    got = _actors(analyse_labelled(tmp_path, page, [("Australia", "GPE")]))
    assert "Ballarat" not in got


def test_a_clause_opened_after_a_place_and_a_comma_is_no_list(tmp_path):
    page = "Talks\n\nIn Lyon, Florence said the talks went well on Monday.\n"
    got = _actors(analyse_labelled(tmp_path, page, [("Lyon", "GPE")]))
    assert "Florence" not in got
