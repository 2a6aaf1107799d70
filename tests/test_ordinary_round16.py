"""Actors lost or mistyped in ordinary news prose, round 16: invented sentences (every one written
for this test, no corpus page), with near misses from ordinary news prose that must not change.

- a known given name then a surname that is a thing's word ("Tom Plan", "Sarah Fever", "Andrew
  Motion", "David Charter"), tagged a person by the model, is that person; the thing words used
  as things ("the Motion was carried", "the Marshall Plan", "Lassa Fever") stay no actor
  (``given_first.given_then_surname``);
- a name whose last word is a body's word "Partners", "Airways" or "Airlines" ("Kelvo Partners",
  "Safari Link Airways") is an organisation, no person, even listed after a post ("The Ambassador
  of Kenya, Safari Link Airways, and ..."); partners in lower case stay no actor
  (``org_suffixes.txt``);
- a title then a comma and one word the model ran into one body ("Deputy Comptroller,
  Enforcement"): the word is the post's division, no person (``joined.split_at_comma``).
"""

from __future__ import annotations

import pytest

from briefing_app.analysis import analyze
from briefing_app.model import Source


def _actors(text: str) -> dict[str, str]:
    src = Source(id="o", path="o.txt", format="txt", text=text, sha256="", title="")
    return {a.name: a.type for a in analyze([src]).actors}


# ---- a given name, then a thing's word as the surname ------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The poet Andrew Motion read at the festival on Friday.", "Andrew Motion"),
        (
            "David Charter, the newspaper's Brussels correspondent, filed the report.",
            "David Charter",
        ),
        ("Tom Plan told reporters the council would vote next week.", "Tom Plan"),
        ("Sarah Fever, a nurse in Leeds, said the ward was full.", "Sarah Fever"),
        ("Mark Charter told the inquiry he had seen nothing.", "Mark Charter"),
    ],
)
def test_a_given_name_then_a_things_word_is_a_persons_full_name(text, person):
    assert _actors(text).get(person) == "person"


def test_the_thing_and_the_person_named_after_it_in_one_text():
    text = "The Motion was carried by 300 votes to 200, and Andrew Motion read a poem afterwards."
    actors = _actors(text)
    assert actors.get("Andrew Motion") == "person"
    assert "Motion" not in actors


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Marshall Plan rebuilt Europe after the war, the historian said.", "Marshall Plan"),
        ("Ministers agreed the Paris Agreement in 2015.", "Paris Agreement"),
        (
            "Doctors in Sierra Leone reported cases of Lassa Fever and Dengue Fever this week.",
            "Lassa Fever",
        ),
        ("The council adopted the Jordan Plan after a long debate.", "Jordan Plan"),
        ("The May Budget was passed by parliament.", "May Budget"),
        (
            "The Christian Charter was read aloud at the church, the bishop said.",
            "Christian Charter",
        ),
        ("The Charter of the United Nations was signed in 1945.", "Charter"),
    ],
)
def test_things_named_with_a_thing_word_stay_no_actor(text, absent):
    assert absent not in _actors(text)


def test_a_body_named_plan_stays_a_body():
    actors = _actors("Plan International opened a school in Freetown on Monday.")
    assert actors.get("Plan International") == "organization"


# ---- a body's word ends the name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kelvo Partners advised the government on the sale.", "Kelvo Partners"),
        (
            "The Ambassador of Kenya, Safari Link Airways, and KenGen signed the agreement on "
            "Tuesday.",
            "Safari Link Airways",
        ),
        ("Tarvo Airlines cancelled twelve flights on Sunday, the company said.", "Tarvo Airlines"),
    ],
)
def test_a_name_ending_in_a_bodys_word_is_an_organisation(text, body):
    assert _actors(text).get(body) == "organization"


def test_partners_airlines_and_people_near_them_are_unchanged():
    actors = _actors(
        "The ministry met development partners in Juba on Monday. Kenya Airways cancelled "
        "flights to Nairobi, the airline said. Tom Plan, the airline's chief executive, said "
        "partners would be paid."
    )
    assert actors.get("Kenya Airways") == "organization"
    assert actors.get("Tom Plan") == "person"
    assert actors.get("Juba") == "place" and actors.get("Nairobi") == "place"
    assert not any("artners" in name for name in actors)


# ---- a post, its comma and its division --------------------------------------------------------


def test_a_posts_division_after_its_comma_is_no_person():
    actors = _actors(
        "Jim Kessel, Deputy Comptroller, Enforcement, said the bank had paid the fine on Friday."
    )
    assert actors.get("Jim Kessel") == "person"
    assert "Enforcement" not in actors


def test_bodies_named_after_a_posts_comma_stay():
    actors = _actors(
        "Ann Vale, Director, Kelvo Foundation, said the plan was ready. The General Manager of "
        "Tarvo Bank, Ben Ostrow, agreed."
    )
    assert actors.get("Ann Vale") == "person"
    assert actors.get("Kelvo Foundation") == "organization"
    assert actors.get("Tarvo Bank") == "organization"
    assert actors.get("Ben Ostrow") == "person"
