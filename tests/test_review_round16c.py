"""Review of round 16's false-actor and recall rules (storms, ships, lists): ordinary news
sentences the rules' authors did not write, which the merged rules changed, kept as they were.

- a town named like the storm that struck it ("flooding in Verlo", "Verlo, South Carolina")
  stays a place (``storms._written_as_a_place``); the storm's name alone still goes;
- a ship's bare name or initials join the ship only when that name is all the text calls the
  other actor: a country also written "the United States" beside "USS America", a state also
  written "New York" beside "NY", stay apart (``named_ships.merge_ship_names``);
- a place the gazetteer knows keeps its place inside a list ("Bohol, Southern Leyte, Cebu and
  Samar"); only a name of the shape alone must end the list (``listed.coordinated_places``).

Every storm, ship and town is made up except the gazetteer's own places.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return {a.name: a for a in combine([src], [sa]).actors}


# ---- storms ------------------------------------------------------------------------------


def test_a_town_named_like_its_storm_stays_a_place():
    text = (
        "Hurricane Verlo made landfall on Friday. Flooding was worst in Verlo, where the mayor "
        "ordered an evacuation. Shelters in Verlo, South Carolina, were full by night."
    )
    actors = _actors(text, [("Hurricane Verlo", "ORG"), ("Verlo", "GPE")])
    assert "Verlo" in actors
    assert "Hurricane Verlo" not in actors


def test_the_storm_alone_still_goes_beside_its_path():
    # near miss: "in Verlo's path" and "Verlo, a slow storm," are the storm's, not a town's
    text = (
        "Hurricane Verlo weakened on Saturday. Verlo, a slow storm, dropped heavy rain, and "
        "two towns in Verlo's path were cut off, Governor Ana Brisk said."
    )
    actors = _actors(
        text, [("Hurricane Verlo", "ORG"), ("Verlo", "PERSON"), ("Ana Brisk", "PERSON")]
    )
    assert not any("Verlo" in name for name in actors)
    assert actors["Ana Brisk"].type == "person"


def test_people_sharing_a_storms_name_stay():
    text = (
        "Two years after Hurricane Kelder flooded the port, film producer Kelder Voss appeared "
        "in court. Voss denied the charges, and Kelder Amis, an adviser, said the storm taught "
        "hard lessons."
    )
    actors = _actors(
        text, [("Hurricane Kelder", "ORG"), ("Kelder Voss", "PERSON"), ("Kelder Amis", "PERSON")]
    )
    assert actors["Kelder Voss"].type == "person"
    assert actors["Kelder Amis"].type == "person"


# ---- ships' bare names and initials -------------------------------------------------------


def test_a_ship_named_after_a_country_does_not_take_the_country():
    text = (
        "The amphibious assault ship USS America (LHA 9) arrived off Halvor on Tuesday. The "
        "United States sent the ship after America's allies asked for help."
    )
    actors = _actors(
        text,
        [("USS America", "ORG"), ("United States", "GPE"), ("America", "GPE"), ("Halvor", "GPE")],
    )
    assert actors["USS America"].type == "organization"
    assert actors["United States"].type == "place"


def test_a_ships_initials_do_not_take_a_state_written_in_full_too():
    text = (
        "The transport dock USS Nolan Yates (LPD 99) sailed from New York on Monday. Many of "
        "her crew live in Albany, NY, the Navy said."
    )
    actors = _actors(
        text,
        [
            ("USS Nolan Yates", "ORG"),
            ("New York", "GPE"),
            ("NY", "GPE"),
            ("Albany", "GPE"),
            ("Navy", "ORG"),
        ],
    )
    assert actors["USS Nolan Yates"].type == "organization"
    assert actors["New York"].type == "place"


def test_a_ships_bare_name_alone_still_joins_the_ship():
    # near miss: "Denver has three helicopters": the bare name is all the text calls it
    text = (
        "Marines from USS Korran (LPD 90) landed at Halvor on Monday. Korran has three "
        "helicopters aboard, Captain Ivo Marr said."
    )
    actors = _actors(
        text, [("USS Korran", "ORG"), ("Korran", "GPE"), ("Halvor", "GPE"), ("Ivo Marr", "PERSON")]
    )
    assert "USS Korran" in actors and "Korran" not in actors


# ---- lists --------------------------------------------------------------------------------


def test_a_known_two_word_place_inside_a_list_stays():
    text = (
        "Communities in Bohol, Southern Leyte, Cebu and Samar were hit hardest, the Kelvo Red "
        "Cross said on Friday."
    )
    actors = _actors(
        text, [("Bohol", "GPE"), ("Cebu", "GPE"), ("Samar", "GPE"), ("Kelvo Red Cross", "ORG")]
    )
    assert actors["Southern Leyte"].type == "place"


# ---- a kind of vessel before a name; a water's shape ----------------------------------------


def test_a_name_after_a_way_of_travelling_stays_a_person():
    text = (
        "The island was cut off for a week. Survivors said by boat Ahmed Korran reached the "
        "shore first, and the ferry Dalia Venn sank off Halvor."
    )
    actors = _actors(
        text, [("Ahmed Korran", "PERSON"), ("Dalia Venn", "PERSON"), ("Halvor", "GPE")]
    )
    assert actors["Ahmed Korran"].type == "person"
    assert actors["Dalia Venn"].type == "organization"  # near miss: the ferry's name


def test_a_bodys_name_going_on_from_a_water_is_no_water():
    text = (
        "The Bay of Tarrin Initiative met in Halvor on Monday. Fishing in the Sea of Kelvo "
        "stopped, the Halvor Port Authority said."
    )
    actors = _actors(text, [("Halvor", "GPE"), ("Halvor Port Authority", "ORG")])
    assert "Bay of Tarrin" not in actors
    assert actors["Sea of Kelvo"].type == "place"  # near miss: the water alone is found
