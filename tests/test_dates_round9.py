"""Dates of this round (brief dates9): the credits of a search-results listing, relative words,
days and months without a year. Each class has an invented fixture and a near miss the rule
must leave alone. Places, names and outlets are made up."""

from __future__ import annotations

from briefing_app.analysis import analyze_sources, combine
from briefing_app.ingest import source_from_bytes


def _page_timeline(page: str) -> dict[str, list[str]]:
    """{date: the words each entry cites} of a page read through ingest, as an analyst loads it."""
    src = source_from_bytes(page.encode(), "page.txt")
    analysis = combine([src], analyze_sources([src]))
    out: dict[str, list[str]] = {}
    for d in analysis.dates:
        out.setdefault(d.date, []).extend(src.text[e.start : e.end] for e in d.evidence)
    return out


# ---- a search listing whose credits break "published by X" / "on <date>" over two lines ----

_CREDITS = (
    "Search our library for\n"
    '"river deltas"\n'
    "Analysis\n"
    "published by the Kelvo Institute for Water Studies\n"
    "on March 14, 2031\n"
    "Floods along the Ardia delta more than doubled in the past year, and the towns of the "
    "lower plain lost most of their winter harvest to the water.\n"
    "Brief\n"
    "published by Mara Lindqvist\n"
    "on October 2, 2029\n"
    "The delta towns have built dikes rather than moved their fields, and the cost of the "
    "dikes has grown faster than the harvest they protect.\n"
    "Spotlight\n"
    "published by the Kelvo Institute for Water Studies\n"
    "on June 5, 2027\n"
    "The river commission met the delta mayors to plan a shared warning system, the first "
    "such plan since the great flood of the plain.\n"
)


def test_each_credits_date_on_a_search_listing_dates_its_item():
    dates = _page_timeline(_CREDITS)
    assert dates.get("2029-10-02") == ["October 2, 2029"]
    assert dates.get("2027-06-05") == ["June 5, 2027"]
    assert "2031-03-14" in dates  # the first credit's day: also the page's date, kept in the text


def test_near_miss_a_story_with_one_on_date_line_keeps_it_as_its_date_only():
    page = (
        "Delta towns agree a shared warning system\n"
        "on March 14, 2031\n"
        "The mayors of the five delta towns agreed a shared flood warning system on Monday, the "
        "river commission said after the meeting in Port Kelvo.\n\n"
        "The system will send a warning to every household of the plain when the river rises.\n"
    )
    src = source_from_bytes(page.encode(), "page.txt")
    assert src.published == "2031-03-14"
    assert "on March 14, 2031" not in src.text  # one date line is the page's, not a listing's
