"""Adversarial review of the fifth round's rules (types): invented inputs (news wires, think tanks,
ministries, political news as well as disasters) that a careful analyst would expect handled
otherwise than the new rules first handled them. The cases were confirmed wrong by running them
when the review found them, then fixed as classes; each test asserts the right behaviour and
guards it, beside near-miss inputs a fix must leave alone. Entities are labelled by hand as the
small model labels them; places and people are made up where the rule does not hinge on a real
name.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.model import PERSON


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa]).actors


def _names(text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {a.name for a in _actors(text, labels)}


def _type_of(text: str, labels: list[tuple[str, str]], alias: str) -> str:
    found = [a for a in _actors(text, labels) if alias in a.aliases]
    assert len(found) == 1, [(a.name, a.aliases) for a in _actors(text, labels)]
    return found[0].type


# ---- junk.py: _people_plural drops bodies whose name ends in a plural ----------------------


def test_an_airline_named_by_a_plural_is_kept():
    text = (
        "Philippine Airlines cancelled 40 flights on Monday as the storm neared Manila. "
        "Other airlines followed."
    )
    assert "Philippine Airlines" in _names(
        text, [("Philippine Airlines", "ORG"), ("Manila", "GPE")]
    )


def test_a_state_railway_is_kept():
    text = "Kenya Railways suspended the Nairobi commuter service after the railways were flooded."
    assert "Kenya Railways" in _names(text, [("Kenya Railways", "ORG"), ("Nairobi", "GPE")])


def test_a_party_named_by_its_plural_is_kept():
    text = (
        "The Greens won 12 seats in the Kelvo election. Green Party leader Ann Vale said the "
        "vote was fair."
    )
    labels = [("Greens", "ORG"), ("Kelvo", "GPE"), ("Green Party", "ORG"), ("Ann Vale", "PERSON")]
    names = _names(text, labels)
    # the Greens are the party (one actor with "Green Party" or one of their own), not lost
    assert any("Greens" in a.aliases for a in _actors(text, labels)), names


def test_the_liberals_are_kept():
    text = "The Liberals lost the Ardia vote. The Liberal Party will elect a new leader in May."
    labels = [("Liberals", "ORG"), ("Ardia", "GPE"), ("Liberal Party", "ORG")]
    assert any("Liberals" in a.aliases for a in _actors(text, labels))


# ---- junk.py: _opening_adverb, _thing_word --------------------------------------------------


def test_a_person_named_shelly_opening_a_sentence_is_kept():
    text = "Shelly, a volunteer from Tarn, said the shelter was full."
    assert "Shelly" in _names(text, [("Shelly", "PERSON"), ("Tarn", "GPE")])


def test_a_surname_storm_mislabelled_joins_its_person():
    text = (
        "Storm Ciara hit Wales. Ann Storm, a council spokeswoman, said 40 homes flooded. "
        "Storm said crews were out."
    )
    labels = [("Storm Ciara", "ORG"), ("Wales", "GPE"), ("Ann Storm", "PERSON"), ("Storm", "ORG")]
    person = [a for a in _actors(text, labels) if a.name == "Ann Storm"]
    assert person and "Storm" in person[0].aliases


# ---- coordination.py: a person listed after a place, or under a place's head noun ----------


def test_a_speaker_after_a_locative_place_stays_a_person():
    text = "Speaking in Kyiv, Varenko said the talks would resume in Geneva."
    labels = [("Kyiv", "GPE"), ("Varenko", "PERSON"), ("Geneva", "GPE")]
    assert _type_of(text, labels, "Varenko") == PERSON


def test_governors_listed_after_states_stay_people():
    text = "Governors of the hardest-hit states, Orvan, Telmi and Brask, met in Tarn on Monday."
    labels = [("Orvan", "PERSON"), ("Telmi", "PERSON"), ("Brask", "PERSON"), ("Tarn", "GPE")]
    assert _type_of(text, labels, "Telmi") == PERSON


def test_ministers_listed_after_countries_stay_people():
    text = "Foreign ministers of the three countries, Lavrov, Wang and Jaishankar, met in Delhi."
    labels = [("Lavrov", "PERSON"), ("Wang", "PERSON"), ("Jaishankar", "PERSON"), ("Delhi", "GPE")]
    assert _type_of(text, labels, "Lavrov") == PERSON


# ---- votes.py: landform words, a country after a name, an acronym after a name -------------


@pytest.mark.parametrize(
    ("text", "labels", "person"),
    [
        (
            "John Key said the Kelvo deal was fair.",
            [("John Key", "PERSON"), ("Kelvo", "GPE")],
            "John Key",
        ),
        (
            "Ras Baraka said Newark would sue over the detention centre.",
            [("Ras Baraka", "PERSON"), ("Newark", "GPE")],
            "Ras Baraka",
        ),
    ],
)
def test_a_person_named_like_a_landform_stays_a_person(text, labels, person):
    assert _type_of(text, labels, person) == PERSON


def test_a_delegate_followed_by_her_country_stays_a_person():
    text = (
        "Delegates included Amina Yusuf, Kenya, and Piet Varn, Netherlands, who chaired the "
        "session."
    )
    labels = [
        ("Amina Yusuf", "PERSON"),
        ("Kenya", "GPE"),
        ("Piet Varn", "PERSON"),
        ("Netherlands", "GPE"),
    ]
    assert _type_of(text, labels, "Amina Yusuf") == PERSON


def test_a_person_known_by_initials_stays_a_person():
    text = "Andrés Manuel López Obrador (AMLO) said Mexico would not pay for the wall."
    labels = [("Andrés Manuel López Obrador", "PERSON"), ("AMLO", "ORG"), ("Mexico", "GPE")]
    assert _type_of(text, labels, "AMLO") == PERSON


# ---- things.py: documents and numbered instruments ---------------------------------------


def test_a_court_of_appeal_is_an_actor():
    text = "The Court of Appeal in Ardia overturned the conviction on Tuesday."
    assert "Court of Appeal" in _names(text, [("Court of Appeal", "ORG"), ("Ardia", "GPE")])


def test_the_ngo_article_19_is_an_actor():
    text = (
        "Press freedom groups Article 19 and Reporters Without Borders condemned the arrest "
        "in Minsk."
    )
    labels = [("Article 19", "ORG"), ("Reporters Without Borders", "ORG"), ("Minsk", "GPE")]
    assert "Article 19" in _names(text, labels)


# ---- near misses: what the fixes above must leave alone ----------------------------------


def test_an_opening_adverb_before_a_clause_is_still_dropped():
    # near miss: the model's PERSON label on an adverb, a clause (not an apposition) after it
    text = "Finally, a deal was reached, and the final vote was held in Tarn."
    assert "Finally" not in _names(text, [("Finally", "PERSON"), ("Tarn", "GPE")])


def test_a_storm_word_with_no_such_surname_is_still_dropped():
    # near miss: a person in the text, but none whose surname is the storm's word
    text = "Storm Ciara hit Wales. Ann Vale, a council spokeswoman, said the Storm was over."
    labels = [("Storm Ciara", "ORG"), ("Wales", "GPE"), ("Ann Vale", "PERSON"), ("Storm", "ORG")]
    assert "Storm" not in _names(text, labels)


def test_a_plural_of_service_members_after_a_country_is_still_dropped():
    # near miss: a plural of people after a demonym, next to a carrier kept by its name
    text = "U.S. Soldiers guarded the depot of Kenya Railways; other soldiers left."
    labels = [("U.S. Soldiers", "ORG"), ("Kenya Railways", "ORG")]
    names = _names(text, labels)
    assert "U.S. Soldiers" not in names
    assert "Kenya Railways" in names


def test_a_landform_name_of_three_words_labelled_person_is_still_a_place():
    # near miss: the model's PERSON label on a cape's name of three words
    text = "Boats sheltered at Ras Al Marwan overnight."
    assert _type_of(text, [("Ras Al Marwan", "PERSON")], "Ras Al Marwan") == "place"


def test_a_body_whose_acronym_is_not_its_initials_still_takes_the_body_vote():
    # near miss: a name the model read as a person, defined by an acronym of other letters
    text = "Indian Ocean Relief Platform (PIROI) sent 40 tonnes of food to Tarn."
    labels = [("Indian Ocean Relief Platform", "PERSON"), ("Tarn", "GPE")]
    assert _type_of(text, labels, "Indian Ocean Relief Platform") != PERSON


def test_a_place_listed_after_a_locative_with_a_conjunction_still_votes_place():
    # near miss: a list of two with "and" after "in" still gives the weak name the place kind
    text = "Floods hit homes in Kyiv and Orvalo on Monday."
    labels = [("Kyiv", "GPE"), ("Orvalo", "PERSON")]
    assert _type_of(text, labels, "Orvalo") == "place"


def test_a_list_under_a_place_noun_with_no_role_before_it_stays_places():
    # near miss: "of the states" with no title before it: the list names the states
    text = "Floods hit three of the states, Orvan, Telmi and Brask, on Monday."
    labels = [("Orvan", "PERSON"), ("Telmi", "PERSON"), ("Brask", "PERSON")]
    assert _type_of(text, labels, "Telmi") == "place"


def test_numbered_instruments_and_a_convention_of_a_body_are_still_no_actors():
    # near misses: an article that does not act, a body's convention named with its place
    text = (
        "Article 5 was invoked after the attack. Tarn signed the Council of Europe Convention "
        "and cited Article 12 of the charter."
    )
    labels = [
        ("Article 5", "ORG"),
        ("Council of Europe Convention", "ORG"),
        ("Article 12", "ORG"),
        ("Tarn", "GPE"),
    ]
    names = _names(text, labels)
    assert not {"Article 5", "Council of Europe Convention", "Article 12"} & names
