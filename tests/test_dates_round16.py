"""Round 16 date rules, on invented pages. A month-first day range with its year written after
the range's end ("from September 16 to 18, 2031") dates its first day in that year even when the
page carries no date of its own; a count after the range ("May 3 to 5, 2000 troops") is no year.
A weekday written with a day and month never takes a year it contradicts: a day more than a
season from the article's date whose weekday fits the year before or after (on the tense's side)
takes that year; one that fits no year near is left out (a site banner's "Sunday 23 April").
Within a season of the article's date the year inferred stands (a slip of the weekday)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates


def _undated(text: str) -> dict[str, str]:
    """Every date span the timeline cites on a page that has no date, and the day it gives."""
    src, sa = labelled(text, [])
    src.published = ""
    return {text[e.start : e.end]: d.date for d in combine([src], [sa]).dates for e in d.evidence}


def _dated(text: str, published: str) -> dict[str, str]:
    src, sa = labelled(text, [])
    src.published = published
    return {text[e.start : e.end]: d.date for d in combine([src], [sa]).dates for e in d.evidence}


def _scan(text: str, published=None) -> dict[str, str]:
    return {text[d.start : d.end]: d.iso for d in scan_dates(text, published, [])}


VISIT = (
    "Trade envoy visits Lakeport\n\n"
    "The trade envoy of Ardia, Mira Solvek, visited Lakeport from September 16 to 18, 2031, "
    "where she met the harbour board and the chamber of commerce.\n"
)


def test_a_month_first_range_gives_its_written_year_to_its_first_day():
    dates = _scan(VISIT)
    assert dates.get("September 16") == "2031-09-16"
    assert dates.get("18") == "2031-09-18"
    assert _undated(VISIT).get("September 16 to 18") == "2031-09-16"


def test_a_dash_between_the_days_and_short_month_names_too():
    dates = _scan(VISIT.replace("September 16 to 18", "Sept. 16 – 18"))
    assert dates.get("Sept. 16") == "2031-09-16"
    dates = _scan(VISIT.replace("September 16 to 18", "May 3-5"))
    assert dates.get("May 3") == "2031-05-03"
    assert dates.get("5") == "2031-05-05"


def test_near_misses_keep_their_reading():
    # no year after the range, no year on the page: no date
    assert "September 16" not in _scan(VISIT.replace(", 2031,", ","))
    # a count after the range is no year
    text = (
        "Flood camps fill up\n\nBetween May 3 to 5, 2000 people reached the camps near the "
        "river, the Red Cross said.\n"
    )
    assert not any(v.startswith("2000") for v in _scan(text).values())
    # a full date keeps its own year, whatever range follows
    text = "The envoy arrived on September 16, 2030 and left on September 18, 2031.\n"
    assert _scan(text).get("September 16, 2030") == "2030-09-16"
    # with the page's date, a range without a year still takes the article's year
    import datetime as dt

    text = "The envoy visits Lakeport from September 16 to 18, the ministry said.\n"
    assert _scan(text, dt.date(2031, 9, 1)).get("September 16") == "2031-09-16"


RAID = (
    "Police seize drugs in Holvik\n\n"
    "Officers seized drugs and cash in five raids in Holvik. The operation took place on "
    "Thursday, 12 September, after residents reported dealing near the harbour, a sergeant "
    "said.\n"
)


def test_a_weekday_that_fits_the_year_before_takes_it():
    # 12 September 2031 is a Friday, 12 September 2030 a Thursday; the page is dated 29 December
    # 2031, more than a season after the day
    assert _dated(RAID, "2031-12-29").get("Thursday, 12 September") == "2030-09-12"


def test_a_weekday_no_near_year_fits_is_left_out():
    banner = (
        "Some online forms will be unavailable from 8 pm on Sunday 23 April due to scheduled "
        "maintenance.\n\nFerry timetable changes\n\nThe Holvik ferry will run every hour from "
        "next week, the harbour board said.\n"
    )
    dates = _dated(banner, "2031-07-28")
    assert not any(k.startswith("Sunday") for k in dates)
    # near miss: the weekday fits the coming year (23 April 2032 is a Friday)
    dates = _dated(banner.replace("Sunday 23 April", "Friday 23 April"), "2031-07-28")
    assert dates.get("Friday 23 April") == "2032-04-23"


def test_near_misses_the_article_year_stands():
    # within a season of the article's date the weekday is the slip
    assert _dated(RAID, "2031-09-29").get("Thursday, 12 September") == "2031-09-12"
    # a weekday slip the day before the article's date (20 December 2031 is a Saturday)
    text = "Harbour board meets\n\nThe harbour board met on Wednesday, 20 December, in Holvik.\n"
    assert _dated(text, "2031-12-21").get("Wednesday, 20 December") == "2031-12-20"
    # a weekday that fits the article's year (20 May 2031 is a Tuesday)
    text = "Harbour board meets\n\nThe harbour board met on Tuesday 20 May in Holvik.\n"
    assert _dated(text, "2031-06-25").get("Tuesday 20 May") == "2031-05-20"
    # the same raid written without a weekday keeps the article's year
    plain = RAID.replace("Thursday, 12 September", "12 September")
    assert _dated(plain, "2031-12-29").get("12 September") == "2031-09-12"
