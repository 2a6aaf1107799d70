"""Round 18 (dates): a listing's item dates and the anchors a yearless day takes its year from.

Every fixture is invented: a listing of opinion teasers whose weekday date line closes each
excerpt, a release listing whose items open with their date and a dash, and a day whose only
year near it starts a period ("since April 10, 1993"). Near misses must not change."""

from __future__ import annotations

import datetime as dt

from briefing_app.analysis.dates import scan_dates
from briefing_app.ingest import load_source
from briefing_app.ingest.told_dates import _bare_day
from tests.labelled import analyse_labelled

_TEASERS = (
    "URL: https://example.org/opinion?page=4\n"
    "Harbour towns need a plan for the next storm\n"
    "\n"
    "Every winter the harbour towns of the east coast count the cost of another storm. The "
    "council has studied the problem for years, and residents are tired of waiting for...\n"
    "\n"
    "Tuesday 3 March 2031\n"
    "\n"
    "Ann Roe, Coastal Commissioner\n"
    "\n"
    "Why the river ferry matters to the valley\n"
    "\n"
    "The ferry across the Orvik river carries four hundred people a day. When it stopped "
    "for a week last month, the whole valley felt it and shops lost trade...\n"
    "\n"
    "Thursday 19 February 2031\n"
    "\n"
    "Ben Lund, Transport Commissioner\n"
    "\n"
    "Libraries are more than books\n"
    "\n"
    "A library is a warm room, a printer, a quiet desk and a friendly face. In the smaller "
    "towns of the region it is often the only public building open...\n"
    "\n"
    "Monday 9 February 2031\n"
    "\n"
    "Cara Moss, Rural Commissioner\n"
)


def _timeline(tmp_path, page: str) -> set[tuple[str, str]]:
    """(date, text) of every span a timeline entry cites, as the quality benchmark scores it."""
    analysis = analyse_labelled(tmp_path, page, [])
    text = load_source(str(tmp_path / "page.txt")).text
    return {(d.date, text[e.start : e.end]) for d in analysis.dates for e in d.evidence}


def test_a_weekday_date_line_is_a_bare_date_line() -> None:
    assert _bare_day("Tuesday 3 March 2031") == "2031-03-03"
    assert _bare_day("Friday, May 2, 2031") == "2031-05-02"
    assert _bare_day("Meeting Tuesday 3 March 2031") == ""  # a heading, not a date line
    assert _bare_day("Tues 3 March 2031") == ""


def test_teasers_dated_under_their_excerpts_keep_every_date(tmp_path) -> None:
    got = _timeline(tmp_path, _TEASERS)
    for iso, shown in (
        ("2031-03-03", "Tuesday 3 March 2031"),
        ("2031-02-19", "Thursday 19 February 2031"),
        ("2031-02-09", "Monday 9 February 2031"),
    ):
        assert (iso, shown) in got


_ONE_UNDER_BODY = (
    "Harbour towns count the cost of the storm\n"
    "\n"
    "Every winter the harbour towns of the east coast count the cost of another storm, and "
    "the council has studied the problem for years without a plan.\n"
    "\n"
    "3 March 2031\n"
    "\n"
    "Ferry back on the river\n"
    "Library hours cut\n"
)


def test_one_date_under_the_body_over_links_is_not_an_item(tmp_path) -> None:
    assert ("2031-03-03", "3 March 2031") not in _timeline(tmp_path, _ONE_UNDER_BODY)


_RELEASES = (
    "URL: https://example.org/press-releases?page=2\n"
    "  • 12 Mar 2031 - The Mission today opened a new clinic in Orvik, the head of mission "
    "said.\n"
    "\n"
    "    9 Mar 2031 - The head of the Mission today met the governor of the eastern region "
    "in Belmar to discuss the road.\n"
    "\n"
    "  • 4 Mar 2031 - Peacekeepers today repaired the bridge near Lund after the floods of "
    "last week.\n"
)


def test_an_item_opening_with_its_date_and_a_dash_dates_its_today(tmp_path) -> None:
    todays = {d for d, t in _timeline(tmp_path, _RELEASES) if t == "today"}
    assert todays == {"2031-03-12", "2031-03-09", "2031-03-04"}


def test_a_date_inside_the_line_is_no_item_dateline(tmp_path) -> None:
    page = (
        "Mission news\n\nThe Mission said on 9 Mar 2031 - a Monday - that it had opened a clinic "
        "today in Orvik, its head said in Belmar.\n"
    )
    got = _timeline(tmp_path, page)
    assert not any(t == "today" and d == "2031-03-09" for d, t in got)


def _yearless(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, None, []) if d.inferred]


def test_a_day_takes_no_year_from_the_start_of_a_period() -> None:
    text = (
        "The frigate visited the carrier in the gulf Jan. 16. The port has hosted the fleet "
        "since April 10, 1993, and the navy took command of the task force on Nov. 2."
    )
    assert _yearless(text) == []


def test_a_day_still_takes_its_year_from_a_date_that_starts_nothing() -> None:
    text = "The frigate visited the carrier on April 10, 1993, and left the gulf on Nov. 2."
    assert _yearless(text) == [("Nov. 2", "1993-11-02")]


def test_an_origin_with_its_day_is_background_too() -> None:
    text = "The institute, founded on 3 May 1921 in Orvik, held its annual meeting on 14 June."
    assert _yearless(text) == []
    assert scan_dates("It opened on 14 June.", dt.date(2031, 7, 1), [])[0].iso == "2031-06-14"


# A bare weekday right after a full date written with that weekday repeats that day.
_WEEKS_BEFORE = dt.date(2031, 7, 27)  # a Sunday, seven weeks after the events told


def _days(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, _WEEKS_BEFORE, [])]


def test_a_bare_weekday_repeats_the_dated_weekday_before_it() -> None:
    text = (
        "The search began at first light on Friday 6 June. Wreckage was found at noon on "
        "Friday near the reef, and the search ended on 8 June."
    )
    assert ("Friday", "2031-06-06") in _days(text)


def test_a_weekday_far_from_the_dated_one_counts_from_the_article() -> None:
    filler = " The crews rested and the boats were refuelled in the harbour." * 6
    text = "The search began on Friday 6 June." + filler + " A new report came out on Friday."
    assert ("Friday", "2031-07-25") in _days(text)


def test_another_weekday_or_a_next_one_is_not_the_dated_day() -> None:
    text = "The search began on Friday 6 June. Divers returned on Saturday."
    assert ("Saturday", "2031-07-26") in _days(text)
    text = "The search began on Friday 6 June. The inquiry opens next Friday."
    assert ("next Friday", "2031-08-01") in _days(text)


# A participle after "is", "are" or "be" is a present passive: the clause tells no past.
_MID_AUGUST = dt.date(2031, 8, 14)


def test_a_present_passive_before_a_deadline_is_no_past() -> None:
    text = "Voters who are correctly registered by 10 September will receive a card."
    got = [(text[d.start : d.end], d.iso) for d in scan_dates(text, _MID_AUGUST, [])]
    assert got == [("10 September", "2031-09-10")]


def test_a_past_participle_with_was_or_a_simple_past_stays_past() -> None:
    for text in (
        "Voters who registered by 10 September were sent a card.",
        "The polling station was closed on 10 September.",
    ):
        got = [(text[d.start : d.end], d.iso) for d in scan_dates(text, _MID_AUGUST, [])]
        assert got == [("10 September", "2030-09-10")]
