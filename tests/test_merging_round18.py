"""One body written several ways is one actor, eighteenth round, on invented texts with
hand-made labels.

- An ordinal in words or in digits names the same unit ("Ninth Fleet" is the "9th Fleet");
  two different ordinals never join ("4th Brigade" and "Fifth Brigade" stay two).
- A company's name with its legal form ("Velmora Inc.", "Velmora, Ltd.") and without it is one
  company, even when the name is one word; a person of that surname, a place of that name and
  a body whose noun is no legal form ("Kestrel" and "Kestrel Party") stay apart.
- A body named with a place joined to its last word by a hyphen ("Relief Task Force-Chad")
  is what its head alone ("the Relief Task Force") names in that text, when it is the only such
  body; with two ("-Chad", "-Niger") the head joins neither, and a hyphened word that is no
  place ("-Bravo") is part of the name.

The bodies and people are made up; Chad and Niger are real countries.
"""

from __future__ import annotations

from labelled import labelled_aliases, named_together

from briefing_app.analysis.spellings import ordinal_digits


def test_ordinal_words_are_written_in_digits_for_matching():
    assert ordinal_digits("u s ninth fleet") == "u s 9th fleet"
    assert ordinal_digits("twenty first airlift wing") == "21st airlift wing"
    assert ordinal_digits("the twelfth brigade") == "the 12th brigade"
    assert ordinal_digits("firstenergy holdings") == "firstenergy holdings"
    assert ordinal_digits("eastern fleet") == "eastern fleet"


def test_a_fleet_in_words_and_in_digits_is_one(tmp_path):
    text = (
        "The Tarnish 9th Fleet sailed from Orlo harbour on Monday. "
        "A spokesman said the Tarnish Ninth Fleet would stay at sea for a month."
    )
    labels = [("Tarnish 9th Fleet", "ORG"), ("Tarnish Ninth Fleet", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert named_together(actors, "Tarnish 9th Fleet", "Tarnish Ninth Fleet")


def test_two_ordinals_stay_two_units(tmp_path):
    text = (
        "The 4th Mountain Brigade handed the valley over to the Fifth Mountain Brigade. "
        "Soldiers of the 4th Mountain Brigade then went home to Orlo."
    )
    labels = [("4th Mountain Brigade", "ORG"), ("Fifth Mountain Brigade", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not named_together(actors, "4th Mountain Brigade", "Fifth Mountain Brigade")


def test_a_company_with_and_without_its_legal_form_is_one(tmp_path):
    text = (
        "Velmora, Inc. listed the house for sale in March. "
        "The buyers later sued Velmora over the price. Drennock Ltd. bought the land, "
        "and Drennock said it would build."
    )
    labels = [
        ("Velmora, Inc.", "ORG"),
        ("Velmora", "ORG"),
        ("Drennock Ltd.", "ORG"),
        ("Drennock", "ORG"),
    ]
    actors = labelled_aliases(tmp_path, text, labels)
    assert named_together(actors, "Velmora, Inc.", "Velmora")
    assert named_together(actors, "Drennock Ltd.", "Drennock")


def test_a_person_or_a_party_word_is_no_company_form(tmp_path):
    text = (
        "Ilse Harrowgate founded Harrowgate Ltd. in 1990. Harrowgate said the firm would grow. "
        "The Kestrel Party won the vote, and Kestrel, the ferry line, raised its fares."
    )
    labels = [
        ("Ilse Harrowgate", "PERSON"),
        ("Harrowgate Ltd.", "ORG"),
        ("Harrowgate", "PERSON"),
        ("Kestrel Party", "ORG"),
        ("Kestrel", "ORG"),
    ]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not named_together(actors, "Harrowgate Ltd.", "Ilse Harrowgate")
    assert not named_together(actors, "Kestrel Party", "Kestrel")


def test_a_body_with_a_hyphened_place_is_its_head_alone(tmp_path):
    text = (
        "Rear Adm. Ona Velt, commander of Relief Task Force-Chad, visited the camps on Friday. "
        "The Relief Task Force includes engineers and medical teams."
    )
    labels = [("Ona Velt", "PERSON"), ("Relief Task Force-Chad", "ORG")]
    labels += [("Relief Task Force", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert named_together(actors, "Relief Task Force-Chad", "Relief Task Force")


def test_two_bodies_with_hyphened_places_keep_their_head_apart(tmp_path):
    text = (
        "Relief Task Force-Chad and Relief Task Force-Niger met in the capital on Friday. "
        "The Relief Task Force includes engineers and medical teams."
    )
    labels = [("Relief Task Force-Chad", "ORG"), ("Relief Task Force-Niger", "ORG")]
    labels += [("Relief Task Force", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not named_together(actors, "Relief Task Force-Chad", "Relief Task Force")
    assert not named_together(actors, "Relief Task Force-Niger", "Relief Task Force")


def test_a_hyphened_word_that_is_no_place_is_part_of_the_name(tmp_path):
    text = (
        "Relief Task Force-Bravo flew the supplies in on Friday. "
        "The Relief Task Force of the southern command stayed in Orlo."
    )
    labels = [("Relief Task Force-Bravo", "ORG"), ("Relief Task Force", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not named_together(actors, "Relief Task Force-Bravo", "Relief Task Force")
