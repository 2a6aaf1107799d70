"""Round 6 merging rules, on invented paragraphs: a nickname beside the given name it is short
for, a headline's "title + surname", a place with and without its generic noun, the names of
one country's government, British and American spellings of one body; and the near-misses
each rule must leave alone.

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can join the forms.
"""

from __future__ import annotations

from dataclasses import replace

from test_analysis_generalise import actor_named
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.model import ORGANIZATION, PERSON, PLACE


def _analyse(text: str, labels: list[tuple[str, str]], title: str = ""):
    src, sa = labelled(text, labels)
    return combine([replace(src, title=title)], [sa])


def _of_type(analysis, kind: str) -> list:
    return [a for a in analysis.actors if a.type == kind]


# ---- hypocorisms: a nickname and the given name it is short for ----------------------------


def test_a_nickname_joins_the_full_given_name_of_the_same_surname():
    text = (
        "Ambassador Nicholas Tarrow arrived in the capital on Tuesday. "
        "Nick Tarrow told reporters the talks would resume. "
        "Later, William Oduya said the delegation was ready."
    )
    analysis = _analyse(
        text,
        [("Nicholas Tarrow", "PERSON"), ("Nick Tarrow", "PERSON"), ("William Oduya", "PERSON")],
    )
    person = actor_named(analysis, "Nicholas Tarrow")
    assert "Nick Tarrow" in person.aliases
    assert len(_of_type(analysis, PERSON)) == 2


def test_two_different_given_names_with_the_same_surname_stay_two_people():
    text = (
        "Nick Tarrow and his sister Nicole Tarrow ran the clinic. "
        "Nicole Tarrow treated the children while Nick Tarrow drove the truck."
    )
    analysis = _analyse(text, [("Nick Tarrow", "PERSON"), ("Nicole Tarrow", "PERSON")])
    assert {a.name for a in _of_type(analysis, PERSON)} == {"Nick Tarrow", "Nicole Tarrow"}


def test_a_nickname_two_people_could_bear_joins_neither():
    text = "Nicholas Tarrow and Nicole Tarrow were both at the meeting. Nicky Tarrow spoke last."
    analysis = _analyse(
        text,
        [("Nicholas Tarrow", "PERSON"), ("Nicole Tarrow", "PERSON"), ("Nicky Tarrow", "PERSON")],
    )
    assert len(_of_type(analysis, PERSON)) == 3


# ---- a headline's title + surname is a form of the person named in full ---------------------


def test_a_headline_title_and_surname_is_a_form_of_the_full_name():
    text = (
        "The minister spoke to the Governor of the province, Hester Quambly, this morning. "
        "They agreed to meet again in the spring."
    )
    analysis = _analyse(
        text,
        [("Hester Quambly", "PERSON")],
        title="Minister meets Governor Quambly of the Northern Province",
    )
    person = actor_named(analysis, "Hester Quambly")
    assert "Governor Quambly" in person.aliases


def test_a_headline_surname_two_people_share_gives_neither_the_form():
    text = "Hester Quambly met Joran Quambly, her cousin, at the border post on Friday."
    analysis = _analyse(
        text,
        [("Hester Quambly", "PERSON"), ("Joran Quambly", "PERSON")],
        title="Governor Quambly visits the border",
    )
    assert not any("Governor Quambly" in a.aliases for a in analysis.actors)


def test_a_headline_word_that_is_no_title_gives_no_form():
    text = "Hester Quambly opened the new bridge on Friday."
    analysis = _analyse(text, [("Hester Quambly", "PERSON")], title="Bridge Quambly opened")
    person = actor_named(analysis, "Hester Quambly")
    assert "Bridge Quambly" not in person.aliases


# ---- a place with and without its generic noun ---------------------------------------------


def test_a_place_and_the_same_name_with_a_land_noun_are_one_place():
    text = (
        "Aid convoys entered the Korvelli Strip on Monday. "
        "Fighting in Korvelli resumed at night, and more trucks waited outside Korvelli."
    )
    analysis = _analyse(text, [("Korvelli Strip", "GPE"), ("Korvelli", "GPE")])
    place = actor_named(analysis, "Korvelli")
    assert place.name == "Korvelli Strip"  # the fullest form the source writes
    assert "Korvelli Strip" in place.aliases
    assert len(_of_type(analysis, PLACE)) == 1


def test_a_lower_case_generic_noun_is_no_part_of_the_place_name():
    text = "Floods hit Dravonia province on Sunday. Rescuers reached Dravonia by boat."
    analysis = _analyse(text, [("Dravonia province", "GPE"), ("Dravonia", "GPE")])
    place = actor_named(analysis, "Dravonia")
    assert place.name == "Dravonia"
    assert len(_of_type(analysis, PLACE)) == 1


def test_a_direction_before_a_lower_case_province_stays_whole():
    text = "Floods hit the Western province on Sunday, far from the coast."
    analysis = _analyse(text, [("Western province", "GPE")])
    assert "Western" not in {a.name for a in analysis.actors}


def test_a_country_name_before_a_land_noun_is_another_place():
    text = "Ferries left mainland Mozambique for Mozambique Island, a small town off its coast."
    analysis = _analyse(text, [("Mozambique Island", "LOC"), ("Mozambique", "GPE")])
    assert {a.name for a in _of_type(analysis, PLACE)} == {"Mozambique", "Mozambique Island"}


# ---- the names of one country's government -------------------------------------------------


def test_a_country_government_written_three_ways_is_one_body():
    text = (
        "The agreement between the Government of the Federal Democratic Republic of Ethiopia "
        "and the rebels was signed on Wednesday. The Federal Government of Ethiopia said it "
        "would open the roads. Donors praised the Government of Ethiopia."
    )
    analysis = _analyse(
        text,
        [("Federal Government of Ethiopia", "ORG"), ("Government of Ethiopia", "ORG")],
    )
    body = actor_named(analysis, "Federal Government of Ethiopia")
    assert "Government of the Federal Democratic Republic of Ethiopia" in body.aliases
    assert "Government of Ethiopia" in body.aliases
    assert body.type == ORGANIZATION


def test_a_region_government_stays_apart_from_the_country_government():
    text = (
        "The Government of Ethiopia and the Government of Tigray signed the truce. "
        "The Government of Tigray said its fighters would withdraw."
    )
    analysis = _analyse(text, [("Government of Ethiopia", "ORG"), ("Government of Tigray", "ORG")])
    country = actor_named(analysis, "Government of Ethiopia")
    assert "Government of Tigray" not in country.aliases
    assert actor_named(analysis, "Government of Tigray") is not country


# ---- British and American spellings of one body --------------------------------------------


def test_british_and_american_spellings_of_one_body_are_one_actor():
    text = (
        "The Organisation for Harbour Co-operation met on Monday. "
        "Observers from the Organization for Harbor Cooperation then left for the port."
    )
    analysis = _analyse(
        text,
        [
            ("Organisation for Harbour Co-operation", "ORG"),
            ("Organization for Harbor Cooperation", "ORG"),
        ],
    )
    assert len(_of_type(analysis, ORGANIZATION)) == 1


def test_two_bodies_that_differ_by_more_than_spelling_stay_apart():
    text = (
        "The Centre for Coastal Studies and the Center for Coastal Defense signed a pact. "
        "The Centre for Coastal Studies will host the first meeting."
    )
    analysis = _analyse(
        text, [("Centre for Coastal Studies", "ORG"), ("Center for Coastal Defense", "ORG")]
    )
    assert len(_of_type(analysis, ORGANIZATION)) == 2


# ---- a department's acronym without "Department of" ----------------------------------------


def test_a_department_acronym_spells_its_name_without_department_of():
    text = (
        "We are joined by Coastal and Inland Waterways Secretary Dana Ferrow. "
        "CIW officials said the locks would reopen on Friday."
    )
    analysis = _analyse(
        text,
        [("Coastal and Inland Waterways", "ORG"), ("Dana Ferrow", "PERSON"), ("CIW", "ORG")],
    )
    body = actor_named(analysis, "CIW")
    assert "Coastal and Inland Waterways" in body.aliases


def test_a_portfolio_no_acronym_spells_stays_a_portfolio():
    text = (
        "We are joined by Coastal and Inland Waterways Secretary Dana Ferrow. "
        "RNLI crews said the locks would reopen on Friday."
    )
    analysis = _analyse(
        text,
        [("Coastal and Inland Waterways", "ORG"), ("Dana Ferrow", "PERSON"), ("RNLI", "ORG")],
    )
    assert "Coastal and Inland Waterways" not in {a.name for a in analysis.actors}


def test_the_acronym_of_a_department_of_name_leaves_out_department_of():
    from briefing_app.analysis.acronyms import acronym_matches

    assert acronym_matches("CIW", "Department of Coastal and Inland Waterways")
    assert acronym_matches("DCIW", "Department of Coastal and Inland Waterways")
    assert not acronym_matches("CW", "Department of Coastal Waterways Policy")
    assert not acronym_matches("OD", "Department of Defense")


# ---- a full name the model cut to the surname and typed as a body --------------------------


def test_a_surname_typed_as_a_body_after_a_given_name_the_headline_writes_is_a_person():
    text = (
        "The court sentenced dissident Oleksei Varamov to ten more years on Friday. "
        "Varamov is already in prison. The lawyers of Varamov will appeal."
    )
    analysis = _analyse(
        text, [("Varamov", "ORG")], title="Court sentences dissident Oleksei Varamov again"
    )
    person = actor_named(analysis, "Oleksei Varamov")
    assert person.type == PERSON
    assert "Varamov" in person.aliases


def test_a_body_after_a_capitalised_word_the_headline_writes_stays_a_body():
    text = "Sailors of the Royal Navy left port on Friday. The Navy said the ships would return."
    analysis = _analyse(text, [("Navy", "ORG")], title="Royal Navy ships leave port")
    assert not _of_type(analysis, PERSON)


def test_without_the_headline_a_cut_surname_is_left_to_the_model():
    text = "The court sentenced dissident Oleksei Varamov to ten more years on Friday."
    analysis = _analyse(text, [("Varamov", "ORG")], title="Court ruling on Friday")
    assert "Oleksei Varamov" not in {a.name for a in analysis.actors}
