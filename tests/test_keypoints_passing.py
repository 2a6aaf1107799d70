"""Key points: a disaster told in passing by another source ("flying tents to Veloria following
the eruption") cites that source for the point telling the blow; a hazard's word that names no
known event ("the tsunami season", "the risk of an eruption"), another blow ("the eruption of
1998", another storm's name) or a point telling more than the blow stays uncited.

Invented event sets (places, bodies and storms are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.passing import recalled

_ISLES = [
    ("Veloria", "GPE"),
    ("Marden", "GPE"),
    ("Ardian Red Shield", "ORG"),
    ("Kestrel", "GPE"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)
_BLOW = (
    "At least four people died in Veloria after the volcanic eruption and the tsunami that "
    "hit the islands on 15 January 2022.\n"
)


def _points(analysis) -> list[tuple[str, list[str]]]:
    return [(p.text, sorted(p.sources)) for p in analysis.key_points]


def _cites(analysis, word: str) -> list[str]:
    found = [sorted(p.sources) for p in analysis.key_points if word in p.text]
    assert len(found) == 1, _points(analysis)
    return found[0]


def _with(passing: str):
    a = _source(_BLOW + _FILLER, _ISLES, "a")
    b = _source(
        passing + "\nSchools across the valley stayed closed while teachers counted pupils.\n",
        _ISLES,
        "b",
    )
    return _combine(a, b)


def test_an_agency_acting_after_the_eruption_supports_the_blow_it_tells_in_passing():
    analysis = _with(
        "The Ardian Red Shield has flown tents and water to Veloria following the eruption "
        "of Mount Kessel."
    )
    assert _cites(analysis, "four people died") == ["a", "b"]
    # the blow's point tells nothing of the Red Shield's tents: that point stays b's alone
    assert _cites(analysis, "tents") == ["b"]
    point = next(p for p in analysis.key_points if "four people" in p.text)
    assert {e.source for e in point.evidence} == {"a", "b"}  # each source keeps its sentence


def test_a_named_storm_told_in_passing_supports_its_blow():
    a = _source(
        "Cyclone Ivo struck the coast of Veloria, killing nine fishermen and flattening homes.\n"
        + _FILLER,
        _ISLES,
        "a",
    )
    b = _source(
        "Kestrel is sending shelter kits and water purifiers to Veloria after Cyclone Ivo.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _ISLES,
        "b",
    )
    assert _cites(_combine(a, b), "nine fishermen") == ["a", "b"]


def test_another_storm_named_in_passing_supports_nothing():
    a = _source(
        "Cyclone Ivo struck the coast of Veloria, killing nine fishermen and flattening homes.\n"
        + _FILLER,
        _ISLES,
        "a",
    )
    b = _source(
        "Kestrel is still rebuilding schools and clinics in Veloria after Cyclone Nela.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _ISLES,
        "b",
    )
    assert _cites(_combine(a, b), "nine fishermen") == ["a"]


def test_a_past_eruption_in_the_same_place_is_another_blow():
    analysis = _with(
        "The Ardian Red Shield still runs two clinics in Veloria built after the eruption of 1998."
    )
    assert _cites(analysis, "four people died") == ["a"]


def test_a_hazard_word_that_names_no_known_event_supports_nothing():
    for passing in (
        "The Ardian Red Shield is training volunteers in Veloria for the tsunami season.",
        "The Ardian Red Shield warned farmers in Veloria of the risk of an eruption.",
    ):
        assert _cites(_with(passing), "four people died") == ["a"], passing


def test_recalled_reads_the_definite_phrase_a_hazard_heads():
    assert recalled("Aid is reaching Veloria in the aftermath of the massive volcanic eruption.")
    assert recalled("Teams landed after Sunday's quake in Veloria.") == {"earthquake"}
    assert recalled("Kestrel sent aid following the eruption and the following tsunami.") == {
        "volcano",
        "tsunami",
    }
    # near misses: a modifier, no determiner, a hazard's word inside a compound
    assert not recalled("Kestrel funds the earthquake preparedness plan of Veloria.")
    assert not recalled("Kestrel funds earthquake preparedness in Veloria.")
    assert not recalled("Kestrel builds earthquake-resistant schools in Veloria.")
    assert not recalled("A storm of criticism followed the vote in Veloria.")


def test_a_point_telling_more_than_the_blow_is_not_supported_in_passing():
    # the point tells Kestrel's tents besides the blow: a source naming the eruption in
    # passing states the blow, not the tents
    a = _source(
        "Kestrel flew 300 tents to Veloria after the eruption killed four people on Saturday.\n"
        + _FILLER,
        _ISLES,
        "a",
    )
    b = _source(
        "The Ardian Red Shield is handing out water in Veloria following the eruption.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _ISLES,
        "b",
    )
    assert _cites(_combine(a, b), "300 tents") == ["a"]
