"""A class of military vehicle named by its role is equipment, not an organisation.

A story kept whole by the ingest step ("... the integration of 32 Bradley Fighting Vehicles into
its forces") showed a vehicle class read as a body. A capitalised name ending in a role word and
"Vehicle(s)" or "Carrier(s)" ("Fighting Vehicles", "Armored Personnel Carriers", "Joint Light
Tactical Vehicle") names a kind of vehicle. Near misses: units and bodies with the same words
inside ("Air Assault Regiment", "Assault Carrier Group"), a company ("Kelvo Electric Vehicles
Ltd"). Every name here is invented or a generic class name.
"""

from __future__ import annotations

import pytest

from briefing_app.analysis.things import is_equipment


@pytest.mark.parametrize(
    "name",
    [
        "Rimsk Fighting Vehicles",
        "Joint Light Tactical Vehicle",
        "Armored Personnel Carriers",
        "Armoured Personnel Carrier",
        "Unmanned Aerial Vehicles",
        "High Mobility Multipurpose Wheeled Vehicles",
    ],
)
def test_vehicle_class_is_equipment(name: str) -> None:
    assert is_equipment(name)


@pytest.mark.parametrize(
    "name",
    [
        "Air Assault Regiment",
        "Assault Carrier Group",
        "Kelvo Electric Vehicles Ltd",
        "Kelvo Vehicles",
        "1st Kelvo Aircraft Wing",
        "Combat Logistics Battalion 5",
    ],
)
def test_bodies_with_vehicle_words_are_not_equipment(name: str) -> None:
    assert not is_equipment(name)


def test_vehicle_class_in_a_story_is_no_actor(tmp_path) -> None:
    from briefing_app.analysis import analyze_sources, combine
    from briefing_app.ingest import load_source

    page = tmp_path / "page.txt"
    page.write_text(
        "Kelvo Army Receives New Vehicles\n\n"
        "The commander of the Kelvo Army, General Ada Korr, met the Minister of Defence to"
        " discuss the integration of 32 Rimsk Fighting Vehicles into the army's brigades.\n"
    )
    source = load_source(page)
    names = {a.name for a in combine([source], analyze_sources([source])).actors}
    assert "Ada Korr" in names
    assert not any("Fighting Vehicles" in n for n in names)
