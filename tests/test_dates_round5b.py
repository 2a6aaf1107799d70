"""Date rules of round 5b on small invented texts: each rule with a near miss it must leave
alone. The places and names are made up, so only the rules can place the dates."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates


def _timeline(text: str, published: str = "") -> list[tuple[str, str]]:
    src, sa = labelled(text, [])
    src.published = published
    return sorted(
        (d.date, text[e.start : e.end]) for d in combine([src], [sa]).dates for e in d.evidence
    )


# ---- a "today" in a release without a date of its own -----------------------------------


def test_today_does_not_take_the_date_its_own_sentence_tells_of_another_day():
    text = (
        "Ardia – Today, the Ardian Treasury designated six officials for their roles in the "
        "rigged 9 August 2031 Kelvo presidential election.\n"
        "Today’s action was coordinated with partners."
    )
    found = _timeline(text)
    assert ("2031-08-09", "9 August 2031") in found
    assert not [t for _, t in found if t.lower().startswith("today")]


def test_today_takes_no_latest_day_told_in_another_sentence():
    # Round 10: a copy showing no day of its own leaves "today" undated; the day it tells of
    # in another sentence ("met on 9 August") may well be days before.
    text = (
        "The Kelvo council met on 9 August 2031 to weigh the plan.\n"
        "Today the council adopted the plan, its chair said."
    )
    found = _timeline(text)
    assert ("2031-08-09", "9 August 2031") in found
    assert not [t for _, t in found if t == "Today"]


def test_today_set_beside_its_date_states_it():
    text = "The Drevny bridge reopened today, 14 May 2031, after repairs."
    assert _timeline(text) == [("2031-05-14", "14 May 2031"), ("2031-05-14", "today")]


def test_a_dateline_opening_the_sentence_is_still_its_today():
    text = "Kelvo, 24 April 2031 - The Ardian envoy today met the mayor of Kelvo."
    assert ("2031-04-24", "today") in _timeline(text)


# ---- years modifying a noun ---------------------------------------------------------------


def _years(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, None, [])]


def test_two_years_joined_before_one_noun_are_both_dates():
    text = "Ardia fined officials over the previous rigged 2026 and 2029 elections in Kelvo."
    assert _years(text) == [("2026", "2026"), ("2029", "2029")]
    assert _years("Kelvo held its 2019 and 2023 polls late.") == [
        ("2019", "2019"),
        ("2023", "2023"),
    ]


def test_two_numbers_joined_before_a_plural_after_a_quantity_word_stay_counts():
    assert _years("Between 1500 and 1800 troops reached Kelvo.") == []
    assert _years("The remaining 1500 and 1800 troops left Kelvo.") == []
    assert _years("Drevny sent 1500 and 1800 tents to Kelvo.") == []


def test_a_year_before_a_capitalised_adjective_and_its_noun_is_a_date():
    text = "Agents sought to sway the 2028 Presidential election in Ardia."
    assert _years(text) == [("2028", "2028")]


def test_a_number_before_a_plural_name_stays_a_count():
    assert _years("The 1500 Marines reached Kelvo on foot.") == []
    assert _years("The 1500 Ardian troops reached Kelvo.") == []


def test_an_abbreviation_does_not_end_the_sentence_that_says_today():
    text = (
        "Ardia – Today, the U.S. Treasury designated six officials for their roles in the "
        "rigged 9 August 2031 Kelvo presidential election."
    )
    assert not [t for _, t in _timeline(text) if t.lower().startswith("today")]


# ---- days counted on from the day told before ---------------------------------------------


def test_days_later_count_from_the_day_told_before():
    text = (
        "Police in Kelvo arrested the pastor on 22 July 2031 at his home. "
        "Two days later, three of his deacons were detained too."
    )
    assert ("2031-07-24", "Two days later") in _timeline(text)
    text = "The Drevny dam failed on 3 May 2031. The next day, crews closed the road."
    assert ("2031-05-04", "The next day") in _timeline(text)


def test_days_earlier_and_the_day_before_count_from_the_day_told_before():
    text = "Talvar troops entered Kelvo on 10 May 2031. A week earlier, envoys had left."
    assert ("2031-05-03", "A week earlier") in _timeline(text)
    text = "The Drevny dam failed on 3 May 2031. Cracks had been seen the day before."
    assert ("2031-05-02", "the day before") in _timeline(text)


def test_the_day_before_something_named_is_not_counted():
    text = "The Drevny dam failed on 3 May 2031. Crews met the day before the vote on repairs."
    assert _timeline(text) == [("2031-05-03", "3 May 2031")]


def test_days_later_after_a_month_or_nothing_is_not_a_day():
    text = "The pastor was sentenced in June 2031. Two days later, his deacons were detained."
    assert [d for d, _ in _timeline(text)] == ["2031-06"]
    text = "Crews failed to fix the Drevny pumps, which break down again in the following day."
    assert _timeline(text) == []
    text = "The bridge opened on 3 May 2031, two days later than planned."
    assert _timeline(text) == [("2031-05-03", "3 May 2031")]


# ---- a teaser past the release's end -------------------------------------------------------


_RELEASE = (
    "Kelvo Council Names a Water Envoy\n\n"
    "The Kelvo council today named Ana Roe its first water envoy, its chair said. "
    "Roe will report to the council on Drevny river levels every month.\n\n"
    "Media contact:\n\nJo Vell\n\n"
    "Mr. TALVAR. Madam Speaker, I rise today to speak of Ardia. On September 23, I met "
    "Ardian leaders in a video call."
)


def test_a_teaser_past_the_media_contact_block_keeps_its_undated_days():
    # the release's "today" alone: not the teaser's, nor its "September 23"
    assert _timeline(_RELEASE, "2031-07-21") == [("2031-07-21", "today")]


def test_a_dated_day_past_the_end_and_a_release_without_end_line_stay():
    text = _RELEASE.replace("On September 23,", "On September 23, 2029,")
    assert ("2029-09-23", "September 23, 2029") in _timeline(text, "2031-07-21")
    text = _RELEASE.replace("Media contact:", "Our contact in Drevny said so.")
    assert ("2031-09-23", "September 23") in _timeline(text, "2031-07-21")


def test_an_ends_line_closes_a_release_but_not_a_label_near_the_top():
    text = (
        "The Kelvo council today named Ana Roe its first water envoy, its chair said.\n\n"
        "ENDS\n\nNext in Kelvo politics\n\nDrevny mayor resigns today over the Talvar bridge\n"
    )
    assert _timeline(text, "2031-07-21") == [("2031-07-21", "today")]
    text = (
        "Media contact: Jo Vell\n\n"
        "The Kelvo council today named Ana Roe its first water envoy, its chair said. "
        "Roe will report to the council on Drevny river levels every month, it said, and "
        "the council meets again on September 23 to hear her first report on the river."
    )
    assert ("2031-09-23", "September 23") in _timeline(text, "2031-07-21")
