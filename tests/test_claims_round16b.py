"""Key points, round 16b: a donor's own gift told by one source is not swallowed by another
source's point telling the blow and another actor's help (``own_gift``).

Invented event sets (places, bodies and sums are made up); entities are labelled by hand as the
small model labels them.
"""

from __future__ import annotations

from types import SimpleNamespace

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.own_gift import others_gift, own_gift

_LABELS = [
    ("Veloria", "GPE"),
    ("Marden", "GPE"),
    ("Orsk Mission", "ORG"),
    ("Kestrel Fund", "ORG"),
    ("Harwick Trust", "ORG"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)
_MISSION = (
    "Two months after a magnitude 7.1 earthquake struck Veloria, the Orsk Mission in Veloria "
    "continues to support humanitarian programs for the families who lost their homes.\n"
)
_FUND = (
    "The Kestrel Fund has today released € 3 million in humanitarian aid to the most "
    "vulnerable victims of the earthquake which struck Veloria in March.\n"
)


def _points(analysis, word: str):
    return [p for p in analysis.key_points if word in p.text]


def test_a_donors_own_gift_stays_its_own_point_citing_its_source_only():
    mission = _source(_MISSION + _FILLER, _LABELS, "mission")
    fund = _source(_FUND + _FILLER, _LABELS, "fund")
    analysis = _combine(mission, fund)
    gift = _points(analysis, "€ 3 million")
    assert gift, [p.text for p in analysis.key_points]
    assert gift[0].sources == ["fund"]  # the mission tells neither the giver nor the sum


def test_two_donors_gifts_stay_two_points():
    fund = _source(_FUND + _FILLER, _LABELS, "fund")
    trust = _source(
        "The Harwick Trust has released € 2 million in humanitarian aid to the victims of the "
        "earthquake which struck Veloria in March.\n" + _FILLER,
        _LABELS,
        "trust",
    )
    analysis = _combine(fund, trust)
    assert _points(analysis, "€ 3 million") and _points(analysis, "€ 2 million")


def _sentence(source, text, actors, details, placed=()):
    return SimpleNamespace(
        source=source,
        text=text,
        details=frozenset(details),
        fact_actors=frozenset(actors),
        placed=tuple(placed),
    )


_GIFT = _sentence(
    1,
    "The Kestrel Fund has today released € 3 million in aid to the victims in Veloria.",
    {"organization:kestrel-fund", "place:veloria"},
    {"#€3million"},
    [(4, "organization:kestrel-fund"), (75, "place:veloria")],
)


def test_one_donors_gift_told_twice_stays_one_fact():
    # the same giver named, with or without the sum: no other act
    again = _sentence(
        0,
        "The Kestrel Fund is sending humanitarian aid to quake victims in Veloria.",
        {"organization:kestrel-fund", "place:veloria"},
        set(),
        [(4, "organization:kestrel-fund"), (64, "place:veloria")],
    )
    assert not own_gift(_GIFT, again, 0.3)
    assert not others_gift(again, _GIFT)
    # the same sum told by another source with another teller: still the gift
    told = _sentence(
        0,
        "Officials of the Orsk Mission welcomed the € 3 million for the victims in Veloria.",
        {"organization:orsk-mission", "place:veloria"},
        {"#€3million"},
        [(17, "organization:orsk-mission"), (72, "place:veloria")],
    )
    assert not others_gift(told, _GIFT)


def test_a_sum_given_after_a_preposition_names_no_giver():
    # "aid from the Kestrel Fund to Veloria": the fund follows a preposition, no giver found
    point = _sentence(
        0,
        "The Orsk Mission continues to support programs in Veloria after the quake.",
        {"organization:orsk-mission", "place:veloria"},
        set(),
        [(4, "organization:orsk-mission"), (64, "place:veloria")],
    )
    later = _sentence(
        1,
        "Aid from the Kestrel Fund worth € 3 million reached Veloria on Monday.",
        {"organization:kestrel-fund", "place:veloria"},
        {"#€3million"},
        [(13, "organization:kestrel-fund"), (52, "place:veloria")],
    )
    assert not own_gift(later, point, 0.3)


def test_a_point_with_no_sum_or_a_near_copy_is_untouched():
    point = _sentence(
        0,
        "The Orsk Mission continues to support programs in Veloria after the quake.",
        {"organization:orsk-mission", "place:veloria"},
        set(),
        [(4, "organization:orsk-mission"), (64, "place:veloria")],
    )
    assert own_gift(_GIFT, point, 0.3)
    assert not own_gift(_GIFT, point, 0.7)  # a near-copy of the point is the same fact
    assert not others_gift(_GIFT, point)  # the point gives no sum: citing as before


def test_a_countrys_agency_and_its_ambassador_tell_one_donors_gift():
    # "the Kestrel Agency for Relief is providing $2 million": Kestrel gives, so a sentence of
    # Kestrel's ambassador announcing Kestrel's help still cites the point
    point = _sentence(
        0,
        "The Kestrel Agency for Relief is providing $2 million in emergency aid to Veloria.",
        {"organization:kestrel-agency-for-relief", "place:kestrel", "place:veloria"},
        {"#$2million"},
        [
            (4, "organization:kestrel-agency-for-relief"),
            (4, "place:kestrel"),
            (74, "place:veloria"),
        ],
    )
    ambassador = _sentence(
        1,
        "Ambassador Mira Holt announced immediate Kestrel support for families in Veloria.",
        {"person:mira-holt", "place:kestrel", "place:veloria"},
        set(),
        [(11, "person:mira-holt"), (41, "place:kestrel"), (72, "place:veloria")],
    )
    assert not others_gift(ambassador, point)
    # a neighbour's own help, naming neither the agency, its country nor the sum, is another act
    neighbour = _sentence(
        1,
        "The Orsk Mission deployed a field hospital to Veloria after the quake.",
        {"organization:orsk-mission", "place:veloria"},
        set(),
        [(4, "organization:orsk-mission"), (46, "place:veloria")],
    )
    assert others_gift(neighbour, point)
