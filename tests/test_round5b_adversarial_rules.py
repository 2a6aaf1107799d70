"""Second adversarial review of this round's rules (portfolios, hazards, sympathy): invented inputs
(news wires, ministries, UN agencies, parliaments; political news as well as disasters). The
cases were confirmed wrong by running them when the review found them, then fixed as classes;
each test asserts the right behaviour and guards it, beside near-miss inputs a fix must leave
alone. Entities are labelled by hand as the small model labels them; places and people are made
up where the rule does not hinge on a real name.
"""

from __future__ import annotations

import pytest
from test_keypoints_round5 import FILLER, VELORIA, _combine, _source
from test_round5_adversarial_types import _names

# ---- portfolios.py: a body before a spokesperson's or representative's title --------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Doctors Without Borders Spokesperson Ann Lee said the clinic in Kelvo was full.",
            "Doctors Without Borders",
        ),
        (
            "Habitat for Humanity Representative Ann Lee said 300 homes were lost in Kelvo.",
            "Habitat for Humanity",
        ),
        ("Caritas Kelvo Representative Ann Lee said 300 families had been fed.", "Caritas Kelvo"),
    ],
)
def test_a_body_before_a_representatives_title_is_kept(text, body):
    labels = [(body, "ORG"), ("Ann Lee", "PERSON"), ("Kelvo", "GPE")]
    assert body in _names(text, labels)


def test_a_body_with_an_organisation_word_before_a_title_is_kept():
    # near miss the fix must leave alone (passes today)
    text = "Mercy Corps Representative Ann Lee said 300 families had been fed in Kelvo."
    labels = [("Mercy Corps", "ORG"), ("Ann Lee", "PERSON"), ("Kelvo", "GPE")]
    assert "Mercy Corps" in _names(text, labels)


def test_a_portfolio_of_coordinated_fields_before_a_title_is_still_no_actor():
    # near miss: more than three words, but fields joined by "and" are a portfolio
    text = "Environment, Food and Rural Affairs Secretary Ana Brel said the floods in Kelvo grew."
    labels = [("Environment, Food and Rural Affairs", "ORG"), ("Ana Brel", "PERSON")]
    assert "Environment, Food and Rural Affairs" not in _names(text, [*labels, ("Kelvo", "GPE")])


# ---- hazards.blows_differ: a measure or a body read as a figure of speech or a storm's name --

_TAIL = "Schools across the valley stayed closed while teachers counted their pupils again.\n"


def _cited(first: str, second: str, word: str) -> list[list[str]]:
    a = _source(first + FILLER, VELORIA, "a")
    b = _source(second + _TAIL, VELORIA, "b")
    return [sorted(p.sources) for p in _combine(a, b).key_points if word in p.text.lower()]


@pytest.mark.parametrize(
    ("first", "second", "word"),
    [
        (
            "A cyclone of category 4 hit Veloria early on Sunday, flattening mud-brick homes.\n",
            "A category 4 cyclone struck Veloria on Sunday, leaving dozens of farmers dead.\n",
            "cyclone",
        ),
        (
            "Floods of up to two metres hit Veloria early on Sunday, flattening mud-brick homes.\n",
            "Floods struck Veloria on Sunday, leaving dozens of farmers dead.\n",
            "flood",
        ),
    ],
)
def test_a_hazard_of_a_measure_is_no_figure_of_speech(first, second, word):
    assert ["a", "b"] in _cited(first, second, word)


def test_a_flood_of_a_count_of_complaints_is_still_a_figure():
    # near miss: "of" and a figure without a unit of length or speed is no measure
    first = "Floods hit Veloria early on Sunday, flattening mud-brick homes.\n"
    second = "A flood of up to 300 complaints hit the ministry in Veloria on Sunday.\n"
    assert ["a", "b"] not in _cited(first, second, "flood")


def test_storms_of_other_names_differ_beside_a_hurricane_centre():
    # near miss: the Centre is no storm's name, but Nela still is
    first = "Hurricane Ivo struck Veloria early on Sunday, flattening mud-brick homes.\n"
    second = (
        "Hurricane Nela hit Veloria on Sunday, leaving dozens of farmers dead, the Hurricane "
        "Centre said.\n"
    )
    assert ["a", "b"] not in _cited(first, second, "hurricane")


def test_a_hurricane_centre_is_no_storm_of_another_name():
    first = "Hurricane Ivo struck Veloria early on Sunday, flattening mud-brick homes.\n"
    second = (
        "The hurricane hit Veloria on Sunday, leaving dozens of farmers dead, the Hurricane "
        "Centre said.\n"
    )
    assert ["a", "b"] in _cited(first, second, "hurricane")


def test_a_storm_told_without_its_name_is_cited_with_the_named_one():
    # near miss the fix must leave alone (passes today)
    first = "Hurricane Ivo struck Veloria early on Sunday, flattening mud-brick homes.\n"
    second = (
        "The hurricane hit Veloria on Sunday, leaving dozens of farmers dead, forecasters said.\n"
    )
    assert ["a", "b"] in _cited(first, second, "hurricane")


# ---- furniture.sympathy: a relative clause is no acting clause -----------------------------


def test_standing_with_a_people_who_are_rebuilding_is_still_solidarity():
    a = _source(
        "Ardia stands with the people of Veloria, who have lost so much and are rebuilding "
        "their lives.\n"
        "Ardia announced an initial $1.2 million in emergency aid for Veloria after the storm.\n"
        + FILLER,
        [*VELORIA, ("Ardia", "GPE")],
        "a",
    )
    texts = [p.text for p in _combine(a, top_n=3).key_points]
    assert not any("stands with" in t for t in texts), texts


def test_standing_with_a_people_then_acting_after_the_relative_clause_is_a_fact():
    # near miss: the comma closes the "who" clause; "and will send" is Ardia's act
    a = _source(
        "Ardia stands with the people of Veloria, who have lost so much, and will send "
        "$2 million in emergency aid to Veloria.\n" + FILLER,
        [*VELORIA, ("Ardia", "GPE")],
        "a",
    )
    texts = [p.text for p in _combine(a, top_n=3).key_points]
    assert any("stands with" in t for t in texts), texts
