"""Round 14 date rules, on invented pages: a page with no date of its own whose address files it
under a year, and whose story opens with a dateline giving a day and a month ("Lakeport, Mar 4:
..."), speaks from that day: its "today" and "tomorrow" count from it. A list of items each
with its own dateline, a page filed under no year, and a dateline without a day stay as they
were."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _dates(text: str, url: str = "") -> dict[str, str]:
    """Every date span the timeline cites, as written, and the day it gives."""
    src, sa = labelled(text, [])
    src.url = url
    return {text[e.start : e.end]: d.date for d in combine([src], [sa]).dates for e in d.evidence}


STORY = (
    "Harbour talks resume between the two councils\n\n"
    "Lakeport, Mar 4: The harbour councils of Lakeport and Drevny met for the first time today "
    "to settle the dispute over fishing berths.\n\n"
    "The Drevny council chairman, Ivo Marek, said both sides agreed to meet again tomorrow to "
    "draft a joint statement.\n"
)
FILED = "https://news.example.org/2019/03/harbour-talks-resume"


def test_a_datelines_day_in_the_pages_filed_year_is_its_today():
    dates = _dates(STORY, FILED)
    assert dates.get("Mar 4") == "2019-03-04"
    assert dates.get("today") == "2019-03-04"
    assert dates.get("tomorrow") == "2019-03-05"


def test_a_page_filed_under_no_year_leaves_today_undated():
    dates = _dates(STORY, "https://news.example.org/harbour-talks-resume")
    assert "today" not in dates and "tomorrow" not in dates


LISTING = (
    "Latest releases\n\n"
    "Lakeport, Mar 4: The harbour councils of Lakeport and Drevny met today on fishing berths.\n\n"
    "Drevny, Mar 2: The Drevny council opened a new ferry pier today.\n"
)


def test_several_dated_datelines_date_their_items_not_the_page():
    dates = _dates(LISTING, FILED)
    assert "today" not in dates  # each item's today is its own day, not one page's


UNDATED_LINE = (
    "Harbour talks resume\n\n"
    "LAKEPORT (Harbour News) - The harbour councils met for the first time today.\n"
)


def test_a_dateline_without_a_day_gives_no_today():
    assert "today" not in _dates(UNDATED_LINE, FILED)
