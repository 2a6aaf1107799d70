"""Date rules on small invented texts: each test fails without its rule (issue 8, section 4).

The places and names are made up, so only the rules can place the dates.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates
from briefing_app.ingest import source_from_text

REF = dt.date(2031, 3, 7)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, [])]


def test_a_weekday_written_before_its_date_is_part_of_that_date():
    text = "The Oskvel fair opens on Monday 10 March; the Talvar vote was Thursday, March 6, 2031."
    assert _dates(text) == [
        ("Monday 10 March", "2031-03-10"),
        ("Thursday, March 6, 2031", "2031-03-06"),
    ]


def test_a_sentence_with_a_weekday_and_its_date_is_one_timeline_entry():
    text = "The Oskvel fair opens on Monday 10 March at the river hall, its organisers said."
    src, sa = labelled(text, [])
    src.published = "2031-03-07"
    assert [d.date for d in combine([src], [sa]).dates] == ["2031-03-10"]


def test_a_day_glued_to_to_still_ends_a_range():
    assert _dates("Delegates meet in Drevny from 10 to14 March.") == [
        ("10", "2031-03-10"),
        ("14 March", "2031-03-14"),
    ]


def test_a_day_glued_to_a_short_word_by_a_missing_space_is_still_a_date():
    assert _dates("On the14 February, the Kelvo bridge closed; ON THE2 MARCH it reopened.") == [
        ("14 February", "2031-02-14"),
        ("2 MARCH", "2031-03-02"),
    ]
    assert _dates("Route Theo14 March and photo14 March are labels.") == []


def test_the_year_written_after_year_is_a_date_and_a_count_is_not():
    assert _dates("The plan for the year 2029 was agreed in Kelvo.", None) == [("2029", "2029")]
    assert _dates("That year 2000 troops left Kelvo.", None) == []


def test_a_day_range_in_one_sentence_is_one_timeline_entry_at_its_first_day():
    text = "Delegates of Ardia and Belmar meet in Drevny from 10 to 14 March to review the quotas."
    src, sa = labelled(text, [])
    src.published = "2031-03-07"
    dates = combine([src], [sa]).dates
    assert [(d.date, d.text) for d in dates] == [("2031-03-10", "10 to 14 March")]


def test_relative_days_months_and_years_count_back_from_the_article_date():
    text = (
        "Two days ago the Kelvo ferry sank; a year ago it was refitted, and three months ago "
        "its owners sold it. The inquiry opens this afternoon and ends tonight."
    )
    assert _dates(text) == [
        ("Two days ago", "2031-03-05"),
        ("a year ago", "2030"),
        ("three months ago", "2030-12"),
        ("this afternoon", "2031-03-07"),
        ("tonight", "2031-03-07"),
    ]
    assert _dates("Decades ago the quay was built; days ago it reopened.") == []


def test_this_afternoon_in_a_page_published_that_morning_is_the_day_before():
    text = (
        "The Kelvo minister spoke to the Ardian envoy this afternoon. "
        "She will meet the Belmar delegation this afternoon."
    )
    src, sa = labelled(text, [])
    src.published = "2031-03-07T09:10:00"
    assert [(d.date, d.text) for d in combine([src], [sa]).dates] == [
        ("2031-03-06", "this afternoon"),
        ("2031-03-07", "this afternoon"),
    ]
    # Published in the evening, or with no time of day (midnight is metadata's "no time"),
    # the afternoon is the article's own day.
    for published in ("2031-03-07T19:40:00", "2031-03-07T00:00:00", "2031-03-07"):
        src.published = published
        assert {d.date for d in combine([src], [sa]).dates} == {"2031-03-07"}


def test_a_weekday_written_with_a_day_and_month_picks_the_year_it_falls_in():
    # The article's date (Friday 7 March 2031) puts a past 10 October in 2030, a Thursday;
    # "Wednesday 10 October" is 2029's.
    assert _dates("The Ardian port closed on Wednesday 10 October.") == [
        ("Wednesday 10 October", "2029-10-10")
    ]
    assert _dates("The Ardian port closed on 10 October.") == [("10 October", "2030-10-10")]
    # The year the text last named (2030) gives a Sunday; the talks resumed in the new year.
    text = "The Kelvo talks of 2030 ended badly. They resumed on Monday 6 January in Drevny."
    assert _dates(text, None)[-1] == ("Monday 6 January", "2031-01-06")
    # The other sources' year (2031) gives a Tuesday; Monday 30 December is 2030's.
    found = scan_dates("The ferry left on Monday 30 December.", None, [], 2031)
    assert [d.iso for d in found] == ["2030-12-30"]
    # A weekday that fits none of the three years, five months from the article's date, is no
    # day of this story's time: it is left out, not given a year it contradicts (round 16)...
    assert _dates("The ferry left on Saturday 10 October.") == []
    # ...while within a season of the article's date the weekday is the slip and the year stands
    assert _dates("The ferry left on Saturday 3 March.") == [("Saturday 3 March", "2031-03-03")]


def test_one_date_written_twice_in_a_sentence_is_named_by_its_own_written_day():
    # The day the sentence writes names the entry, not the relative word beside it...
    text = "The Kelvo minister this afternoon (6 March) visited the Drevny relief office."
    src, sa = labelled(text, [])
    src.published = "2031-03-06"
    assert [(d.date, d.text) for d in combine([src], [sa]).dates] == [("2031-03-06", "6 March")]
    # ...and the sentence's own words, not the dateline's date before them.
    text = "DREVNY, 6 March (Kelvo Wire) -- The river commission closed its session here today."
    src, sa = labelled(text, [])
    src.published = "2031-03-06"
    dates = combine([src], [sa]).dates
    assert [(d.date, d.text) for d in dates] == [("2031-03-06", "today")]
    # The one entry cites both spans that give its day.
    assert [text[e.start : e.end] for e in dates[0].evidence] == ["today", "6 March"]


def test_a_range_of_months_is_one_timeline_entry_at_its_start_a_range_of_years_gives_both_ends():
    text = (
        "Ardian troops served in the Kelvo mission (KM; 2004-2017) before the truce. "
        "Between 2019 and 2021 the Drevny port was shut. "
        "Floods struck Belmar in 2019 and 2021. "
        "The ferry ran from May to July 2031 on the river route."
    )
    src, sa = labelled(text, [])
    src.published = "2031-03-07"
    assert [(d.date, d.text) for d in combine([src], [sa]).dates] == [
        ("2004", "2004-2017"),
        ("2017", "2004-2017"),
        ("2019", "2019 and 2021"),
        ("2019", "2019"),
        ("2021", "2019 and 2021"),
        ("2021", "2021"),
        ("2031-05", "May to July 2031"),
    ]


def test_a_dateline_before_a_relative_word_is_not_a_range_to_it():
    assert _dates("DREVNY, MARCH 7 – Yesterday, the Kelvo envoy arrived.") == [
        ("MARCH 7", "2031-03-07"),
        ("Yesterday", "2031-03-06"),
    ]


def test_a_capitalised_today_inside_a_line_is_a_name_not_a_day():
    text = (
        "Kelvo river in flood. (Photo: Ana Drevny / Kelvo Today)\n"
        "Today the ferry stopped. Officials said: Yesterday was worse. "
        "The envoy told Ardia Today, the evening news show, that THE PORT CLOSED TODAY."
    )
    assert _dates(text) == [
        ("Today", "2031-03-07"),
        ("Yesterday", "2031-03-06"),
        ("TODAY", "2031-03-07"),
    ]


def test_a_day_after_a_full_date_late_in_a_year_rolls_on_into_the_next():
    # No article date: the year comes from the full date the text last wrote, and news moves
    # forward, so an early day after a late date is the next year's; a later day stays put.
    text = "A photo of the Kelvo quay, December 3, 2030. Ardian jets struck the quay on Mar. 27."
    assert _dates(text, None)[-1] == ("Mar. 27", "2031-03-27")
    text = "The Drevny war began on 24 February 2030. On 20 November the troops left."
    assert _dates(text, None)[-1] == ("20 November", "2030-11-20")
    text = "The Belmar port opened on 10 June 2030. It closed on 3 March."
    assert _dates(text, None)[-1] == ("3 March", "2030-03-03")


def test_a_year_as_the_subject_of_a_singular_verb_is_a_year_and_a_count_is_not():
    text = "If 2029 was a disaster for Kelvo, 2030 saw the quays rebuilt."
    assert _dates(text, None) == [("2029", "2029"), ("2030", "2030")]
    assert _dates("Both ships docked. 2031 marks the fifth Kelvo visit.", None) == [
        ("2031", "2031")
    ]
    for text in (
        "Some 2000 were displaced.",
        "Only $2000 was spent.",
        "Flight 2019 was late.",
        "He paid 2000 marks for it.",
    ):
        assert _dates(text, None) == [], text


def test_a_year_before_a_comma_gives_its_year_and_the_start_of_a_period_does_not():
    # No article date: "7 March" takes the year of "2 March 2030," though a comma follows it.
    text = (
        "The Kelvo flood, first reported on 2 March 2030, ebbed. Its last victim left on 7 March."
    )
    assert _dates(text, None)[-1] == ("7 March", "2030-03-07")
    from briefing_app.analysis.years import explicit_years

    assert [y for _, y in explicit_years("In 2030, the port shut; 2030,500 tons.")] == [2030]
    # "Since 2014" starts a period that runs to the article's day: no year for "in July".
    assert _dates("Since 2014, Ardia has sent aid. In July, more kits came.", None) == [
        ("2014", "2014")
    ]


def test_ordinals_and_months_in_capitals_as_radio_scripts_write_them():
    assert _dates("ON FEBRUARY 6TH THE PORT CLOSED. IT REOPENED ON THE 2ND OF MARCH.") == [
        ("FEBRUARY 6TH", "2031-02-06"),
        ("2ND OF MARCH", "2031-03-02"),
    ]


def test_a_range_across_two_months_is_one_timeline_entry():
    text = "The Drevny summit ran from 28 February to 2 March, officials of Ardia said."
    src, sa = labelled(text, [])
    src.published = "2031-03-07"
    dates = combine([src], [sa]).dates
    assert [(d.date, d.text) for d in dates] == [("2031-02-28", "28 February to 2 March")]


def test_a_weekday_after_will_is_the_coming_one_and_after_a_past_verb_the_last_one():
    text = "The minister will travel to Kelvo on Monday. Her deputy arrived there on Monday."
    assert _dates(text) == [("Monday", "2031-03-10"), ("Monday", "2031-03-03")]  # REF: Friday
    clause = "Ardia will go on with the aid, which began on Monday."
    assert _dates(clause) == [("Monday", "2031-03-03")]


def test_a_dateline_in_capitals_gives_the_article_date():
    text = "KELVO, FEBRUARY 6, 2031 (HARBOUR WIRE) — THE QUAY CLOSED ON SUNDAY AFTER A STORM."
    src, sa = labelled(text, [])
    dates = combine([src], [sa]).dates
    assert [d.date for d in dates] == ["2031-02-02"]  # the Sunday before Thursday 6 February
    assert dates[0].sentence.startswith("THE QUAY CLOSED")


def test_today_in_a_post_quoted_from_another_writer_is_not_the_articles_day():
    text = (
        "Residents of Kelvo describe the flood of 3 March. From harbourlog.example:\n"
        "It has never flooded in our street, but today was a disaster for everyone here.\n"
        "Relief teams reached Kelvo today, the city council said."
    )
    src, sa = labelled(text, [])
    src.published = "2031-03-07"
    entries = {(d.date, d.sentence[:14]) for d in combine([src], [sa]).dates}
    assert entries == {("2031-03-03", "Residents of K"), ("2031-03-07", "Relief teams r")}


def test_a_dateline_cut_off_as_a_sentence_of_its_own_dates_the_next_sentence():
    text = (
        "KELVO, 19 March (Harbour Wire) -- The port council of Kelvo ended its spring session "
        "today."
    )
    src, sa = labelled(text, [])
    src.published = "2031-03-19"
    cut = text.index(" The port")
    sa.sentences = [(0, cut), (cut + 1, len(text))]  # as the model splits it sometimes
    dates = combine([src], [sa]).dates
    assert [(d.date, d.sentence) for d in dates] == [("2031-03-19", text[cut + 1 :])]


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of 2000 children reached the Kelvo camp.",
        "The camp near Drevny is home to some of 1800 people.",
        "Of 1900 police officers sent to Talvar, few stayed.",
    ],
)
def test_a_number_before_a_plural_without_s_is_a_count_not_a_year(text):
    src, sa = labelled(text, [])
    sa.entities = [(m.start(), m.end(), "DATE") for m in re.finditer(r"\d{4}", text)]
    assert combine([src], [sa]).dates == []


@pytest.mark.parametrize(
    "dateline",
    ["KELVO/DREVNY, 20 December 2031 –", "GENEVA/KELVO (20 December 2031) –"],
)
def test_datelines_with_places_joined_by_a_slash_or_the_date_in_brackets(dateline):
    text = f"{dateline} The harbour agency of Kelvo sent relief to the islands today."
    src, sa = labelled(text, [])
    dates = combine([src], [sa]).dates
    assert [d.date for d in dates] == ["2031-12-20"]  # the dateline's date and "today": one
    assert dates[0].sentence.startswith("The harbour agency")
    loaded = source_from_text(f"Relief reaches the islands of Kelvo\n\n{text}")
    assert loaded.published == "2031-12-20"


def test_the_start_of_a_range_takes_the_year_its_end_writes():
    assert _dates("The Kelvo fair ran from 28 December to 3 January 2029.") == [
        ("28 December", "2028-12-28"),  # December before January: the year before
        ("3 January 2029", "2029-01-03"),
    ]
    assert _dates("Between 3 March and 5 April 2029 bread prices in Talvar fell.", None) == [
        ("3 March", "2029-03-03"),
        ("5 April 2029", "2029-04-05"),  # "2029 prices" after a month is a year, not a count
    ]


def test_a_day_and_month_take_the_year_on_the_side_the_tense_says():
    ref = dt.date(2031, 12, 5)
    assert _dates("Ola Dunn was sworn in on 15 January as harbour master.", ref) == [
        ("15 January", "2031-01-15")  # past tense: not the coming January, though nearer
    ]
    assert _dates("The Kelvo vote will be held on 15 January.", dt.date(2031, 7, 5)) == [
        ("15 January", "2032-01-15")
    ]


def test_a_month_alone_after_a_preposition_takes_its_year_from_the_article():
    text = "The riots that erupted in Oskvel in May were blamed on Talvar. You may go; we may not."
    assert _dates(text, dt.date(2030, 6, 26)) == [("May", "2030-05")]
    assert _dates("The Kelvo talks will resume in December.", dt.date(2031, 1, 10)) == [
        ("December", "2031-12")
    ]  # the future tense: the coming December
    assert _dates("The ferry was refitted in December.", dt.date(2031, 1, 10)) == [
        ("December", "2030-12")
    ]  # the past: the December before the article


def test_a_year_after_an_article_or_possessive_is_a_year_not_a_count():
    text = "Talvar, who took power in a 1989 coup, cut its 2024 budget and sold his 1800 sheep."
    assert _dates(text) == [("1989", "1989"), ("2024", "2024")]


def test_a_month_alone_after_from_to_or_end_of_but_not_in_a_name():
    text = (
        "Talks ran from January to the end of March at the March Hotel, then moved to May Street."
    )
    assert _dates(text) == [("January", "2031-01"), ("March", "2031-03")]


def test_a_numeric_date_in_the_text_reads_day_first_only_when_it_must():
    text = "The Kelvo vote on 13/07/2030 and the recount on 08.09.2030 (version 1.2.2030)."
    assert _dates(text) == [("13/07/2030", "2030-07-13"), ("08.09.2030", "2030-08-09")]


def test_both_ends_of_a_year_range_are_years_unless_the_range_counts():
    text = (
        "Between 2019 and 2021 the Kelvo dam leaked; "
        "the 2024-2026 plan fed between 1999 and 2001 sheep."
    )
    assert _dates(text) == [("2019", "2019"), ("2021", "2021"), ("2024", "2024"), ("2026", "2026")]


def test_a_year_after_a_preposition_of_time_is_a_year_whatever_noun_follows():
    from briefing_app.analysis.years import explicit_years

    for text, year in (
        ("In 2019 protests erupted across Velmoria.", 2019),
        ("Since 2015 refugees have crossed the river.", 2015),
        ("By 2030 emissions must halve, the council said.", 2030),
        ("Velmoria Floods\nIn 2019 protests erupted.", 2019),
    ):
        assert [y for _, y in explicit_years(text)] == [year], text
    # counts stay counts
    assert explicit_years("The storm left some 2000 families and 1800 people homeless.") == []
    assert explicit_years("Shelter for 2000 troops was built in a week.") == []
    # inside a sentence the same words count: "by 2000 votes", "in 2000 homes"
    assert explicit_years("The motion won by 2000 votes on Tuesday.") == []
    assert explicit_years("Aid reached families in 2000 homes.") == []
