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
