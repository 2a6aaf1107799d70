"""Round 15 date rules, on invented pages: a weekday that is no day. A line holding only a
weekday and one or two capitalised words ("Saturday Courier" in a list of a paper's sections) is
a title; a weekday between "our", "your" or "my" and a plural noun ("one of our Friday walks")
is a habit. A weekday opening a sentence, after "on", or before a singular noun stays a day."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _dates(text: str) -> dict[str, str]:
    """Every date span the timeline cites, as written, and the day it gives."""
    src, sa = labelled(text, [])
    src.published = "2031-05-15"
    return {text[e.start : e.end]: d.date for d in combine([src], [sa]).dates for e in d.evidence}


SECTIONS = (
    "Thursday, 15 May 2031\n"
    "News\n\n"
    "Business\n\n"
    "Saturday Courier\n\n"
    "Letters\n\n"
    "Ferry strike ends in Lakeport\n\n"
    "The ferry crews of Lakeport ended their strike last night after the harbour board agreed "
    "to a new roster, the union said.\n"
)


def test_a_weekday_and_a_name_alone_on_a_line_is_a_title():
    dates = _dates(SECTIONS)
    assert "Saturday" not in dates
    assert dates.get("last night") == "2031-05-14"


def test_a_weekday_opening_a_sentence_line_stays_a_day():
    text = SECTIONS.replace("Saturday Courier\n", "Saturday Courier reported the strike.\n")
    assert _dates(text).get("Saturday") == "2031-05-10"
    text = SECTIONS.replace("Saturday Courier\n", "Saturday Mayor Ilse Varn met the crews.\n")
    assert _dates(text).get("Saturday") == "2031-05-10"


HABIT = (
    "Walkers return to the Drevny hills\n\n"
    "The Drevny rangers reopened the hill paths on Tuesday after the spring floods. Visitors can "
    "join one of our Friday walks to see the new bridges, the chief ranger, Ana Povel, said.\n"
)


def test_a_weekday_between_our_and_a_plural_noun_is_a_habit():
    dates = _dates(HABIT)
    assert "Friday" not in dates
    assert dates.get("Tuesday") == "2031-05-13"


def test_a_weekday_before_a_singular_noun_or_after_his_stays_a_day():
    text = HABIT.replace("one of our Friday walks", "our Friday walk")
    assert _dates(text).get("Friday") == "2031-05-09"
    text = HABIT.replace("one of our Friday walks", "his Friday talks")
    assert _dates(text).get("Friday") == "2031-05-09"


# A year after a possessive noun is a year used as an adjective, as after "its" or "their".
POSSESSIVE = (
    "Drevny court hears fishing appeal\n\n"
    "The appeal turns on the Lakeport council's 2027 ruling that closed the northern berths, and "
    "on the union’s 2029 strike, its lawyer, Ivo Marek, said.\n"
)


def test_a_year_after_a_possessive_noun_is_a_date():
    dates = _dates(POSSESSIVE)
    assert dates.get("2027") == "2027"
    assert dates.get("2029") == "2029"


def test_a_count_after_a_possessive_or_after_thats_stays_no_date():
    text = POSSESSIVE.replace("council's 2027 ruling", "council's 2027 boats")
    assert "2027" not in _dates(text)
    text = POSSESSIVE.replace("union’s 2029 strike", "union, that's 2029 more than")
    assert "2029" not in _dates(text)
