"""Adversarial review of the fifth round's rules (merging): invented inputs (news wires, think
tanks, ministries, political news as well as disasters) that a careful analyst would expect
handled otherwise than the new rules first handled them. The cases were confirmed wrong by
running them when the review found them, then fixed as classes; each test asserts the right
behaviour and guards it, beside near-miss inputs a fix must leave alone. Entities are labelled
by hand as the small model labels them; places and people are made up where the rule does not
hinge on a real name.
"""

from __future__ import annotations

import pytest
from test_round5_adversarial_types import _actors, _names

from briefing_app.model import ORGANIZATION, PERSON, PLACE

# ---- portfolios.py: a body or place before a title and a name is dropped -------------------


def test_a_party_before_its_leaders_title_is_kept():
    text = "Sinn Féin President Mary Lou McDonald called for a vote in Dublin."
    labels = [("Sinn Féin", "ORG"), ("Mary Lou McDonald", "PERSON"), ("Dublin", "GPE")]
    assert "Sinn Féin" in _names(text, labels)


@pytest.mark.parametrize(
    ("text", "labels", "body"),
    [
        (
            "Human Rights Watch Director Tirana Hass said the Ardian court erred.",
            [("Human Rights Watch", "ORG"), ("Tirana Hass", "PERSON")],
            "Human Rights Watch",
        ),
        (
            "Transparency International chair Delia Ferr criticised the ruling in Tarn.",
            [("Transparency International", "ORG"), ("Delia Ferr", "PERSON"), ("Tarn", "GPE")],
            "Transparency International",
        ),
        (
            "Kelvo Action leader Tom Vale said the party would contest every seat in Ardia.",
            [("Kelvo Action", "ORG"), ("Tom Vale", "PERSON"), ("Ardia", "GPE")],
            "Kelvo Action",
        ),
    ],
)
def test_a_body_named_once_before_its_officer_is_kept(text, labels, body):
    assert body in _names(text, labels)


@pytest.mark.parametrize(
    ("text", "labels", "place"),
    [
        (
            "Rivers State Governor Nyesom Wike inspected flooded homes in Port Harcourt.",
            [("Rivers State", "GPE"), ("Nyesom Wike", "PERSON"), ("Port Harcourt", "GPE")],
            "Rivers State",
        ),
        (
            "Kelvo Province Governor Ana Mirel declared an emergency.",
            [("Kelvo Province", "GPE"), ("Ana Mirel", "PERSON")],
            "Kelvo Province",
        ),
    ],
)
def test_a_province_before_its_governor_is_kept(text, labels, place):
    assert place in _names(text, labels)


# ---- units.py: a British ordinal date before a body ending in a unit noun -------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "On 2nd June Ardian Fire Brigade crews pumped water out of homes in Tarn.",
            "Ardian Fire Brigade",
        ),
        ("By 5th May Kelvo Water Company had cut supplies to Tarn.", "Kelvo Water Company"),
    ],
)
def test_an_ordinal_date_is_no_unit_number(text, body):
    labels = [(body, "ORG"), ("Tarn", "GPE")]
    assert body in _names(text, labels)


# ---- fullnames.inverted_names: a list of countries read as a surname-first name ------------


def test_a_list_of_countries_is_no_inverted_name():
    text = (
        "Chad Jordan, the agency's regional director, said food aid went to Jordan, Chad and "
        "Niger in March."
    )
    labels = [("Chad Jordan", "PERSON"), ("Jordan", "GPE"), ("Chad", "GPE"), ("Niger", "GPE")]
    actors = _actors(text, labels)
    assert {"Jordan", "Chad"} <= {a.name for a in actors if a.type == PLACE}
    assert "Chad Jordan" in {a.name for a in actors if a.type == PERSON}


# ---- ranked.py: a title and a surname two people of the source share -----------------------


def test_a_titled_surname_of_father_and_son_joins_neither():
    text = (
        "President Laurent Kabor ruled until 2001; his son Joseph Kabor then took office. "
        "President Kabor said the elections would be held."
    )
    labels = [("Laurent Kabor", "PERSON"), ("Joseph Kabor", "PERSON")]
    for a in _actors(text, labels):
        if a.name in ("Laurent Kabor", "Joseph Kabor"):
            assert "President Kabor" not in a.aliases, (a.name, a.aliases)


# ---- governments.py: a law named after a government ----------------------------------------


def test_an_act_named_government_of_x_is_no_government():
    text = (
        "The Government of India Act of 1935 gave the provinces more power, historians in "
        "Delhi said."
    )
    names = _names(text, [("India", "GPE"), ("Delhi", "GPE")])
    assert "Government of India" not in names


# ---- listed.py: a person the model missed in a list of bodies ------------------------------


def test_a_leader_listed_after_bodies_is_no_body():
    text = (
        "The talks in Minsk were attended by the OSCE, the European Union, Vladimir Putin and "
        "Angela Merkel."
    )
    labels = [("OSCE", "ORG"), ("European Union", "ORG"), ("Minsk", "GPE")]
    bodies = {a.name for a in _actors(text, labels) if a.type == ORGANIZATION}
    assert "Angela Merkel" not in bodies


# ---- near misses: what the fixes above must leave alone ------------------------------------


def test_a_numbered_unit_after_a_date_keeps_its_number():
    text = (
        "On 2 June the 3rd Marine Regiment landed at Tarn; the 4th Marine Regiment followed "
        "on 5th May."
    )
    names = _names(text, [("Marine Regiment", "ORG"), ("Tarn", "GPE")])
    assert {"3rd Marine Regiment", "4th Marine Regiment"} <= names, names


def test_a_titled_surname_of_one_person_still_joins_them():
    text = (
        "President Laurent Kabor met his adviser Ana Mirel. President Kabor said the elections "
        "would be held."
    )
    labels = [("Laurent Kabor", "PERSON"), ("Ana Mirel", "PERSON")]
    found = [a for a in _actors(text, labels) if a.name == "Laurent Kabor"]
    assert found and "President Kabor" in found[0].aliases, [
        (a.name, a.aliases) for a in _actors(text, labels)
    ]


def test_a_government_named_before_a_lower_case_act_stays_a_body():
    text = "The Government of India acted quickly, officials in Delhi said."
    names = _names(text, [("India", "GPE"), ("Delhi", "GPE")])
    assert "Government of India" in names, names


def test_a_given_name_that_is_also_a_country_is_still_inverted():
    text = "Panel: Varn, Georgia (chair).\n\nGeorgia Varn opened the session in Tarn."
    labels = [("Georgia Varn", "PERSON"), ("Georgia", "GPE"), ("Tarn", "GPE")]
    actors = _actors(text, labels)  # the model reads the "Georgia" of "Varn, Georgia" a place
    found = [a for a in actors if "Georgia Varn" in a.aliases]
    assert found and "Varn, Georgia" in found[0].aliases, [(a.name, a.aliases) for a in actors]


def test_a_body_of_two_plain_words_listed_with_bodies_is_still_a_body():
    text = (
        "Aid reached Tarn through the Red Crescent, Oxfam, Mercy Corps and Concern Worldwide, "
        "said Piet Varn."
    )
    labels = [("Red Crescent", "ORG"), ("Oxfam", "ORG"), ("Piet Varn", "PERSON"), ("Tarn", "GPE")]
    bodies = {a.name for a in _actors(text, labels) if a.type == ORGANIZATION}
    assert {"Mercy Corps", "Concern Worldwide"} <= bodies, bodies


@pytest.mark.parametrize(
    ("text", "labels", "portfolio"),
    [
        (
            "Foreign Affairs Spokeswoman Ana Brel said the talks in Tarn had failed.",
            [("Foreign Affairs", "ORG"), ("Ana Brel", "PERSON"), ("Tarn", "GPE")],
            "Foreign Affairs",
        ),
        (
            "Coastal Fisheries Commissioner Piet Varn closed the bay near Tarn.",
            [("Coastal Fisheries", "ORG"), ("Piet Varn", "PERSON"), ("Tarn", "GPE")],
            "Coastal Fisheries",
        ),
    ],
)
def test_a_portfolio_before_a_spokeswomans_or_commissioners_title_is_still_no_actor(
    text, labels, portfolio
):
    assert portfolio not in _names(text, labels)


# ---- a dateline's closing bracket inside a raw entity --------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "clean"),
    [
        ("(Tarn City)--Ardian Senator Ana Brel spoke.", "City)--Ardian", "Ardian"),
        ("(Kelvo D.C.)--U.S. Senator Ana Brel spoke.", "D.C.)--U.S.", "U.S."),
        # near miss: a bracket that closes a name keeps the name
        ("Aid came (from the Kelvo Relief Agency) today.", "Kelvo Relief Agency)", None),
    ],
)
def test_a_bracket_closing_before_a_name_is_cut_off(text, raw, clean):
    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.mentions import clean_mention

    s = text.index(raw)
    m = clean_mention(text, 0, s, s + len(raw), "GPE", gazetteer())
    assert m is not None and m.text == (clean or raw.rstrip(")")), m
