"""Figures in key points: one count written three ways is one fact citing every source; one
figure counting different things is two facts (small invented texts, made-up names)."""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.figures import numerals


def _combine(*parts, top_n: int = 3):
    return combine([p[0] for p in parts], [p[1] for p in parts], top_n=top_n)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("over 64 000 people", "over 64000 people"),
        ("over 64\u202f000 people", "over 64000 people"),
        ("sixty-four thousand people", "64000 people"),
        ("Two hundred and fifty homes", "250 homes"),
        ("two million dollars", "$2 million"),
        ("EUR 5 million and GBP 25m", "€5 million and £25 million"),
        ("5 million euros", "€5 million"),
        ("3 million US dollars", "$3 million"),
        ("2 million pounds sterling", "£2 million"),
        # near misses: pounds that may weigh, a year before a currency's name
        ("5 million pounds of food", "5 million pounds of food"),
        ("prices in 2023 euros", "prices in 2023 euros"),
        ("nearly US$2.5 million in support", "nearly $2.5 million in support"),
        ("USD 2.5 million", "$2.5 million"),
        ("a further £25m and €1bn", "a further £25 million and €1 billion"),
        ("a 5m tall wall", "a 5m tall wall"),
        # words, not figures: a lone small number word, "and" between two numbers, a year
        ("one of the ten villages", "one of the ten villages"),
        ("one and two", "one and two"),
        ("In 2023 200 people left", "In 2023 200 people left"),
    ],
)
def test_a_count_is_written_in_digits_however_the_source_wrote_it(text, want):
    assert numerals(text) == want


def test_one_count_written_three_ways_is_one_fact_citing_every_source():
    # No actor and no kind of event in common: the same count of the same thing is the fact.
    a = labelled(
        "More than 64,000 people have been affected, with dozens of villages cut off.", [], "a"
    )
    b = labelled(
        "As of Sunday evening, over 64 000 people have been affected by the landslides.", [], "b"
    )
    c = labelled(
        "Sixty-four thousand people were affected across the valley, officials in Orsk said.",
        [("Orsk", "GPE")],
        "c",
    )
    d = labelled(
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.",
        [("Norvale", "GPE")],
        "d",
    )
    analysis = _combine(a, b, c, d)
    counted = [p for p in analysis.key_points if "affected" in p.text]
    assert len(counted) == 1 and sorted(counted[0].sources) == ["a", "b", "c"]


def test_one_figure_counting_different_things_stays_two_facts_about_the_same_actors():
    # The same relief agency, the same town, the same figure: evacuated is not vaccinated.
    names = [("Marden Relief Office", "ORG"), ("Talor", "GPE")]
    a = labelled(
        "The Marden Relief Office said 12,000 people were evacuated from Talor on the coast.",
        names,
        "a",
    )
    b = labelled(
        "The Marden Relief Office said 12,000 people were vaccinated in Talor against cholera.",
        names,
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(p.sources for p in analysis.key_points) == [["a"], ["b"]]


def test_one_count_in_two_towns_is_two_facts():
    # Each names a place, and not the same one: two tolls, though the words match.
    a = labelled(
        "In Talor, 1,200 people have been displaced by the floods, the mayor said on the radio.",
        [("Talor", "GPE")],
        "a",
    )
    b = labelled(
        "Officials in Orsk said 1,200 people have been displaced after the river burst its banks.",
        [("Orsk", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert sorted(p.sources for p in analysis.key_points) == [["a"], ["b"]]


def test_two_sums_of_money_from_one_donor_are_two_pledges_and_one_sum_retold_is_one():
    names = [("Kestria", "GPE"), ("Talor", "GPE"), ("Orsk", "GPE")]
    a = labelled(
        "Kestria is providing $2 million in humanitarian assistance to Talor after the storm.",
        names,
        "a",
    )
    b = labelled(
        "Kestria is providing US$3 million in humanitarian assistance to Orsk after the storm.",
        names,
        "b",
    )
    c = labelled(
        "In Orsk, Kestria intends to provide $3m to repair homes and clear the harbour roads.",
        names,
        "c",
    )
    analysis = _combine(a, b, c, top_n=3)
    by_sum = {
        key: [p for p in analysis.key_points if key in p.text] for key in ("$2 million", "$3")
    }
    # Talor's $2 million is not Orsk's $3 million; Orsk's sum, written two ways, is one fact
    assert [p.sources for p in by_sum["$2 million"]] == [["a"]]
    assert len(by_sum["$3"]) == 1 and sorted(by_sum["$3"][0].sources) == ["b", "c"]


def test_a_count_written_like_a_year_and_a_hedged_report_of_it_are_one_fact():
    # "2,000" with its comma is a count, not the year 2000; "feared buried" and "may have
    # been buried" report one toll; "may" after a figure is the verb, not the month.
    a = labelled(
        "The slide is among the worst disasters in years, with over 2,000 people feared buried "
        "under the mud.",
        [],
        "a",
    )
    b = labelled(
        "More than 2,000 people may have been buried alive when the hillside gave way at night.",
        [],
        "b",
    )
    c = labelled(
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.",
        [("Norvale", "GPE")],
        "c",
    )
    analysis = _combine(a, b, c)
    buried = [p for p in analysis.key_points if "buried" in p.text]
    assert len(buried) == 1 and sorted(buried[0].sources) == ["a", "b"]
