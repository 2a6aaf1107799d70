"""Wire datelines and capitals datelines closed by a full stop give the published date
(invented pages; ``ingest.wire_dateline``)."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.wire_dateline import wire_dateline

BODY = (
    "The ministry said the new quotas would apply to the four southern provinces from April, "
    "after a winter without rain.\n\n"
    "Farmers in the provinces will be paid for the crops they lose, the minister added.\n\n"
    "The board will meet the provincial governors again next month."
)


@pytest.mark.parametrize(
    ("opening", "iso"),
    [
        ("KELVO CITY, Mar. 3, 2031 /Kelvo Newswire/ - The Water Board said today", "2031-03-03"),
        ("Port Avel, Northland, April 9, 2030 /PRWire-Gov/ -- Officers of the", "2030-04-09"),
        ("PORT AVEL, Northland, March 03, 2031 (KELVO NEWSWIRE) -- The board", "2031-03-03"),
        ("PORT AVEL--(KELVO WIRE)--Mar. 3, 2031-- The Water Board of the Kelvo", "2031-03-03"),
        ("THE HAGUE, 31 October 2029. Today, the President of the tribunal said", "2029-10-31"),
        ("PORT AVEL (3 March 2031): The board of the river provinces said", "2031-03-03"),
        ("PORT AVEL -- March 3, 2031 -- The board of the river provinces said", "2031-03-03"),
        ("PORT AVEL, North Province, March 3, 2031: The board said today", "2031-03-03"),
        ("(3 March 2031) The board of the river provinces said today that", "2031-03-03"),
        ("NEW YORK/GENEVA, 2 May 2030. “We are ready,” the agency said", "2030-05-02"),
    ],
)
def test_a_wire_or_capitals_dateline_dates_the_page(opening, iso):
    assert wire_dateline(opening) == iso
    page = f"Ministry cuts water quotas for four provinces\n\n{opening} " + BODY
    assert source_from_bytes(page.encode(), "release.txt").published == iso


@pytest.mark.parametrize(
    "opening",
    [
        # near-misses: a place and a date in a sentence; a fraction after a date ("Kelvo, 3
        # March 2031." closed by a stop is a dateline: tests/test_source_fields_round13.py)
        "Kelvo, 3 March 2031 was the day the board cut the quotas",
        "On March 3, 2031 the board met in Kelvo and cut the quotas",
        "KELVO CITY, March 3, 2031 and the board met again. It cut the quotas",
        "(3 March 2031 to 9 March 2031) the board met daily",
        "Port Avel: March 3, 2031: the board met",
    ],
)
def test_a_sentence_with_a_place_and_a_date_is_no_dateline(opening):
    assert wire_dateline(opening) == ""


def test_a_hostile_run_of_capitals_and_hyphens_reads_in_linear_time():
    # A place's words and the separators between them both took hyphens: a run of "A-A-A-..."
    # had the dateline patterns try every way to cut it (minutes for a hundred pairs).
    import time

    from briefing_app.ingest.dates import dateline_date

    hostile = "A-" * 5000 + "B, 3 March 2031 and so on"
    started = time.perf_counter()
    assert wire_dateline(hostile) == "" and dateline_date(hostile) == ""
    assert time.perf_counter() - started < 5


ADDRESS = "URL: https://news.example.org/2031/03/05/remembering-the-flood\n\n"


def test_an_opening_that_tells_a_past_day_does_not_date_a_page_whose_address_dates_it():
    # "Kelvo, 11 July 1995." opens a retrospective, not a dateline: the address says 2031
    page = (
        ADDRESS + "Thirty-six years after the flood\n\n"
        "Kelvo, 11 July 1995. Thousands of families lost their homes in one night. " + BODY
    )
    assert source_from_bytes(page.encode(), "story.txt").published == "2031-03-05"


def test_a_dateline_near_the_address_date_still_dates_the_page():
    # near miss: the dateline a day after the address's date is the page's own
    page = (
        ADDRESS + "Ministry cuts water quotas for four provinces\n\n"
        "Kelvo, 6 March 2031. The ministry met the governors today. " + BODY
    )
    assert source_from_bytes(page.encode(), "story.txt").published == "2031-03-06"
