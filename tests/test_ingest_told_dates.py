"""Lines ingest reads a date from that the timeline needs all the same: a headline carrying a
whole date, a date line saying what the date is of, a listing's last item cut short.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

from story import headline, story

from briefing_app.ingest import source_from_bytes


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_BODY = (
    "The water board met in Port Kelvo and agreed new quotas for the five river towns, the "
    "chair told reporters after the meeting.\n\n"
    "The towns will report their use of water to the board every month from now on."
)


def test_a_headline_carrying_a_whole_date_stays_in_the_text_as_well():
    source = _read(f"Water board meeting on the river quotas: 14 March 2031\n\n{_BODY}")
    assert source.title == "Water board meeting on the river quotas: 14 March 2031"
    assert source.published == "2031-03-14"
    assert source.text.startswith("Water board meeting on the river quotas: 14 March 2031")


def test_a_dated_range_in_a_reports_headline_stays_in_the_text():
    title = "Kelvo Situation Report #4: All information from 3-9 March 2031"
    source = _read(f"{title}\n\n{_BODY}")
    assert source.title == title
    assert "from 3-9 March 2031" in source.text


def test_near_miss_an_undated_headline_or_a_month_or_a_number_leaves_the_text():
    for title in (
        "Water Board Agrees New Quotas for River Towns",
        "Stories about Water from March, 2031",
        "Council Implementing Decision (CFSP) 2031/1650",
    ):
        source = _read(f"{title}\n\n{_BODY}")
        assert source.title == title
        assert title not in story(source) and headline(source) == title


def test_a_date_line_saying_what_the_date_is_of_stays_in_the_text():
    page = f"Cholera in the river towns\n\nWeekly figures as at 30 March 2031\n\n{_BODY}"
    source = _read(page)
    assert source.published == "2031-03-30"
    assert "Weekly figures as at 30 March 2031" in source.text


def test_near_miss_a_bare_date_line_or_a_stamp_is_still_only_metadata():
    for line in ("Thursday, 30 March 2031", "Last updated on 30 March 2031 at 10:15"):
        source = _read(f"Cholera in the river towns\n\n{line}\n\n{_BODY}")
        assert source.published == "2031-03-30"
        assert "30 March 2031" not in source.text


_LISTING = (
    "Kelvo Legal Monitor\n\n"
    "Kelvo: Water Law Amended\n\n"
    "(Mar. 30, 2031) The Kelvo parliament amended the water law on March 24, 2031, giving the "
    "board the power to set quotas for every town on the river.\n\n"
    "Ruritania: Dam Treaty Ratified\n\n"
    "(Mar. 24, 2031) The Ruritanian senate ratified the dam treaty with Kelvo on March 18, "
    "2031, after two years of talks between the two governments.\n\n"
    "Borduria: Drought Laws Extended\n\n"
    "(Mar. 12, 2031) On March 9, 2031, the Bordurian parliament met for a short session to "
    "extend the drought laws by one month.\n\n"
    "Syldavia: Irrigation Law Approved\n\n"
    "(Mar. 10, 2031) Sy"
)


def test_a_listings_last_item_cut_short_is_still_an_item():
    source = _read(_LISTING)
    assert "(Mar. 10, 2031) Sy" in source.text


def test_near_miss_a_stories_closing_date_line_still_goes():
    page = f"Quotas Agreed for River Towns\n\n{_BODY}\n\nMore stories\n\nMarch 10, 2031"
    source = _read(page)
    assert "March 10, 2031" not in source.text


def test_near_miss_a_bracketed_stamp_after_a_headline_leaves_the_text():
    title = "Malawi - Kelvo – Relief for the River Towns (March 23, 2031)"
    source = _read(f"{title}\n\n{_BODY}")
    assert source.published == "2031-03-23"
    assert "Relief for the River Towns" not in story(source)


_POSTS = (
    "URL: https://blogs.kelvo.example/tag/water/\n"
    "The Kelvo water board says the quotas agreed in March were broken by three towns, and "
    "will meet Tuesday to decide what to do.\n"
    "Water Board May Fine Three Towns\n"
    "Posted November 24th, 2031 at 9:00 pm (UTC-5)\n"
    "Leave a comment\n"
    "River Towns Agree New Quotas\n"
    "Posted April 17th, 2031 at 11:15 am (UTC-5)\n"
    "Officials in Kelvo say the five river towns agreed new quotas at the board's meeting in "
    "Port Kelvo on April 9.\n"
)


def test_a_listings_item_stamps_stay_for_the_analysis_to_date_each_item():
    source = _read(_POSTS)
    assert "Posted April 17th, 2031 at 11:15 am (UTC-5)" in source.text
    assert "Posted November 24th, 2031 at 9:00 pm (UTC-5)" in source.text


def test_near_miss_a_pages_published_and_updated_pair_is_only_metadata():
    page = f"Water Board Fines Three Towns\n\nPublished 3 May 2031\nUpdated 5 May 2031\n\n{_BODY}"
    source = _read(page)
    assert source.published == "2031-05-03"
    assert "Published" not in source.text and "Updated" not in source.text
