"""Round 16 date rules, on invented pages. A month-first day range with its year written after
the range's end ("from September 16 to 18, 2031") dates its first day in that year even when the
page carries no date of its own; a count after the range ("May 3 to 5, 2000 troops") is no year."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates


def _undated(text: str) -> dict[str, str]:
    """Every date span the timeline cites on a page that has no date, and the day it gives."""
    src, sa = labelled(text, [])
    src.published = ""
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
