"""True actors the app's own filters dropped (round 15), each a filter narrowed by form, with
hand-made labels and invented text:

- a ship the story names again by its prefixed name ("USS Varrow Bay" twice) is one of its
  units, an organization; a ship named once in passing, the prefix alone and a ship's bare
  name stay out (``vessels.named_ship``).

Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return {a.name: a for a in combine([src], [sa]).actors}


def test_a_ship_named_twice_by_its_prefix_is_an_organization():
    text = (
        "The carrier USS Varrow Bay reached Tallport on Monday with relief stores. "
        "Helicopters from USS Varrow Bay flew water to three villages, Captain Ivo Pell said."
    )
    actors = _actors(
        text, [("USS Varrow Bay", "PERSON"), ("Tallport", "GPE"), ("Ivo Pell", "PERSON")]
    )
    assert actors["USS Varrow Bay"].type == "organization"
    assert actors["Ivo Pell"].type == "person"


def test_a_ship_named_twice_the_model_read_as_a_body_stays_one_organization():
    text = (
        "HMNZS Tarrin Sound left Kelvo with 40 tonnes of water.\n"
        "Commanding Officer HMNZS Tarrin Sound, Commander Mara Belvin, said the crew was ready."
    )
    actors = _actors(
        text,
        [("HMNZS Tarrin Sound", "ORG"), ("Kelvo", "GPE"), ("Mara Belvin", "PERSON")],
    )
    assert actors["HMNZS Tarrin Sound"].type == "organization"
    assert not any("Officer" in name for name in actors)
    assert actors["Mara Belvin"].type == "person"


def test_ships_named_once_in_a_list_stay_out():
    # near miss: each ship written once, the way a list of a task group's ships reads
    text = (
        "USS Orrin Vale, USNS Kestrel Point and HMAS Tarrin Sound joined the task group "
        "off Tallport on Friday."
    )
    actors = _actors(
        text,
        [
            ("USS Orrin Vale", "PERSON"),
            ("USNS Kestrel Point", "ORG"),
            ("HMAS Tarrin Sound", "PERSON"),
            ("Tallport", "GPE"),
        ],
    )
    assert set(actors) == {"Tallport"}


def test_a_ships_bare_name_stays_out_beside_the_named_ship():
    # near miss: the bare name after the prefixed one is no second actor
    text = (
        "USS Orrin Vale docked at Tallport. Sailors of USS Orrin Vale unloaded stores. "
        "Orrin Vale sails again on Monday."
    )
    actors = _actors(
        text, [("USS Orrin Vale", "ORG"), ("Tallport", "GPE"), ("Orrin Vale", "PERSON")]
    )
    assert "Orrin Vale" not in actors
    assert actors["USS Orrin Vale"].type == "organization"
