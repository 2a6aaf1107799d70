"""Key points: one eruption told as a verb and as a noun ("a volcano erupted near Veloria on
Saturday" / "the eruption in Veloria on Saturday") is one point citing both sources: a
hazard's words are one word in citing (``fact_words.txt``), and most words shared in synonyms
with an actor in common tell one fact. Another place or another day stays apart.

Invented event sets (places are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

_PLACES = [("Veloria", "GPE"), ("Marden", "GPE"), ("Kestrel", "GPE")]
_FILLER = (
    "Engineers in Kestrel will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Kestrel drew large crowds of visitors from the coast.\n"
)
_SCHOOLS = "\nSchools across the valley stayed closed while teachers counted pupils.\n"
_ERUPTED = "A volcano erupted near Veloria on Saturday, sending ash over the capital."


def _cited(b: str) -> list[list[str]]:
    analysis = _combine(
        _source(_ERUPTED + "\n" + _FILLER, _PLACES, "a"), _source(b + _SCHOOLS, _PLACES, "b")
    )
    return [sorted(p.sources) for p in analysis.key_points if "ash" in p.text]


def test_erupted_and_eruption_tell_one_fact():
    cited = _cited("The eruption in Veloria on Saturday covered the capital in ash.")
    assert cited == [["a", "b"]], cited


def test_an_eruption_elsewhere_or_on_another_day_stays_apart():
    for b in (
        "The eruption in Marden on Saturday covered the capital in ash.",
        "The eruption in Veloria on Tuesday covered the capital in ash.",
    ):
        assert _cited(b) == [["a"], ["b"]], b
