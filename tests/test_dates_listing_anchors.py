"""Dates of this round (brief dates7): the stamps of a teaser listing, decades, and the day a
relative word counts from. Each class has an invented fixture and a near miss the rule must
leave alone. Places, names and outlets are made up."""

from __future__ import annotations

import datetime as dt

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates


def _timeline(text: str, published: str = "", labels=()) -> dict[str, list[str]]:
    """{date: the words each entry on it cites} of the timeline of ``text``."""
    src, sa = labelled(text, list(labels))
    src.published = published
    out: dict[str, list[str]] = {}
    for d in combine([src], [sa]).dates:
        out.setdefault(d.date, []).extend(text[e.start : e.end] for e in d.evidence)
    return out


# ---- a teaser listing: each item's stamp above its text dates the item ---------------------

_TEASERS = (
    "Kelvo Wildlife Service news\n\n"
    "Wardens Lift Protection for the Ardia Marsh Deer\n\n"
    "Marsh deer. Credit: A. Lind / KWS\n\n"
    "March 12, 2031\n\n"
    "The director of the Kelvo Wildlife Service announced today that the marsh deer of the "
    "Ardia plain no longer need the protection of the wildlife act.\n\n"
    "horizontal line\n\n"
    "River Otters Steadily Return to the Delta\n\n"
    "River otter\n\n"
    "River otter, KWS photo\n\n"
    "March 5, 2031\n\n"
    "Hunted for their fur and nearly gone from the delta by the early 1950s, the river otters "
    "were listed as protected in 1988 and now number more than 400 animals.\n\n"
    "horizontal line\n\n"
    "Finding Announced on the Crane Petition\n\n"
    "March 2, 2031\n\n"
    "The service has announced a finding on a petition that would add the grey crane and "
    "eleven other birds to the list of protected species of the Kelvo plain.\n"
)


def test_each_teasers_stamp_dates_its_item_though_the_short_lines_above_look_like_links():
    dates = _timeline(_TEASERS, "2031-03-12", [("the early 1950s", "DATE")])
    assert dates["2031-03-05"] == ["March 5, 2031"]
    assert dates["2031-03-02"] == ["March 2, 2031"]
    assert dates["1988"] == ["1988"]
    assert "2031-03-12" in dates


def test_near_miss_dated_links_after_the_story_stay_links():
    text = (
        "The Kelvo water board agreed new quotas for the five river towns after a long meeting "
        "on Monday, its chair said in a statement to the press.\n\n"
        "More news\n\n"
        "Floods close the Ardia road\n\n"
        "March 3, 2031\n\n"
        "Kelvo opens a new school\n\n"
        "March 1, 2031\n\n"
        "Ferry to Ardia runs again\n"
    )
    dates = _timeline(text, "2031-03-12")
    assert "2031-03-03" not in dates
    assert "2031-03-01" not in dates


def test_near_miss_a_dated_link_with_a_teaser_the_page_lists_as_a_link_stays_a_link():
    text = (
        "The Kelvo water board agreed new quotas for the five river towns after a long meeting "
        "on Monday, its chair said in a statement to the press.\n\n"
        "Related stories\n\n"
        "Floods close the Ardia road\n\n"
        "March 3, 2031\n\n"
        "Read more: the Ardia road was closed by floods after three days of heavy rain over "
        "the whole Kelvo valley\n"
    )
    assert "2031-03-03" not in _timeline(text, "2031-03-12")


# ---- a decade is a period, not a dated event ------------------------------------------------


def test_a_decade_the_model_calls_a_date_is_no_date():
    text = "The otters were nearly gone by the early 1950s, and in the 1990s they came back."
    found = scan_dates(text, dt.date(2031, 3, 12), _spans(text, "the early 1950s", "the 1990s"))
    assert found == []


def test_near_miss_a_year_the_model_calls_a_date_stays_a_year():
    text = "The otters were listed in spring 1988, and in early 1950 they were rare."
    found = scan_dates(text, dt.date(2031, 3, 12), _spans(text, "spring 1988"))
    assert [(text[d.start : d.end], d.iso) for d in found] == [
        ("spring 1988", "1988"),
        ("1950", "1950"),
    ]


def _spans(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


# ---- a press wire's dateline dates the release's "today" -----------------------------------


def test_a_wire_datelines_date_is_the_releases_today():
    text = (
        "KELVO, Feb. 4, 2031 /Kelvo Newswire/ - Today, the Kelvo police laid charges against two "
        "men of Ardia. The inquiry began on January 22, 2031. The two men are due in court on "
        "March 18, 2031.\n"
    )
    dates = _timeline(text)
    assert "Today" in dates["2031-02-04"]
    assert dates["2031-03-18"] == ["March 18, 2031"]


def test_a_wire_dateline_with_a_region_dates_today_too():
    text = (
        "PORT KELVO, Ardia, March 3, 2031 /PRWire/ -- The Ardia Shipping Company today opened "
        "its new terminal. Work on it started on May 2, 2029.\n"
    )
    assert "today" in _timeline(text)["2031-03-03"]


def test_near_miss_a_date_and_a_slash_inside_a_sentence_are_no_wire_dateline():
    text = (
        "The release dated March 3, 2031 /draft/ - not final - says the council met today. "
        "The council met again on March 9, 2031.\n"
    )
    # "today" counts from the latest day the copy writes, as before: no dateline dates it
    assert "today" not in _timeline(text).get("2031-03-03", [])


# ---- a stop after an abbreviation does not end the clause whose tense dates a weekday ------


def test_a_weekday_after_an_abbreviation_in_a_future_clause_is_still_ahead():
    # 12 March 2031 is a Wednesday
    text = (
        "The council will meet at 10 a.m. on Monday in Kelvo. The two men are scheduled to "
        "appear at the courthouse (80 Dundas St.) on Friday.\n"
    )
    dates = _timeline(text, "2031-03-12")
    assert dates["2031-03-17"] == ["Monday"]
    assert dates["2031-03-14"] == ["Friday"]


def test_near_miss_a_past_clause_or_a_new_sentence_keeps_its_weekday_behind():
    text = (
        "The council met at 10 a.m. on Monday in Kelvo. Rain will fall all week. On Tuesday the "
        "mayor opened the new bridge.\n"
    )
    dates = _timeline(text, "2031-03-12")
    assert dates["2031-03-10"] == ["Monday"]
    assert dates["2031-03-11"] == ["Tuesday"]


# ---- a past verb a few words before a yearless day puts it in the past ----------------------


def test_a_yearless_day_after_a_past_verb_and_its_object_is_in_the_past():
    # 2 May 2031: 24 September is nearer ahead, but the crew received the call already
    text = "The crew received the call for the relief mission Sept. 24 and flew to Kelvo at once."
    assert _timeline(text, "2031-05-02") == {"2030-09-24": ["Sept. 24"]}


def test_near_miss_a_participle_after_an_article_says_no_past():
    # "the delayed summit" is a summit still to come: the closest 24 May is this year's
    text = "The delayed summit of the Kelvo council on 24 May will open in Ardia."
    assert _timeline(text, "2031-05-02") == {"2031-05-24": ["24 May"]}


# ---- a year after "an end to" or "a start to" is a date ------------------------------------


def test_a_year_after_an_end_to_or_a_start_to_is_a_date():
    assert _timeline("We document this unexpected end to 2030, a big moment for Kelvo.") == {
        "2030": ["2030"]
    }
    assert _timeline("Kelvo exports got off to a strong start to 2031 with record grain sales.")[
        "2031"
    ] == ["2031"]


def test_near_miss_a_count_after_an_end_to_or_close_to_is_no_year():
    for text in (
        "The accord put an end to 2000 years of feuding in Kelvo.",
        "Turnout in Kelvo rose close to 2030 voters a district.",
        "The cuts brought an end to 1500 jobs at the Ardia mill.",
    ):
        assert _timeline(text) == {}, text


# ---- a weekday or a day and month inside a name is no date ----------------------------------


def test_a_weekday_inside_a_name_is_no_day():
    for text in (
        "He told the Sunday Times that the Kelvo talks had failed.",
        "Operation Sunday Shield ended with the fall of the Ardia pass.",
        "Kelvo's Monday Market reopened after the floods.",
    ):
        assert _timeline(text, "2031-05-02") == {}, text


def test_near_miss_a_weekday_before_or_after_a_name_is_a_day():
    # 2 May 2031 is a Friday
    assert _timeline("On Monday President Lind flew to Kelvo.", "2031-05-02") == {
        "2031-04-28": ["Monday"]
    }
    assert _timeline("President-elect Daniel Lind Wednesday assumed power.", "2031-05-02") == {
        "2031-04-30": ["Wednesday"]
    }
    assert _timeline("He told the Sunday Times on Monday that talks failed.", "2031-05-02") == {
        "2031-04-28": ["Monday"]
    }


def test_a_day_and_month_naming_a_street_or_a_movement_is_no_date():
    for text in (
        "The market on 26 July Street in Kelvo burned down.",
        "Fighters of the March 23 Movement took the Ardia road.",
        "The 9 July Avenue bridge was closed to traffic.",
    ):
        assert _timeline(text, "2031-05-02") == {}, text


def test_near_miss_a_date_before_a_capitalised_name_stays_a_date():
    text = "On 3 March President Lind flew to Kelvo. On March 9 Saint Mary's church reopened."
    assert _timeline(text, "2031-05-02") == {"2031-03-03": ["3 March"], "2031-03-09": ["March 9"]}


# ---- "today [Thursday 30 April]": the stated day, not the page's ----------------------------


def test_a_day_stated_in_brackets_after_today_is_todays_date_over_the_pages():
    text = "The first aid was flown today [Thursday 30 April] to Kelvo."
    assert _timeline(text, "2031-05-02") == {"2031-04-30": ["Thursday 30 April", "today"]}
    text = "The minister will speak this afternoon (30 April) in Kelvo."
    assert _timeline(text, "2031-05-02") == {"2031-04-30": ["30 April", "this afternoon"]}


def test_near_miss_brackets_after_today_without_a_day_leave_today_the_pages():
    text = "The aid was flown today (by air) to Kelvo; talks open on 3 May."
    assert _timeline(text, "2031-05-02") == {"2031-05-02": ["today"], "2031-05-03": ["3 May"]}


def test_a_wire_datelines_day_dates_its_today_on_a_copy_published_later():
    # a republisher's page date (20 March) is not the release's day (14 March, a Friday)
    text = (
        "KELVO, March 14, 2031 /Kelvo Newswire/ -- The council said today that the talks failed "
        "on Monday.\n"
    )
    assert _timeline(text, "2031-03-20") == {
        "2031-03-10": ["Monday"],
        "2031-03-14": ["March 14, 2031", "today"],
    }


# ---- the last group of a phone number is no year ---------------------------------------------


def test_the_last_group_of_a_number_in_groups_is_no_year_before_a_verb():
    for text in ("The Kelvo hotline 0800 2030 is open all day.", "Dial 7946 2031 was the ad."):
        assert _timeline(text, "2031-05-02") == {}, text


def test_near_miss_a_year_as_the_subject_of_its_verb_stays_a_year():
    assert _timeline("In Kelvo 2030 was a year of floods.", "2031-05-02") == {"2030": ["2030"]}


# ---- a listing whose stamps carry each item's own label --------------------------------------

_LABELLED = (
    "Kelvo Ministry of Health news\n\n"
    "The ministry publishes its news and statements on this page every week of the year.\n\n"
    "Ministry opens new clinic in Ardia\nPress release | 12 March 2031\n"
    "The clinic in Ardia opened today with twenty beds and a maternity ward for the valley.\n\n"
    "Measles vaccination drive begins\nPress release | 5 March 2031\n"
    "A vaccination drive began today in the five river towns of the Kelvo valley, they said.\n\n"
    "New director appointed\nStatement | 1 March 2031\n"
    "The ministry appointed a new director of public health for the Kelvo region today.\n"
)


def test_stamps_with_different_labels_each_date_their_item():
    dates = _timeline(_LABELLED, "2031-03-12")
    assert dates["2031-03-01"] == ["1 March 2031", "today"]
    assert dates["2031-03-05"] == ["5 March 2031", "today"]


def test_near_miss_a_dated_photo_credit_is_no_stamp_of_an_item():
    text = (
        "Ministry opens new clinic in Ardia\nPress release | 12 March 2031\n"
        "The clinic in Ardia opened today with twenty beds and a maternity ward for the valley.\n"
        "Photo: A. Lind | 2 March 2031\n"
        "The minister said today that two more clinics will open in the Kelvo valley this year.\n"
    )
    dates = _timeline(text, "2031-03-12")
    assert dates["2031-03-12"] == ["12 March 2031", "today", "today"]


# ---- months coordinated with a month alone --------------------------------------------------


def test_months_listed_after_a_month_alone_are_dates_of_the_same_year():
    # published 2 August 2031
    assert _timeline("Aid to Kelvo rose in March and April.", "2031-08-02") == {
        "2031-03": ["March"],
        "2031-04": ["April"],
    }
    assert _timeline("Rains fell on Ardia in May, June and July.", "2031-08-02") == {
        "2031-05": ["May"],
        "2031-06": ["June"],
        "2031-07": ["July"],
    }


def test_near_miss_a_name_or_a_day_after_and_is_no_listed_month():
    text = "The Kelvo talks in March and May Lind's visit to Ardia were the news."
    assert _timeline(text, "2031-08-02") == {"2031-03": ["March"]}
    text = "Talks were held in March, and 3 April, in Kelvo."
    assert _timeline(text, "2031-08-02") == {"2031-03": ["March"], "2031-04-03": ["3 April"]}
