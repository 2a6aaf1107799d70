"""One actor listed twice (or two listed as one), sixteenth round, on invented texts with
hand-made labels.

- A numbered unit's acronym keeps its number: "41st TRW" is the 41st Tanker Refuelling Wing
  and "77th TRW" another wing of the same kind, not a mention of the 41st; an acronym of a
  name that has no number ("the 12th CORA summit") keeps its own reading.

The sentences, units and bodies are made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _aliases(text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    src, sa = labelled(text, labels)
    return {a.name: a.aliases for a in combine([src], [sa]).actors}


def _owner_of(actors: dict[str, list[str]], form: str) -> list[str]:
    return [name for name, aliases in actors.items() if form in aliases or name == form]


_WINGS = (
    "Crews of the 41st Tanker Refuelling Wing flew four sorties over the Varlo coast on "
    "Tuesday. The 41st TRW has kept two aircraft on alert since March, its commander said. "
    "When no crew was free, the 77th TRW lent one from its base at Port Oren."
)


def test_a_numbered_units_acronym_the_model_did_not_tag_joins_the_unit_with_its_number():
    actors = _aliases(
        _WINGS, [("41st Tanker Refuelling Wing", "ORG"), ("Varlo", "GPE"), ("Port Oren", "GPE")]
    )
    assert _owner_of(actors, "41st TRW") == ["41st Tanker Refuelling Wing"]
    # near miss: another wing's number is another wing, listed on its own
    assert _owner_of(actors, "77th TRW") == ["77th TRW"]
    assert "77th TRW" not in actors["41st Tanker Refuelling Wing"]


def test_an_acronym_found_again_after_a_number_keeps_it():
    # the model read the unit without its number and no acronym: "TRW" spells the unit's
    # words, found again by them, and each keeps the number written before it
    actors = _aliases(
        _WINGS,
        [
            ("Tanker Refuelling Wing", "ORG"),
            ("Varlo", "GPE"),
            ("Port Oren", "GPE"),
        ],
    )
    assert _owner_of(actors, "41st TRW") == ["41st Tanker Refuelling Wing"]
    assert _owner_of(actors, "77th TRW") == ["77th TRW"]


def test_a_defined_acronym_still_joins_its_unit_and_a_bare_one_stays_bare():
    text = (
        "A 349th Tanker Refuelling Wing (TRW) crew landed at Port Oren on Friday with pumps "
        "and tents. Staff of the 349th TRW said more flights would follow, and TRW planners "
        "have asked the 60th TRW for a second aircraft."
    )
    actors = _aliases(
        text, [("349th Tanker Refuelling Wing", "ORG"), ("TRW", "ORG"), ("Port Oren", "GPE")]
    )
    owner = _owner_of(actors, "349th TRW")
    assert owner == ["349th Tanker Refuelling Wing"]
    assert "TRW" in actors[owner[0]]
    assert _owner_of(actors, "60th TRW") == ["60th TRW"]


def test_near_miss_an_acronym_of_a_name_without_a_number_keeps_its_reading():
    # the model tagged no "CORA": the acronyms are found again by their long form
    text = (
        "The Council of River Authorities (CORA) will meet in Varlo. Delegates to the 12th CORA "
        "summit are due on Monday, and CORA staff expect 40 of them. The 3rd Engineer Battalion "
        "will guard the hall."
    )
    actors = _aliases(
        text,
        [
            ("Council of River Authorities", "ORG"),
            ("Varlo", "GPE"),
            ("3rd Engineer Battalion", "ORG"),
        ],
    )
    assert _owner_of(actors, "CORA") == ["Council of River Authorities"]
    assert not any("12th" in form for forms in actors.values() for form in forms)


def test_a_battalion_and_its_regiment_after_the_comma_are_one_unit():
    text = (
        "Soldiers of the 2nd Battalion, 114th Mountain Rifle Regiment crossed the Varlo pass on "
        "Monday. The 3rd Squadron, 9th Border Cavalry held the bridge at Port Oren, and the "
        "2nd Battalion, 114th Mountain Rifle Regiment reached the town by night."
    )
    actors = _aliases(
        text,
        [
            ("2nd Battalion", "ORG"),
            ("114th Mountain Rifle Regiment", "ORG"),
            ("3rd Squadron", "ORG"),
            ("Varlo", "GPE"),
            ("Port Oren", "GPE"),
        ],
    )
    assert "2nd Battalion, 114th Mountain Rifle Regiment" in actors
    assert "3rd Squadron, 9th Border Cavalry" in actors
    assert "2nd Battalion" not in actors and "114th Mountain Rifle Regiment" not in actors


def test_near_miss_a_formation_a_rank_or_a_list_after_the_comma_stays_apart():
    text = (
        "The 1st Battalion, 4th Armoured Brigade Combat Team left Varlo on Monday. A platoon "
        "of the 5th Battalion, 2nd Lt. Mara Kell said, waited at Port Oren with the 6th "
        "Battalion, 7th Battalion and 8th Battalion. The 9th Battalion, Varlo Rifles, stayed, "
        "and so did the 4th Battalion, 9th Lancers."
    )
    actors = _aliases(
        text,
        [
            ("1st Battalion", "ORG"),
            ("4th Armoured Brigade Combat Team", "ORG"),
            ("5th Battalion", "ORG"),
            ("Mara Kell", "PERSON"),
            ("6th Battalion", "ORG"),
            ("7th Battalion", "ORG"),
            ("8th Battalion", "ORG"),
            ("9th Battalion", "ORG"),
            ("4th Battalion", "ORG"),
            ("Varlo Rifles", "ORG"),
            ("Varlo", "GPE"),
            ("Port Oren", "GPE"),
        ],
    )
    for unit in ("1st Battalion", "4th Armoured Brigade Combat Team", "5th Battalion"):
        assert unit in actors
    for unit in (
        "6th Battalion",
        "7th Battalion",
        "8th Battalion",
        "9th Battalion",
        "4th Battalion",
    ):
        assert unit in actors
    assert not any(", " in name for name in actors)


def test_names_that_differ_in_their_number_are_two_actors_not_two_spellings():
    text = (
        "Ships of the Kelvan 5th Fleet sailed from Port Oren on Monday, while the Kelvan 6th "
        "Fleet stayed at Varlo. Aleksei Varnov, who led the 3rd Mountain Brigade, said "
        "Alexei Varnov's men of the 3rd Mountian Brigade would watch the coast."
    )
    actors = _aliases(
        text,
        [
            ("Kelvan 5th Fleet", "ORG"),
            ("Kelvan 6th Fleet", "ORG"),
            ("3rd Mountain Brigade", "ORG"),
            ("3rd Mountian Brigade", "ORG"),
            ("Aleksei Varnov", "PERSON"),
            ("Alexei Varnov", "PERSON"),
            ("Port Oren", "GPE"),
            ("Varlo", "GPE"),
        ],
    )
    assert _owner_of(actors, "Kelvan 5th Fleet") != _owner_of(actors, "Kelvan 6th Fleet")
    # near misses: spelling variants with the same number (or none) still join
    assert _owner_of(actors, "3rd Mountain Brigade") == _owner_of(actors, "3rd Mountian Brigade")
    assert _owner_of(actors, "Aleksei Varnov") == _owner_of(actors, "Alexei Varnov")


def test_a_dotted_countrys_initials_before_a_name_spell_the_same_name():
    text = (
        "The United States Harbor Survey mapped the Varlo channel in May. A U.S. Harbor Survey "
        "boat returned on Monday, and the U.K. Tide Office sent two staff, the United Kingdom "
        "Tide Office said. Cadets of the United States Harbor Survey Academy watched."
    )
    actors = _aliases(
        text,
        [
            ("United States Harbor Survey Academy", "ORG"),
            ("United States Harbor Survey", "ORG"),
            ("U.S. Harbor Survey", "ORG"),
            ("U.K. Tide Office", "ORG"),
            ("United Kingdom Tide Office", "ORG"),
            ("Varlo", "GPE"),
        ],
    )
    assert _owner_of(actors, "U.S. Harbor Survey") == ["United States Harbor Survey"]
    assert _owner_of(actors, "U.K. Tide Office") == ["United Kingdom Tide Office"]
    # near miss: a longer name that holds the same words is another body
    assert _owner_of(actors, "United States Harbor Survey Academy") == [
        "United States Harbor Survey Academy"
    ]


def test_a_landforms_noun_alone_is_the_one_place_of_its_source_that_it_ends():
    text = (
        "Divers surveyed the Kelvan Barrier Reef for a week in March. Bleaching has spread "
        "across the Reef since January, and the Reef will be surveyed again in May, staff at "
        "Port Oren said."
    )
    actors = _aliases(text, [("Kelvan Barrier Reef", "LOC"), ("Reef", "LOC"), ("Port Oren", "GPE")])
    assert _owner_of(actors, "Reef") == ["Kelvan Barrier Reef"]


def test_near_miss_a_landforms_noun_two_places_end_stays_on_its_own():
    text = (
        "Boats left the Varlo River for the Orvik River on Monday. The River rose by a metre "
        "overnight, and the Gulf was calm, between the Kelvan Gulf and the Gulf of Tarn."
    )
    actors = _aliases(
        text,
        [
            ("Varlo River", "LOC"),
            ("Orvik River", "LOC"),
            ("River", "LOC"),
            ("Kelvan Gulf", "LOC"),
            ("Gulf of Tarn", "LOC"),
            ("Gulf", "LOC"),
        ],
    )
    assert _owner_of(actors, "Varlo River") != _owner_of(actors, "Orvik River")
    assert "River" not in actors["Varlo River"] + actors["Orvik River"]
    # "the Gulf" shortens "Kelvan Gulf" as well as "Gulf of Tarn" (which alone it joined before)
    assert "Gulf" not in actors["Kelvan Gulf"] + actors["Gulf of Tarn"]
