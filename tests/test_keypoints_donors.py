"""Key points: two gifts of two givers ("Kestrel sent a medical team to Veloria" / "Orsk sent a
medical team to Veloria") are two points, however alike their words; the same giver told twice,
or a giver the other sentence names too, stays one point citing both.

Invented event sets (places and bodies are made up); entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

_PLACES = [
    ("Veloria", "GPE"),
    ("Kestrel", "GPE"),
    ("Orsk", "GPE"),
    ("Marden", "GPE"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)
_SCHOOLS = "\nSchools across the valley stayed closed while teachers counted pupils.\n"


def _cited(a: str, b: str) -> list[list[str]]:
    analysis = _combine(
        _source(a + "\n" + _FILLER, _PLACES, "a"), _source(b + _SCHOOLS, _PLACES, "b")
    )
    return [sorted(p.sources) for p in analysis.key_points if "Veloria" in p.text]


def test_two_givers_of_one_gift_in_the_same_words_are_two_points():
    for a, b in (
        (
            "Kestrel sent a medical team of 40 doctors to Veloria after the quake.",
            "Orsk sent a medical team of 40 doctors to Veloria after the quake.",
        ),
        (
            "Kestrel has pledged $100 million in humanitarian aid to Veloria.",
            "Orsk has pledged $100 million in humanitarian aid to Veloria.",
        ),
        (
            "In response to the floods in Veloria, Kestrel is deploying doctors and nurses.",
            "Orsk will deploy doctors and nurses to Veloria in response to the floods.",
        ),
    ):
        assert _cited(a, b) == [["a"], ["b"]], (a, b)


def test_the_same_giver_in_other_words_stays_one_point():
    cited = _cited(
        "Kestrel has deployed doctors and nurses to Veloria.",
        "Kestrel is sending doctors and nurses to Veloria.",
    )
    assert ["a", "b"] in cited, cited


def test_a_giver_the_other_sentence_names_too_stays_one_point():
    # one gift told from each side ("on behalf of Orsk" / "through Kestrel") is not two
    cited = _cited(
        "Kestrel pledged $100 million in humanitarian aid to Veloria on behalf of Orsk.",
        "Orsk pledged $100 million in humanitarian aid to Veloria through Kestrel.",
    )
    assert ["a", "b"] in cited, cited


def test_a_place_after_a_preposition_is_no_giver():
    # "after the floods in Marden": where, not who gives
    cited = _cited(
        "After the floods in Marden, donors pledged $5 million in humanitarian aid to Veloria.",
        "Kestrel pledged $5 million in humanitarian aid to Veloria.",
    )
    assert ["a", "b"] in cited, cited


def test_two_sums_in_a_currency_named_or_coded_are_two_pledges():
    # "EUR 5 million" / "€6m", "5 million dollars" / "$6 million": two sums, two pledges;
    # "5 million euros" / "EUR 5m": one sum written two ways
    for a, b in (
        (
            "Kestrel pledged EUR 5 million in aid for Veloria.",
            "Kestrel pledged €6m in aid for Veloria.",
        ),
        (
            "Kestrel pledged 5 million dollars in aid for Veloria.",
            "Kestrel pledged $6 million in aid for Veloria.",
        ),
    ):
        assert _cited(a, b) == [["a"], ["b"]], (a, b)
    cited = _cited(
        "Kestrel pledged 5 million euros in aid for Veloria.",
        "Kestrel pledged EUR 5m in aid for Veloria.",
    )
    assert cited == [["a", "b"]], cited
