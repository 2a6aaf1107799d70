"""Dates of this round (brief dates9): the credits of a search-results listing, relative words,
days and months without a year. Each class has an invented fixture and a near miss the rule
must leave alone. Places, names and outlets are made up."""

from __future__ import annotations

from test_analysis_rules import labelled

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


# ---- a month alone opening a range with "between": "between June and December" ------------


def _timeline(text: str, published: str = "", labels=()) -> dict[str, list[str]]:
    """{date: the words each entry cites} of the timeline of ``text`` (no ingest)."""
    src, sa = labelled(text, list(labels))
    src.published = published
    out: dict[str, list[str]] = {}
    for d in combine([src], [sa]).dates:
        out.setdefault(d.date, []).extend(text[e.start : e.end] for e in d.evidence)
    return out


def test_a_month_range_after_between_takes_the_year_the_sentence_names():
    text = (
        "Grain prices in Kelvo fell hardest in the second half of 2030, dropping by a fifth "
        "between June and December, the market board said."
    )
    dates = _timeline(text)
    assert dates.get("2030-06") == ["June and December"]


def test_near_miss_between_a_name_and_a_month_or_two_names_is_no_date():
    for text in (
        "Talks between May and Lind in Port Kelvo in 2030 ended without an agreement.",
        "The gap between June Lind and the other runners grew in the 2030 race.",
    ):
        dates = _timeline(text)
        assert [k for k in dates if k != "2030"] == [], text


def test_near_miss_a_month_range_whose_end_writes_its_year_keeps_that_end():
    text = "Between January and March 2030, 1,617 people fled the Ardia plain, the agency said."
    dates = _timeline(text, "2030-05-02")
    assert dates.get("2030-03") == ["March 2030"]


# ---- an address filing the page under a year-and-month folder ("/statement/203103/") -------

_CALL = (
    "Telephone Conversation with the President of Ardia\n\n"
    "Friday, March 14\n\n"
    "1. From 10:15 AM today, Friday, March 14, upon the request of Ardia, Prime Minister Lind "
    "held a telephone conversation with the President of Ardia for about ten minutes.\n\n"
    "2. The President expressed his deep sympathy for the victims of the floods in the Kelvo "
    "delta and said that Ardia is ready to provide all possible assistance.\n"
)


def test_a_year_and_month_folder_in_the_address_gives_the_pages_year():
    page = f"URL: https://pm.kelvo.example/statement/203103/14call_e.html\n{_CALL}"
    dates = _page_timeline(page)
    assert "2031-03-14" in dates
    assert "today" in dates["2031-03-14"]


def test_near_miss_a_folder_that_is_a_number_or_a_span_of_years_gives_no_year():
    for folder in ("2031345", "2031-45", "203113"):
        page = f"URL: https://pm.kelvo.example/statement/{folder}/14call_e.html\n{_CALL}"
        assert _page_timeline(page) == {}, folder


def test_a_weekday_heading_on_a_page_filed_under_a_year_keeps_that_year():
    # The weekday does not fit 2031 (14 March 2031 is a Friday): the address's year stands.
    page = "URL: https://pm.kelvo.example/statement/2031/03/14call_e.html\n" + _CALL.replace(
        "Friday", "Thursday"
    )
    assert "2031-03-14" in _page_timeline(page)


# ---- a page of teasers from several days: each "today" is its own release's ----------------

_TEASERS = (
    "The Minister for the Marine, Ana Lind, today (19th May) announced the seven harbour "
    "projects that will share the new coastal fund.\n\n"
    "The Minister for Rivers, Tomas Berg, today announced a package of 3 million for the "
    "repair of the slipways of ten river towns.\n\n"
    "The Minister for Towns, Ida Holm, has confirmed again today (Monday, 18 May) that the "
    "funding for the town fairs can be used next year if the fairs are cancelled.\n\n"
    "The Minister for Culture, Per Dahl, chaired the second meeting of the heritage board on "
    "Friday (15 May 2031).\n"
)


def test_teasers_stating_two_different_todays_leave_an_unstated_today_undated():
    src, sa = labelled(_TEASERS, [])
    cited = {e.start: d.date for d in combine([src], [sa]).dates for e in d.evidence}
    unstated = _TEASERS.index("today announced a package")
    assert unstated not in cited  # the second teaser's day is not given
    assert cited[_TEASERS.index("19th May")] == "2031-05-19"
    assert cited[_TEASERS.index("Monday, 18 May")] == "2031-05-18"
    # each stating teaser's own "today" and "next year" count from its stated day
    assert cited[_TEASERS.index("today (19th May)")] == "2031-05-19"
    assert cited[_TEASERS.index("today (Monday")] == "2031-05-18"
    assert cited[_TEASERS.index("next year")] == "2032"


def test_near_miss_one_release_stating_its_today_dates_every_today_of_it():
    text = (
        "The Minister for the Marine, Ana Lind, today (19th May) announced the seven harbour "
        "projects that will share the new coastal fund.\n\n"
        "The minister said today that the first harbour works would start before the summer, "
        "after the fund was agreed on Friday (15 May 2031).\n"
    )
    dates = _timeline(text)
    assert "today" in dates.get("2031-05-19", [])


# ---- dotted numeric dates ordered as the page orders them ("26.05.2031" ... "02.06.2031") ----


def test_a_dotted_date_on_a_page_writing_its_days_first_is_read_day_first():
    text = (
        "Situation report on Cyclone Mira as on 02.06.2031 at 1830 hrs. The cyclone made "
        "landfall on 26.05.2031 near Port Kelvo and weakened into a depression on 27.05.2031."
    )
    dates = _timeline(text)
    assert dates.get("2031-06-02") == ["02.06.2031"]
    assert "2031-02-06" not in dates
    assert "2031-05-26" in dates


def test_near_miss_a_lone_dotted_date_keeps_the_month_first_reading():
    # A page stamped the U.S. way ("11.02.2031" for 2 November) shows no day-first date.
    text = "Posted: 11.02.2031 15:04\n\nKelvo airmen flew relief supplies to the delta towns."
    assert "2031-11-02" in _timeline(text)


# ---- a month glued to its ordinal by a missing space ("on 27thMay, 2031") --------------------


def test_a_month_glued_to_an_ordinal_is_still_the_day():
    text = "The Prime Minister chaired a review meeting on 27thMay, 2031 and a second on 3rdJune."
    dates = _timeline(text)
    assert dates.get("2031-05-27") == ["27thMay, 2031"]
    assert dates.get("2031-06-03") == ["3rdJune"]


def test_near_miss_a_number_glued_to_a_month_without_an_ordinal_is_no_day():
    text = "The 2031 budget moved Room 4May to the annex and Unit 12June to the port of Kelvo."
    dates = _timeline(text)
    assert list(dates) == ["2031"]


# ---- a day word joined to a span of time names no day ("today and always") ------------------


def test_today_joined_to_always_or_every_day_is_no_date():
    text = (
        "The minister said today that Kelvo stands with the delta towns today and always, and "
        "that the fund will serve them yesterday, today and tomorrow."
    )
    src, sa = labelled(text, [])
    src.published = "2031-05-02"
    cited = {e.start for d in combine([src], [sa]).dates for e in d.evidence}
    assert text.index("today that") in cited
    assert text.index("today and always") not in cited
    assert not cited & {text.index("yesterday,"), text.index("tomorrow.")}


def test_near_miss_today_and_tomorrow_of_talks_are_two_days():
    dates = _timeline("Talks on the river quotas continue today and tomorrow.", "2031-05-02")
    assert dates.get("2031-05-02") == ["today"]
    assert dates.get("2031-05-03") == ["tomorrow"]


# ---- year-first dates with slashes or dots, and "mid-2031" ----------------------------------


def test_year_first_slashed_or_dotted_dates_and_a_year_after_mid_are_read():
    text = (
        "The Kelvo cabinet approved the relief budget on 2031/03/15 and the Ardia council on "
        "2031.3.18. The dikes are to be finished by mid-2032, the plan begun at end-2030 said."
    )
    dates = _timeline(text, "2031-03-20")
    assert dates.get("2031-03-15") == ["2031/03/15"]
    assert dates.get("2031-03-18") == ["2031.3.18"]
    assert "2032" in dates and "2030" in dates


def test_near_miss_a_path_a_version_or_a_count_after_mid_is_no_date():
    text = (
        "The report is filed at /archive/2031/03/15/report, the software is v2031.03.15.2, "
        "and mid-2000 soldiers joined the relief effort in Kelvo."
    )
    assert _timeline(text, "2031-03-20") == {}


def test_a_day_month_year_joined_by_hyphens_is_a_date():
    dates = _timeline("The appeal was launched on 14-Mar-2031 in Port Kelvo.", "2031-03-20")
    assert dates.get("2031-03-14") == ["14-Mar-2031"]


def test_near_miss_a_hyphen_only_before_the_month_keeps_the_month_and_year():
    dates = _timeline("Rooms 14-Mar 2031 and the March 2031 report were cited.", "2031-03-20")
    assert "2031-03-14" not in dates


# ---- a weekday whose date the brackets give ("on Friday (15 May 2031)") ----------------------


def test_a_weekday_followed_by_its_date_in_brackets_takes_that_date():
    text = "The heritage board chaired its second meeting on Friday (15 May 2031) in Port Kelvo."
    dates = _timeline(text, "2031-05-28")
    assert sorted(dates) == ["2031-05-15"]
    assert sorted(dates["2031-05-15"]) == ["15 May 2031", "Friday"]


def test_near_miss_a_weekday_followed_by_a_bracketed_place_counts_from_the_page():
    text = "The board met on Friday (in Port Kelvo) and again on Monday."
    dates = _timeline(text, "2031-05-28")  # a Wednesday
    assert dates.get("2031-05-23") == ["Friday"]


def test_a_weekday_in_brackets_after_a_day_names_that_day():
    dates = _timeline("The board met on 15 May (Friday) in Port Kelvo.", "2031-05-28")
    assert sorted(dates) == ["2031-05-15"]


def test_each_one_line_credits_date_on_a_search_listing_dates_its_item():
    page = _CREDITS.replace("Studies\non", "Studies on").replace("Lindqvist\non", "Lindqvist on")
    dates = _page_timeline(page)
    assert dates.get("2031-03-14") == ["March 14, 2031"]
    assert dates.get("2029-10-02") == ["October 2, 2029"]
    assert dates.get("2027-06-05") == ["June 5, 2027"]


def test_near_miss_a_storys_one_credit_line_stays_its_byline():
    page = (
        "Delta towns agree a shared warning system\n"
        "Published by Mara Lindqvist on March 14, 2031\n"
        "The mayors of the five delta towns agreed a shared flood warning system on Monday, the "
        "river commission said after the meeting in Port Kelvo.\n\n"
        "The system will send a warning to every household of the plain when the river rises.\n"
    )
    src = source_from_bytes(page.encode(), "page.txt")
    assert src.published == "2031-03-14"
    assert "Published by" not in src.text
