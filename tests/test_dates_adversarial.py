"""Date rules against invented texts an adversarial review wrote to break them.

Each case is a plain sentence an ordinary article could carry; the places and names are made up.
"""

from __future__ import annotations

import datetime as dt

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.dates import scan_dates

REF = dt.date(2031, 3, 10)  # a Monday


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.iso) for d in scan_dates(text, ref, [])]


def _timeline(text: str, published: str | None) -> list[tuple[str, str]]:
    src, sa = labelled(text, [])
    src.published = published or ""
    return [(d.date, d.text) for d in combine([src], [sa]).dates]


def test_a_plan_for_this_afternoon_in_a_morning_page_is_the_articles_own_day():
    # Plans told in the past tense ("was due to", "were expected to") are still to come on the
    # day the page went out; only a finished event may be the day before.
    morning = "2031-03-10T09:10:00"
    for text in (
        "The Kelvo minister was due to visit the Drevny bridge this afternoon.",
        "Talks in Ardia were expected to resume this evening.",
        "The Belmar envoy planned to speak this afternoon.",
        "The vote would take place tonight, officials said.",
    ):
        assert _timeline(text, morning) == [("2031-03-10", _day(text))], text
    # A finished event in a page out that morning is still the day before.
    text = "The Kelvo minister visited the Drevny bridge this afternoon."
    assert _timeline(text, morning) == [("2031-03-09", "this afternoon")]


def _day(text: str) -> str:
    return next(w for w in ("this afternoon", "this evening", "tonight") if w in text)


def test_a_weekday_slip_never_moves_a_date_out_of_the_articles_year():
    # Thursday 14 March is 2030's; 14 March 2031 is a Friday. The clause is about the future,
    # the article's own year stands.
    assert _dates("The council will meet on Thursday 14 March.") == [
        ("Thursday 14 March", "2031-03-14")
    ]
    assert _dates("The Drevny council meets on Thursday 14 March to vote.") == [
        ("Thursday 14 March", "2031-03-14")
    ]
    # A past day written with a weekday: 2 March 2031 is a Sunday, Saturday 2 March is 2030's,
    # a year back: the article's year stands, the weekday is the slip.
    assert _dates("The Ardian port closed on Saturday 2 March.") == [
        ("Saturday 2 March", "2031-03-02")
    ]


def test_a_day_told_as_past_before_past_never_rolls_into_the_next_year():
    text = (
        "On 5 December 2030 the Ostra dam cracked. Engineers had warned of the risk on 20 January."
    )
    assert _dates(text, None)[-1] == ("20 January", "2030-01-20")
    text = "The Kelvo bridge fell on 28 December 2030. Divers inspected it earlier, on 3 January."
    assert _dates(text, None)[-1] == ("3 January", "2030-01-03")
    text = (
        "The Kelvo bridge fell on 28 December 2030. Divers saw a crack on 3 January, weeks earlier."
    )
    assert _dates(text, None)[-1] == ("3 January", "2030-01-03")
    # A plain later event still rolls on, whatever the sentence says after it.
    text = "The Kelvo bridge fell on 28 December 2030. It reopened on 3 January."
    assert _dates(text, None)[-1] == ("3 January", "2031-01-03")
    text = "The Kelvo bridge fell on 28 December 2030. It reopened on 3 January, before the rains."
    assert _dates(text, None)[-1] == ("3 January", "2031-01-03")


def test_a_number_that_is_an_estimate_or_a_quantity_is_never_a_year():
    for text in (
        "Police said on Monday that 2000 was a low estimate of the dead.",
        "Rescuers said 1500 is the official toll so far.",
        "Officials said 2000 was more than double the number housed last week.",
        "The agency said 1800 was the total of homes lost.",
    ):
        assert [t for t, iso in _dates(text) if len(iso) == 4] == [], text
        assert all(len(d) == 10 for d, _ in _timeline(text, "2031-03-10")), text
    # A year that is the subject of its sentence is still a year, a deadline too.
    assert _dates("Officials said 2035 is the target for the new dam.", None) == [("2035", "2035")]
    assert _dates("If 2029 was a disaster for Kelvo, 2030 saw the quays rebuilt.", None) == [
        ("2029", "2029"),
        ("2030", "2030"),
    ]


def test_today_ending_a_title_case_headline_is_the_day_and_a_name_is_not():
    text = "Parliament Votes On Flood Budget Today\n\nThe Kelvo parliament meets in Drevny."
    assert _dates(text) == [("Today", "2031-03-10")]
    text = "Kelvo Council To Decide On Dam Repairs Today.\nThe vote is at noon."
    assert _dates(text) == [("Today", "2031-03-10")]
    # A capital slipped onto "Today" opening a clause after a comma: the day.
    text = (
        "Lawmakers in Ostra will vote on the flood budget, the speaker said. "
        "After weeks of delay, Today the ministry published the plan."
    )
    assert _timeline(text, "2031-03-10") == [("2031-03-10", "Today")]
    text = "As the speaker put it, Today is the day the Kelvo dams get mended."
    assert _dates(text) == [("Today", "2031-03-10")]
    # Names stay names: a credit line, an acronym's outlet, a show.
    for text in (
        "The Drevny dam at dawn. (Photo: Ana Ostra / Kelvo Today)\nThe river rose.",
        "The minister told USA Today.",
        "She spoke on the Today show in Kelvo.",
        "Kelvo Today\nThe river rose.",
        "Reporting by Ana Ostra for Kelvo Today\nThe river rose.",
        "By Ana Ostra, Drevny Correspondent, Kelvo Today\nThe river rose.",
        "He writes for Kelvo Today.",
    ):
        assert _dates(text) == [], text
