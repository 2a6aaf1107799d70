"""Adversarial review of the fifth round's rules (dates): invented inputs (news wires, think
tanks, ministries, political news as well as disasters) that a careful analyst would expect handled
otherwise than the new rules handle them. Every case was run and fails today; each asserts the
right behaviour and is marked ``xfail(strict=True, raises=AssertionError)`` until a fix lands
(then the marker goes; an error of any other kind fails the test).

Entities are labelled by hand as the small model labels them; places and people are made up
where the rule does not hinge on a real name.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled
from test_dates_round5 import _timeline

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa]).actors


def _names(text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {a.name for a in _actors(text, labels)}


def _type_of(text: str, labels: list[tuple[str, str]], alias: str) -> str:
    found = [a for a in _actors(text, labels) if alias in a.aliases]
    assert len(found) == 1, [(a.name, a.aliases) for a in _actors(text, labels)]
    return found[0].type


# ---- dates: 'last May', the verb after a yearless day, an address's year folder ------------

PUBLISHED = "2031-03-07"


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="relative months: 'at last May conceded' (Theresa May) read as May 2030",
)
def test_at_last_may_before_a_verb_is_no_month():
    text = "After months of talks, at last May agreed to a date for her departure."
    assert _timeline(text, PUBLISHED) == []


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="relative months: 'last May' counted from the page in a 2019 interview",
)
def test_last_may_in_an_older_interview_is_not_counted_from_the_page():
    text = "He said last May the sanctions had failed, in a 2019 interview."
    assert ("2030-05", "last May") not in _timeline(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The referendum on May 24 was called by the president on Monday.",
            ("2031-05-24", "May 24"),
        ),
        (
            "The summit on 14 June was announced by the Kelvo foreign ministry on Tuesday.",
            ("2031-06-14", "14 June"),
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="relative.py: 'was called/announced' after the day puts a coming day last year",
)
def test_a_coming_day_announced_in_the_past_tense_stays_ahead(text, want):
    assert want in _timeline(text, PUBLISHED)


def test_a_plans_year_in_the_address_is_not_the_pages_year():
    url = "https://www.kelvo.example/vision/2030/updates/talks"
    text = "The talks resumed on 3 March. Earlier this year the envoy visited Tarn."
    found = _timeline(text, "", url)
    assert ("2030", "this year") not in found and ("2030-03-03", "3 March") not in found


def test_both_days_of_a_day_pair_are_on_the_timeline():
    found = _timeline("Ministers met on 6 and 7 October in Tarn.", PUBLISHED)
    assert {d for d, _ in found} >= {"2030-10-06", "2030-10-07"}
