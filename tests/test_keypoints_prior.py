"""Key points: one place's earlier plight told by two sources in other words ("comes on top of
an existing economic crisis" / "an additional blow at a time of already deep crisis") is one
point citing both; another condition, another place or an act told with "already" stays apart.

Invented event sets (places, bodies and people are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.prior import prior_words

_PORT = [
    ("Sarnet", "GPE"),
    ("Valdoria", "GPE"),
    ("Marden", "GPE"),
    ("Kestrel", "GPE"),
]
_CONTEXT = (
    "The blast in Sarnet comes on top of an existing economic and humanitarian crisis in "
    "Valdoria.\n"
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)


def _cites(other: str) -> list[str]:
    a = _source(_CONTEXT, _PORT, "a")
    b = _source(
        other + "\nSchools across the valley stayed closed while teachers counted pupils.\n",
        _PORT,
        "b",
    )
    analysis = _combine(a, b)
    found = [sorted(p.sources) for p in analysis.key_points if "existing economic" in p.text]
    assert len(found) == 1, [(p.text, p.sources) for p in analysis.key_points]
    return found[0]


def test_one_prior_crisis_told_in_other_words_cites_both_sources():
    assert _cites(
        "The envoy of Kestrel saw heavy damage in Sarnet, an additional blow at a time of "
        "already deep crisis."
    ) == ["a", "b"]


def test_another_condition_of_the_place_stays_apart():
    assert _cites(
        "The envoy of Kestrel said Sarnet was already struggling with a cholera outbreak."
    ) == ["a"]


def test_the_same_crisis_of_another_place_stays_apart():
    assert _cites("The envoy of Kestrel said Marden is already in a deep economic crisis.") == ["a"]


def test_an_act_told_with_already_is_no_condition():
    assert _cites("Kestrel has already sent additional economic aid to Sarnet and Valdoria.") == [
        "a"
    ]


def test_prior_words_are_the_clause_after_the_trigger():
    assert prior_words("It comes on top of an existing economic crisis, officials said.") == {
        "economi",
        "cris",
    }
    assert prior_words("Valdoria was already facing crises.") == {"facing", "cris"}
    assert not prior_words("The blast destroyed the port of Sarnet.")


def test_two_actors_in_the_same_plight_stay_apart():
    # each names its own actor besides the place: Kestrel's assessment is not Orsk's
    a = _source(
        "Kestrel is still assessing the damage to the port of Sarnet.\n"
        "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
        "The harvest festival in Marden drew large crowds of visitors from the coast.\n",
        _PORT,
        "a",
    )
    b = _source(
        "After the blast, Valdoria is still assessing what the fire did in Sarnet's docks."
        "\nSchools across the valley stayed closed while teachers counted pupils.\n",
        _PORT,
        "b",
    )
    analysis = _combine(a, b)
    cited = [sorted(p.sources) for p in analysis.key_points if "assessing" in p.text]
    assert cited == [["a"], ["b"]], cited
