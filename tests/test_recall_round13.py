"""Missed actors, eleventh round of issue 8: true actors our own rules dropped after the model
found them. Every text here is invented; the places named are the gazetteers' general data.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.gazetteer import gazetteer, looks_demonym

# ---- a name spelt like a province minus a letter is no people ----------------------------


def test_a_body_named_like_a_province_is_an_actor_not_a_people():
    # "Albert" + "a" spells the Canadian province: no people's ending, so no people
    text = (
        "The research group Albert published its yearly review on Monday. Albert said prices "
        "had fallen in Kenya and Chile."
    )
    src, sa = labelled(text, [("Albert", "ORG"), ("Kenya", "GPE"), ("Chile", "GPE")])
    analysis = combine([src], [sa])
    assert "Albert" in {a.name for a in analysis.actors}
    assert "Albert" not in analysis.groups


def test_a_lone_surname_spelt_like_a_province_is_a_person():
    # "Burgo" + "s" spells a Spanish province
    text = "Burgo told reporters the appeal would be heard in May. Burgo spoke for the council."
    src, sa = labelled(text, [("Burgo", "PERSON")])
    analysis = combine([src], [sa])
    assert "Burgo" in {a.name for a in analysis.actors}
    assert "Burgo" not in analysis.groups


def test_peoples_of_provinces_and_of_countries_stay_peoples():
    gaz = gazetteer()
    assert not any(looks_demonym(w, gaz) for w in ("albert", "burgo", "corte", "flore"))
    # a province's people takes an ending; a country's people may have none
    assert all(looks_demonym(w, gaz) for w in ("texan", "punjabi", "malaitan"))
    assert all(looks_demonym(w, gaz) for w in ("kazakh", "serb", "philippine", "russian"))


# ---- a portfolio's holder with a middle initial, after a phrase that only looks like one ------


def test_a_portfolio_holder_with_a_middle_initial_after_a_longer_name_is_found():
    # the model tags the portfolio's first word and not the name; "Republic of the Kelvo
    # Islands and Deputy Secretary" looks like a title and a holder and must not hide the
    # "Secretary of ..." inside it
    text = (
        "Ambassador Tor Helland of the Republic of the Kelvo Islands and Deputy Secretary of "
        "Coastal and Harbour Works Ilse M. Varnholt, of the Harbour Board, attended the "
        "signing in Ostrava."
    )
    src, sa = labelled(text, [("Tor Helland", "PERSON"), ("Coastal", "ORG"), ("Ostrava", "GPE")])
    people = {a.name for a in combine([src], [sa]).actors if a.type == "person"}
    assert "Ilse M. Varnholt" in people


def test_a_portfolio_without_a_name_after_it_gives_no_person():
    text = (
        "The Deputy Secretary of Coastal and Harbour Works said the port would reopen. "
        "Minister of Rural Roads and Bridges Tor Helland agreed."
    )
    src, sa = labelled(text, [("Tor Helland", "PERSON")])
    people = {a.name for a in combine([src], [sa]).actors if a.type == "person"}
    assert people == {"Tor Helland"}


# ---- "Administration" is a body's word ----------------------------------------------------


def test_an_administration_owned_by_an_acronym_is_an_actor_of_its_own():
    text = (
        "Delegates met officials of ARPEC’s Coastal Shipping Administration in Suva on "
        "Monday. ARPEC said the talks would last a week."
    )
    src, sa = labelled(
        text,
        [("ARPEC’s Coastal Shipping Administration", "ORG"), ("ARPEC", "ORG"), ("Suva", "GPE")],
    )
    orgs = {a.name for a in combine([src], [sa]).actors if a.type == "organization"}
    assert {"ARPEC", "Coastal Shipping Administration"} <= orgs


def test_an_administration_of_a_department_is_an_actor_of_its_own():
    text = (
        "The Kelvo Department of Transport’s Coastal Shipping Administration closed the "
        "harbour on Tuesday after the storm."
    )
    src, sa = labelled(
        text, [("The Kelvo Department of Transport’s Coastal Shipping Administration", "ORG")]
    )
    orgs = {a.name for a in combine([src], [sa]).actors if a.type == "organization"}
    assert "Coastal Shipping Administration" in orgs
    assert "Kelvo Department of Transport" in orgs


def test_a_bodys_thing_is_no_body():
    text = (
        "Delegates discussed ARPEC’s Annual Fisheries Report in Suva on Monday. ARPEC said the "
        "report would be published in June."
    )
    src, sa = labelled(
        text, [("ARPEC’s Annual Fisheries Report", "ORG"), ("ARPEC", "ORG"), ("Suva", "GPE")]
    )
    names = {a.name for a in combine([src], [sa]).actors}
    assert "Annual Fisheries Report" not in names


# ---- "Title of X": X holding an acronym is the body the title is of, not a portfolio -----------


def test_a_body_with_an_acronym_after_a_title_of_is_an_actor():
    text = (
        "The Executive Director of ARPEC Youth, Ana Varn, visited Suva on Monday and met the "
        "Minister of Fisheries, Tor Helland."
    )
    src, sa = labelled(
        text,
        [
            ("ARPEC Youth", "ORG"),
            ("Ana Varn", "PERSON"),
            ("Suva", "GPE"),
            ("Fisheries", "ORG"),
            ("Tor Helland", "PERSON"),
        ],
    )
    names = {a.name for a in combine([src], [sa]).actors}
    assert "ARPEC Youth" in names
    assert "Fisheries" not in names  # a portfolio written in words stays a portfolio
