"""A site's weather-and-clock widget is not the story's date; a header's stamp line whose
published label runs on into times or a breadcrumb still dates the page (invented pages, and
near-misses that must keep their date or give none)."""

from __future__ import annotations

import pytest

from briefing_app.analysis import analyze
from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.dates import to_iso

HEADLINE = "Board cuts water quotas for four provinces"
STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought since 3 May 2029.\n\n"
    '"We have no other choice today," the board\'s chair said.'
)


def _source(page: str):
    return source_from_bytes(page.encode("utf-8"), "page.txt")


@pytest.mark.parametrize(
    "widget",
    [
        "7.8 C\nOstrava\nFriday, March 29, 2033",
        "-3°C Ostrava\nFriday, 29 March 2033",
        "Friday, March 29, 2033\n21 °F",
    ],
)
def test_a_date_beside_a_temperature_is_the_sites_clock(widget):
    src = _source(f"{widget}\n{HEADLINE}\n\n{STORY}")
    assert src.published == ""
    assert src.title == HEADLINE
    assert "7.8 C" not in src.text and "°" not in src.text
    # the story's "today" and "Tuesday" are not the day the page was saved
    days = {d.date for d in analyze([src]).dates}
    assert not any(day.startswith("2033") for day in days)


def test_a_date_line_without_a_temperature_still_dates_the_page():
    """Near-miss: a date widget alone is still the page's date when nothing better gives one."""
    src = _source(f"Ostrava\nFriday, March 29, 2033\n{HEADLINE}\n\n{STORY}")
    assert src.published == "2033-03-29"


def test_a_temperature_in_the_story_leaves_the_date_line_alone():
    """Near-miss: a reading told in a sentence far below is the story's, not a widget."""
    story = STORY + "\n\nThe river stood at 12 °C on the day of the survey."
    src = _source(f"Friday, March 29, 2033\n{HEADLINE}\n\n{story}")
    assert src.published == "2033-03-29"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        (
            "Volume 9 Issue 12 Published - 14:00 UTC 08:00 EST 28-Dec-2031 "
            "Next Update - 14:00 UTC 08:00 EST 29-Dec-2031",
            "2031-12-28",
        ),
        (" date 2031-10-23 Home / Kelvo Ledger  >  Wires", "2031-10-23"),
        ("Posted on 4 March 2031 10:12 | World > Africa > Kelvo", "2031-03-04"),
    ],
)
def test_a_stamp_run_on_into_furniture_dates_the_page(stamp, published):
    src = _source(f"Kelvo Ledger\n{stamp}\n\n{HEADLINE}\n\n{STORY}")
    assert src.published[:10] == published


@pytest.mark.parametrize(
    "line",
    [
        "Closing date for comments 3 April 2031 Consultation > Water",
        "Consultation > Water | closing date 3 April 2031 | 4 min read",
    ],
)
def test_a_deadline_is_no_stamp(line):
    """Near-misses: a deadline's date label is not the page's published date."""
    src = _source(f"{HEADLINE}\n\n{line}\n\n{STORY}")
    assert src.published == ""


def test_day_month_and_year_joined_by_hyphens_read_as_a_date():
    assert to_iso("28-Dec-2031") == "2031-12-28"
    assert to_iso("Issue 12-Dec-20311") == ""  # not a year


@pytest.mark.parametrize(
    "line",
    [
        "Published by the Kelvo Water Board on 2031-02-05.",
        "Published by the Kelvo Water Board on 5 February 2031.",
    ],
)
def test_published_by_the_body_names_the_outlet(line):
    src = _source(f"{HEADLINE}\n{line}\n\n{STORY}")
    assert src.outlet == "Kelvo Water Board"
    assert "Published by" not in src.text


def test_published_by_a_person_is_no_outlet():
    """Near-miss: a blog post's "Published by Jane Roe" names its writer, not a body."""
    src = _source(f"{HEADLINE}\nPublished by Jane Roe on 5 February 2031\n\n{STORY}")
    assert src.outlet != "Jane Roe"


@pytest.mark.parametrize(
    "head",
    [
        "Kelvo Audit Office Testimony before the Water Committee For Release on Delivery "
        "Expected at 10:00 a.m. EDT Wednesday, April 25, 2031 KELVO WATER BOARD Observations",
        "FOR IMMEDIATE RELEASE: 25 April 2031",
    ],
)
def test_an_embargo_line_at_the_head_dates_the_page(head):
    assert _source(f"{head}\n\n{HEADLINE}\n\n{STORY}").published[:10] == "2031-04-25"


def test_a_release_month_is_no_embargo_date():
    """Near-miss: a month alone after "for release" dates no page."""
    head = "Data tables for release in April 2031 Kelvo Audit Office"
    assert _source(f"{head}\n\n{HEADLINE}\n\n{STORY}").published == ""
