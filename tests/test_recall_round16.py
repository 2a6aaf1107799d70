"""Missed actors and wrong types, round 16: invented pages (every sentence and every name made
up for this test) in shapes fresh pages and the newly folded articles took, with near misses
from ordinary news prose that must not change.

- a named water ("Gulf of Tarrin", "Bay of Kelvo") where the model took only the country or the
  city it is named after: the water is the place, not the country (``waters.water_names``);
- a name right after a kind of vessel in lower case ("the frigate Orvanne", "the rescue tug
  boat Kestrel") is a ship, an organization, not a person (``vessels.after_vessel_word``);
- a prefixed ship given with its hull number ("USS Orrin Vale (DDG 99)") is one of the story's
  units even when named once, and a ship the model missed or read as a product is found by its
  prefix when the text names it twice or with its hull number; its bare name ("the Orrin
  Vale") or its initials ("OV") in the same page are the same ship (``named_ships``).
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return {a.name: a for a in combine([src], [sa]).actors}


# ---- named waters ----------------------------------------------------------------------------


def test_a_gulf_named_after_a_country_is_the_water_not_the_country():
    text = (
        "The destroyer patrolled the Gulf of Tarrin and the Bay of Kelvo on Tuesday. "
        "Officials in Halvor said the patrol would continue."
    )
    actors = _actors(text, [("Tarrin", "GPE"), ("Kelvo", "GPE"), ("Halvor", "GPE")])
    assert actors["Gulf of Tarrin"].type == "place"
    assert actors["Bay of Kelvo"].type == "place"
    assert "Tarrin" not in actors and "Kelvo" not in actors
    assert actors["Halvor"].type == "place"


def test_a_one_word_name_the_model_read_as_a_person_after_sea_of_is_the_water():
    text = "Fishing boats left the Sea of Morvane at dawn, the port authority of Halvor said."
    actors = _actors(text, [("Morvane", "PERSON"), ("Halvor", "GPE")])
    assert actors["Sea of Morvane"].type == "place"
    assert "Morvane" not in actors


def test_a_water_nobody_tagged_is_found_by_its_shape():
    text = (
        "The port visit shows a shared commitment to security in the Red Sea, Gulf of Orvanne "
        "and the Straits of Kelvo, the command said in Halvor."
    )
    actors = _actors(text, [("the Red Sea", "LOC"), ("Halvor", "GPE")])
    assert actors["Gulf of Orvanne"].type == "place"
    assert actors["Straits of Kelvo"].type == "place"


def test_the_country_written_on_its_own_stays_beside_its_gulf():
    # near miss: the country is also named on its own, as news prose does
    text = (
        "Tarrin said on Monday that ships in the Gulf of Tarrin would be inspected. "
        "The Sultan of Tarrin met the Secretary of State of Kelvo."
    )
    actors = _actors(text, [("Tarrin", "GPE"), ("Kelvo", "GPE")])
    assert actors["Tarrin"].type == "place"
    assert actors["Gulf of Tarrin"].type == "place"
    assert "Kelvo" in actors


def test_ordinary_prose_keeps_its_names():
    # near misses: no water word before the name ("Bank of", "Council of", "University of")
    text = (
        "The Bank of Tarrin raised rates. Ivo Pell of the University of Kelvo said the Council "
        "of Halvor had agreed. Boeing and Amnesty International welcomed the move."
    )
    actors = _actors(
        text,
        [
            ("Bank of Tarrin", "ORG"),
            ("Ivo Pell", "PERSON"),
            ("University of Kelvo", "ORG"),
            ("Council of Halvor", "ORG"),
            ("Boeing", "ORG"),
            ("Amnesty International", "ORG"),
        ],
    )
    for name in ("Bank of Tarrin", "University of Kelvo", "Boeing", "Amnesty International"):
        assert actors[name].type == "organization"
    assert actors["Ivo Pell"].type == "person"


def test_a_water_word_in_lower_case_or_a_bodys_name_is_no_water():
    # near misses: "a sea of flags", "the bay of the harbour", a body named after a gulf
    text = (
        "A sea of Tarrin flags filled the square. The bay of Halvor harbour froze. "
        "The Gulf of Kelvo Cooperation Council met on Monday."
    )
    actors = _actors(text, [("Gulf of Kelvo Cooperation Council", "ORG"), ("Halvor", "GPE")])
    assert not any(name.lower().startswith(("sea of", "bay of")) for name in actors)
    assert actors["Gulf of Kelvo Cooperation Council"].type == "organization"
    assert "Gulf of Kelvo" not in actors


# ---- a kind of vessel before a name ---------------------------------------------------------


def test_a_name_after_a_kind_of_vessel_is_a_ship_not_a_person():
    text = (
        "The group included the frigate Orvanne and the rescue tug boat Kestrel, "
        "Captain Ivo Pell said in Halvor."
    )
    actors = _actors(
        text,
        [("Orvanne", "PERSON"), ("Kestrel", "PERSON"), ("Ivo Pell", "PERSON"), ("Halvor", "GPE")],
    )
    assert actors["Orvanne"].type == "organization"
    assert actors["Kestrel"].type == "organization"
    assert actors["Ivo Pell"].type == "person"


def test_people_beside_vessel_words_stay_people():
    # near misses: a comma, a role or a possessive between the vessel word and the name
    text = (
        "Aboard the ferry, Mara Belvin said the crossing was calm. The boat owner Ivo Pell "
        "agreed, and the ship's doctor, Tomas Rell, treated two passengers."
    )
    actors = _actors(
        text, [("Mara Belvin", "PERSON"), ("Ivo Pell", "PERSON"), ("Tomas Rell", "PERSON")]
    )
    for name in ("Mara Belvin", "Ivo Pell", "Tomas Rell"):
        assert actors[name].type == "person"


# ---- prefixed ships --------------------------------------------------------------------------


def test_a_ship_given_with_its_hull_number_is_kept_when_named_once():
    text = (
        "The guided-missile destroyer USS Orrin Vale (DDG 99) answered the distress call off "
        "Halvor on Friday. Later the Orrin Vale escorted the tanker to port."
    )
    actors = _actors(text, [("USS Orrin Vale", "ORG"), ("Orrin Vale", "GPE"), ("Halvor", "GPE")])
    assert actors["USS Orrin Vale"].type == "organization"
    assert "Orrin Vale" not in actors  # the bare name is the same ship


def test_a_ship_the_model_missed_is_found_by_its_prefix_when_named_twice():
    text = (
        "The carrier “USS Tarrin Bay” entered the strait on Monday. "
        "Aircraft from the USS Tarrin Bay flew over Halvor."
    )
    actors = _actors(text, [("Halvor", "GPE")])  # the model read the ship as a product
    assert actors["USS Tarrin Bay"].type == "organization"


def test_a_carrier_and_its_initials_are_one_ship():
    text = (
        "Sailors aboard USS Kelvo Marsh (CVN 90) met the crew of the frigate. "
        "KM then sailed for Halvor."
    )
    actors = _actors(text, [("USS Kelvo Marsh", "PERSON"), ("KM", "ORG"), ("Halvor", "GPE")])
    assert actors["USS Kelvo Marsh"].type == "organization"
    assert "KM" not in actors


def test_ships_named_once_without_a_hull_number_stay_out():
    # near miss: ships named once in a list, no hull number, stay out as before
    text = (
        "USS Orrin Vale and USS Kestrel Point joined the group off Halvor, Captain Mara Belvin "
        "said on Friday."
    )
    actors = _actors(
        text,
        [
            ("USS Orrin Vale", "PERSON"),
            ("USS Kestrel Point", "ORG"),
            ("Mara Belvin", "PERSON"),
            ("Halvor", "GPE"),
        ],
    )
    assert "USS Orrin Vale" not in actors and "USS Kestrel Point" not in actors
    assert actors["Mara Belvin"].type == "person"


# ---- the last places of a list ---------------------------------------------------------------


def test_a_two_word_place_ending_a_list_of_places_is_a_place():
    text = (
        "The convoy left Tarrin and passed through Kelvo, Halvor, Morvane and Saraf Dellu. "
        "The patrol returned on Friday."
    )
    actors = _actors(text, [("Tarrin", "GPE"), ("Kelvo", "GPE"), ("Halvor", "GPE")])
    assert actors["Saraf Dellu"].type == "place"
    assert actors["Morvane"].type == "place"
    assert "Saraf Dellu. The" not in actors


def test_a_list_of_local_places_joined_in_its_own_language():
    text = "The projects will run in Tarrin, Kelvo, Orsa, Halvor y Morvane.\n\nThey start today."
    actors = _actors(text, [("Tarrin", "GPE"), ("Halvor", "GPE")])
    for name in ("Kelvo", "Orsa", "Morvane"):
        assert actors[name].type == "place"
    assert "Morvane." not in actors


def test_lists_of_other_things_keep_their_names():
    # near misses: a body whose words the page writes in lower case, a person the model tagged,
    # a list of fewer than two places the model tagged
    text = (
        "Aid reached Tarrin, Kelvo and World Vision staff in the world's poorest district. "
        "Ministers from Halvor, Orsa and Ivo Pell met. Boeing, Airbus and Rolls Royce bid. "
        "The vision is clear."
    )
    actors = _actors(
        text,
        [
            ("Tarrin", "GPE"),
            ("Kelvo", "GPE"),
            ("Halvor", "GPE"),
            ("Orsa", "GPE"),
            ("Ivo Pell", "PERSON"),
            ("Boeing", "ORG"),
        ],
    )
    assert "World Vision" not in actors
    assert actors["Ivo Pell"].type == "person"
    assert actors["Boeing"].type == "organization"
    assert "Rolls Royce" not in actors or actors["Rolls Royce"].type != "place"


# ---- a person's name with a post in apposition -----------------------------------------------


def test_a_name_said_then_followed_by_its_post_is_a_person():
    text = (
        '"We will keep helping," said Ivo Pellaris, Kelvo Commissioner for Aid and Crisis '
        "Management, in Halvor on Monday."
    )
    actors = _actors(text, [("Ivo Pellaris", "ORG"), ("Halvor", "GPE")])
    assert actors["Ivo Pellaris"].type == "person"


def test_a_post_then_a_comma_then_its_holder_is_a_person():
    text = (
        "The Chairperson of the Tarrin Union Commission, Mara Belvin Osei, and the head of the "
        "mission met in Halvor."
    )
    actors = _actors(
        text,
        [("Tarrin Union Commission", "ORG"), ("Mara Belvin Osei", "ORG"), ("Halvor", "GPE")],
    )
    assert actors["Mara Belvin Osei"].type == "person"
    assert actors["Tarrin Union Commission"].type == "organization"


def test_bodies_beside_posts_stay_bodies():
    # near misses from ordinary news prose: a body said something, then "the ..." in lower
    # case; a body's word in the name; a body listed after a post and a comma, then "said"
    text = (
        '"Prices will rise," said Goldman Sachs, the investment bank, on Monday. '
        '"We are ready," said Amnesty International, Kelvo Director Ivo Pell added. '
        "The Minister of Trade, Kelvo Holdings Group, and Boeing signed the deal in Halvor."
    )
    actors = _actors(
        text,
        [
            ("Goldman Sachs", "ORG"),
            ("Amnesty International", "ORG"),
            ("Ivo Pell", "PERSON"),
            ("Kelvo Holdings Group", "ORG"),
            ("Boeing", "ORG"),
            ("Halvor", "GPE"),
        ],
    )
    for name in ("Goldman Sachs", "Amnesty International", "Kelvo Holdings Group", "Boeing"):
        assert actors[name].type == "organization", name
    assert actors["Ivo Pell"].type == "person"


def test_a_portfolio_going_on_after_a_post_is_no_person():
    # near miss: "The Minister of Foreign Affairs, Regional Trade, and Tourism": portfolios
    text = "The Minister of Outer Affairs, Coastal Trade, and Tourism of Tarrin met them."
    actors = _actors(text, [("Coastal Trade", "ORG"), ("Tarrin", "GPE")])
    assert not any(a.type == "person" for a in actors.values())


def test_a_roll_of_ships_with_hull_numbers_stays_detail():
    # near miss: a task group's roll, every ship named once with its hull number
    text = (
        "The group includes the carrier USS Orrin Vale (CVN 80), the cruisers USS Kestrel Point "
        "(CG 70) and USS Tarrin Bay (CG 71), and the destroyer USS Halvor Marsh (DDG 130).\n"
        "Captain Mara Belvin said the group would sail on Monday."
    )
    actors = _actors(text, [("Mara Belvin", "PERSON")])
    assert not any(name.startswith("USS") for name in actors)
    assert actors["Mara Belvin"].type == "person"


def test_a_two_word_name_opening_a_list_after_of_is_no_place():
    # near miss: "Ministers of Foreign Affairs, Belarus and Mongolia": the list's first item
    # ends a longer name
    text = (
        "By joint efforts of the Ministers of Outer Affairs, Tarrin and Kelvo will continue "
        "to work together, the letter from Halvor said."
    )
    actors = _actors(text, [("Tarrin", "GPE"), ("Kelvo", "GPE"), ("Halvor", "GPE")])
    assert "Outer Affairs" not in actors
