"""False actors of the fourteenth round, on invented texts with hand-made labels.

A climate state the text writes as a common noun ("the Veldra Swing phenomenon", "an Ostra Nera
was likely", "neither a Veldra Swing nor an Ostra Nera acting") is no body; an acronym spelt
after such a name goes with it. A people's own name ("the Tarvani tribe", "the Tarvani
traditional and community leaders", "the Tarvani and Oru Keth traders") is a group, not an
actor.

Each class has near misses that must stay actors. Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _analysis(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa])


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    return {a.name: a.type for a in _analysis(text, labels).actors}


# ---- climate states ---------------------------------------------------------------------


def test_a_climate_state_written_as_a_common_noun_is_no_actor():
    text = (
        "The Meteorological Office of Tarnia said on Monday that the Veldra Swing phenomenon "
        "had begun. It warned that an Ostra Nera usually brings drought to Tarnia, and that a "
        "Veldra Swing was likely to last until winter."
    )
    actors = _actors(
        text,
        [
            ("Meteorological Office of Tarnia", "ORG"),
            ("Tarnia", "GPE"),
            ("Veldra Swing", "ORG"),
            ("Ostra Nera", "ORG"),
        ],
    )
    assert "Veldra Swing" not in actors
    assert "Ostra Nera" not in actors
    assert "Meteorological Office of Tarnia" in actors
    assert "Tarnia" in actors


def test_neither_a_nor_an_and_a_cut_index_name_no_actor():
    text = (
        "The outlook uses the Southern Drift Index to give an indication of the season. The "
        "climate state is neutral: there is neither a Veldra Swing nor an Ostra Nera acting on "
        "cyclone activity around Tarnia, the Kelso Weather Bureau said."
    )
    actors = _actors(
        text,
        [
            ("Southern Drift", "ORG"),
            ("Veldra Swing", "ORG"),
            ("Ostra Nera", "ORG"),
            ("Tarnia", "GPE"),
            ("Kelso Weather Bureau", "ORG"),
        ],
    )
    assert not {"Southern Drift", "Veldra Swing", "Ostra Nera"} & set(actors)
    assert "Kelso Weather Bureau" in actors


def test_the_acronym_of_a_climate_state_goes_with_it():
    text = (
        "The forecasts were based on Veldra-Southern Drift (VSD) oceanic and atmospheric "
        "conditions, the Pacific Climate Centre (PCC) said in Tarnia."
    )
    actors = _actors(
        text,
        [
            ("Veldra-Southern Drift", "ORG"),
            ("VSD", "ORG"),
            ("Pacific Climate Centre", "ORG"),
            ("PCC", "ORG"),
            ("Tarnia", "GPE"),
        ],
    )
    assert "Veldra-Southern Drift" not in actors
    assert "VSD" not in actors
    assert "Pacific Climate Centre" in actors


def test_near_misses_bodies_and_places_before_state_words_stay():
    text = (
        "A Joint Monitoring Mission, led by the Tarnian Relief Board, found that Korvath "
        "conditions were worse than expected. An Orvell Group spokesperson agreed. Brana "
        "Logistics usually delivers food to Korvath."
    )
    actors = _actors(
        text,
        [
            ("Joint Monitoring Mission", "ORG"),
            ("Tarnian Relief Board", "ORG"),
            ("Korvath", "GPE"),
            ("Orvell Group", "ORG"),
            ("Brana Logistics", "ORG"),
        ],
    )
    for name in ("Joint Monitoring Mission", "Tarnian Relief Board", "Korvath", "Orvell Group"):
        assert name in actors, name
    assert "Brana Logistics" in actors


# ---- peoples' own names -----------------------------------------------------------------


def test_a_people_named_with_a_kin_word_is_a_group():
    text = (
        "The Force Commander met the Tarvani traditional and community leaders in Lumbe on "
        "Friday. He then met representatives of the Tarvani and Oru Keth traders at the "
        "market. Members of the Selu ethnic group attended, the Lumbe District Council said."
    )
    analysis = _analysis(
        text,
        [
            ("Tarvani", "GPE"),
            ("Oru Keth", "PERSON"),
            ("Selu", "NORP"),
            ("Lumbe District Council", "ORG"),
            ("Lumbe", "GPE"),
        ],
    )
    actors = {a.name for a in analysis.actors}
    assert "Tarvani" not in actors
    assert "Oru Keth" not in actors
    assert "Tarvani" in analysis.groups
    assert "Lumbe" in actors
    assert "Lumbe District Council" in actors


def test_near_misses_places_and_people_before_community_words_stay():
    text = (
        "Two people died in the Wanchi community on Thursday. The Chief of Wanchi said the "
        "Wanchi traditional council met. Dara Moten and Kel Asor traders from Lumbe were hurt, "
        "and the Orvell Group staff helped them."
    )
    actors = _actors(
        text,
        [
            ("Wanchi", "GPE"),
            ("Dara Moten", "PERSON"),
            ("Kel Asor", "PERSON"),
            ("Lumbe", "GPE"),
            ("Orvell Group", "ORG"),
        ],
    )
    assert "Wanchi" in actors  # written after "in the": a place
    assert "Dara Moten" in actors
    assert "Kel Asor" in actors
    assert "Orvell Group" in actors


# ---- points of the compass alone ---------------------------------------------------------


def test_a_point_of_the_compass_alone_is_no_place():
    text = (
        "The Tarnia Weather Office predicts more rain in the West. Research must flow between "
        "the North and South, said the Orvell Group, which also lends in West and Central "
        "Kaldia."
    )
    actors = _actors(
        text,
        [
            ("Tarnia Weather Office", "ORG"),
            ("West", "LOC"),
            ("North and South", "LOC"),
            ("Orvell Group", "ORG"),
            ("Central Kaldia", "LOC"),
        ],
    )
    assert "West" not in actors
    assert "North and South" not in actors
    assert "Tarnia Weather Office" in actors
    assert "Orvell Group" in actors


def test_near_misses_a_surname_and_a_compass_place_stay():
    text = (
        "Minister Dara West visited South Kaldia on Monday. West said aid would reach North "
        "Tarnia soon."
    )
    actors = _actors(
        text,
        [
            ("Dara West", "PERSON"),
            ("West", "PERSON"),
            ("South Kaldia", "GPE"),
            ("North Tarnia", "GPE"),
        ],
    )
    assert "Dara West" in actors
    assert "South Kaldia" in actors
    assert "North Tarnia" in actors
