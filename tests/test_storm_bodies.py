"""Bodies named after storms (``analysis.things.a_storm_body``): "Typhoon Committee" is a
body, "Cyclone Mara" a storm. Invented pages, entities labelled by hand."""

from __future__ import annotations

from labelled import analyse_labelled


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


def test_a_body_named_after_storms_is_an_organisation(tmp_path):
    page = (
        "Recovery\n\nThe Hurricane Recovery Unit and the Typhoon Committee met on Monday. "
        "The Hurricane Recovery Unit will report in May.\n"
    )
    labels = [("Hurricane Recovery Unit", "ORG"), ("Typhoon Committee", "ORG")]
    got = _actors(analyse_labelled(tmp_path, page, labels))
    assert got.get("Hurricane Recovery Unit") == "organization"
    assert got.get("Typhoon Committee") == "organization"


def test_a_storm_and_a_storm_plan_stay_things(tmp_path):
    page = (
        "Plans\n\nCyclone Mara struck on Monday. The Cyclone Recovery Plan was published "
        "by the council.\n"
    )
    labels = [("Cyclone Mara", "ORG"), ("Cyclone Recovery Plan", "ORG")]
    got = _actors(analyse_labelled(tmp_path, page, labels))
    assert "Cyclone Mara" not in got
    assert "Cyclone Recovery Plan" not in got
