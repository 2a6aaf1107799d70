"""Round seven of the date rules (issue 8 section 4): ranges of years, measures, yearless days
in a listing, relative dates beside the article's date, a month alone. Each class has an
invented fixture and a near miss the rule must leave alone. Places and names are made up."""

from __future__ import annotations

import datetime as dt

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates
from briefing_app.ingest import source_from_bytes

REF = dt.date(2031, 4, 28)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, [])]


def _timeline(text: str, published: str = "") -> list[tuple[str, str, list[str]]]:
    """(date, text, the words each piece of evidence cites) of the timeline of ``text``."""
    src, sa = labelled(text, [])
    src.published = published
    return [
        (d.date, d.text, [text[e.start : e.end] for e in d.evidence])
        for d in combine([src], [sa]).dates
    ]


# ---- a range of years gives both ends, each citing its own year ----------------------------


def test_a_range_of_years_gives_an_entry_at_each_end():
    text = (
        "Paved roads in Kelvo grew from 35 to 66 percent from 2012 to 2014. "
        "The Ardia survey covered 2016 –2017 in every district."
    )
    assert _timeline(text, "2031-04-28") == [
        ("2012", "2012 to 2014", ["2012"]),
        ("2014", "2012 to 2014", ["2014"]),
        ("2016", "2016 –2017", ["2016"]),
        ("2017", "2016 –2017", ["2017"]),
    ]


def test_two_ranges_of_years_in_one_sentence_give_one_entry_per_year():
    text = "The Kelvo report on 2012 to 2013, issued late, lists the work done in 2012-2013."
    dates = _timeline(text, "2031-04-28")
    assert [d for d, _, _ in dates] == ["2012", "2013"]
    assert all(cited == [year, year] for year, _, cited in dates)


def test_a_range_of_days_stays_one_entry_at_its_start():
    # near miss: a meeting over days is one event, listed once
    dates = _timeline("The Kelvo talks ran from 14 to 18 March 2031 in Ardia.", "2031-04-28")
    assert [(d, t) for d, t, _ in dates] == [("2031-03-14", "14 to 18 March 2031")]


# ---- a number before a unit of measure is never a year -------------------------------------


def test_a_number_before_a_unit_of_measure_is_no_year():
    for text in (
        "A 1900 kilometre pipeline links Kelvo to Ardia.",
        "The 2000-tonne ship docked at Kelvo.",
        "Floods covered 1950 hectares of the Ardia plain.",
        "The line carries 2100 megawatts from Kelvo.",
        "Some 1,617 people fled Kelvo.",
    ):
        assert _dates(text) == [], text


def test_a_year_before_a_noun_or_a_currency_stays_a_year():
    # near misses: a year heading an event plural, a year before a money amount
    assert _dates("The 2000 elections in Kelvo were disputed.") == [("2000", "2000")]
    assert _dates("The 2010 dollar crisis hit Kelvo.") == [("2010", "2010")]
    assert _dates("A 1900 kilometre road was built in 1900.") == [("1900", "1900")]


# ---- a listing whose items are headed by bare date lines keeps them --------------------------

_NEWS = (
    "Kelvo Water Board news\n\n"
    "River towns agree new water quotas\n\n"
    "26 August 2031\n\n"
    "The Kelvo water board agreed new quotas for the five river towns after a long meeting.\n\n"
    "Ferry service resumes on the Ardia route\n\n"
    "24 August 2031\n\n"
    "The Ardia ferry ran again after the floods closed the harbour for a week.\n\n"
    "Port Kelvo opens its new grain terminal\n\n"
    "19 August 2031\n\n"
    "The terminal will handle the grain of the whole valley from next year.\n"
)


def test_bare_date_lines_heading_the_items_of_a_listing_stay_to_date_each_item():
    source = source_from_bytes(_NEWS.encode(), "news.txt")
    assert source.published == "2031-08-26"
    for line in ("26 August 2031", "24 August 2031", "19 August 2031"):
        assert line in source.text


def test_near_miss_one_or_two_bare_date_lines_are_still_the_pages_date():
    page = (
        "River towns agree new water quotas\n\n26 August 2031\n\n"
        "The Kelvo water board agreed new quotas for the five river towns.\n\n"
        "Related: ferry service resumes\n\n24 August 2031\n\nThe Ardia ferry ran again.\n"
    )
    source = source_from_bytes(page.encode(), "news.txt")
    assert source.published == "2031-08-26"
    assert "26 August 2031" not in source.text


# ---- a listing's stamps with no text between, newest first, still head their own items -------

_TEASER_FIRST = (
    "The Kelvo water board says the quotas agreed in March were broken by three towns, and "
    "will meet Tuesday to decide what to do.\n\n"
    "Posted November 24th, 2031 at 9:00 pm (UTC-5)\n\n"
    "Posted April 17th, 2031 at 11:15 am (UTC-5)\n\n"
    "Officials in Kelvo say this month's vote in Port Kelvo was won by the river towns, who "
    "took 56 percent in the April 9 ballot.\n"
)


def test_an_earlier_stamp_right_under_another_heads_an_item_of_its_own():
    dates = {d: t for d, t, _ in _timeline(_TEASER_FIRST, "2031-11-24")}
    assert dates.get("2031-04-09") == "April 9"
    assert dates.get("2031-04") == "this month"
    assert "2030-04-09" not in dates and "2031-11" not in dates


def test_near_miss_a_published_then_updated_pair_is_one_pages_stamps():
    page = (
        "Posted April 17th, 2031 at 11:15 am (UTC-5)\n\n"
        "Updated April 19th, 2031 at 9:00 am (UTC-5)\n\n"
        "Officials in Kelvo say the vote was held on April 9 and the board met on Tuesday.\n"
    )
    dates = {d: t for d, t, _ in _timeline(page, "2031-04-19")}
    # "Tuesday" counts from the page's own date (19 April), not from the first stamp's
    assert dates.get("2031-04-15") == "Tuesday"


# ---- a yearless day before any year takes one only from a written date after it --------------


def test_a_yearless_day_before_a_bare_background_year_is_left_out():
    text = (
        "Since July 31, several reporters in Kelvo have been arrested. Two of them were held "
        "on August 7 for joining protests last month. The crisis deepened when the army took "
        "power in 2014."
    )
    assert ("2014", "2014") in _dates(text, None)
    assert all(iso == "2014" for _, iso in _dates(text, None))
    assert all(not d.startswith("2014-") for d, _, _ in _timeline(text))


def test_near_miss_a_yearless_day_before_a_written_date_takes_its_year():
    text = (
        "A curfew in Port Kelvo was due to end on 24 December.\n"
        "Damage in the Ardia province (as of 21 December 2031)."
    )
    assert ("24 December", "2031-12-24") in _dates(text, None)


def test_a_month_alone_before_a_written_date_is_on_the_tenses_side_of_it():
    text = (
        "This is our first meeting since December. The Kelvo trade minister was in Ardia on "
        "14-18 March 2031."
    )
    assert ("December", "2030-12") in _dates(text, None)
    # near miss: a month with its year stays as written
    assert ("December 2029", "2029-12") in _dates("The talks began in December 2029.", None)


def test_a_number_lost_in_a_transcript_dates_nothing():
    text = (
        "I met the minister in Ardia for the 2002 [inaudible]. We discussed the progress made "
        "since December."
    )
    assert _dates(text, None) == []


# ---- relative forms resolve from the article's date ----------------------------------------


def test_relative_forms_beside_a_known_article_date():
    ref = dt.date(2015, 5, 2)
    cases = {
        "Last Saturday, 25 April, a quake hit Kelvo.": ("Saturday, 25 April", "2015-04-25"),
        "The quake struck on the night of 8 September, the board said.": (
            "8 September",
            "2014-09-08",
        ),
        "As I said to the minister yesterday, more trucks must enter.": ("yesterday", "2015-05-01"),
        "The ships should arrive in Kelvo by Friday, weather permitting.": ("Friday", "2015-05-08"),
        "Kelvo was hit by floods in July.": ("July", "2014-07"),
        "Aid reached Kelvo last May.": ("last May", "2014-05"),
    }
    for text, want in cases.items():
        assert want in _dates(text, ref), text


def test_a_day_in_brackets_after_today_names_that_day():
    # "today [Thursday 25 January]": the bracket restates the day, one entry citing both
    text = "The first tents are being flown today [Thursday 25 January] to Kelvo."
    dates = _timeline(text, "2024-01-25")
    assert [d for d, _, _ in dates] == ["2024-01-25"]
    assert sorted(dates[0][2]) == ["Thursday 25 January", "today"]


def test_a_bare_year_after_an_undated_day_does_not_date_the_days_after_it():
    text = (
        "Two reporters were held in Kelvo on August 7. The crisis deepened when the army took "
        "power in 2014. One of them plans to join a rally on August 16."
    )
    assert _dates(text, None) == [("2014", "2014")]


def test_near_miss_a_bare_year_framing_the_story_dates_its_days():
    text = "In 2029, protests spread across Kelvo. On 3 March, police closed the Ardia road."
    assert ("3 March", "2029-03-03") in _dates(text, None)
    # and a written date after an undated day sets the year again
    text = (
        "Two reporters were held in Kelvo on August 7. On 2 September 2029 a court freed them, "
        "and a rally followed on September 9."
    )
    assert ("September 9", "2029-09-09") in _dates(text, None)


# ---- a quoted letter's date line is the letter's, kept in the text and on the timeline -------

_LETTER = (
    "Kelvo senators urge the ambassador to visit the river towns\n\n"
    "Two Kelvo senators released today a letter sent to the ambassador urging him to visit the "
    "river towns and to report on the water quotas before the summer.\n\n"
    "“The towns have waited too long for water, and we look forward to working with you on "
    "it,” the senators said.\n\n"
    "The text of the letter can be found below.\n\n"
    "April 3, 2031\n\n"
    "Ambassador Ana Lind\n\n"
    "Embassy of Ardia\n\n"
    "Port Kelvo 100600\n\n"
    "Dear Ambassador Lind,\n\n"
    "We write regarding the grave situation of the five river towns, where the quotas agreed "
    "last year have left many families without water for their fields and"
)


def test_a_letters_date_line_stays_in_the_text_and_on_the_timeline():
    source = source_from_bytes(_LETTER.encode(), "release.txt")
    assert "April 3, 2031" in source.text
    src, sa = labelled(source.text, [])
    src.paragraphs = source.paragraphs
    src.published = source.published
    cited = [
        t
        for d in combine([src], [sa]).dates
        for e in d.evidence
        for t in [src.text[e.start : e.end]]
    ]
    assert "April 3, 2031" in cited


def test_near_miss_a_date_line_in_links_after_the_story_stays_off_the_timeline():
    text = (
        "The Kelvo water board agreed new quotas for the five river towns after a long meeting "
        "on Tuesday.\n\nMore stories\nFerry resumes on the Ardia route\nMarch 10, 2031\n"
        "Port Kelvo opens its grain terminal\nMarch 2, 2031\n"
    )
    assert "2031-03-10" not in [d for d, _, _ in _timeline(text, "2031-03-12")]
