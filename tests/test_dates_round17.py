"""Round 17 (dates): number shapes that are not dates, and dates of a shape the patterns missed.

Every fixture is invented. The model's DATE spans are given by hand (``extra``) where a rule
reads them, so that no model runs; near misses from ordinary news prose must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.analysis.dates import scan_dates

REF = dt.date(2031, 6, 10)


def _dates(text: str, spans: tuple[str, ...] = (), ref: dt.date | None = REF) -> list[tuple]:
    extra = [(text.index(s), text.index(s) + len(s)) for s in spans]
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, extra)]


# A number and the year it is numbered in ("Case No: 1733/2016") is no date of the number's.
def test_a_case_number_before_a_year_is_not_read_as_a_year() -> None:
    text = "The tribunal dismissed Case No: 1733/2016 without a hearing."
    assert _dates(text, ("1733/2016",)) == [("1733/2016", "2016")]


def test_a_season_written_with_a_slash_keeps_its_first_year() -> None:
    text = "Revenue fell during the 2029/2030 season, the club said."
    assert _dates(text, ("2029/2030",)) == [("2029/2030", "2029")]


# Digit groups alone in a model DATE span: a phone number, an ISBN, a range of a measure.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Families can call the hotline on 0800 1950 2020 for help.", "0800 1950 2020"),
        ("The atlas (ISBN 978-9966-1903-2-7) was reprinted.", "978-9966-1903-2-7"),
        ("Crews repaired the 1990-2000 km stretch of the highway.", "1990-2000"),
    ],
)
def test_digit_groups_without_a_word_are_no_date(text: str, span: str) -> None:
    assert _dates(text, (span,)) == []


def test_a_range_of_years_in_a_model_span_stays() -> None:
    text = "Veterans of the 1998-2003 war marched in the capital."
    assert ("1998", "1998") in [(t[:4], iso) for t, iso in _dates(text, ("1998-2003",))]


def test_a_year_first_date_inside_a_hyphenated_number_is_none() -> None:
    assert _dates("The atlas (ISBN 978-9966-1903-2-7) was reprinted.") == []
    assert _dates("The law took effect on 2029-07-13, officials said.") == [
        ("2029-07-13", "2029-07-13")
    ]


# A decimal or a group of thousands after a year-like number is a figure.
def test_a_decimal_after_from_is_no_year() -> None:
    assert _dates("The index fell to 2016.4 from 2019.8 in heavy trading.") == []
    assert _dates("The plan ran from 2019 to 2021, the minister said.") == [
        ("2019", "2019"),
        ("2021", "2021"),
    ]
    assert _dates("Prices have risen since 2019. Wages have not.") == [("2019", "2019")]


def test_a_number_after_a_slash_is_not_a_year_subject() -> None:
    assert _dates("Plot LR 209/1666 was sold at auction.") == []
    assert _dates("Analysts agree 2029 was a hard year for farmers.") == [("2029", "2029")]


def test_a_paragraph_number_is_no_year() -> None:
    text = "The claim is set out in para 1883 of the filing."
    assert _dates(text, ("para 1883",)) == []
    assert _dates("The 1883 eruption of Krakatoa killed thousands.") == [("1883", "1883")]


# "dating back to 1995": a year after a verb of origin and "back to".
@pytest.mark.parametrize(
    "text",
    [
        "The festival, dating back to 1987, drew large crowds.",
        "Stemming back to 1987, the partnership trains pilots each spring.",
        "The records, all going back to 1987, were destroyed.",
        "Ties between the towns reach as far back as 1987, historians say.",
    ],
)
def test_a_year_dated_back_to_is_read(text: str) -> None:
    assert _dates(text) == [("1987", "1987")]


@pytest.mark.parametrize(
    "text",
    [
        "The airline cut its staff back to 1900.",
        "The army was scaled back to 1500 troops.",
        "After the strike, the company went back to 2000 workers.",
    ],
)
def test_a_count_after_back_to_stays_a_count(text: str) -> None:
    assert _dates(text) == []


# Day, month and year with dashes, when only one order fits ("26-03-2031", "03-26-2031");
# "08-12-2031" stays unread (round 5: a day in either order is a guess).
def test_a_dashed_date_is_read_in_the_order_it_allows() -> None:
    assert _dates("The incident took place on 26-03-2029 near the market.") == [
        ("26-03-2029", "2029-03-26")
    ]
    assert _dates("The permit expires 03-26-2029, the office said.") == [
        ("03-26-2029", "2029-03-26")
    ]
    assert _dates("At a Glance 08-12-2029", ref=None) == []


def test_a_dashed_number_that_is_no_date_stays_none() -> None:
    assert _dates("Call the office on 555-12-1990 before noon.") == []
    assert _dates("Order 4-12-2029-7 was shipped.") == []


# A total after "out of", a chain of numbers, a number after a year: none is a year.
def test_a_total_after_out_of_is_no_year() -> None:
    assert _dates("The team was ranked 19th out of 2100 entrants.") == []
    assert _dates("The team was ranked 19th out of 2100.") == []
    assert _dates("Most of 2029 was lost to the drought.") == [("2029", "2029")]
    assert _dates("The striker was ruled out of 2030 World Cup qualifiers.") == [("2030", "2030")]


def test_a_range_at_the_end_of_a_number_chain_is_none() -> None:
    assert _dates("Call the desk on 02-1991-2030 after noon.") == []
    assert _dates("The war lasted from 1991-2001, historians say.") == [
        ("1991", "1991"),
        ("2001", "2001"),
    ]


def test_a_number_after_a_year_is_no_range() -> None:
    assert _dates("Order #2024-1876 shipped late.", ("2024-1876",)) == []
    assert _dates("The 2024-2026 strategy was adopted.", ("2024-2026",))[0] == ("2024", "2024")


# A founding year is no year for the story's yearless days (the brief's near miss: a page whose
# only year is a founding year); a listing whose teasers carry their own dates is unchanged.
def test_a_founding_year_dates_no_yearless_day() -> None:
    text = (
        "The rowing club, founded in 1921, trains juniors every weekend. On 14 May the crews "
        "race on the river, and on June 2 the club hosts its open day."
    )
    assert _dates(text, ref=None) == [("1921", "1921")]


def test_teasers_with_their_own_dates_keep_them() -> None:
    text = (
        "Latest news\n\nCouncil approves budget\n12 March 2031 - The council approved its budget "
        "after a 2,450-vote petition.\n\nPort reopens\n9 March 2031 - The port, founded in 1887, "
        "reopened on 8 March.\n\nFloods hit valley\n2 March 2031 - Floods displaced 1,950 "
        "families, ranked 3rd out of 2031 districts."
    )
    assert [iso for _, iso in _dates(text, ref=None)] == [
        "2031-03-12",
        "2031-03-09",
        "1887",
        "2031-03-08",
        "2031-03-02",
    ]
