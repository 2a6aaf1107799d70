"""Citing, thirteenth round: a sentence telling a disaster striking states the blow, not a
point that tells an act besides it ("the government stepped up its aid to the port the storm
had battered"), even when the act's agent is a country or goes unnamed, so no agent rule keeps
the two apart; it still supports a point telling the blow alone, in other words. And in citing,
the weather every report of a disaster names ("heavy rains", "rains and devastating floods") is
no detail that makes two sentences one fact.

Invented event sets (places, bodies and storms are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source, candidate_pair

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.hazards import same_blow

_PLACES = [("Veloria", "GPE"), ("Port Selen", "GPE"), ("Marden", "GPE"), ("Kestrel", "GPE")]
_FILLER = (
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
)
# one source tells the blow alone, with its impact
_BLOW = "Cyclone Ivo struck Port Selen in Veloria on Wednesday, destroying hundreds of homes.\n"


def _sentences(a_text: str, b_text: str):
    return candidate_pair(a_text, b_text, _PLACES)


def _cites(analysis, words: str) -> list[str]:
    found = [sorted(set(p.sources)) for p in analysis.key_points + analysis.background]
    found = [
        c
        for p, c in zip(analysis.key_points + analysis.background, found, strict=True)
        if words in p.text
    ]
    assert len(found) == 1, [p.text for p in analysis.key_points + analysis.background]
    return found[0]


def test_a_blow_sentence_does_not_state_a_country_s_act_after_the_blow():
    blow, act = _sentences(
        _BLOW,
        "The government of Veloria stepped up its aid to Port Selen on Wednesday after the "
        "cyclone struck the city.\n",
    )
    events = gazetteer().event_words
    assert not same_blow(blow, act, events)  # the point tells an act the blow does not


def test_a_blow_sentence_still_states_the_blow_told_in_other_words():
    blow, other = _sentences(
        _BLOW,
        "The cyclone hit Port Selen in Veloria on Wednesday and destroyed many homes.\n",
    )
    assert same_blow(blow, other, gazetteer().event_words)


def test_an_act_point_cites_only_the_source_that_tells_the_act():
    a = _source(_BLOW + _FILLER, _PLACES, "a")
    b = _source(
        "Veloria intensified its relief efforts in Port Selen, which had suffered the "
        "devastating impact of a record storm.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _PLACES,
        "b",
    )
    analysis = _combine(a, b, top_n=3)
    assert _cites(analysis, "relief efforts") == ["b"]


def test_near_miss_a_sentence_telling_the_act_too_still_cites():
    a = _source(
        "Cyclone Ivo struck Port Selen in Veloria on Wednesday, and the government sent relief "
        "to the city.\n" + _FILLER,
        _PLACES,
        "a",
    )
    b = _source(
        "The government of Veloria sent relief to Port Selen on Wednesday after Cyclone Ivo "
        "struck the city.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _PLACES,
        "b",
    )
    analysis = _combine(a, b, top_n=3)
    cited = [sorted(set(p.sources)) for p in analysis.key_points if "relief" in p.text]
    assert cited and all(c == ["a", "b"] for c in cited), [
        (p.text, p.sources) for p in analysis.key_points
    ]


# ---- the weather as backdrop ----------------------------------------------------------------

_RAINS = [
    ("Veloria", "GPE"),
    ("Port Selen", "GPE"),
    ("Marden", "GPE"),
    ("Ardian Red Shield", "ORG"),
]


def test_backdrop_details():
    from briefing_app.analysis.backdrop import backdrop

    assert backdrop("heavy rain")  # what a flood is made of
    assert backdrop("rain ~destruc")  # "rains and devastating floods"
    assert not backdrop("flash ~flood")  # says which hazard it is
    assert not backdrop("desert locust")
    assert not backdrop("water supply")  # the head says what the fact is about
    assert not backdrop("#40 people ~event2")
    assert not backdrop("death toll")  # impact words alone name no hazard


def test_heavy_rains_alone_do_not_cite_another_fact():
    a = _source(
        "The road to Port Selen was cut off for two days because of heavy rains in the hills.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _RAINS,
        "a",
    )
    b = _source(
        "The Ardian Red Shield opened three shelters in Port Selen after heavy rains flooded "
        "the lower town.\n" + _FILLER,
        _RAINS,
        "b",
    )
    analysis = _combine(a, b, top_n=3)
    # the road cut off tells nothing of the Red Shield's shelters (in picking, the shared
    # words still make the road a retelling of the shelters' point: picking is unchanged)
    assert _cites(analysis, "three shelters") == ["b"]


def test_near_miss_a_shared_detail_beyond_the_weather_still_cites():
    a = _source(
        "The road to Port Selen was cut off for two days because of heavy rains in the hills.\n"
        "Schools across the valley stayed closed while teachers counted pupils.\n",
        _RAINS,
        "a",
    )
    b = _source(
        "Heavy rains cut off the road to Port Selen on the coast for two days, officials said.\n"
        + _FILLER,
        _RAINS,
        "b",
    )
    analysis = _combine(a, b, top_n=3)
    assert _cites(analysis, "road to Port Selen") == ["a", "b"]
