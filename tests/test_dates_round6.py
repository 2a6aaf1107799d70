"""Date rules of the sixth round on small invented texts (issue 8, section 4): each rule with a
near-miss it must leave alone. The places and names are made up, so only the rules can place
the dates."""

from __future__ import annotations

import datetime as dt

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import YEAR_FROM_ITEM, scan_dates

REF = dt.date(2031, 3, 7)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, [])]


def _timeline(text: str, published: str = "") -> list[tuple[str, str, str]]:
    src, sa = labelled(text, [])
    src.published = published
    return [(d.date, d.text, d.inferred) for d in combine([src], [sa]).dates]


# --- "In April of 2029": a month and its year joined by "of" ---------------------------------


def test_a_month_of_a_year_is_that_month():
    text = "In April of 2029, the Oskvel council closed the river port."
    assert _dates(text) == [("April of 2029", "2029-04")]


def test_a_march_of_so_many_people_is_no_month():
    # near miss: "March" the noun, then a count of people after "of"
    text = "A Peace March of 2029 supporters crossed the Oskvel bridge."
    assert _dates(text, None) == []


# --- a listing of dated items: each item's relative and yearless dates count from its stamp ---

_LISTING = (
    "Kelvo harbour reopens to grain ships\n"
    "Posted March 2nd, 2031 at 9:00 pm (UTC-5)\n"
    "The Kelvo port authority said today that the harbour reopened after the storm, and the "
    "first grain ship docked on Tuesday.\n"
    "Leave a comment\n"
    "Ardia votes on a new charter\n"
    "Posted October 20th, 2030 at 11:15 am (UTC-5)\n"
    "Voters in Ardia approved this month's charter, which the assembly drafted after the "
    "vote of October 9 in the Belmar district.\n"
)


def test_a_listed_items_dates_count_from_its_own_stamp():
    dates = _timeline(_LISTING, published="2031-03-02")
    by_text = {text: (iso, inferred) for iso, text, inferred in dates}
    assert by_text["today"][0] == "2031-03-02"
    assert by_text["October 9"] == ("2030-10-09", YEAR_FROM_ITEM)  # not October 2031
    assert by_text["this month"][0] == "2030-10"  # the item's month, not the page's
    assert all(iso != "2031-03" for iso, _, _ in dates)


def test_a_published_and_an_updated_line_are_one_pages_stamps():
    # near miss: two stamp lines on adjacent lines date one page, not two items
    text = (
        "Published: 2 March 2031\n"
        "Updated: 4 March 2031\n"
        "The Kelvo port authority said the vote of October 9 had been annulled this month.\n"
    )
    dates = {text: iso for iso, text, _ in _timeline(text, published="2031-03-02")}
    assert dates["this month"] == "2031-03"
    assert dates["October 9"] == "2030-10-09"
