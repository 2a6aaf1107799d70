"""Adversarial review of the fifth round's rules (keypoints): invented inputs (news wires, think
tanks, ministries, political news as well as disasters) that a careful analyst would expect
handled otherwise than the new rules first handled them. The cases were confirmed wrong by
running them when the review found them, then fixed as classes; each test asserts the right
behaviour and guards it, beside near-miss inputs a fix must leave alone. Entities are labelled
by hand as the small model labels them; places and people are made up where the rule does not
hinge on a real name.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled
from test_keypoints_round5 import _combine, _source

from briefing_app.analysis import combine

# ---- hazards.same_blow: two disasters of one kind in one country cite each other -----------

_LABELS = [
    ("Veloria", "GPE"),
    ("Marden", "GPE"),
    ("Hurricane Ivo", "ORG"),
    ("Hurricane Nela", "ORG"),
    ("European Union", "ORG"),
    ("Russia", "GPE"),
    ("Ukraine", "GPE"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)
_OTHER = "Schools across the valley stayed closed while teachers counted their pupils again.\n"


def _sources_of(analysis, word: str) -> list[list[str]]:
    return [sorted(p.sources) for p in analysis.key_points if word in p.text]


def test_two_named_hurricanes_in_one_country_do_not_cite_each_other():
    a = _source(
        "Hurricane Ivo struck Veloria on Sunday, destroying thousands of homes along the coast.\n"
        + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "Hurricane Nela made landfall in Veloria, flooding coastal homes and killing four "
        "people.\n" + _OTHER,
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _sources_of(analysis, "Ivo") == [["a"]]
    assert _sources_of(analysis, "Nela") == [["b"]]


def test_quakes_in_different_months_stay_two_points():
    a = _source(
        "An earthquake struck northern Veloria in March, killing 12 villagers.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The earthquake that hit Veloria in October devastated the southern towns.\n" + _OTHER,
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _sources_of(analysis, "in March") == [["a"]]
    assert _sources_of(analysis, "in October") == [["b"]]


def test_this_weeks_floods_do_not_cite_the_floods_of_2010():
    a = _source(
        "Floods swept Veloria this week, killing 40 people and destroying crops.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The 2010 floods in Veloria killed nearly 2,000 people and displaced millions.\n" + _OTHER,
        _LABELS,
        "b",
    )
    analysis = _combine(a, b)
    assert _sources_of(analysis, "this week") == [["a"]]


# ---- furniture.sympathy: 'stands with' ahead of a decision ---------------------------------


def _points(text: str) -> list[str]:
    src, sa = labelled(text, _LABELS)
    analysis = combine([src], [sa], top_n=5)
    return [p.text for p in analysis.key_points + analysis.background]


def test_solidarity_then_a_sanctions_decision_is_a_key_point():
    first = (
        "The European Union stands with Ukraine and today adopted a 12th package of sanctions "
        "against Russia, freezing the assets of 40 banks."
    )
    text = first + "\nOfficials in Brussels said the measures take effect on Monday.\n"
    assert first in _points(text)


def test_stands_with_the_rule_of_law_then_an_asset_freeze_is_a_key_point():
    line = "Kelvo stands with the rule of law, its envoy said, and will freeze his assets abroad."
    text = (
        "The court in Veloria convicted the former minister on Tuesday. "
        + line
        + "\nThe verdict can be appealed within 30 days.\n"
    )
    assert line in _points(text)


@pytest.mark.parametrize(
    "line",
    [
        # near misses: nouns joined after the solidarity, no clause that acts
        "The European Union stands with Ukraine and its people, today and for as long as it takes.",
        "The European Union stands with the survivors and bereaved families of the floods.",
    ],
)
def test_solidarity_with_nouns_joined_after_it_is_still_no_key_point(line):
    text = (
        line + "\nThe European Union adopted a 12th package of sanctions against Russia on "
        "Friday, freezing the assets of 40 banks.\n"
    )
    points = _points(text)
    assert line not in points
    assert any("12th package" in p for p in points), points


# ---- hazards.same_blow: other hazards of one group, and a figure of speech ----------------


def test_a_landslide_and_floods_are_two_blows():
    a = _source(
        "A landslide hit Veloria on Monday, burying 12 homes in Marden.\n" + _FILLER, _LABELS, "a"
    )
    b = _source(
        "Floods struck Veloria on Monday, killing 40 people in the north.\n" + _OTHER, _LABELS, "b"
    )
    analysis = _combine(a, b)
    assert _sources_of(analysis, "landslide") == [["a"]]
    assert _sources_of(analysis, "Floods") == [["b"]]


def test_a_political_storm_is_no_storm():
    a = _source("A storm hit Veloria, damaging the port at Marden.\n" + _FILLER, _LABELS, "a")
    b = _source(
        "A political storm hit Veloria after the minister resigned, damaging the coalition.\n"
        + _OTHER,
        _LABELS,
        "b",
    )
    assert _sources_of(_combine(a, b), "port at Marden") == [["a"]]


# ---- near misses of the fixes above: the same blow still cites both sources ---------------


def test_a_hurricane_named_in_one_source_and_unnamed_in_the_other_cites_both():
    a = _source(
        "Hurricane Ivo struck Veloria on Sunday, destroying thousands of homes along the coast.\n"
        + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The hurricane that hit Veloria destroyed thousands of homes along the coast.\n" + _OTHER,
        _LABELS,
        "b",
    )
    assert _sources_of(_combine(a, b), "homes along the coast") == [["a", "b"]]


def test_the_quake_in_march_and_the_12_march_quake_cite_each_other():
    a = _source(
        "An earthquake struck northern Veloria in March and killed 12 villagers.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The 12 March earthquake that hit Veloria killed 12 villagers in the north.\n" + _OTHER,
        _LABELS,
        "b",
    )
    assert _sources_of(_combine(a, b), "in March") == [["a", "b"]]


def test_this_weeks_floods_and_the_floods_on_monday_cite_each_other():
    a = _source(
        "Floods struck Veloria this week and killed 40 people in the north.\n" + _FILLER,
        _LABELS,
        "a",
    )
    b = _source(
        "The floods that struck Veloria on Monday killed 40 people.\n" + _OTHER, _LABELS, "b"
    )
    assert _sources_of(_combine(a, b), "killed 40 people") == [["a", "b"]]


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("Floods of muddy water swept Marden, killing three people.", True),
        ("The storm of the century hit Marden, damaging the port.", True),
        ("The floods of 2010 killed nearly 2,000 people in Veloria.", True),
        ("A storm of criticism hit the minister after the vote.", False),
        ("A flood of complaints hit the ministry, damaging its name.", False),
        ("A media storm hit the coalition after the minister resigned.", False),
    ],
)
def test_a_hazard_word_as_a_figure_of_speech_tells_no_hazard(text, hazard):
    from briefing_app.analysis.hazards import figures, told

    assert bool(told(text)) is hazard
    assert bool(figures(text)) is not hazard
