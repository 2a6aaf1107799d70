"""A day and month written with a weekday and no year ("On Monday 20 January") take the one
year the text names in which that day is that weekday; a wrong weekday or no weekday leaves
the day undated (invented texts)."""

from __future__ import annotations

import pytest

from briefing_app.analysis import analyze
from briefing_app.analysis.years import year_by_weekday
from briefing_app.ingest import source_from_bytes

HEAD = "Council adopts its aid budget\n\n"


def _dates(body: str) -> dict[str, str]:
    src = source_from_bytes((HEAD + body).encode("utf-8"), "page.txt")
    assert src.published == ""  # no date of the page's own: the text must tell the year
    return {d.text: d.date for d in analyze([src]).dates}


def test_the_weekday_picks_the_year_the_text_names():
    body = (
        "On Monday 20 January, the Kelvo Council adopted its initial aid budget for 2020, "
        "worth 900 million. The council is the region's leading donor."
    )
    assert _dates(body)["Monday 20 January"] == "2020-01-20"


@pytest.mark.parametrize(
    "body",
    [
        # near-miss: 20 January 2020 was a Monday, not a Tuesday
        "On Tuesday 20 January, the Kelvo Council adopted its initial aid budget for 2020, "
        "worth 900 million. The council is the region's leading donor.",
        # near-miss: no weekday, and the only year comes after the day (a plan's year)
        "On 20 January, the Kelvo Council adopted its initial aid budget for 2020, worth 900 "
        "million. The council is the region's leading donor.",
    ],
)
def test_no_weekday_or_a_wrong_one_leaves_the_day_undated(body):
    assert "20 January" not in " ".join(_dates(body))


def test_two_named_years_that_both_fit_tell_nothing():
    # 20 January fell on a Monday in 2014 and in 2020
    assert year_by_weekday([(0, 2014), (9, 2020)], 1, 20, "Monday") is None
    assert year_by_weekday([(0, 2019), (9, 2020)], 1, 20, "monday") == 2020
